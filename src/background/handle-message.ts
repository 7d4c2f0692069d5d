/**
 * The background's message handlers. Every message is validated with zod and its sender
 * checked: content messages must come from our content script in a tab, UI messages from
 * one of our own pages. Anything else is ignored and changes nothing.
 *
 * The background is the single writer of tab state and history. Each tab's messages go
 * through that tab's own queue, with a rate limit (src/background/tab-queues.ts), so one
 * page flooding reports can neither starve another tab nor overwrite its own state. A
 * report is acknowledged only after its history entry is committed; anything not
 * acknowledged is sent again by the content script, and every write is idempotent by
 * reply key, so a resend never makes a second entry.
 */
import type { HistoryEntry } from '../history/entry';
import { entryIdOf, conversationKeyOf } from '../history/entry';
import type { HistoryStore } from '../history/store';
import {
  parseContentMessage,
  parseUiMessage,
  type AnalyseReply,
  type AnalysisAnswer,
  type ContentAck,
  type FeedbackChanged,
  type HistoryChanged,
  type UiResponse,
  type Verdict,
} from '../messaging/protocol';
import type { HistorySettings, KeyValueArea } from '../storage/settings';
import { applyCardMessage, interferenceKey, isCardMessage } from './card-actions';
import type { Level } from '../engine/types';
import { worstFlaggedLevel } from './badge-colour';
import { createSerialQueue } from './serial-queue';
import type { Judged } from './judge-reply';
import { createTabQueues, QueueFullError, type TabQueueOptions } from './tab-queues';
import {
  flaggedCount,
  forgetTab,
  readReplyReport,
  readTabIndex,
  recordTabUsage,
  setTabFeedback,
  shrinkTab,
  updateTabState,
  type SessionArea,
  type TabIndex,
} from './tab-state';

export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  /** The page or frame that sent the message. */
  url?: string;
}

/** The history operations the background uses (HistoryStore in the extension). */
export type HistoryWriter = Pick<HistoryStore, 'record' | 'setFeedback' | 'delete' | 'clear'>;

export interface BackgroundDeps {
  extensionId: string;
  /** "chrome-extension://<id>/": where our own pages live. */
  extensionOrigin: string;
  session: SessionArea;
  /** Opened lazily: a report must still update the badge when IndexedDB is unavailable. */
  history(): Promise<HistoryWriter>;
  historySettings(): Promise<HistorySettings>;
  setBadge(tabId: number, text: string, worstLevel?: Level): Promise<void>;
  notifyTab(tabId: number, message: FeedbackChanged): Promise<void>;
  /** Tell open history pages what changed (by delta when `change` is given), so they refresh. */
  onHistoryChanged(change?: HistoryChanged): Promise<void>;
  now(): number;
  /** Where write failures are reported (they never reach the sender as exceptions). */
  logError(context: string, error: unknown): void;
  /** Rate limits of the per-tab queues (tests make time fake). */
  queueOptions?: Partial<TabQueueOptions>;
  /** storage.local, for the in-page card's rule switches and pauses (card-actions.ts). */
  local?: KeyValueArea;
  /**
   * Judges a reply a content script sent for analysis (judge-reply.ts: the engine runs
   * in the background). Without it, `analyseReply` messages are refused.
   */
  judge?(message: AnalyseReply): Promise<Judged>;
}

export interface BackgroundHandlers {
  /** `ok` when the message was ours and is stored; see ContentAck (with the verdict for `analyseReply`). */
  onContentMessage(raw: unknown, sender: MessageSender): Promise<ContentAck | AnalysisAnswer>;
  onUiMessage(raw: unknown, sender: MessageSender): Promise<UiResponse>;
  /** The tab was closed: drop its state and its share of the session budget. */
  onTabRemoved(tabId: number): Promise<void>;
}

const REFUSED: ContentAck = { ok: false, retry: false, error: 'not a Candor message' };
const queueKey = (tabId: number) => `tab:${tabId}`;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function replyKeyOfEntry(entryId: string): string | null {
  try {
    const parts: unknown = JSON.parse(entryId);
    return Array.isArray(parts) && typeof parts[2] === 'string' ? parts[2] : null;
  } catch {
    return null;
  }
}

