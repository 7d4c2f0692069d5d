/**
 * The content script's side of "nothing is lost" (issue #11.4). Every message to the
 * background waits here until the background acknowledges it, which it does only once
 * the message is stored (for a report: after its IndexedDB transaction committed). A
 * message that is not acknowledged (the service worker was stopped mid-burst, was busy,
 * or could not write) is sent again with backoff. Resends are safe: the background
 * stores everything idempotently by reply key.
 *
 * Messages go out in idle time, at most REPORT_DELAY_MS after they happen: nothing on
 * the page waits for them. Only the latest message per reply is kept (a re-analysis
 * replaces the earlier report), so the outbox never holds more than one entry per reply.
 * At most `maxInFlight` messages await an answer at once: a page with a thousand new
 * replies keeps its backlog here and feeds the background as fast as it acknowledges,
 * instead of overflowing its queue there.
 */
import { isAcknowledged, isBusy, isRefused } from '../messaging/page-protocol';
import type { ContentMessage } from '../messaging/protocol';
import type { IdleBudget, Scheduler } from './turn-watcher';

export interface OutboxOptions {
  scheduler: Scheduler;
  /** Resolves with the background's answer (a ContentAck), rejects when nobody answered. */
  send(message: ContentMessage): Promise<unknown>;
  now(): number;
  /** Messages wait for idle time at most this long (ms). */
  idleTimeoutMs?: number;
  /** An idle callback stops sending when less than this is left of it (ms). */
  idleReserveMs?: number;
  /**
   * …or after this much sending, however much idle time the browser offers (ms): a send
   * copies the reply and its context into the message (a few ms each on a long page), and
   * sixteen in one callback made a task of 18 ms while replies streamed.
   */
  idleSliceMs?: number;
  /** Delay before the n-th resend (n from 1). */
  retryDelayMs?(attempt: number): number;
  /** Failed sends per message before it is given up (logged, never thrown into the page). */
  maxAttempts?: number;
  /** Messages awaiting an answer at once. */
  maxInFlight?: number;
  log?(message: string, detail: unknown): void;
  /** Hears each acknowledged message with the background's answer (the verdict, for `analyseReply`). */
  onAcknowledged?(message: ContentMessage, response: unknown): void;
}

interface Pending {
  message: ContentMessage;
  attempts: number;
  inFlight: boolean;
  /** Not sent again before this time. */
  dueAt: number;
  /** It has waited for an idle period once (new messages do, so a page never waits for them). */
  waited: boolean;
}

/** One entry per reply and kind: a newer message about the same reply replaces the older. */
function keyOf(message: ContentMessage): string {
  switch (message.type) {
    // A reply sent for judging and the report it replaces are the same entry.
    case 'analysisReport':
    case 'analyseReply':
      return `report\u0000${message.replyKey}`;
    case 'feedback':
      return `feedback\u0000${message.replyKey}`;
    case 'pageStatus':
      return 'status';
    // The card's actions: the latest choice per rule, per conversation, and the latest notice win.
    case 'ruleSwitch':
      return `rule\u0000${message.ruleId}`;
    case 'conversationPause':
      return `pause\u0000${message.site}\u0000${message.conversationId}`;
    case 'pageInterference':
      return 'interference';
  }
}

const defaultRetryDelay = (attempt: number) => Math.min(30_000, 500 * 2 ** (attempt - 1));

export class ReportOutbox {
  private readonly pending = new Map<string, Pending>();
  private idleCallback: number | null = null;
  private retryTimer: number | null = null;
  private retryAt = Infinity;
  private disposed = false;
  private readonly opts: Required<OutboxOptions>;

  constructor(options: OutboxOptions) {
    this.opts = {
      idleTimeoutMs: 1000,
      idleReserveMs: 2,
      idleSliceMs: 8,
      retryDelayMs: defaultRetryDelay,
      maxAttempts: 12,
      maxInFlight: 16,
      log: (message, detail) => console.debug('[Candor]', message, detail),
      onAcknowledged: () => undefined,
      ...options,
    };
  }

  /** Messages not yet acknowledged (sent or waiting). */
  get size(): number {
    return this.pending.size;
  }

