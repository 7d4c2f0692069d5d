/**
 * Candor inside one chat page: the turn watcher finds finished replies, the background
 * judges them (the engine runs there, never on the page's main thread: issue #13.3),
 * and the overlay shows its verdict at the reply.
 *
 * Everything here is guarded: an error is reported to the console with a prefix and
 * never thrown into the page; when WXT invalidates this content script (extension
 * reloaded or updated) every observer, timer, listener, flag and highlight goes away.
 */
import type { Analysis } from '../engine/types';
import { readAnalysisAnswer } from '../messaging/analysis-answer';
import {
  findByReportedKey,
  MAX_ANALYSED_REPLY_CHARS,
  MAX_CONTEXT_TURN_CHARS,
  MAX_CONTEXT_TURNS,
  reportedKey,
  type Verdict,
} from '../messaging/page-protocol';
import type { AnalyseReply, ContentMessage, RuleExamplePair } from '../messaging/protocol';
import { judgeLayout, recordedRanks, resetRanks } from '../sites/layout-health';
import type { SiteAdapter, TurnElement } from '../sites/types';
import { isPaused, readPausesForPage, readSiteEnabled, withPause, type Pauses, type ReadableArea } from '../storage/page-view';
import type { Overlay } from './overlay';
import type { FlagCallbacks } from './overlay/flag-element';
import type { MarkGuard } from './overlay/mark-guard';
import { ReportOutbox } from './report-outbox';
import { SharedTexts } from './shared-text';
import { TurnWatcher, type ObservedReply, type Scheduler, type WatcherCounts } from './turn-watcher';

/** What the page needs from the extension: injected so tests can fake it. */
export interface PageEnvironment {
  adapter: SiteAdapter;
  doc: Document;
  /** What draws the verdicts: its own content script (overlay/index.ts says why). */
  overlay: Overlay;
  scheduler: Scheduler;
  storage: ReadableArea;
  /** Subscribe to settings changes; returns an unsubscribe function. */
  onSettingsChanged(listener: () => void): () => void;
  /** Resolves with the background's answer (see ContentAck); unacknowledged messages are resent. */
  send(message: ContentMessage): Promise<unknown>;
  /** Register cleanup for when the content script is invalidated. */
  onInvalidated(cleanup: () => void): void;
  now(): number;
}

/** The background's verdict on one reply. */
interface Judgement {
  analysis: Analysis;
  examples: RuleExamplePair[];
}

interface ShownReply extends Judgement {
  reply: ObservedReply;
  verdict: Verdict;
  clearHighlight: () => void;
}

const LOG_PREFIX = '[Candor]';

/**
 * The verdict of a reply off screen is not drawn in the task its answer arrives in: it
 * waits this long, so that the verdicts arriving meanwhile (at load, one every few tens
 * of ms) are drawn together. Each mark drawn changes the page's layout, and the browser
 * then lays out, pre-paints and paints the long page again: once per batch instead of
 * once per verdict (issue #13).
 */
const DRAW_BATCH_DELAY_MS = 250;
/** Then they are drawn in idle time, at the latest this long after. */
const DRAW_IDLE_TIMEOUT_MS = 1000;
/** An idle callback stops drawing after this much work; the rest follow in the next one. */
const DRAW_SLICE_MS = 8;
/** …or when the browser's idle period has less than this left. */
const DRAW_RESERVE_MS = 2;

export class CandorPage {
  /** Whether Candor is on for this site (null until read); the background holds the rest of the settings. */
  private siteEnabled: boolean | null = null;
  private readonly shown = new Map<string, ShownReply>();
  private watcher: TurnWatcher | null = null;
  private disposed = false;
  /** Reports waiting for idle time or for the background's acknowledgement. */
  private readonly outbox: ReportOutbox;
  /** Replies sent to the background to be judged, by key, until the verdict comes back. */
  private readonly judging = new Map<string, { reply: ObservedReply; verdict: Verdict }>();
  /** Puts back badges and highlights the page removes or hides (bounded). */
  private guard_: MarkGuard | null = null;
  /** Conversations the person paused Candor on (read at start, updated by the card). */
  private pauses: Pauses = { version: 1, pauses: [] };
  /** Replies that finished while this conversation was paused, shown if the person resumes. */
  private held = new Map<string, { reply: ObservedReply; verdict: Verdict; judgement?: Judgement }>();
  /** One copy of each rule text the verdicts repeat (explanations, advice, examples). */
  private readonly sharedTexts = new SharedTexts();
  /** Verdicts of off-screen replies waiting to be drawn together, in the order they came. */
  private readonly toDraw = new Map<string, { reply: ObservedReply; verdict: Verdict; judgement: Judgement }>();
  private drawTimer: number | null = null;
  private drawIdle: number | null = null;

