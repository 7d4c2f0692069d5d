/**
 * Watches a chat page and reports each assistant reply once it has finished streaming,
 * with the user message before it and the earlier turns.
 *
 * - One MutationObserver on document.body (containers get replaced on navigation),
 *   debounced; our own <candor-flag> nodes are ignored so our writes never retrigger us.
 * - "Finished" = the adapter's per-turn signal (which includes the page's stop button
 *   for the last turn) AND the text unchanged for a settle window: the streaming
 *   signal flickers during tool calls and thinking (chat-sites.md §3.2, §5).
 * - Each reply is reported once per (key, text): again only after a regenerate or edit.
 * - Turns are cached as they are seen, because ChatGPT, Claude and DeepSeek unmount
 *   off-screen turns (chat-sites.md §3.3); the cache is per conversation.
 * - All timers go through `Scheduler`; stop() cancels every one, so an invalidated
 *   content script leaves nothing running.
 */
import type { HistoryTurn } from '../engine/types';
import type { SiteAdapter, TurnElement, TurnRole } from '../sites/types';

/** How much longer an idle callback may run (the browser's estimate, ms). */
export interface IdleBudget {
  timeRemaining(): number;
}

export interface Scheduler {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Runs `handler` when the page is idle, or after `timeoutMs` at the latest. */
  requestIdleCallback(handler: (budget: IdleBudget) => void, timeoutMs: number): number;
  cancelIdleCallback(id: number): void;
}

export interface ObservedReply {
  /** Stable key of the reply within its conversation. */
  key: string;
  turn: TurnElement;
  text: string;
  user: string | undefined;
  history: HistoryTurn[];
}

export type PageState = 'watching' | 'unreadable';

export interface TurnWatcherOptions {
  adapter: SiteAdapter;
  doc: Document;
  scheduler: Scheduler;
  onReply(reply: ObservedReply): void;
  /** Called when the page's readability changes (turns found, or none on a conversation page). */
  onPageState?(state: PageState): void;
  /** Called when the page moved to another conversation (same-document navigation). */
  onConversationChange?(): void;
  /** Reports errors instead of throwing them into the page. */
  onError?(error: unknown): void;
  /** Debounce for mutation bursts (ms). */
  debounceMs?: number;
  /** How long a finished reply's text must stay unchanged (ms). */
  settleMs?: number;
  /** How long a conversation page may show no turns before it is called unreadable (ms). */
  unreadableAfterMs?: number;
  /** The clock (ms); injectable for tests. */
  now?: () => number;
}

/**
 * Replies reported per scan: a page opened on a long conversation has every reply
 * finished at once, and analysing them all in one task would freeze the page; the rest
 * follow in later tasks.
 */
const REPLIES_PER_SCAN = 6;
/** Pause between those batches, so the page can paint and handle input. */
const BATCH_PAUSE_MS = 16;

/** Changed nodes tracked between scans before giving up and re-reading every turn. */
const TOUCHED_LIMIT = 200;

/** At most this many earlier turns go to the engine, each at most this long. */
const HISTORY_TURNS = 12;
const HISTORY_TEXT_CHARS = 8000;
/** Replies longer than this are analysed on their first part only. */
export const MAX_REPLY_CHARS = 300_000;

interface CachedTurn {
  role: TurnRole;
  text: string;
  /** Order in the conversation as first seen (monotonic within a conversation). */
  order: number;
}

interface PendingReply {
  text: string;
  since: number;
}

const OWN_UI = 'candor-flag';

function isOwnNode(node: Node | null): boolean {
  if (!node) return false;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(OWN_UI) != null;
}