  push(message: ContentMessage): void {
    if (this.disposed) return;
    const key = keyOf(message);
    // Re-inserted at the end: the order of messages is the order they happened.
    this.pending.delete(key);
    this.pending.set(key, { message, attempts: 0, inFlight: false, dueAt: 0, waited: false });
    this.requestFlush();
  }

  dispose(): void {
    this.disposed = true;
    if (this.idleCallback !== null) this.opts.scheduler.cancelIdleCallback(this.idleCallback);
    if (this.retryTimer !== null) this.opts.scheduler.clearTimeout(this.retryTimer);
    this.idleCallback = this.retryTimer = null;
    this.pending.clear();
  }

  private requestFlush(): void {
    if (this.idleCallback !== null || this.disposed) return;
    const now = this.opts.now();
    if (this.inFlight >= this.opts.maxInFlight) return;
    if (![...this.pending.values()].some((p) => !p.inFlight && p.dueAt <= now)) return;
    this.idleCallback = this.opts.scheduler.requestIdleCallback((budget) => {
      this.idleCallback = null;
      this.flush(budget);
    }, this.opts.idleTimeoutMs);
  }

  private inFlight = 0;

  private flush(budget: IdleBudget): void {
    const now = this.opts.now();
    for (const entry of this.pending.values()) entry.waited = true;
    for (const [key, entry] of this.pending) {
      if (this.inFlight >= this.opts.maxInFlight) return;
      if (entry.inFlight || entry.dueAt > now) continue;
      this.sendOne(key, entry);
      if (budget.timeRemaining() < this.opts.idleReserveMs || this.opts.now() - now >= this.opts.idleSliceMs) break;
    }
    this.requestFlush();
  }

  private sendOne(key: string, entry: Pending): void {
    entry.inFlight = true;
    this.inFlight++;
    this.opts.send(entry.message).then(
      (response) => this.settle(key, entry, response, null),
      (error: unknown) => this.settle(key, entry, null, error),
    );
  }

  private settle(key: string, entry: Pending, response: unknown, error: unknown): void {
    entry.inFlight = false;
    this.inFlight--;
    if (this.disposed) return;
    this.decide(key, entry, response, error);
    // A freed slot lets the next waiting message go at once: it already waited for idle
    // time once, and one send per answer is all the page pays.
    this.sendNextDue();
    this.requestFlush();
  }

  private sendNextDue(): void {
    const now = this.opts.now();
    for (const [key, entry] of this.pending) {
      if (this.inFlight >= this.opts.maxInFlight) return;
      if (entry.inFlight || entry.dueAt > now || !entry.waited) continue;
      this.sendOne(key, entry);
      return;
    }
  }

  private decide(key: string, entry: Pending, response: unknown, error: unknown): void {
    // A newer message about the same reply took this one's place: it has its own fate.
    if (this.pending.get(key) !== entry) return;
    if (isAcknowledged(response)) {
      this.pending.delete(key);
      this.opts.onAcknowledged(entry.message, response);
      return;
    }
    if (isRefused(response) || String(error).includes('Extension context invalidated')) {
      this.pending.delete(key);
      this.opts.log('the background refused a message', response ?? error);
      return;
    }
    // Busy is the background pacing this page, not a failure: it does not use up attempts.
    if (!isBusy(response)) entry.attempts++;
    if (entry.attempts >= this.opts.maxAttempts) {
      this.pending.delete(key);
      this.opts.log('the background did not acknowledge a message; giving up', response ?? error);
      return;
    }
    entry.dueAt = this.opts.now() + this.opts.retryDelayMs(Math.max(1, entry.attempts));
    this.scheduleRetry(entry.dueAt);
  }

  private scheduleRetry(at: number): void {
    if (this.retryTimer !== null && this.retryAt <= at) return;
    if (this.retryTimer !== null) this.opts.scheduler.clearTimeout(this.retryTimer);
    this.retryAt = at;
    this.retryTimer = this.opts.scheduler.setTimeout(() => {
      this.retryTimer = null;
      this.retryAt = Infinity;
      this.requestFlush();
      // Others may be due later: keep one timer for the earliest of them.
      const next = Math.min(...[...this.pending.values()].filter((p) => !p.inFlight && p.dueAt > this.opts.now()).map((p) => p.dueAt));
      if (Number.isFinite(next)) this.scheduleRetry(next);
    }, Math.max(0, at - this.opts.now()));
  }
}
