import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeColourFor } from '@/src/background/badge-colour';
import { shouldOpenWelcome, WELCOME_PAGE } from '@/src/background/first-run';
import { createBackgroundHandlers } from '@/src/background/handle-message';
import { onCommand } from '@/src/background/commands';
import { applyHistorySettings, containCorruptHistoryOnce } from '@/src/background/history-upkeep';
import { createJudge } from '@/src/background/judge-reply';
import { bundledRules } from '@/src/engine/bundled-rules';
import { HISTORY_REVISION_KEY } from '@/src/history/revision';
import { HistoryStore } from '@/src/history/store';
import { loadSettings, persistMigratedSettings, SETTINGS_KEY } from '@/src/storage/settings';

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up, so a woken service worker
  // never misses the message that woke it.
  const session = browser.storage.session ?? browser.storage.local;
  const local = browser.storage.local;
  const action = browser.action ?? browser.browserAction;
  // A cache of the connection, not of data: a new worker simply opens it again.
  let history: Promise<HistoryStore> | null = null;
  const openHistory = () => {
    history ??= HistoryStore.open().catch((error: unknown) => {
      history = null;
      throw error;
    });
    return history;
  };
  const logError = (context: string, error: unknown) => console.error('[Candor]', context, error);
  // The engine runs here, not in the chat pages (src/background/judge-reply.ts).
  const judge = createJudge(bundledRules, async () => (await loadSettings(local)).settings.engine);

  const handlers = createBackgroundHandlers({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    session,
    history: openHistory,
    historySettings: async () => (await loadSettings(local)).settings.history,
    setBadge: async (tabId, text, worstLevel = 'medium') => {
      await action.setBadgeText({ tabId, text });
      await action.setBadgeBackgroundColor({ tabId, color: badgeColourFor(worstLevel) });
    },
    notifyTab: async (tabId, message) => {
      await browser.tabs.sendMessage(tabId, message);
    },
    // A delta goes to open history pages as a message (no page open: nobody to tell);
    // a change without one bumps the revision, and pages read the history again.
    onHistoryChanged: (change) =>
      change ? browser.runtime.sendMessage(change).then(() => undefined, () => undefined) : session.set({ [HISTORY_REVISION_KEY]: Date.now() }),
    now: () => Date.now(),
    logError,
    local,
    judge,
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const fromOurPage = (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    if (fromOurPage) return handlers.onUiMessage(raw, sender);
    // Answered with an acknowledgement only once the report is stored (ContentAck).
    return handlers.onContentMessage(raw, sender);
  });

  // The keyboard shortcut that opens the latest flag's card in the page.
  browser.commands?.onCommand.addListener((command) => {
    void onCommand(
      {
        activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null,
        sendToTab: async (tabId, message) => {
          await browser.tabs.sendMessage(tabId, message);
        },
      },
      command,
    ).catch((error: unknown) => logError('could not run a keyboard shortcut', error));
  });

  browser.runtime.onInstalled.addListener((details) => {
    if (!shouldOpenWelcome(details)) return;
    browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch((error: unknown) => logError('could not open the welcome page', error));
  });

  // A closed tab's state is of no further use (storage.session is cleared with the browser anyway).
  browser.tabs.onRemoved.addListener((tabId) => {
    handlers.onTabRemoved(tabId).catch((error: unknown) => logError('could not forget a closed tab', error));
  });

  // Retention and privacy changes apply to what is already stored.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    judge.forgetSettings();
    void applyHistorySettings(local, openHistory, Date.now()).catch((error: unknown) => logError('could not apply history settings', error));
  });

  // On every start: persist a settings migration, contain corrupt history records (once
  // per browser session), then prune by retention.
  void persistMigratedSettings(local)
    .then(() => containCorruptHistoryOnce(session, openHistory, Date.now()))
    .then(() => applyHistorySettings(local, openHistory, Date.now()))
    .catch((error: unknown) => logError('could not start up', error));
});
