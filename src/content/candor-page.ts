/**
 * Candor inside one chat page: the turn watcher feeds finished replies to the engine,
 * the overlay shows the result at the reply, and the background hears about it.
 *
 * Everything here is guarded: an error is reported to the console with a prefix and
 * never thrown into the page; when WXT invalidates this content script (extension
 * reloaded or updated) every observer, timer, listener, flag and highlight goes away.
 */
import { analyze } from '../engine/analyze';
import { bundledRules } from '../engine/bundled-rules';
import type { Analysis } from '../engine/types';
import type { ContentMessage } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';
import { isSiteEnabled, loadSettings, type KeyValueArea, type Settings } from '../storage/settings';
import { distinctSpans, flaggedContexts } from './flag-context';
import { putIntoComposer } from './overlay/composer';
import { removeFlag, renderFlag } from './overlay/flag-element';
import { highlightSpans, installHighlightStyles, removeHighlightStyles } from './overlay/highlights';
import { ReportOutbox } from './report-outbox';
import { TurnWatcher, type ObservedReply, type Scheduler } from './turn-watcher';

/** What the page needs from the extension: injected so tests can fake it. */
export interface PageEnvironment {
  adapter: SiteAdapter;
  doc: Document;
  scheduler: Scheduler;
  storage: KeyValueArea;
  /** Subscribe to settings changes; returns an unsubscribe function. */
  onSettingsChanged(listener: () => void): () => void;
  /** Resolves with the background's answer (see ContentAck); unacknowledged messages are resent. */
  send(message: ContentMessage): Promise<unknown>;
  /** Register cleanup for when the content script is invalidated. */
  onInvalidated(cleanup: () => void): void;
  now(): number;
}

interface ShownReply {
  reply: ObservedReply;
  analysis: Analysis;
  dismissed: boolean;
  clearHighlight: () => void;
}

const LOG_PREFIX = '[Candor]';
const EXCERPT_CHARS = 300;
/** The engine is prepared in idle time within this long after start, before the first reply settles. */
const ENGINE_WARM_UP_MS = 400;
/** Two sentences, so a first analysis of it prepares everything a real reply needs. */
const WARM_UP_REPLY = 'Thanks for asking. Here is a short answer.';

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

export class CandorPage {
  private settings: Settings | null = null;
  private readonly shown = new Map<string, ShownReply>();
  private watcher: TurnWatcher | null = null;
  private disposed = false;
  /** Reports waiting for idle time or for the background's acknowledgement. */
  private readonly outbox: ReportOutbox;
  private warmUpCallback: number | null = null;

  constructor(private readonly env: PageEnvironment) {
    this.outbox = new ReportOutbox({ scheduler: env.scheduler, send: (message) => env.send(message), now: () => env.now() });
  }

  async start(): Promise<void> {
    const { env } = this;
    const unsubscribe = env.onSettingsChanged(() => void this.reloadSettings());
    env.onInvalidated(() => {
      unsubscribe();
      this.dispose();
    });
    this.settings = (await loadSettings(env.storage)).settings;
    if (this.disposed) return;
    installHighlightStyles(env.doc);
    this.applyEnabled();
    if (this.enabled) this.warmUpEngine();
  }

  /**
   * Prepares the engine in idle time while the first replies settle (settling takes
   * about a second), in two steps of about 20 ms each: compiling the rules, then one
   * analysis, which loads ICU's sentence rules and runs the analysis code once. Showing
   * the first flags then costs only their own analysis.
   */
  private warmUpEngine(): void {
    const steps = [
      (): void => void bundledRules(),
      (): void => {
        if (this.settings) analyze({ reply: WARM_UP_REPLY }, bundledRules(), this.settings.engine);
      },
    ];
    const next = (): void => {
      const step = steps.shift();
      if (!step || this.disposed) return;
      this.warmUpCallback = this.env.scheduler.requestIdleCallback(() => {
        this.warmUpCallback = null;
        this.guard(step);
        next();
      }, ENGINE_WARM_UP_MS);
    };
    next();
  }

  /** Tear down everything this page added or started. */
  dispose(): void {
    this.disposed = true;
    this.watcher?.stop();
    this.watcher = null;
    if (this.warmUpCallback !== null) this.env.scheduler.cancelIdleCallback(this.warmUpCallback);
    this.warmUpCallback = null;
    this.outbox.dispose();
    this.clearAll();
    removeHighlightStyles(this.env.doc);
  }