  constructor(private readonly env: PageEnvironment) {
    this.outbox = new ReportOutbox({
      scheduler: env.scheduler,
      send: (message) => env.send(message),
      now: () => env.now(),
      onAcknowledged: (message, response) => {
        if (message.type === 'analyseReply') this.guard(() => this.onJudged(message, response));
      },
    });
  }

  async start(): Promise<void> {
    const { env } = this;
    const unsubscribe = env.onSettingsChanged(() => void this.reloadSettings());
    env.onInvalidated(() => {
      unsubscribe();
      this.dispose();
    });
    this.siteEnabled = await readSiteEnabled(env.storage, env.adapter.id);
    this.pauses = await readPausesForPage(env.storage);
    if (this.disposed) return;
    this.guard_ = env.overlay.markGuard({
      doc: env.doc,
      onInterference: ({ restored, gaveUp }) =>
        this.report({ type: 'pageInterference', site: env.adapter.id, url: this.url(), restored, gaveUp }),
    });
    this.applyEnabled();
  }

  /** Tear down everything this page added or started. */
  dispose(): void {
    this.disposed = true;
    this.watcher?.stop();
    this.watcher = null;
    this.outbox.dispose();
    this.clearAll();
    this.cancelDraws();
    this.guard_?.stop();
    this.guard_ = null;
    this.env.overlay.removeHighlightStyles(this.env.doc);
  }

  private get enabled(): boolean {
    return this.siteEnabled === true;
  }

  private applyEnabled(): void {
    if (this.disposed) return;
    if (!this.enabled) {
      this.watcher?.stop();
      this.watcher = null;
      this.clearAll();
      this.report({ type: 'pageStatus', site: this.env.adapter.id, url: this.url(), status: 'disabled' });
      return;
    }
    if (this.watcher) return;
    this.watcher = new TurnWatcher({
      adapter: this.env.adapter,
      doc: this.env.doc,
      scheduler: this.env.scheduler,
      onReply: (reply) => this.guard(() => this.onReply(reply)),
      onPageState: (status) => this.report({ type: 'pageStatus', site: this.env.adapter.id, url: this.url(), status }),
      onConversationChange: () =>
        this.guard(() => {
          this.clearAll();
          resetRanks();
        }),
      onReplyRemounted: (key, turn) => this.guard(() => this.onReplyRemounted(key, turn)),
      onCounts: (counts) => this.guard(() => this.reportHealth(counts)),
      onError: (error) => console.debug(LOG_PREFIX, 'could not read the page', error),
    });
    this.watcher.start();
  }

  /** Same-document navigation (new or switched conversation). */
  onLocationChange(): void {
    this.guard(() => {
      this.clearAll();
      this.watcher?.onLocationChange();
    });
  }

  private async reloadSettings(): Promise<void> {
    try {
      this.siteEnabled = await readSiteEnabled(this.env.storage, this.env.adapter.id);
      if (this.disposed) return;
      const wasWatching = this.watcher !== null;
      this.applyEnabled();
      if (!this.enabled || !wasWatching) return;
      // Every reply shown is judged again under the new settings; its mark stays until the new verdict comes.
      for (const shown of [...this.shown.values()]) this.requestJudgement(shown.reply, shown.verdict);
      // So is every verdict still waiting to be drawn (it is drawn meanwhile, as it would have been).
      for (const { reply, verdict } of [...this.toDraw.values()]) if (!this.shown.has(reply.key)) this.requestJudgement(reply, verdict);
    } catch (error) {
      console.debug(LOG_PREFIX, 'could not apply new settings', error);
    }
  }