/** A small, fast string hash (FNV-1a) to key replies by their text. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export class TurnWatcher {
  private readonly opts: Required<Omit<TurnWatcherOptions, 'onPageState' | 'onError' | 'onConversationChange'>> &
    Pick<TurnWatcherOptions, 'onPageState' | 'onError' | 'onConversationChange'>;
  private observer: MutationObserver | null = null;
  private debounceTimer: number | null = null;
  private settleTimer: number | null = null;
  private unreadableTimer: number | null = null;
  private stopped = false;

  /** Per conversation: turns seen, replies reported, replies waiting to settle. */
  private conversationKey = '';
  private cache = new Map<string, CachedTurn>();
  private nextOrder = 0;
  private reported = new Map<string, string>();
  private pending = new Map<string, PendingReply>();
  private pageState: PageState | null = null;
  /**
   * Nodes changed since the last scan. A reported reply (or a cached user turn) that
   * contains none of them is not read again: reading every turn's text on every
   * streamed chunk would make each scan cost as much as the whole conversation.
   */
  private touched = new Set<Node>();
  /** Nodes inserted since the last scan: a turn inside one, or that is one, is new. */
  private added = new Set<Node>();
  /** When too much changed at once, every turn is re-read. */
  private touchedOverflow = true;

  constructor(options: TurnWatcherOptions) {
    this.opts = { debounceMs: 150, settleMs: 900, unreadableAfterMs: 6000, now: () => Date.now(), ...options };
  }

  start(): void {
    const body = this.opts.doc.body;
    if (!body || this.observer) return;
    this.resetConversation();
    // The page's own MutationObserver: the document may belong to another window (tests).
    const Observer = this.opts.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => {
      // Ignore mutations that only touch our own UI.
      let relevant = false;
      for (const r of records) {
        if (isOwnNode(r.target) && [...r.addedNodes, ...r.removedNodes].every((n) => isOwnNode(n) || n.nodeName.toLowerCase() === OWN_UI)) {
          continue;
        }
        relevant = true;
        if (!this.touchedOverflow) {
          this.touched.add(r.target);
          // A new subtree may hold (or be) a whole turn: remember it as added.
          for (const n of r.addedNodes) this.added.add(n);
          if (this.touched.size + this.added.size > TOUCHED_LIMIT) this.touchedOverflow = true;
        }
      }
      if (relevant) this.scheduleScan();
    });
    this.observer.observe(body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      // Streaming markers only: watching every attribute on the body is a known CPU sink.
      attributeFilter: ['data-is-streaming', 'data-complete', 'data-testid', 'aria-busy', 'aria-label'],
    });
    this.scheduleScan(0);
    this.armUnreadableCheck();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    for (const t of [this.debounceTimer, this.settleTimer, this.unreadableTimer]) if (t !== null) this.opts.scheduler.clearTimeout(t);
    this.debounceTimer = this.settleTimer = this.unreadableTimer = null;
  }

  /** Call on navigation the DOM may not show (back/forward): a new conversation starts afresh. */
  onLocationChange(): void {
    if (this.stopped) return;
    this.resetConversation();
    this.pageState = null;
    this.scheduleScan(0);
    this.armUnreadableCheck();
  }

  /** Forget that a reply was reported, so the next scan reports it again (settings changed). */
  forgetReported(): void {
    this.reported.clear();
    this.scheduleScan(0);
  }

  private resetConversation(): void {
    this.touchedOverflow = true;
    this.conversationKey = this.currentConversationKey();
    this.cache = new Map();
    this.reported = new Map();
    this.pending = new Map();
    this.nextOrder = 0;
  }

  private currentConversationKey(): string {
    const url = new URL(this.opts.doc.location?.href ?? 'https://invalid/');
    return this.opts.adapter.conversationId(url) ?? url.pathname;
  }

  private scheduleScan(delay = this.opts.debounceMs): void {
    if (this.stopped || this.debounceTimer !== null) return;
    this.debounceTimer = this.opts.scheduler.setTimeout(() => {
      this.debounceTimer = null;
      this.safeScan();
    }, delay);
  }

  private armUnreadableCheck(): void {
    if (this.unreadableTimer !== null) this.opts.scheduler.clearTimeout(this.unreadableTimer);
    this.unreadableTimer = this.opts.scheduler.setTimeout(() => {
      this.unreadableTimer = null;
      this.safeScan();
    }, this.opts.unreadableAfterMs);
  }

  private safeScan(): void {
    if (this.stopped) return;
    try {
      this.scan(this.opts.now());
    } catch (error) {
      this.opts.onError?.(error);
    }
  }

  private setPageState(state: PageState): void {
    if (state === this.pageState) return;
    this.pageState = state;
    this.opts.onPageState?.(state);
  }

  private scan(now: number): void {
    // Same-document navigation: every conversation switch rewrites the DOM, so the
    // observer brings us here; no URL polling timer is needed while the page is idle.
    if (this.currentConversationKey() !== this.conversationKey) {
      this.resetConversation();
      this.pageState = null;
      this.armUnreadableCheck();
      this.opts.onConversationChange?.();
    }

    const { adapter, doc } = this.opts;
    const turns = adapter.findTurns(doc.body);
    if (turns.length === 0) {
      const url = new URL(doc.location?.href ?? 'https://invalid/');
      // Only a conversation page that has had time to render counts as unreadable.
      if (adapter.isConversationPage(url) && this.unreadableTimer === null && adapter.conversationId(url) !== null) {
        this.setPageState('unreadable');
      }
      return;
    }
    this.setPageState('watching');

    let waiting = false;
    let reportedThisScan = 0;
    let more = false;
    const touched = this.touchedOverflow ? null : [...this.touched];
    const added = [...this.added];
    this.touched = new Set();
    this.added = new Set();
    this.touchedOverflow = false;
    const unchanged = (turn: TurnElement): boolean =>
      touched !== null &&
      !touched.some((node) => turn.element.contains(node)) &&
      !added.some((node) => node.contains(turn.element) || turn.element.contains(node));
    const keys = this.placeTurns(turns);
    turns.forEach((turn, index) => {
      const key = keys[index] as string;
      const isLast = index === turns.length - 1;
      if (turn.role === 'user') {
        if (this.cache.get(key)?.text && unchanged(turn)) return;
        this.remember(key, 'user', adapter.readText(turn));
        return;
      }
      // Already reported and nothing inside it changed: nothing to do.
      if (this.reported.has(key) && !this.pending.has(key) && unchanged(turn)) return;
      if (adapter.isStreaming(turn, doc, isLast)) {
        waiting = true;
        this.pending.delete(key);
        return;
      }
      let text = adapter.readText(turn);
      if (text.length > MAX_REPLY_CHARS) text = text.slice(0, MAX_REPLY_CHARS);
      if (text.trim() === '') return;
      const hash = textHash(text);
      if (this.reported.get(key) === hash) {
        this.remember(key, 'assistant', text);
        return;
      }
      const pending = this.pending.get(key);
      if (!pending || pending.text !== text) {
        this.pending.set(key, { text, since: now });
        waiting = true;
        return;
      }
      if (now - pending.since < this.opts.settleMs) {
        waiting = true;
        return;
      }
      if (reportedThisScan >= REPLIES_PER_SCAN) {
        more = true;
        return;
      }
      reportedThisScan++;
      this.pending.delete(key);
      this.remember(key, 'assistant', text);
      this.reported.set(key, hash);
      this.opts.onReply({ key, turn, text, ...this.contextFor(key) });
    });

    if (more) {
      this.scheduleScan(BATCH_PAUSE_MS);
    } else if (waiting && this.settleTimer === null && !this.stopped) {
      this.settleTimer = this.opts.scheduler.setTimeout(() => {
        this.settleTimer = null;
        this.safeScan();
      }, this.opts.settleMs);
    }
  }

  /**
   * The adapter's key when the site gives one; otherwise the key of the turn before it
   * plus the role, which survives other turns being unmounted above it.
   */
  private turnKey(turn: TurnElement, index: number, previousKey: string | null): string {
    if (turn.key) return turn.key;
    return previousKey === null ? `${turn.role}@${index}` : `${previousKey}>${turn.role}`;
  }

  /**
   * Key every turn and give new ones their place in the conversation, in document order.
   * A turn that appears above turns already seen (scrolling up on a virtualised page)
   * is placed between its neighbours, not at the end.
   */
  private placeTurns(turns: readonly TurnElement[]): string[] {
    const keys: string[] = [];
    let previousKey: string | null = null;
    for (let i = 0; i < turns.length; i++) {
      const key = this.turnKey(turns[i] as TurnElement, i, previousKey);
      keys.push(key);
      previousKey = key;
    }
    let previousOrder: number | null = null;
    for (let i = 0; i < turns.length; i++) {
      const key = keys[i] as string;
      let cached: CachedTurn | undefined = this.cache.get(key);
      if (!cached) {
        let nextOrder: number | null = null;
        for (let j = i + 1; j < keys.length; j++) {
          const next = this.cache.get(keys[j] as string);
          if (next) {
            nextOrder = next.order;
            break;
          }
        }
        const order: number =
          nextOrder === null
            ? Math.max(this.nextOrder, (previousOrder ?? -1) + 1)
            : previousOrder === null
              ? nextOrder - 1
              : (previousOrder + nextOrder) / 2;
        this.nextOrder = Math.max(this.nextOrder, order + 1);
        cached = { role: (turns[i] as TurnElement).role, text: '', order };
        this.cache.set(key, cached);
      }
      previousOrder = cached.order;
    }
    return keys;
  }

  private remember(key: string, role: TurnRole, text: string): void {
    const cached = this.cache.get(key);
    if (cached) {
      cached.text = text;
      return;
    }
    this.cache.set(key, { role, text, order: this.nextOrder++ });
  }

  /** The user message right before a reply and the turns before that, oldest first. */
  private contextFor(key: string): { user: string | undefined; history: HistoryTurn[] } {
    const self = this.cache.get(key);
    const before = [...this.cache.values()]
      .filter((t) => t.text !== '' && (self === undefined || t.order < self.order))
      .sort((a, b) => a.order - b.order);
    let user: string | undefined;
    const last = before[before.length - 1];
    if (last?.role === 'user') {
      user = last.text;
      before.pop();
    }
    const history = before
      .slice(-HISTORY_TURNS)
      .map((t) => ({ role: t.role, text: t.text.length > HISTORY_TEXT_CHARS ? t.text.slice(0, HISTORY_TEXT_CHARS) : t.text }));
    return { user, history };
  }
}
