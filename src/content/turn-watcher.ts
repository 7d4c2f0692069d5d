/**
 * Watches a chat page and reports each assistant reply once it has finished streaming,
 * with the user message before it and the earlier turns.
 *
 * - One MutationObserver on document.body (containers get replaced on navigation),
 *   debounced; our own <candor-flag> nodes are ignored so our writes never retrigger us.
 * - Scans are incremental. A mutation inside a turn already known marks that turn as
 *   changed and nothing else; nodes added after the last known turn (a new reply) are
 *   read on their own where the adapter can (`turnsAround`), and the adapter's
 *   `findTurns` walks the page again only for what that cannot settle (a turn removed or
 *   mounted above the others, a navigation), and in idle time now and then to check the
 *   local reads. A 500-turn page costs a new reply about what a 2-turn page does. A page
 *   opened on a long conversation has its turns found in slices (`findTurnsInSlices`).
 * - "Finished" = the adapter's per-turn signal (which includes the page's stop button
 *   for the last turn) AND nothing inside the turn changed for a settle window: the
 *   streaming signal flickers during tool calls and thinking (chat-sites.md §3.2, §5).
 *   A turn that never stops changing (a live timestamp inside it) is settled by
 *   comparing its text across the window instead.
 * - A reply's text is read once, when it is reported; a turn's text read for another
 *   reply's history is kept until the turn changes.
 * - Each reply is reported once per (key, text): again only after a regenerate or edit.
 * - On screen first: of the replies a long conversation opens with, the ones on screen
 *   (IntersectionObserver: no layout reads) and the latest one are reported at once,
 *   the rest in idle time, a few per idle callback, in document order; a reply scrolled
 *   into view before its turn comes is reported at once. Every reply is still reported
 *   exactly once; the idle callbacks' timeout makes sure they run on a busy page too.
 * - Turns are cached as they are seen, because ChatGPT, Claude and DeepSeek unmount
 *   off-screen turns (chat-sites.md §3.3); the cache is per conversation.
 * - All timers go through `Scheduler`; stop() cancels every one, so an invalidated
 *   content script leaves nothing running. An idle page runs no timers at all.
 */
import type { HistoryTurn } from '../engine/types';
import { SlicedTextRead } from '../sites/dom-text';
import type { LocalTurns, SiteAdapter, SlicedTurnRead, TurnElement } from '../sites/types';

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
  /**
   * How the reply was judged finished: by the site's own signal, or by the fallback for a
   * finish signal that never came (text stable for FINISH_FALLBACK_MS, site still busy).
   */
  finishedBy: 'signal' | 'fallback';
}

export type PageState = 'watching' | 'unreadable';

/**
 * What the watcher has seen on this page, for layout health (src/sites/layout-health.ts).
 * Counts are of distinct turns in the current conversation; nothing here leaves the
 * device except, as numbers, to Candor's own background.
 */
export interface WatcherCounts {
  turnsFound: number;
  repliesSeen: number;
  /** Replies judged finished by the site's own signal. */
  repliesFinished: number;
  /** Replies that settled with no text at all. */
  repliesEmpty: number;
  /** Replies checked by the fallback for a finish signal that never came. */
  repliesByFallback: number;
  /** When the first reply of this conversation appeared (the watcher's clock, ms), or null. */
  firstReplySeenAt: number | null;
}

export interface TurnWatcherOptions {
  adapter: SiteAdapter;
  doc: Document;
  scheduler: Scheduler;
  onReply(reply: ObservedReply): void;
  /** Called when the page's readability changes (turns found, or none on a conversation page). */
  onPageState?(state: PageState): void;
  /** Called when the page moved to another conversation (same-document navigation). */
  onConversationChange?(): void;
  /**
   * Called when a reply already reported comes back on a new element with the same text
   * (a virtual list scrolled it out and back in): show its flag again, report nothing.
   */
  onReplyRemounted?(key: string, turn: TurnElement): void;
  /** Called after a scan that changed the counts (layout health). */
  onCounts?(counts: WatcherCounts): void;
  /** Reports errors instead of throwing them into the page. */
  onError?(error: unknown): void;
  /** Debounce for mutation bursts (ms). */
  debounceMs?: number;
  /** How long nothing inside a finished reply may change before it is reported (ms). */
  settleMs?: number;
  /**
   * How long a reply's text must hold still while the site still looks busy before it is
   * checked anyway (a finish signal that never comes: a lingering stop control, a removed
   * action bar). Generous, so a pause in a real stream is not mistaken for the end.
   */
  finishFallbackMs?: number;
  /** How long a conversation page may show no turns before it is called unreadable (ms). */
  unreadableAfterMs?: number;
  /** The clock (ms); injectable for tests. */
  now?: () => number;
}

/**
 * Replies reported per scan: a page opened on a long conversation can have many replies
 * on screen at once, and analysing them all in one task would freeze the page; the rest
 * follow in later tasks.
 */
const REPLIES_PER_SCAN = 6;
/** Pause between those batches, so the page can paint and handle input. */
const BATCH_PAUSE_MS = 16;

/** Off-screen replies run in idle time at the latest this long after they were ready. */
const IDLE_TIMEOUT_MS = 2000;
/**
 * An idle callback stops taking replies after this much work, however much idle time
 * the browser offers: input that arrives meanwhile waits at most about this long.
 */
const IDLE_SLICE_MS = 8;
/** …or when the browser's idle period has less than this left. */
const IDLE_RESERVE_MS = 2;

/**
 * A scan reads the person's messages it found for at most this long; the rest are read
 * in idle time (or when a reply needs one as context). A page opened on a long
 * conversation would otherwise read every message in one task.
 */
const USER_READ_SLICE_MS = 4;

/**
 * A reply's text is read for at most this long per task; a longer reply (1 MB of DOM takes
 * 50–80 ms) is read on in the next tasks, where it left off, so no task passes a frame.
 */
const READ_SLICE_MS = 6;

/**
 * Replies given to the IntersectionObserver in the scan that finds them: the newest, the
 * ones a conversation opens on. In Chromium each observe() costs about 60 µs, which
 * made a 100-reply page's first scan longer than a frame; the older replies are observed
 * in later tasks, newest first, for at most OBSERVE_SLICE_MS each. Until a reply is
 * observed it counts as off screen (reported in idle time), and once observed, a reply
 * on screen is reported at once, as before.
 */
const OBSERVE_AT_ONCE = 12;
const OBSERVE_SLICE_MS = 3;

/**
 * A scan whose turn-list read (finding and keying every turn: 8–12 ms for 200 turns at
 * load on a 2-core machine) took this long stops there and does the rest in the next task.
 */