  /** Layout health, as numbers, to the background (popup, options page); never page text. */
  private reportHealth(counts: WatcherCounts): void {
    const { adapter } = this.env;
    const ranks = recordedRanks(adapter.id);
    const since = counts.firstReplySeenAt === null ? null : this.env.now() - counts.firstReplySeenAt;
    const { verdict, reason } = judgeLayout(counts, ranks, since);
    const { turnsFound, repliesSeen, repliesFinished, repliesEmpty, repliesByFallback } = counts;
    const health = { verdict, reason, turnsFound, repliesSeen, repliesFinished, repliesEmpty, repliesByFallback, ranks };
    this.report({ type: 'pageStatus', site: adapter.id, url: this.url(), status: 'watching', health });
  }

  /** A reply a virtual list scrolled out and back in: its flag comes back, nothing is reported. */
  private onReplyRemounted(key: string, turn: TurnElement): void {
    const waiting = this.toDraw.get(key);
    if (waiting) waiting.reply = { ...waiting.reply, turn };
    const shown = this.shown.get(key);
    if (!shown) return;
    this.env.overlay.removeFlag(shown.reply.turn.element);
    this.show({ ...shown.reply, turn }, shown.verdict, shown);
  }

  private onReply(reply: ObservedReply): void {
    if (this.pausedHere()) {
      this.held.set(reply.key, { reply, verdict: 'none' });
      return;
    }
    const previous = this.shown.get(reply.key);
    // A verdict on the reply's old text, not drawn yet, is not drawn at all.
    if (this.toDraw.get(reply.key)?.reply.text !== reply.text) this.toDraw.delete(reply.key);
    // A regenerated or edited reply starts without a verdict.
    const verdict = previous !== undefined && previous.reply.text === reply.text ? previous.verdict : 'none';
    this.requestJudgement(reply, verdict);
  }

  /**
   * Sends a finished reply to the background to be judged. The outbox sends it in idle
   * time and again until the background acknowledges it, and the acknowledgement carries
   * the verdict (onJudged); the background stores the report before it answers.
   */
  private requestJudgement(reply: ObservedReply, verdict: Verdict): void {
    if (!this.enabled) return;
    this.judging.set(reply.key, { reply, verdict });
    const user = reply.user === undefined ? undefined : reply.user.slice(0, MAX_ANALYSED_REPLY_CHARS);
    const history = reply.history.slice(-MAX_CONTEXT_TURNS).map(({ role, text }) => ({ role, text: text.slice(0, MAX_CONTEXT_TURN_CHARS) }));
    const message: AnalyseReply = {
      type: 'analyseReply',
      site: this.env.adapter.id,
      url: this.url(),
      conversationId: this.conversationId(),
      replyKey: reportedKey(reply.key),
      reply: reply.text.slice(0, MAX_ANALYSED_REPLY_CHARS),
      ...(user === undefined ? {} : { user }),
      history,
      analysedAt: this.env.now(),
    };
    this.report(message);
  }

  /** The background's verdict on a reply: drawn if that reply (with that text) still waits for it. */
  private onJudged(message: AnalyseReply, response: unknown): void {
    if (this.disposed) return;
    const waiting = findByReportedKey(this.judging, message.replyKey);
    if (!waiting) return;
    const [key, { reply, verdict }] = waiting;
    if (reply.text.slice(0, MAX_ANALYSED_REPLY_CHARS) !== message.reply) return;
    this.judging.delete(key);
    const answer = readAnalysisAnswer(response, message.reply.length);
    if (!answer) {
      console.debug(LOG_PREFIX, 'the background answered without a usable verdict');
      return;
    }
    const judgement = this.sharedTexts.shareJudgement(answer);
    if (this.watcher?.isOnScreen(reply.turn.element) === false) {
      this.toDraw.delete(key);
      this.toDraw.set(key, { reply, verdict, judgement });
      this.scheduleDraws();
      return;
    }
    this.toDraw.delete(key);
    this.drawJudged(key, reply, verdict, judgement);
  }

