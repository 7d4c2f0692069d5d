/**
 * The background's message handlers. Every message is validated with zod and its sender
 * checked: content messages must come from our content script in a tab, UI messages from
 * one of our own pages. Anything else is ignored and changes nothing.
 *
 * The background is the single writer of tab state and history, and all its writes go
 * through one serial queue, so concurrent reports never overwrite each other.
 */
import type { HistoryEntry } from '../history/entry';
import { entryIdOf, conversationKeyOf } from '../history/entry';
import type { HistoryStore } from '../history/store';
import { parseContentMessage, parseUiMessage, type FeedbackChanged, type UiResponse, type Verdict } from '../messaging/protocol';
import type { HistorySettings, KeyValueArea } from '../storage/settings';
import { applyCardMessage, isCardMessage } from './card-actions';
import type { Level } from '../engine/types';
import { worstFlaggedLevel } from './badge-colour';
import { createSerialQueue } from './serial-queue';
import { flaggedCount, readTabState, setTabFeedback, updateTabState, type TabState } from './tab-state';

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
  session: KeyValueArea;
  /** Opened lazily: a report must still update the badge when IndexedDB is unavailable. */
  history(): Promise<HistoryWriter>;
  historySettings(): Promise<HistorySettings>;
  setBadge(tabId: number, text: string, worstLevel?: Level): Promise<void>;
  notifyTab(tabId: number, message: FeedbackChanged): Promise<void>;
  /** Tell open history pages to refresh. */
  onHistoryChanged(): Promise<void>;
  now(): number;
  /** Where write failures are reported (they never reach the sender as exceptions). */
  logError(context: string, error: unknown): void;
  /** storage.local, for the in-page card's rule switches and pauses (card-actions.ts). */
  local?: KeyValueArea;
}

export interface BackgroundHandlers {
  /** Returns true when the message was ours and was applied. */
  onContentMessage(raw: unknown, sender: MessageSender): Promise<boolean>;
  onUiMessage(raw: unknown, sender: MessageSender): Promise<UiResponse>;
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
  const serially = createSerialQueue();

  async function updateBadge(tabId: number, state: TabState | null): Promise<void> {
    const count = flaggedCount(state);
    await deps.setBadge(tabId, count > 0 ? String(count) : '', worstFlaggedLevel(state));
  }

  async function recordFeedback(entryId: string, verdict: Verdict): Promise<HistoryEntry | null> {
    try {
      const entry = await (await deps.history()).setFeedback(entryId, verdict);
      await deps.onHistoryChanged();
      return entry;
    } catch (error) {
      deps.logError('could not record feedback', error);
      return null;
    }
  }

  return {
    onContentMessage(raw, sender) {
      if (sender.id !== deps.extensionId) return Promise.resolve(false);
      const tabId = sender.tab?.id;
      if (typeof tabId !== 'number' || tabId < 0) return Promise.resolve(false);
      const message = parseContentMessage(raw);
      if (!message) return Promise.resolve(false);
      return serially(async () => {
        if (isCardMessage(message)) {
          if (!deps.local) return false;
          try {
            await applyCardMessage({ local: deps.local, session: deps.session, now: deps.now }, tabId, message);
            return true;
          } catch (error) {
            deps.logError(`could not apply ${message.type}`, error);
            return false;
          }
        }
        if (message.type === 'feedback') {
          const state = await setTabFeedback(deps.session, tabId, message.replyKey, message.verdict);
          const report = state?.replies[message.replyKey];
          if (report) await recordFeedback(entryIdOf(report.site, conversationKeyOf(report), report.replyKey), message.verdict);
          await updateBadge(tabId, state ?? (await readTabState(deps.session, tabId)));
          return true;
        }
        const state = await updateTabState(deps.session, tabId, message);
        await updateBadge(tabId, state);
        if (message.type === 'analysisReport') {
          try {
            await (await deps.history()).record(message, await deps.historySettings(), deps.now());
            await deps.onHistoryChanged();
          } catch (error) {
            // The badge and popup still work from tab state; the history misses one entry.
            deps.logError('could not record history', error);
          }
        }
        return true;
      });
    },

    onUiMessage(raw, sender) {
      const fromOurPage = sender.id === deps.extensionId && (sender.url ?? '').startsWith(deps.extensionOrigin);
      if (!fromOurPage) return Promise.resolve({ ok: false, error: 'not from a Candor page' });
      const message = parseUiMessage(raw);
      if (!message) return Promise.resolve({ ok: false, error: 'malformed message' });
      return serially(async (): Promise<UiResponse> => {
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
            case 'deleteHistory':
              await (await deps.history()).delete(message.entryIds);
              await deps.onHistoryChanged();
              return { ok: true };
            case 'clearHistory':
              await (await deps.history()).clear();
              await deps.onHistoryChanged();
              return { ok: true };
          }
        } catch (error) {
          deps.logError(`could not ${message.type}`, error);
          return { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
      });
    },
  };
}