const SCAN_SPLIT_MS = 5;

/**
 * A scan asks whether replies are still streaming (a few DOM lookups each) for at most
 * this long, and stops taking replies to report once this much of it has passed (after
 * one): at load a settle check asks it of every reply on the page, which with the
 * reports after it made one task of 19 ms on a 200-turn page. What is left goes on in
 * the next task.
 */
const SETTLE_SLICE_MS = 6;
const REPORT_SLICE_MS = 10;

/**
 * A page's first turn list, where the adapter can read it in slices (findTurnsInSlices), is
 * read for at most this long per task: finding 500 turns in one task took 25–50 ms at load.
 */
const LIST_SLICE_MS = 4;

/**
 * The rest of a scan split only to keep each task short (the slices above) runs in idle
 * time, and within this long however busy the page is (ms): at load nothing on the page
 * waits for it, and as timer tasks its slices were most of the scripting a 500-turn page
 * was made to wait for (issue #13: ≤ 20 ms blocking at load).
 */
const SLICE_IDLE_TIMEOUT_MS = 100;

/** Changed nodes tracked between scans before giving up and re-reading every turn. */
const TOUCHED_LIMIT = 200;

/**
 * Child-list records kept between scans for reading added turns from the added nodes
 * alone (SiteAdapter.turnsAround); past this many, the whole page's turn list is read.
 */
const LIST_RECORD_LIMIT = 500;

/**
 * Turns added at the end of the page are read from the added nodes alone; a whole-page
 * read checks that list in idle time, at most this often (ms), once the turns read that
 * way have held still for a settle window (the reply streamed), so that a turn the local
 * reads got wrong (a site re-rendering in a way they cannot see) is found all the same.
 */
const RECONCILE_MS = 30_000;

const ELEMENT_NODE = 1;
/** Node.DOCUMENT_POSITION_FOLLOWING and …CONTAINED_BY, without needing a global Node. */
const FOLLOWING = 4;
const CONTAINED_BY = 16;

/** Default for TurnWatcherOptions.finishFallbackMs. */
export const FINISH_FALLBACK_MS = 10_000;

/** At most this many earlier turns go to the engine, each at most this long. */
const HISTORY_TURNS = 12;
const HISTORY_TEXT_CHARS = 8000;
/** Replies longer than this are analysed on their first part only. */
export const MAX_REPLY_CHARS = 300_000;

interface KnownTurn {
  key: string;
  /** The element it was last seen as (sites replace turn elements on re-render). */
  turn: TurnElement;
  /** Place in the conversation as first seen (monotonic within a conversation). */
  order: number;
  /** Its text as last read; null when never read or changed since. */
  text: string | null;
}

/** A reply that changed and waits for the settle window. */
interface Settling {
  /** When it started settling (changed while not settling, or streamed). */
  since: number;
  /** Its last change. */
  changedAt: number;
  /** For a reply that keeps changing: its text as read at `textSince`. */
  text: string | null;
  textSince: number;
  /** Set when it settled by the finish fallback rather than the site's signal. */
  byFallback?: boolean;
}

const OWN_UI = 'CANDOR-FLAG';

/**
 * True when a mutation record only adds or removes our own <candor-flag> hosts. Their
 * content lives in a shadow root, which the observer does not see into, and the host's
 * own attributes are not in the observed list.
 */
function isOwnMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  return onlyOwnUi(record.addedNodes) && onlyOwnUi(record.removedNodes);
}

