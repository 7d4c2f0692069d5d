/**
 * Mistral Le Chat (chat.mistral.ai). Findings: /work/shared/design/chat-sites.md §2.8.
 *
 * Each message carries `data-message-author-role` and `data-message-id`; an assistant
 * message is split into parts tagged `data-message-part-type` ("reasoning", "answer").
 */
import {
  extractVisibleText,
  firstRanked,
  firstRankedHtmlElement,
  joinParagraphs,
  outermostOnly,
  type TextExtractionOptions,
} from './dom-text';
import { SITE_HOSTS } from './hosts';
import { rankedMatches } from './layout-health';
import { anySelector, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement, TurnRole } from './types';

/** Reasoning part; its "Thought for 4s" toggle lives in it too. */
const REASONING = anySelector('lechat', 'notReply');

/**
 * The answer, best first: the tagged answer part(s) (CodeWebChat mistral.ts), then the
 * markdown container of older markup without part tags (unverified, kept as a fallback).
 */
const ANSWER_RANKED = selectorsFor('lechat', 'replyBody');

/** User text: `.select-text` (Le Chat exporter), `div[dir="auto"]` (greasyfork Navigator). */
const USER_TEXT_RANKED = ['.select-text', '.whitespace-pre-wrap', 'div[dir="auto"]'];

const CODE_BLOCK = '[data-testid="code-block"]';

const READ_OPTIONS: TextExtractionOptions = { skipSelector: REASONING, codeBlockSelector: CODE_BLOCK };

/**
 * While streaming, the composer's send button shows a square stop icon
 * (CodeWebChat: `form rect[rx="2"]`, still so 2026-08); the aria-label is a
 * language-dependent last resort.
 */
const STOP_RANKED = selectorsFor('lechat', 'pageBusy');

const CONVERSATION_PATH = /^\/chat\/([^/?#]+)/;

/** Incognito chats are never saved, so they have no id (CodeWebChat `a[href="/incognito"]`). */
const INCOGNITO_PATH = /^\/incognito\/?$/;

export const lechatAdapter: SiteAdapter = {
  id: 'lechat',
  name: 'Le Chat',
  hosts: SITE_HOSTS.lechat,

  isConversationPage(url: URL): boolean {
    return CONVERSATION_PATH.test(url.pathname) || INCOGNITO_PATH.test(url.pathname);
  },

  conversationId(url: URL): string | null {
    return CONVERSATION_PATH.exec(url.pathname)?.[1] ?? null;
  },

  findTurns(root: ParentNode): TurnElement[] {
    return outermostOnly(rankedMatches(root, 'lechat', 'turn')).map((element) => ({
      element,
      role: element.getAttribute('data-message-author-role') as TurnRole,
      key: element.getAttribute('data-message-id'),
    }));
  },

  readText(turn: TurnElement): string {
    // A reply may hold several answer parts (for example around a tool call): read them all.
    return joinParagraphs(bodyParts(turn).map((part) => extractVisibleText(part, READ_OPTIONS)));
  },

  replyBody(turn: TurnElement): Element | null {
    return bodyParts(turn).at(-1) ?? null;
  },

  isStreaming(turn: TurnElement, doc: Document, isLastTurn: boolean): boolean {
    if (turn.role === 'user') return false;
    if (bodyParts(turn).length === 0) return true;
    if (!hasFooter(turn.element)) return true;
    return isLastTurn && firstRanked(doc, STOP_RANKED) !== null;
  },

  composer(doc: Document): HTMLElement | null {
    return firstRankedHtmlElement(doc, selectorsFor('lechat', 'composer'));
  },
};

function bodyParts(turn: TurnElement): Element[] {
  if (turn.role === 'user') {
    const text = firstRanked(turn.element, USER_TEXT_RANKED);
    return [text ?? turn.element];
  }
  for (const selector of ANSWER_RANKED) {
    const parts = outermostOnly(Array.from(turn.element.querySelectorAll(selector))).filter(
      (part) => part.closest(REASONING) === null,
    );
    if (parts.length > 0) return parts;
  }
  return [];
}

/**
 * The footer (Copy to clipboard, Like, Dislike, Rewrite) is rendered after the reply
 * finishes. CodeWebChat's positional selector for it changed on 2026-08-11 (73df562), from
 * `assistant > div:last-child > div:last-child > div:last-child` to
 * `assistant > div + div > div:last-child > div:first-child`: positional selectors break
 * easily, so this looks for any button of the message that is not part of its content
 * (reasoning toggle, code copy), which holds for both shapes.
 */
function hasFooter(message: Element): boolean {
  for (const button of Array.from(message.querySelectorAll('button'))) {
    if (button.closest(`[data-message-part-type], ${CODE_BLOCK}, pre`) === null) return true;
  }
  return false;
}