  private drawJudged(key: string, reply: ObservedReply, verdict: Verdict, judgement: Judgement): void {
    if (this.pausedHere()) {
      this.held.set(key, { reply, verdict, judgement });
      return;
    }
    // The verdict the person gave meanwhile (in the card or the popup) wins.
    this.show(reply, this.shown.get(key)?.verdict ?? verdict, judgement);
  }

  /** Off-screen verdicts: a pause to gather them, then idle time to draw them (see DRAW_BATCH_DELAY_MS). */
  private scheduleDraws(): void {
    if (this.drawTimer !== null || this.drawIdle !== null || this.toDraw.size === 0 || this.disposed) return;
    const { scheduler } = this.env;
    this.drawTimer = scheduler.setTimeout(() => {
      this.drawTimer = null;
      this.drawInIdleTime();
    }, DRAW_BATCH_DELAY_MS);
  }

  private drawInIdleTime(): void {
    if (this.drawIdle !== null || this.toDraw.size === 0 || this.disposed) return;
    this.drawIdle = this.env.scheduler.requestIdleCallback((budget) => {
      this.drawIdle = null;
      const started = this.env.now();
      // A callback run at its timeout (or where the browser has no idle callbacks) is offered
      // no idle time at all: it still draws a slice, or a busy page would get one mark a frame.
      const idlePeriod = budget.timeRemaining() > 0;
      for (const [key, { reply, verdict, judgement }] of this.toDraw) {
        this.toDraw.delete(key);
        this.guard(() => this.drawJudged(key, reply, verdict, judgement));
        if (this.env.now() - started >= DRAW_SLICE_MS || (idlePeriod && budget.timeRemaining() < DRAW_RESERVE_MS)) break;
      }
      this.drawInIdleTime();
    }, DRAW_IDLE_TIMEOUT_MS);
  }

  private cancelDraws(): void {
    if (this.drawTimer !== null) this.env.scheduler.clearTimeout(this.drawTimer);
    if (this.drawIdle !== null) this.env.scheduler.cancelIdleCallback(this.drawIdle);
    this.drawTimer = this.drawIdle = null;
  }

  /** Draws the background's verdict at the reply: the badge and, when flagged, the highlights. */
  private show(reply: ObservedReply, verdict: Verdict, { analysis, examples }: Judgement): void {
    this.shown.get(reply.key)?.clearHighlight();
    const turnEl = reply.turn.element;
    const body = this.env.adapter.replyBody(reply.turn);
    // Only the card that paused this conversation is ever shown while paused (for its Undo).
    const paused = this.pausedHere();
    const { overlay } = this.env;
    const host = overlay.renderFlag(turnEl, body, { analysis, examples, replyText: reply.text, verdict, paused }, this.callbacksFor(reply.key));
    this.guard_?.watch(host, turnEl, () => this.env.adapter.replyBody(reply.turn));
    const clearHighlight =
      analysis.level !== 'none' && verdict !== 'not-sycophantic' && !paused
        ? overlay.highlightSpans(reply.key, body ?? turnEl, reply.text, analysis.flags.flatMap((f) => f.spans), analysis.level)
        : () => undefined;
    this.shown.set(reply.key, { reply, analysis, examples, verdict, clearHighlight });
  }

  /** What the card's buttons do for one reply (each reached only by a trusted event). */
  private callbacksFor(key: string): FlagCallbacks {
    return {
      onVerdict: (verdict) => this.guard(() => this.setVerdict(key, verdict)),
      onRuleEnabled: (ruleId, enabled) => this.guard(() => this.report({ type: 'ruleSwitch', ruleId: ruleId.slice(0, 64), enabled })),
      onPause: (pause) => this.guard(() => (pause === 'resume' ? this.resume() : this.pause(key, pause.forMs))),
      onAskStraight: (prompt) =>
        this.guard(() => {
          const composer = this.env.adapter.composer(this.env.doc);
          if (composer) this.env.overlay.addToComposer(composer, prompt);
        }),
    };
  }