function onlyOwnUi(nodes: NodeList): boolean {
  // Indexed: this runs for every mutation record a streaming page produces.
  for (let i = 0; i < nodes.length; i++) if ((nodes[i] as Node).nodeName !== OWN_UI) return false;
  return true;
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
  private readonly opts: Required<
    Omit<TurnWatcherOptions, 'onPageState' | 'onError' | 'onConversationChange' | 'onReplyRemounted' | 'onCounts'>
  > &
    Pick<TurnWatcherOptions, 'onPageState' | 'onError' | 'onConversationChange' | 'onReplyRemounted' | 'onCounts'>;
  private observer: MutationObserver | null = null;
  /** Which reply elements are on screen; null where the browser has no IntersectionObserver. */
  private visibility: IntersectionObserver | null = null;
  private readonly onScreen = new Set<Element>();
  /** Reply elements not yet given to `visibility`, oldest first (observed from the end). */
  private toObserve: Element[] = [];
  private observeTimer: number | null = null;
  private debounceTimer: number | null = null;
  private settleTimer: number | null = null;
  private unreadableTimer: number | null = null;
  private idleCallback: number | null = null;
  /** The rest of a split scan, waiting for idle time (continueScanWhenIdle). */
  private sliceCallback: number | null = null;
  private userReadCallback: number | null = null;
  private countsCallback: number | null = null;
  private reconcileCallback: number | null = null;
  /** The person's messages that changed and have not been read yet, in document order. */
  private unreadUserTurns = new Set<string>();
  /** Turns changed as of a scan that stopped after reading the turn list (SCAN_SPLIT_MS). */
  private carried: { keys: Set<string>; everything: boolean } | null = null;
  private stopped = false;

  /** Per conversation: every turn seen, by key and in conversation order. */
  private conversationKey = '';
  private known = new Map<string, KnownTurn>();
  private inOrder: KnownTurn[] = [];
  private nextOrder = 0;
  /** Reported replies: key → hash of the text reported. */
  private reported = new Map<string, string>();
  /**
   * Reported replies by the hash of their text: a finished reply that comes back at the
   * top of a virtual window, with none of its neighbours mounted, is recognised by it.
   */
  private replyKeyByText = new Map<string, string>();
  /** The element each reported reply was last shown on. */
  private reportedOn = new Map<string, Element>();
  /** How each reply last settled. */
  private finishedBy = new Map<string, ObservedReply['finishedBy']>();
  /** Layout health: which replies settled how (sets of keys, so each counts once). */
  private finishedKeys = new Set<string>();
  private emptyKeys = new Set<string>();
  private fallbackKeys = new Set<string>();
  private firstReplySeenAt: number | null = null;
  private lastCounts = '';
  private settling = new Map<string, Settling>();
  /** Settled replies to report in the next scan (on screen, or the latest reply). */
  private dueNow = new Set<string>();
  /** Settled replies off screen, reported in idle time, in document order. */
  private dueIdle = new Set<string>();
  /** Replies whose text is being read over several tasks; dropped when the reply changes. */
  private partialReads = new Map<string, SlicedTextRead>();
  private pageState: PageState | null = null;

  /** The turns the page shows, as the adapter last found them, with their keys. */
  private turns: TurnElement[] = [];
  private keyOfElement = new Map<Element, string>();
  /** The place of each of those turns in `turns`, by key. */
  private indexOfKey = new Map<string, number>();
  /** Mutation targets since the last scan. */
  private readonly touched = new Set<Node>();
  /** The targets among them of added or removed nodes. */
  private readonly childListTargets = new Set<Node>();
  /** …and of changed attributes. */
  private readonly attributeTargets = new Set<Element>();
  /** Set when too much changed at once (and on a new conversation): every turn is re-read. */
  private touchedOverflow = true;
  /** The child-list records since the last scan (their added and removed nodes). */
  private listRecords: MutationRecord[] = [];
  /** Set when there were more than LIST_RECORD_LIMIT of them: the turn list is read whole. */
  private listRecordsDropped = false;
  /** When the turn list was last read from the whole page (the watcher's clock). */
  private wholeListReadAt = 0;
  /** Turn lists read from added nodes alone since then, and when the last one was. */
  private localListReads = 0;
  private localListReadAt = 0;
  /** Set by the reconcile: the next scan reads the whole page's turn list. */
  private wholeListReadDue = false;
  /**
   * A first turn list being read in slices, whether the scan that began it had everything
   * to look at, and whether the page changed meanwhile (then its answer is not used).
   */
  private slicedList: { read: SlicedTurnRead; everything: boolean; changed: boolean } | null = null;

  constructor(options: TurnWatcherOptions) {
    this.opts = {
      debounceMs: 150,
      settleMs: options.adapter.settleMs ?? 900,
      finishFallbackMs: FINISH_FALLBACK_MS,
      unreadableAfterMs: 6000,
      now: () => Date.now(),
      ...options,
    };
  }

  start(): void {
    const body = this.opts.doc.body;
    if (!body || this.observer) return;
    this.resetConversation();
    // The page's own observers: the document may belong to another window (tests).
    const view = this.opts.doc.defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.observer.observe(body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      // Streaming markers only: watching every attribute on the body is a known CPU sink.
      attributeFilter: [
        'data-is-streaming',
        'data-complete',
        'data-testid',
        'aria-busy',
        'aria-label',
        // ChatGPT 2026-09: set while tokens render, and the message id set once they end.
        'data-markdown-animated',
        'data-chatgpt-selection-message-id',
      ],
    });
    const Visibility = view?.IntersectionObserver ?? (typeof IntersectionObserver === 'undefined' ? undefined : IntersectionObserver);
    if (Visibility) this.visibility = new Visibility((entries) => this.onVisibility(entries));
    this.scheduleScan(0);
    this.armUnreadableCheck();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    this.visibility?.disconnect();
    this.visibility = null;
    const { scheduler } = this.opts;
    for (const t of [this.debounceTimer, this.settleTimer, this.unreadableTimer, this.observeTimer]) if (t !== null) scheduler.clearTimeout(t);
    for (const c of [this.idleCallback, this.sliceCallback, this.userReadCallback, this.countsCallback, this.reconcileCallback]) if (c !== null) scheduler.cancelIdleCallback(c);
    this.debounceTimer = this.settleTimer = this.unreadableTimer = this.observeTimer = null;
    this.idleCallback = this.sliceCallback = this.userReadCallback = this.countsCallback = this.reconcileCallback = null;
    this.toObserve = [];
  }

  /** Call on navigation the DOM may not show (back/forward): a new conversation starts afresh. */
  onLocationChange(): void {
    if (this.stopped) return;
    this.resetConversation();
    this.pageState = null;
    this.scheduleScan(0);
    this.armUnreadableCheck();
  }

  private onMutations(records: MutationRecord[]): void {
    let relevant = false;
    for (const record of records) {
      if (isOwnMutation(record)) continue;
      relevant = true;
      if (this.touchedOverflow) continue;
      this.touched.add(record.target);
      if (record.type === 'childList') {
        this.childListTargets.add(record.target);
        if (this.listRecords.length < LIST_RECORD_LIMIT) this.listRecords.push(record);
        else this.listRecordsDropped = true;
      } else if (record.type === 'attributes') this.attributeTargets.add(record.target as Element);
      if (this.touched.size > TOUCHED_LIMIT) this.touchedOverflow = true;
    }
    if (!relevant) return;
    if (this.slicedList) this.slicedList.changed = true;
    this.scheduleScan();
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    let scrolledIntoView = false;
    for (const entry of entries) {
      if (!entry.isIntersecting) {
        this.onScreen.delete(entry.target);
        continue;
      }
      this.onScreen.add(entry.target);
      const key = this.keyOfElement.get(entry.target);
      if (key !== undefined && this.dueIdle.delete(key)) {
        this.dueNow.add(key);
        scrolledIntoView = true;
      }
    }
    if (scrolledIntoView) this.scheduleScan(0);
  }

  private resetConversation(): void {
    this.clearTouched();
    this.touchedOverflow = true;
    this.localListReads = 0;
    this.conversationKey = this.currentConversationKey();
    this.known = new Map();
    this.inOrder = [];
    this.nextOrder = 0;
    this.reported = new Map();
    this.replyKeyByText = new Map();
    this.reportedOn = new Map();
    this.finishedBy = new Map();
    this.finishedKeys = new Set();
    this.emptyKeys = new Set();
    this.fallbackKeys = new Set();
    this.firstReplySeenAt = null;
    this.lastCounts = '';
    this.settling = new Map();
    this.dueNow = new Set();
    this.dueIdle = new Set();
    this.partialReads = new Map();
    this.unreadUserTurns = new Set();
    this.carried = null;
    this.slicedList = null;
    this.turns = [];
    this.keyOfElement = new Map();
    this.indexOfKey = new Map();
    this.visibility?.disconnect();
    this.onScreen.clear();
    this.toObserve = [];
  }

  private currentConversationKey(): string {
    const url = new URL(this.opts.doc.location?.href ?? 'https://invalid/');
    return this.opts.adapter.conversationId(url) ?? url.pathname;
  }

  private scheduleScan(delay = this.opts.debounceMs): void {
    if (this.stopped || this.debounceTimer !== null) return;
    this.debounceTimer = this.opts.scheduler.setTimeout(() => {
      this.debounceTimer = null;
      this.safely(() => this.scan(this.opts.now()));
    }, delay);
  }

  /**
   * The rest of a scan that was split only to keep each task short: a long page's first
   * turn list, the keying after it, settle checks past their slice. Nothing a person
   * waits on is left for it (a reply read in slices and the next on-screen reports stay on
   * timers), so it runs in idle time, within SLICE_IDLE_TIMEOUT_MS. A scan that starts
   * meanwhile takes the work over (scan() cancels this).
   */
  private continueScanWhenIdle(): void {
    if (this.stopped || this.debounceTimer !== null || this.sliceCallback !== null) return;
    this.sliceCallback = this.opts.scheduler.requestIdleCallback(() => {
      this.sliceCallback = null;
      this.safely(() => this.scan(this.opts.now()));
    }, SLICE_IDLE_TIMEOUT_MS);
  }

  private armUnreadableCheck(): void {
    if (this.unreadableTimer !== null) this.opts.scheduler.clearTimeout(this.unreadableTimer);
    this.unreadableTimer = this.opts.scheduler.setTimeout(() => {
      this.unreadableTimer = null;
      this.safely(() => this.scan(this.opts.now()));
    }, this.opts.unreadableAfterMs);
  }

  private armSettleCheck(): void {
    if (this.settleTimer !== null || this.stopped) return;
    this.settleTimer = this.opts.scheduler.setTimeout(() => {
      this.settleTimer = null;
      this.safely(() => this.scan(this.opts.now()));
    }, this.opts.settleMs);
  }

  private requestIdleReports(): void {
    if (this.idleCallback !== null || this.stopped || this.dueIdle.size === 0) return;
    this.idleCallback = this.opts.scheduler.requestIdleCallback((budget) => {
      this.idleCallback = null;
      this.safely(() => this.reportInIdleTime(budget));
    }, IDLE_TIMEOUT_MS);
  }

  private safely(work: () => void): void {
    if (this.stopped) return;
    try {
      work();
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
    if (this.sliceCallback !== null) {
      this.opts.scheduler.cancelIdleCallback(this.sliceCallback);
      this.sliceCallback = null;
    }
    // Same-document navigation: every conversation switch rewrites the DOM, so the
    // observer brings us here; no URL polling timer is needed while the page is idle.
    if (this.currentConversationKey() !== this.conversationKey) {
      this.resetConversation();
      this.pageState = null;
      this.armUnreadableCheck();
      this.opts.onConversationChange?.();
    }

    // What a scan split at the list read (below) left for this one.
    const carried = this.carried;
    this.carried = null;
    const rereadList = this.touchedOverflow;
    const everything = rereadList || carried?.everything === true || this.slicedList?.everything === true;
    const { changed, list, records } = this.takeChanges();
    const wholeListDue = this.wholeListReadDue;
    this.wholeListReadDue = false;
    let fresh: Set<string>;
    if (this.turns.length === 0 && this.opts.adapter.findTurnsInSlices) {
      // The first list of a page (or of a conversation), in slices: on in the next task.
      const turns = this.readListInSlices(everything);
      if (turns === null) return;
      fresh = this.applyWholeList(turns);
    } else if (rereadList || wholeListDue || list === 'whole' || this.turns.length === 0) fresh = this.readTurnList();
    else if (list === 'added') fresh = this.readAddedTurns(records) ?? this.readTurnList();
    else fresh = new Set<string>();
    if (carried) for (const key of carried.keys) fresh.add(key);

    if (this.turns.length === 0) {
      const url = new URL(this.opts.doc.location?.href ?? 'https://invalid/');
      const { adapter } = this.opts;
      // Only a conversation page that has had time to render counts as unreadable.
      if (adapter.isConversationPage(url) && this.unreadableTimer === null && adapter.conversationId(url) !== null) {
        this.setPageState('unreadable');
      }
      return;
    }
    this.setPageState('watching');

    for (const key of fresh) changed.add(key);
    // A page opened on a long conversation: finding and keying its turns took a good
    // part of a frame, so the rest of this scan (reading messages, starting the settle
    // clocks, observing replies) goes on in the next task, and neither task passes a frame.
    // A scan that carries such work never splits again, so a page that keeps changing
    // cannot put the work off for ever.
    if (carried === null && this.opts.now() - now >= SCAN_SPLIT_MS) {
      this.carried = { keys: changed, everything };
      this.continueScanWhenIdle();
      return;
    }
    this.observeNewest(OBSERVE_AT_ONCE, Infinity);
    const latestReply = this.latestReplyKey();
    let waiting = false;
    let deferred = false;
    // Only the turns that changed or are settling have anything to do here. A scan runs
    // several times for every streamed reply; visiting every turn of a 500-turn page each
    // time cost the reply more than the reply's own turns did.
    const visit = (turn: TurnElement, index: number): void => {
      const key = this.keyOfElement.get(turn.element) as string;
      const isChanged = everything || changed.has(key);
      if (turn.role === 'user') {
        // Read as they appear (sites unmount turns scrolled away), for the replies'
        // context, within a time slice: see readUserTurns.
        if (isChanged) {
          this.knownTurn(key).text = null;
          this.unreadUserTurns.add(key);
        }
        return;
      }
      if (isChanged) this.markChanged(key, now);
      const settling = this.settling.get(key);
      if (!settling) return;
      // A reply that began settling in this very scan cannot have settled yet, streaming
      // or not (settles() answers false without reading anything): skip asking the site
      // whether it streams. At load that is every reply on the page, a whole pass of
      // stop-control lookups for nothing; the settle check a window later asks once.
      if (this.opts.settleMs > 0 && settling.since === now && settling.changedAt === now) {
        waiting = true;
        return;
      }
      // Still settling, so the next scan visits it (turnsToVisit): asked there, in the next task.
      if (this.opts.now() - now >= SETTLE_SLICE_MS) {
        deferred = true;
        return;
      }
      if (this.settles(key, turn, index === this.turns.length - 1, now)) {
        this.recordSettled(key);
        this.settling.delete(key);
        if (key === latestReply || this.isOnScreen(turn.element)) this.dueNow.add(key);
        else this.dueIdle.add(key);
      } else {
        waiting = true;
      }
    };
    if (everything) this.turns.forEach(visit);
    else for (const index of this.turnsToVisit(changed)) visit(this.turns[index] as TurnElement, index);

    this.readUserTurns(USER_READ_SLICE_MS);

    let reportedThisScan = 0;
    for (const key of this.dueNow) {
      if (reportedThisScan >= REPLIES_PER_SCAN) break;
      if (reportedThisScan > 0 && this.opts.now() - now >= REPORT_SLICE_MS) break;
      const outcome = this.report(key);
      // A long reply still being read: on in the next task, the others after it.
      if (outcome === 'reading') {
        this.scheduleScan(0);
        break;
      }
      this.dueNow.delete(key);
      if (outcome) reportedThisScan++;
    }

    if (this.dueNow.size > 0) this.scheduleScan(BATCH_PAUSE_MS);
    else if (deferred) this.continueScanWhenIdle();
    if (waiting) this.armSettleCheck();
    this.requestIdleReports();
    this.emitCounts();
    this.requestReconcile();
  }

  /**
   * The places in `turns` of the turns a scan must look at: those that changed and the
   * replies still settling, in document order (the order a walk over every turn would
   * visit them in). Keys no longer on the page are left out, as that walk would.
   */
  private turnsToVisit(changed: ReadonlySet<string>): number[] {
    const indices: number[] = [];
    for (const keys of [changed, this.settling.keys()]) {
      for (const key of keys) {
        const index = this.indexOfKey.get(key);
        if (index !== undefined) indices.push(index);
      }
    }
    indices.sort((a, b) => a - b);
    // A changed reply that is also settling is listed twice; it is visited once.
    return indices.filter((index, i) => i === 0 || index !== indices[i - 1]);
  }

  /**
   * Reads the person's messages found since the last scan, for at most `sliceMs`; the
   * rest in idle time, a slice per idle callback. A reply that needs one of them as
   * context sooner reads it then (contextText).
   */
  private readUserTurns(sliceMs: number): void {
    const started = this.opts.now();
    for (const key of this.unreadUserTurns) {
      if (this.opts.now() - started >= sliceMs) break;
      this.unreadUserTurns.delete(key);
      const known = this.known.get(key);
      if (known && known.text === null && known.turn.element.isConnected) known.text = this.opts.adapter.readText(known.turn);
    }
    if (this.unreadUserTurns.size === 0 || this.userReadCallback !== null || this.stopped) return;
    this.userReadCallback = this.opts.scheduler.requestIdleCallback((budget) => {
      this.userReadCallback = null;
      this.safely(() => this.readUserTurns(Math.min(IDLE_SLICE_MS, Math.max(1, budget.timeRemaining() - IDLE_RESERVE_MS))));
    }, IDLE_TIMEOUT_MS);
  }

  /**
   * Layout health: how this reply settled (each reply counted once per way). Whether it
   * was empty is learnt when it is read, when reported (countEmpty): reading every
   * settled reply here would read a whole conversation in one task at load.
   */
  private recordSettled(key: string): void {
    const byFallback = this.settling.get(key)?.byFallback === true;
    this.finishedBy.set(key, byFallback ? 'fallback' : 'signal');
    if (byFallback) this.fallbackKeys.add(key);
    else this.finishedKeys.add(key);
  }

  /** A settled reply turned out to have no text at all. */
  private countEmpty(key: string): void {
    this.emptyKeys.add(key);
    this.finishedKeys.delete(key);
    this.fallbackKeys.delete(key);
  }

  /** The counts for layout health, as of now. */
  counts(): WatcherCounts {
    let repliesSeen = 0;
    for (const turn of this.known.values()) if (turn.turn.role === 'assistant') repliesSeen++;
    return {
      turnsFound: this.known.size,
      repliesSeen,
      repliesFinished: this.finishedKeys.size,
      repliesEmpty: this.emptyKeys.size,
      repliesByFallback: this.fallbackKeys.size,
      firstReplySeenAt: this.firstReplySeenAt,
    };
  }

  /**
   * Layout health goes out in idle time, once for all the scans before it: the report is
   * a message to the background, and sending it inside the first scan made that scan,
   * the task that loads the page, about 9 ms longer.
   */
  private emitCounts(): void {
    if (!this.opts.onCounts || this.countsCallback !== null || this.stopped) return;
    this.countsCallback = this.opts.scheduler.requestIdleCallback(() => {
      this.countsCallback = null;
      this.safely(() => this.sendCounts());
    }, IDLE_TIMEOUT_MS);
  }

  private sendCounts(): void {
    if (!this.opts.onCounts) return;
    const counts = this.counts();
    const signature = JSON.stringify(counts);
    if (signature === this.lastCounts) return;
    this.lastCounts = signature;
    this.opts.onCounts(counts);
  }

  /**
   * The known turns that mutations touched since the last scan, and whether anything
   * changed outside every known turn in a way that may add or remove turns: 'added' when
   * only nodes were added or removed there (`records`, for readAddedTurns), 'whole' when
   * only a read of the whole page can tell.
   */
  private takeChanges(): { changed: Set<string>; list: 'same' | 'added' | 'whole'; records: MutationRecord[] } {
    const changed = new Set<string>();
    let list: 'same' | 'added' | 'whole' = 'same';
    const attributesOutside: Element[] = [];
    const outside = new Set<Node>();
    if (!this.touchedOverflow) {
      for (const node of this.touched) {
        const key = this.enclosingTurnKey(node);
        if (key !== null) changed.add(key);
        else if (this.childListTargets.has(node)) outside.add(node);
        else if (this.attributeTargets.has(node as Element)) attributesOutside.push(node as Element);
      }
    }
    if (outside.size > 0) list = this.listRecordsDropped ? 'whole' : 'added';
    // An attribute outside every turn (the stop button turning back into the send
    // button, twice per reply) adds a turn only if it made its element, or something
    // next to it, one: looking there costs far less than walking the whole page.
    if (
      attributesOutside.some((element) =>
        this.opts.adapter.findTurns(element.parentElement ?? element).some((turn) => !this.keyOfElement.has(turn.element)),
      )
    ) {
      list = 'whole';
    }
    const records = list === 'added' ? this.listRecords.filter((record) => outside.has(record.target)) : [];
    this.clearTouched();
    return { changed, list, records };
  }

  private clearTouched(): void {
    this.touched.clear();
    this.childListTargets.clear();
    this.attributeTargets.clear();
    this.touchedOverflow = false;
    this.listRecords = [];
    this.listRecordsDropped = false;
  }

  /** The key of the known turn that holds `node`, or null. */
  private enclosingTurnKey(node: Node): string | null {
    for (let current: Node | null = node; current; current = current.parentNode) {
      const key = this.keyOfElement.get(current as Element);
      if (key !== undefined) return key;
    }
    return null;
  }

  /**
   * Asks the adapter for every turn on the page and keys them. Returns the keys of the
   * turns whose element is new to us (a new turn, or one the site re-rendered).
   */
  private readTurnList(): Set<string> {
    return this.applyWholeList(this.opts.adapter.findTurns(this.opts.doc.body));
  }

  private applyWholeList(turns: TurnElement[]): Set<string> {
    this.wholeListReadAt = this.opts.now();
    this.localListReads = 0;
    return this.applyTurns(turns, 0);
  }

  /**
   * The page's turn list read for at most LIST_SLICE_MS in this task (findTurnsInSlices):
   * null when the read goes on in a later task (scheduled here). When the page changed
   * while it was read, the list is read again whole, as it is now.
   */
  private readListInSlices(everything: boolean): TurnElement[] | null {
    const { adapter, doc } = this.opts;
    const pending = this.slicedList ?? { read: (adapter.findTurnsInSlices as (root: ParentNode) => SlicedTurnRead)(doc.body), everything, changed: false };
    this.slicedList = null;
    const started = this.opts.now();
    const turns = pending.read.step(() => this.opts.now() - started >= LIST_SLICE_MS);
    if (turns === null) {
      this.slicedList = pending;
      this.continueScanWhenIdle();
      return null;
    }
    return pending.changed ? adapter.findTurns(doc.body) : turns;
  }

  /**
   * Like readTurnList, after nodes were added (or removed) outside every known turn, but
   * reading only around those nodes (SiteAdapter.turnsAround): a turn appended to a long
   * page costs what the turn costs, not a walk over the whole page. Only for changes after
   * the last known turn, as a streamed reply makes them; null when that cannot be done
   * exactly (no such adapter method, the adapter cannot tell, a known turn was removed, a
   * turn appeared above the last one), and the caller reads the whole page instead.
   */
  private readAddedTurns(records: readonly MutationRecord[]): Set<string> | null {
    const { adapter } = this.opts;
    const last = this.turns.at(-1);
    if (!adapter.turnsAround || !last) return null;
    const turnsAround = adapter.turnsAround.bind(adapter);
    let scopes: LocalTurns[] = [];
    const inScope = (node: Node): boolean => scopes.some(({ scope }) => scope.contains(node));
    const readAround = (node: Element): boolean => {
      if (inScope(node)) return true;
      const found = turnsAround(node, last);
      if (!found) return false;
      scopes = scopes.filter(({ scope }) => !found.scope.contains(scope));
      scopes.push(found);
      return true;
    };
    const emptied: Element[] = [];
    for (const record of records) {
      for (const node of Array.from(record.removedNodes)) {
        if (node.nodeType !== ELEMENT_NODE || node.nodeName === OWN_UI) continue;
        if (this.holdsKnownTurn(node as Element)) return null;
        if (record.target.nodeType === ELEMENT_NODE) emptied.push(record.target as Element);
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== ELEMENT_NODE || node.nodeName === OWN_UI || !node.isConnected) continue;
        if (!readAround(node as Element)) return null;
      }
    }
    // Something removed from a turn's surroundings can change which element is the turn.
    for (const target of emptied) if (target.isConnected && !readAround(target)) return null;
    if (scopes.length === 0) return new Set();

    // The known turns inside the scopes must be the last ones, and every scope after the
    // turn before them: then the new list is the old one up to there, then the scopes' turns.
    let from = this.turns.length;
    while (from > 0 && inScope((this.turns[from - 1] as TurnElement).element)) from--;
    const before = this.turns[from - 1];
    if (before) {
      for (const { scope } of scopes) {
        const position = before.element.compareDocumentPosition(scope);
        if (!(position & FOLLOWING) || position & CONTAINED_BY) return null;
      }
    }
    scopes.sort((a, b) => (a.scope.compareDocumentPosition(b.scope) & FOLLOWING ? -1 : 1));
    const tail = scopes.flatMap(({ turns }) => turns);
    this.localListReads++;
    this.localListReadAt = this.opts.now();
    const unchanged =
      tail.length === this.turns.length - from &&
      tail.every((turn, i) => {
        const old = this.turns[from + i] as TurnElement;
        return turn.element === old.element && turn.role === old.role && turn.key === old.key;
      });
    if (unchanged) return new Set();
    return this.applyTurns(this.turns.slice(0, from).concat(tail), from);
  }

  /** True when `element` is a known turn's element or holds one. */
  private holdsKnownTurn(element: Element): boolean {
    if (this.keyOfElement.has(element)) return true;
    const inside = element.getElementsByTagName('*');
    // A large subtree gone: not worth the look, the whole page is read.
    if (inside.length > TOUCHED_LIMIT) return true;
    for (let i = 0; i < inside.length; i++) if (this.keyOfElement.has(inside[i] as Element)) return true;
    return false;
  }

  /**
   * Makes `turns` the page's turn list; its first `from` turns are the current list's, kept
   * with their keys, and the rest are keyed and placed. Returns the keys of the turns
   * whose element is new to us (a new turn, or one the site re-rendered).
   */
  private applyTurns(turns: TurnElement[], from: number): Set<string> {
    const previous = this.keyOfElement;
    const keys = this.placeTurns(turns, previous, from);
    // The elements of the turns being replaced, with the keys they had.
    let replaced: ReadonlyMap<Element, string>;
    if (from === 0) {
      replaced = previous;
      this.keyOfElement = new Map();
      this.indexOfKey = new Map();
    } else {
      const tail = new Map<Element, string>();
      for (let i = from; i < this.turns.length; i++) {
        const element = (this.turns[i] as TurnElement).element;
        const key = previous.get(element) as string;
        tail.set(element, key);
        this.keyOfElement.delete(element);
        this.indexOfKey.delete(key);
      }
      replaced = tail;
    }
    const fresh = new Set<string>();
    for (let index = from; index < turns.length; index++) {
      const turn = turns[index] as TurnElement;
      const key = keys[index - from] as string;
      this.keyOfElement.set(turn.element, key);
      this.indexOfKey.set(key, index);
      this.knownTurn(key).turn = turn;
      if (replaced.get(turn.element) !== key) {
        fresh.add(key);
        if (turn.role === 'assistant') {
          if (this.visibility) this.toObserve.push(turn.element);
          this.firstReplySeenAt ??= this.opts.now();
        }
      }
    }
    this.turns = turns;
    for (const element of replaced.keys()) {
      if (this.keyOfElement.has(element)) continue;
      this.visibility?.unobserve(element);
      this.onScreen.delete(element);
    }
    return fresh;
  }

  /**
   * After turns were read from added nodes alone, a read of the whole page checks them in
   * idle time, at most once per RECONCILE_MS and only once they have held still for a
   * settle window; a turn found there that the local reads missed or got wrong is new to
   * the scan that does it, like any other. Asked at the end of scans, which run only while
   * the page changes (or a reply settles): an idle page still runs nothing.
   */
  private requestReconcile(): void {
    if (this.localListReads === 0 || this.reconcileCallback !== null || this.stopped) return;
    const now = this.opts.now();
    if (now - this.wholeListReadAt < RECONCILE_MS || now - this.localListReadAt < this.opts.settleMs) return;
    this.reconcileCallback = this.opts.scheduler.requestIdleCallback(() => {
      this.reconcileCallback = null;
      this.wholeListReadDue = true;
      this.safely(() => this.scan(this.opts.now()));
    }, IDLE_TIMEOUT_MS);
  }

  /**
   * Gives reply elements to the IntersectionObserver, newest first: at most `count`, for
   * at most `sliceMs`; the rest in a later task (see OBSERVE_AT_ONCE).
   */
  private observeNewest(count: number, sliceMs: number): void {
    const { visibility } = this;
    if (!visibility) return;
    const started = this.opts.now();
    let observed = 0;
    while (this.toObserve.length > 0 && observed < count && this.opts.now() - started < sliceMs) {
      const element = this.toObserve.pop() as Element;
      // A turn the site removed or replaced meanwhile is no longer ours to watch.
      if (!this.keyOfElement.has(element)) continue;
      visibility.observe(element);
      observed++;
    }
    if (this.toObserve.length === 0 || this.observeTimer !== null || this.stopped) return;
    this.observeTimer = this.opts.scheduler.setTimeout(() => {
      this.observeTimer = null;
      this.safely(() => this.observeNewest(Infinity, OBSERVE_SLICE_MS));
    }, 0);
  }

  /** The assistant turn nearest the end of the page: where the conversation is happening. */
  private latestReplyKey(): string | null {
    for (let i = this.turns.length - 1; i >= 0; i--) {
      const turn = this.turns[i] as TurnElement;
      if (turn.role === 'assistant') return this.keyOfElement.get(turn.element) ?? null;
    }
    return null;
  }

  /**
   * Whether a reply element is on screen, as the IntersectionObserver last said (no layout
   * read). True where the browser has no IntersectionObserver; false for a reply not
   * observed yet.
   */
  isOnScreen(element: Element): boolean {
    return this.visibility === null || this.onScreen.has(element);
  }

  /** Something inside a reply changed (or it is new): it settles again before it is reported. */
  private markChanged(key: string, now: number): void {
    this.knownTurn(key).text = null;
    this.partialReads.delete(key);
    this.dueNow.delete(key);
    this.dueIdle.delete(key);
    const settling = this.settling.get(key);
    if (settling) settling.changedAt = now;
    else this.settling.set(key, { since: now, changedAt: now, text: null, textSince: now });
    if (settling) settling.byFallback = false;
  }

  /** True when a settling reply has finished: not streaming, and quiet for the settle window. */
  private settles(key: string, turn: TurnElement, isLastTurn: boolean, now: number): boolean {
    const settling = this.settling.get(key) as Settling;
    const { settleMs } = this.opts;
    if (this.opts.adapter.isStreaming(turn, this.opts.doc, isLastTurn)) return this.finishedWithoutSignal(key, settling, now);
    if (now - settling.changedAt >= settleMs) return true;
    if (now - settling.since < settleMs) return false;
    // Still changing after a whole window (a live element inside the turn): settled once
    // the text itself stays the same for a window.
    const text = this.readReplyInSlices(key);
    if (text === null) {
      this.scheduleScan(0);
      return false;
    }
    if (text !== settling.text) {
      settling.text = text;
      settling.textSince = now;
      return false;
    }
    return now - settling.textSince >= settleMs;
  }

  /**
   * The site says the reply is still streaming. If nothing inside it has changed for a
   * settle window and its text has held still for the finish fallback's while, the
   * signal is not coming (a stop control that lingers, an end marker the site dropped):
   * it counts as finished, and layout health records that it took the fallback. The text
   * is read only once the turn is quiet, so a streaming reply costs nothing extra.
   */
  private finishedWithoutSignal(key: string, settling: Settling, now: number): boolean {
    settling.since = now;
    if (now - settling.changedAt < this.opts.settleMs) {
      settling.text = null;
      return false;
    }
    const text = this.readReplyInSlices(key);
    if (text === null) {
      this.scheduleScan(0);
      return false;
    }
    // Empty text is a reply that has not started (Grok shows its bar before the text).
    if (text.trim() === '' || text !== settling.text) {
      settling.text = text;
      settling.textSince = now;
      return false;
    }
    if (now - settling.textSince < this.opts.finishFallbackMs) return false;
    settling.byFallback = true;
    return true;
  }

  private reportInIdleTime(budget: IdleBudget): void {
    const started = this.opts.now();
    for (const key of this.dueIdle) {
      // A reply that changed since it settled waits for the next scan.
      if (this.hasPendingChange(key)) {
        this.dueIdle.delete(key);
        continue;
      }
      // A long reply still being read goes on in the next idle callback.
      if (this.report(key) === 'reading') break;
      this.dueIdle.delete(key);
      if (budget.timeRemaining() < IDLE_RESERVE_MS || this.opts.now() - started >= IDLE_SLICE_MS) break;
    }
    this.requestIdleReports();
    this.emitCounts();
  }

  private hasPendingChange(key: string): boolean {
    if (this.touchedOverflow) return true;
    const element = this.known.get(key)?.turn.element;
    if (!element) return true;
    for (const node of this.touched) if (element.contains(node)) return true;
    return false;
  }

  /**
   * Reads a settled reply and reports it unless this text was reported already; 'reading'
   * while a long reply's text is still being read (call again in a later task).
   */
  private report(key: string): boolean | 'reading' {
    const known = this.known.get(key);
    // Unmounted meanwhile: reported when the site shows it again.
    if (!known?.turn.element.isConnected) return false;
    const text = this.readReplyInSlices(key);
    if (text === null) return 'reading';
    if (text.trim() === '') {
      this.countEmpty(key);
      return false;
    }
    const hash = textHash(text);
    if (this.reported.get(key) === hash) {
      // The same reply on a new element (a virtual list re-mounted it): its flag comes back.
      if (this.reportedOn.get(key) !== known.turn.element) {
        this.reportedOn.set(key, known.turn.element);
        this.opts.onReplyRemounted?.(key, known.turn);
      }
      return false;
    }
    this.reported.set(key, hash);
    this.reportedOn.set(key, known.turn.element);
    this.replyKeyByText.set(hash, key);
    const finishedBy = this.finishedBy.get(key) ?? 'signal';
    this.opts.onReply({ key, turn: known.turn, text, finishedBy, ...this.contextFor(known) });
    return true;
  }

  /** A reply's text, read now (to the end) unless it was read since it last changed. */
  private readReply(key: string): string {
    const known = this.knownTurn(key);
    if (known.text === null) {
      const partial = this.partialReads.get(key);
      this.partialReads.delete(key);
      const text = partial ? (partial.step(() => false) as string) : this.opts.adapter.readText(known.turn);
      known.text = text.length > MAX_REPLY_CHARS ? text.slice(0, MAX_REPLY_CHARS) : text;
    }
    return known.text;
  }

  /**
   * A reply's text like readReply, but read for at most READ_SLICE_MS in this task: null
   * when it goes on in a later one (the caller schedules it). The read resumes where it
   * stopped and gives the same text as one readText; a change to the reply drops it.
   */
  private readReplyInSlices(key: string): string | null {
    const known = this.knownTurn(key);
    if (known.text !== null) return known.text;
    const read = this.partialReads.get(key) ?? new SlicedTextRead(() => this.opts.adapter.readText(this.knownTurn(key).turn));
    const started = this.opts.now();
    const text = read.step(() => this.opts.now() - started >= READ_SLICE_MS);
    if (text === null) {
      this.partialReads.set(key, read);
      return null;
    }
    this.partialReads.delete(key);
    known.text = text.length > MAX_REPLY_CHARS ? text.slice(0, MAX_REPLY_CHARS) : text;
    return known.text;
  }

  private knownTurn(key: string): KnownTurn {
    return this.known.get(key) as KnownTurn;
  }

  /**
   * Keys for every turn in document order. The site's own id when it gives one. Without
   * one, a key made of content, never of positions, so that a virtual list sliding its
   * window never gives a turn another turn's key (issue #10):
   * - a person's message: the hash of its text;
   * - a reply: the key of the turn right before it plus its role, so it is known while it
   *   streams; when nothing before it is mounted (the top of a virtual window), the key it
   *   had on this same element, else the key of the reply reported with this same text.
   * Two turns of one page that would get the same key are told apart by their neighbour.
   */
  private keyTurns(turns: readonly TurnElement[], previous: ReadonlyMap<Element, string>, from: number): string[] {
    const keys: string[] = [];
    const used = new Set<string>();
    // The turns before `from` keep their keys, which indexOfKey still has at their places.
    const usedBefore = (key: string): boolean => (this.indexOfKey.get(key) ?? from) < from;
    let previousKey: string | null = from > 0 ? (previous.get((turns[from - 1] as TurnElement).element) ?? null) : null;
    for (let i = from; i < turns.length; i++) {
      const turn = turns[i] as TurnElement;
      let key: string;
      if (turn.key) key = turn.key;
      else if (turn.role === 'user') key = `user:${textHash(this.opts.adapter.readText(turn))}`;
      else if (previousKey !== null) key = `${previousKey}>assistant`;
      else {
        const text = this.opts.adapter.readText(turn);
        key = previous.get(turn.element) ?? this.replyKeyByText.get(textHash(text)) ?? `assistant:${textHash(text)}`;
      }
      if (used.has(key) || usedBefore(key)) key = `${key}@${previousKey ?? ''}`;
      used.add(key);
      keys.push(key);
      previousKey = key;
    }
    return keys;
  }

  /**
   * Key every turn from `from` on (those before it are the current list's, already keyed
   * and placed) and give new ones their place in the conversation, in document order.
   * A turn that appears above turns already seen (scrolling up on a virtualised page)
   * is placed between its neighbours, not at the end. Returns the keys of turns[from…].
   */
  private placeTurns(turns: readonly TurnElement[], previous: ReadonlyMap<Element, string>, from: number): string[] {
    const keys = this.keyTurns(turns, previous, from);
    // The order of the nearest turn after each one that was known before this call.
    const nextKnownOrder: (number | null)[] = new Array<number | null>(keys.length);
    let following: number | null = null;
    for (let i = keys.length - 1; i >= 0; i--) {
      nextKnownOrder[i] = following;
      const known = this.known.get(keys[i] as string);
      if (known) following = known.order;
    }
    const before = from > 0 ? previous.get((turns[from - 1] as TurnElement).element) : undefined;
    let previousOrder: number | null = before === undefined ? null : (this.known.get(before)?.order ?? null);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      let known = this.known.get(key);
      if (!known) {
        const nextOrder = nextKnownOrder[i] ?? null;
        const order: number =
          nextOrder === null
            ? Math.max(this.nextOrder, (previousOrder ?? -1) + 1)
            : previousOrder === null
              ? nextOrder - 1
              : (previousOrder + nextOrder) / 2;
        this.nextOrder = Math.max(this.nextOrder, order + 1);
        known = { key, turn: turns[from + i] as TurnElement, order, text: null };
        this.known.set(key, known);
        this.insertInOrder(known);
      }
      previousOrder = known.order;
    }
    return keys;
  }

  private insertInOrder(turn: KnownTurn): void {
    // The common case, a page read top to bottom or a new turn at the end: append.
    const last = this.inOrder.at(-1);
    if (last === undefined || last.order < turn.order) {
      this.inOrder.push(turn);
      return;
    }
    let lo = 0;
    let hi = this.inOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.inOrder[mid] as KnownTurn).order < turn.order) lo = mid + 1;
      else hi = mid;
    }
    this.inOrder.splice(lo, 0, turn);
  }

  /** A turn's text for another reply's context: cached, else read if it is still on the page. */
  private contextText(turn: KnownTurn): string {
    if (turn.text !== null) return turn.text;
    if (!turn.turn.element.isConnected) return '';
    return turn.turn.role === 'user' ? (turn.text = this.opts.adapter.readText(turn.turn)) : this.readReply(turn.key);
  }

  /** The user message right before a reply and the turns before that, oldest first. */
  private contextFor(self: KnownTurn): { user: string | undefined; history: HistoryTurn[] } {
    let user: string | undefined;
    const history: HistoryTurn[] = [];
    let position = this.inOrder.indexOf(self);
    if (position < 0) position = this.inOrder.length;
    for (let i = position - 1; i >= 0 && history.length < HISTORY_TURNS; i--) {
      const turn = this.inOrder[i] as KnownTurn;
      const text = this.contextText(turn);
      if (text === '') continue;
      const role = turn.turn.role;
      if (user === undefined && history.length === 0 && role === 'user') {
        user = text;
        continue;
      }
      history.push({ role, text: text.length > HISTORY_TEXT_CHARS ? text.slice(0, HISTORY_TEXT_CHARS) : text });
    }
    return { user, history: history.reverse() };
  }
}
