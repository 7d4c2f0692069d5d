/**
 * A site adapter knows one chat site's DOM and nothing else: selectors and small
 * readers. Observation, debouncing, settle windows and the once-per-reply guarantee
 * belong to the turn watcher (src/content/), never to an adapter.
 *
 * WARNING: everything an adapter reads is hostile page content. Adapters return
 * plain strings; nothing they return may ever be rendered as HTML.
 */

/** Every supported site, declared once: adapters, settings and messages use this list. */
export const SITE_IDS = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity', 'deepseek', 'grok', 'lechat', 'poe'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export type TurnRole = 'user' | 'assistant';

/** One message element found on the page. */
export interface TurnElement {
  /** The element that contains the whole turn (the flag is inserted inside it). */
  element: Element;
  role: TurnRole;
  /**
   * A stable key for the turn when the site provides one (message id, data-testid
   * index, …), else null; the watcher falls back to position plus text.
   */
  key: string | null;
}

/** The turns of one part of the page (SiteAdapter.turnsAround). */
export interface LocalTurns {
  /** The element whose turns these are: the node asked about, or an ancestor that decides its turns. */
  scope: Element;
  /** Exactly the turns findTurns(document) would list inside `scope`, in document order. */
  turns: TurnElement[];
}

/** A findTurns read over several tasks (SiteAdapter.findTurnsInSlices). */
export interface SlicedTurnRead {
  /**
   * Reads on until `timeUp()` says so: null when there is more to read (call again in a
   * later task), else every turn, as findTurns would have listed them when the read began.
   */
  step(timeUp: () => boolean): TurnElement[] | null;
}

export interface SiteAdapter {
  id: SiteId;
  /** Human name shown in the popup ("ChatGPT"). */
  name: string;
  /** Exact hostnames this adapter serves. */
  hosts: readonly string[];
  /** True when the URL is a page that should contain a conversation. */
  isConversationPage(url: URL): boolean;
  /** The conversation id from the URL, or null for a new, unsaved chat. */
  conversationId(url: URL): string | null;
  /** All user and assistant turns currently in the DOM, in document order. */
  findTurns(root: ParentNode): TurnElement[];
  /**
   * Optional, for long pages: the turns around `node`, read from that part of the page
   * alone, so that a turn added to a 500-turn page costs what the turn costs, not what
   * the page does. `node` is connected and was added, or had children added or removed,
   * outside every turn the watcher knows; `last` is the last turn of the page as last
   * found. The scope is the smallest element holding `node` whose turns do not depend on
   * anything outside it (`node` itself when nothing above it decides its turns). Null
   * whenever the adapter cannot be sure (another layout generation's markup appeared, a
   * page-wide ranking could change): the watcher then calls findTurns on the whole page.
   */
  turnsAround?(node: Element, last: TurnElement): LocalTurns | null;
  /**
   * Optional: findTurns(root) in slices, so that a page opened on a long conversation is
   * not read in one task longer than a frame. The watcher takes the answer only when the
   * page did not change while it was being read (else it calls findTurns).
   */
  findTurnsInSlices?(root: ParentNode): SlicedTurnRead;
  /**
   * The plain text of a turn as the person reads it: no screen-reader-only labels,
   * reasoning/"thinking" blocks, citation pills, buttons or Candor's own UI.
   * Code blocks are wrapped in ``` fences so the engine can skip them.
   */
  readText(turn: TurnElement): string;
  /** The element holding the reply body; the flag goes right after it. */
  replyBody(turn: TurnElement): Element | null;
  /**
   * True while this turn may still change: its own streaming marker is set, its
   * action bar is not there yet, or (for the last turn) the page's stop button shows.
   */
  isStreaming(turn: TurnElement, doc: Document, isLastTurn: boolean): boolean;
  /** The message composer, for "Ask for a straight answer" (never sent by Candor). */
  composer(doc: Document): HTMLElement | null;
  /**
   * How long nothing inside a reply must change before it counts as finished (ms), when
   * the site pauses longer mid-reply than the watcher's default allows (Grok).
   */
  settleMs?: number;
}