  /**
   * The person gave feedback in the popup: show the reply's verdict here too.
   * Nothing is reported back: the background already recorded it.
   */
  applyFeedback(replyKey: string, verdict: Verdict): void {
    this.guard(() => {
      const waiting = findByReportedKey(this.toDraw, replyKey)?.[1];
      if (waiting) waiting.verdict = verdict;
      const shown = findByReportedKey(this.shown, replyKey)?.[1];
      if (shown && shown.verdict !== verdict && !this.pausedHere()) this.show(shown.reply, verdict, shown);
    });
  }

  /** The keyboard shortcut: open the latest flag's card. */
  openLatestFlag(): void {
    this.guard(() => void this.env.overlay.openLatestFlag(this.env.doc));
  }

  private setVerdict(key: string, verdict: Verdict): void {
    const shown = this.shown.get(key);
    if (!shown) return;
    this.show(shown.reply, verdict, shown);
    this.report({
      type: 'feedback',
      site: this.env.adapter.id,
      conversationId: this.conversationId(),
      replyKey: reportedKey(key),
      verdict,
    });
  }

  private pausedHere(): boolean {
    return isPaused(this.pauses, this.env.adapter.id, this.conversationId(), this.env.now());
  }

  /**
   * "Pause on this conversation": every flag and highlight here goes, except the card
   * the person used, which stays to offer Undo until it is closed.
   */
  private pause(actorKey: string, forMs: number | null): void {
    const now = this.env.now();
    const until = forMs === null ? null : now + forMs;
    const conversationId = this.conversationId();
    this.pauses = withPause(this.pauses, { site: this.env.adapter.id, conversationId, until }, now);
    this.report({ type: 'conversationPause', site: this.env.adapter.id, conversationId, until, resume: false });
    for (const [key, shown] of this.shown) {
      shown.clearHighlight();
      const turnEl = shown.reply.turn.element;
      if (key === actorKey) {
        this.show(shown.reply, shown.verdict, shown);
        continue;
      }
      this.removeFlagOf(turnEl);
      this.held.set(key, { reply: shown.reply, verdict: shown.verdict, judgement: shown });
      this.shown.delete(key);
    }
  }

  private resume(): void {
    const conversationId = this.conversationId();
    this.pauses = withPause(this.pauses, { site: this.env.adapter.id, conversationId }, this.env.now());
    this.report({ type: 'conversationPause', site: this.env.adapter.id, conversationId, until: null, resume: true });
    const replies = [
      ...[...this.shown.values()].map((shown) => ({ reply: shown.reply, verdict: shown.verdict, judgement: shown as Judgement })),
      ...this.held.values(),
    ];
    this.held.clear();
    // Replies that finished during the pause were never judged: they are sent now.
    for (const { reply, verdict, judgement } of replies) {
      if (judgement) this.show(reply, verdict, judgement);
      else this.requestJudgement(reply, verdict);
    }
  }

  private removeFlagOf(turn: Element): void {
    for (const host of Array.from(turn.querySelectorAll('candor-flag'))) this.guard_?.unwatch(host as HTMLElement);
    this.env.overlay.removeFlag(turn);
  }

  private clearAll(): void {
    for (const shown of this.shown.values()) {
      shown.clearHighlight();
      this.removeFlagOf(shown.reply.turn.element);
    }
    this.shown.clear();
    this.held.clear();
    this.judging.clear();
    this.toDraw.clear();
  }

  private url(): string {
    return (this.env.doc.location?.href ?? '').slice(0, 2048);
  }

  /** The last address read and its conversation id: asked for every reply and every verdict, it rarely changes. */
  private lastConversation: { url: string; id: string | null } | null = null;

  private conversationId(): string | null {
    const url = this.url();
    if (this.lastConversation?.url === url) return this.lastConversation.id;
    let id: string | null;
    try {
      id = this.env.adapter.conversationId(new URL(url))?.slice(0, 200) ?? null;
    } catch {
      id = null;
    }
    this.lastConversation = { url, id };
    return id;
  }

  private report(message: ContentMessage): void {
    if (this.disposed) return;
    // Only the latest page status matters: the outbox keeps one (keyed 'status'), replacing any waiting.
    this.outbox.push(message);
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      console.debug(LOG_PREFIX, error);
    }
  }
}