  private get enabled(): boolean {
    return this.settings !== null && isSiteEnabled(this.settings, this.env.adapter.id);
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
      onConversationChange: () => this.guard(() => this.clearAll()),
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
      this.settings = (await loadSettings(this.env.storage)).settings;
      if (this.disposed) return;
      const wasWatching = this.watcher !== null;
      this.applyEnabled();
      if (!this.enabled || !wasWatching) return;
      // Re-evaluate every visible reply under the new settings.
      for (const shown of [...this.shown.values()]) this.show(shown.reply, shown.dismissed);
    } catch (error) {
      console.debug(LOG_PREFIX, 'could not apply new settings', error);
    }
  }

  private onReply(reply: ObservedReply): void {
    const previous = this.shown.get(reply.key);
    // A regenerated or edited reply starts undismissed.
    const dismissed = previous !== undefined && previous.reply.text === reply.text ? previous.dismissed : false;
    this.show(reply, dismissed);
  }

  private show(reply: ObservedReply, dismissed: boolean): void {
    if (!this.settings) return;
    const analysis = analyze({ reply: reply.text, user: reply.user, history: reply.history }, bundledRules(), this.settings.engine);
    this.shown.get(reply.key)?.clearHighlight();
    const turnEl = reply.turn.element;
    const body = this.env.adapter.replyBody(reply.turn);
    renderFlag(turnEl, body, { analysis, replyText: reply.text, dismissed }, {
      onDismiss: () => this.guard(() => this.setDismissed(reply.key, true)),
      onUndoDismiss: () => this.guard(() => this.setDismissed(reply.key, false)),
      onAskStraight: (prompt) =>
        this.guard(() => {
          const composer = this.env.adapter.composer(this.env.doc);
          if (composer) putIntoComposer(composer, prompt);
        }),
    });
    const clearHighlight =
      analysis.level !== 'none' && !dismissed
        ? highlightSpans(reply.key, body ?? turnEl, reply.text, analysis.flags.flatMap((f) => f.spans), analysis.level)
        : () => undefined;
    this.shown.set(reply.key, { reply, analysis, dismissed, clearHighlight });
    this.report({
      type: 'analysisReport',
      site: this.env.adapter.id,
      url: this.url(),
      conversationId: this.conversationId(),
      replyKey: reply.key.slice(0, 300),
      score: analysis.score,
      level: analysis.level,
      categories: [...new Set(analysis.flags.map((f) => f.category))],
      ruleIds: analysis.flags.map((f) => f.ruleId).slice(0, 100),
      excerpt: excerptOf(reply.text),
      flaggedText: distinctSpans(analysis.flags.flatMap((f) => f.spans))
        .map((s) => reply.text.slice(s.start, s.end).slice(0, 200))
        .slice(0, 20),
      contexts: flaggedContexts(reply.text, analysis.flags.flatMap((f) => f.spans)),
      analysedAt: this.env.now(),
    });
  }

  /**
   * The person gave feedback in the popup: show the reply as dismissed (or not) here too.
   * Nothing is reported back: the background already recorded it.
   */
  applyFeedback(replyKey: string, verdict: 'not-sycophantic' | 'confirmed' | 'none'): void {
    this.guard(() => {
      const shown = [...this.shown.entries()].find(([key]) => key.slice(0, 300) === replyKey)?.[1];
      const dismissed = verdict === 'not-sycophantic';
      if (shown && shown.dismissed !== dismissed) this.show(shown.reply, dismissed);
    });
  }

  private setDismissed(key: string, dismissed: boolean): void {
    const shown = this.shown.get(key);
    if (!shown) return;
    this.show(shown.reply, dismissed);
    this.report({
      type: 'feedback',
      site: this.env.adapter.id,
      conversationId: this.conversationId(),
      replyKey: key.slice(0, 300),
      verdict: dismissed ? 'not-sycophantic' : 'none',
    });
  }

  private clearAll(): void {
    for (const shown of this.shown.values()) {
      shown.clearHighlight();
      removeFlag(shown.reply.turn.element);
    }
    this.shown.clear();
  }

  private url(): string {
    return (this.env.doc.location?.href ?? '').slice(0, 2048);
  }

  private conversationId(): string | null {
    try {
      return this.env.adapter.conversationId(new URL(this.url()))?.slice(0, 200) ?? null;
    } catch {
      return null;
    }
  }

  private report(message: ContentMessage): void {
    if (this.disposed) return;
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