export function createBackgroundHandlers(deps: BackgroundDeps): BackgroundHandlers {
  const queues = createTabQueues(deps.queueOptions);
  // The global session budget is one read-modify-write key shared by all tabs.
  const usageSerially = createSerialQueue();
  // Card actions write settings and pauses (storage.local), shared by every tab: one at a
  // time across tabs, and outside the per-tab queues so a flooding page's rate limit
  // never delays or refuses the person's click.
  const cardSerially = createSerialQueue();

  async function updateBadge(tabId: number, state: TabIndex | null): Promise<void> {
    const count = flaggedCount(state);
    await deps.setBadge(tabId, count > 0 ? String(count) : '', worstFlaggedLevel(state));
  }

  async function recordFeedback(entryId: string, verdict: Verdict): Promise<HistoryEntry | null> {
    try {
      const entry = await (await deps.history()).setFeedback(entryId, verdict);
      await deps.onHistoryChanged(entry ? { type: 'historyChanged', upserted: [entry.id], deleted: [], cleared: false } : undefined);
      return entry;
    } catch (error) {
      deps.logError('could not record feedback', error);
      return null;
    }
  }

  /**
   * Account for a tab's new size; when all tabs together are over budget, the largest
   * one (nearly always the flooding page) trims its oldest reports, in its own queue.
   */
  async function keepWithinBudget(tabId: number, bytes: number | null): Promise<void> {
    const { shrink } = await usageSerially(() => recordTabUsage(deps.session, tabId, bytes));
    if (!shrink) return;
    const trim = async () => {
      const after = await shrinkTab(deps.session, shrink.tabId, shrink.toBytes);
      await usageSerially(() => recordTabUsage(deps.session, shrink.tabId, after));
    };
    if (shrink.tabId === tabId) await trim();
    else void queues.run(queueKey(shrink.tabId), trim).catch((error: unknown) => deps.logError('could not trim a tab', error));
  }

  /** Tab state and badge: failures are logged, never block the history write. */
  async function applyToTab(tabId: number, apply: () => Promise<void>): Promise<void> {
    try {
      await apply();
    } catch (error) {
      deps.logError('could not update tab state', error);
    }
  }

  return {
    async onContentMessage(raw, sender) {
      if (sender.id !== deps.extensionId) return REFUSED;
      const tabId = sender.tab?.id;
      if (typeof tabId !== 'number' || tabId < 0) return REFUSED;
      const message = parseContentMessage(raw);
      if (!message) return REFUSED;
      if (isCardMessage(message)) {
        const local = deps.local;
        if (!local) return { ok: false, retry: false, error: `${message.type} is not handled here` };
        return cardSerially(async (): Promise<ContentAck> => {
          try {
            await applyCardMessage({ local, session: deps.session, now: deps.now }, tabId, message);
            return { ok: true };
          } catch (error) {
            deps.logError(`could not apply ${message.type}`, error);
            return { ok: false, retry: true, error: `could not apply ${message.type}: ${describe(error)}` };
          }
        });
      }
      const judge = deps.judge;
      if (message.type === 'analyseReply' && !judge) return { ok: false, retry: false, error: 'analyseReply is not handled here' };
      try {
        return await queues.run(queueKey(tabId), async (): Promise<ContentAck | AnalysisAnswer> => {
          if (message.type === 'feedback') {
            const state = await setTabFeedback(deps.session, tabId, message.replyKey, message.verdict);
            const report = state ? await readReplyReport(deps.session, tabId, message.replyKey) : null;
            const site = report?.site ?? message.site;
            const conversationKey = report
              ? conversationKeyOf(report)
              : state
                ? conversationKeyOf({ conversationId: message.conversationId, url: state.url })
                : null;
            if (conversationKey !== null) await recordFeedback(entryIdOf(site, conversationKey, message.replyKey), message.verdict);
            await updateBadge(tabId, state ?? (await readTabIndex(deps.session, tabId)));
            return { ok: true };
          }
          // A reply sent for analysis is judged here, then stored like the report a page used to send.
          let judged: Judged | null = null;
          if (message.type === 'analyseReply' && judge) {
            try {
              judged = await judge(message);
            } catch (error) {
              deps.logError('could not judge a reply', error);
              return { ok: false, retry: true, error: `could not judge the reply: ${describe(error)}` };
            }
          }
          const stored = judged?.report ?? message;
          if (stored.type === 'analyseReply') return REFUSED;
          await applyToTab(tabId, async () => {
            const update = await updateTabState(deps.session, tabId, stored);
            await updateBadge(tabId, update.index);
            await keepWithinBudget(tabId, update.bytes);
          });
          if (stored.type === 'analysisReport') {
            try {
              // Resolves only once the entry's transaction has committed.
              const changes = { upserted: [] as string[], deleted: [] as string[] };
              await (await deps.history()).record(stored, await deps.historySettings(), deps.now(), changes);
              await deps.onHistoryChanged({ type: 'historyChanged', ...changes, cleared: false });
            } catch (error) {
              // Not acknowledged: the content script keeps the report and sends it again.
              deps.logError('could not record history', error);
              return { ok: false, retry: true, error: `could not record history: ${describe(error)}` };
            }
          }
          return judged?.answer ?? { ok: true };
        });
      } catch (error) {
        if (error instanceof QueueFullError) return { ok: false, retry: true, busy: true, error: describe(error) };
        deps.logError('could not handle a report', error);
        return { ok: false, retry: true, error: describe(error) };
      }
    },

    async onTabRemoved(tabId) {
      await queues.run(queueKey(tabId), async () => {
        await forgetTab(deps.session, tabId);
        // The page-interference notice the mark guard left for the popup (card-actions.ts).
        await deps.session.remove(interferenceKey(tabId));
        await usageSerially(() => recordTabUsage(deps.session, tabId, null));
      });
      queues.forget(queueKey(tabId));
    },

    onUiMessage(raw, sender) {
      const fromOurPage = sender.id === deps.extensionId && (sender.url ?? '').startsWith(deps.extensionOrigin);
      if (!fromOurPage) return Promise.resolve({ ok: false, error: 'not from a Candor page' });
      const message = parseUiMessage(raw);
      if (!message) return Promise.resolve({ ok: false, error: 'malformed message' });
      const key = message.type === 'recordFeedback' && message.tabId !== undefined ? queueKey(message.tabId) : 'ui';
      return queues.run(key, async (): Promise<UiResponse> => {
        try {
          switch (message.type) {
            case 'recordFeedback': {
              const entry = await recordFeedback(message.entryId, message.verdict);
              const replyKey = entry?.replyKey ?? replyKeyOfEntry(message.entryId);
              if (message.tabId !== undefined && replyKey !== null) {
                const state = await setTabFeedback(deps.session, message.tabId, replyKey, message.verdict);
                if (state) {
                  await updateBadge(message.tabId, state);
                  // The tab may be gone or its page reloaded: the popup's change still stands.
                  await deps.notifyTab(message.tabId, { type: 'feedbackChanged', replyKey, verdict: message.verdict }).catch(() => undefined);
                }
              }
              return { ok: true };
            }
            case 'deleteHistory': {
              const deleted: string[] = [];
              await (await deps.history()).delete(message.entryIds, { upserted: [], deleted });
              await deps.onHistoryChanged({ type: 'historyChanged', upserted: [], deleted, cleared: false });
              return { ok: true };
            }
            case 'clearHistory':
              await (await deps.history()).clear();
              await deps.onHistoryChanged({ type: 'historyChanged', upserted: [], deleted: [], cleared: true });
              return { ok: true };
          }
        } catch (error) {
          deps.logError(`could not ${message.type}`, error);
          return { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
      }).catch((error: unknown) => ({ ok: false, error: describe(error) }));
    },
  };
}
