/**
 * The UiBackend of the real extension: storage, IndexedDB and messages to the background.
 *
 * Nothing here builds a zod schema until it is needed (issue #11.6): the popup's first
 * screen reads the settings, the tab and the interference notice by hand-written readers
 * held to the schemas by tests, and imports the schemas' modules only when a reader steps
 * aside, a value is saved, or a history delta arrives.
 */
import { browser } from 'wxt/browser';
import type { HistoryStore } from '../history/store';
import { HISTORY_REVISION_KEY } from '../history/revision';
import type { UiMessage, UiResponse } from '../messaging/protocol';
import { SETTINGS_KEY } from '../storage/page-view';
import type { QuarantinedSettings } from '../storage/settings';
import type { UiBackend } from './backend';
import { loadSettingsFast } from './fast-settings';
import { EARLY_INTERFERENCE_PREFIX, EARLY_TAB_STATE_PREFIX, earlyInterferenceKey, earlyTabStateKey, primedArea, type EarlyReads } from './popup/early-reads';
import { fastInterference } from './popup/fast-readers';
import { readTabReports, readTabView } from './popup/tab-reads';

const settingsModule = () => import('../storage/settings');

/** `early`: the popup's reads, started before its UI loaded (popup/early-reads.ts); the first reads are answered from them. */
export function createBrowserBackend(early?: EarlyReads): UiBackend {
  const local = early ? primedArea(browser.storage.local, early.local) : browser.storage.local;
  const storedSession = browser.storage.session ?? browser.storage.local;
  const session = early ? primedArea(storedSession, early.session) : storedSession;
  let earlyTabId = early?.tabId;
  let history: Promise<HistoryStore> | null = null;

  return {
    loadSettings: () => loadSettingsFast(local),
    saveSettings: async (settings) => (await settingsModule()).saveSettings(local, settings),
    async loadQuarantine() {
      const { SETTINGS_QUARANTINE_KEY } = await settingsModule();
      const raw = (await local.get(SETTINGS_QUARANTINE_KEY))[SETTINGS_QUARANTINE_KEY] as QuarantinedSettings | undefined;
      return raw && typeof raw === 'object' && 'value' in raw ? raw : null;
    },
    clearQuarantine: async () => local.remove((await settingsModule()).SETTINGS_QUARANTINE_KEY),
    async currentTabId() {
      const pending = earlyTabId;
      earlyTabId = undefined;
      if (pending) {
        const tabId = await pending.catch(() => undefined);
        if (tabId !== undefined) return tabId;
      }
      // A popped-out popup (or a test) names its tab: popup.html?tab=123.
      const requested = Number(new URLSearchParams(location.search).get('tab'));
      if (Number.isInteger(requested) && requested > 0) return requested;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    readTabState: (tabId, reportLimit) => readTabView(session, tabId, reportLimit),
    readTabReports: (tabId, replyKeys) => readTabReports(session, tabId, replyKeys),
    async readAllTabStates() {
      // Only the compact index of each open tab (site, status, health), never the stored
      // reports: reading all of storage.session would read every flagged reply of every tab.
      const tabIds = (await browser.tabs.query({})).flatMap((tab) => (typeof tab.id === 'number' ? [tab.id] : []));
      if (tabIds.length === 0) return [];
      const [stored, { TabIndexSchema }] = await Promise.all([session.get(tabIds.map(earlyTabStateKey)), import('../background/tab-state')]);
      return Object.values(stored).flatMap((raw) => {
        const parsed = TabIndexSchema.safeParse(raw);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async readInterference(tabId) {
      // readInterference (card-actions.ts), by the hand-written reader when it is sure.
      const key = earlyInterferenceKey(tabId);
      const raw = (await session.get(key))[key];
      // No notice (the usual case): nothing for a schema to say.
      if (raw === undefined) return null;
      const notice = fastInterference(raw);
      if (notice) return notice;
      const { InterferenceNoticeSchema } = await import('../background/card-actions');
      return InterferenceNoticeSchema.safeParse(raw).data ?? null;
    },
    async historyReader() {
      // Imported when first asked for (the history page): the popup, which never reads the
      // history, then loads neither the store nor its IndexedDB wrapper (issue #11.6).
      history ??= import('../history/store').then(({ HistoryStore }) => HistoryStore.open()).catch((error: unknown) => {
        history = null;
        throw error;
      });
      return history;
    },
    send: (message: UiMessage) => browser.runtime.sendMessage(message) as Promise<UiResponse>,
    subscribe(listener) {
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        const keys = Object.keys(changes);
        if (area === 'local' && keys.includes(SETTINGS_KEY)) listener('settings');
        if (keys.some((key) => key.startsWith(EARLY_TAB_STATE_PREFIX) || key.startsWith(EARLY_INTERFERENCE_PREFIX))) listener('tabs');
        if (keys.includes(HISTORY_REVISION_KEY)) listener('history');
      };
      // History deltas come from the background, an extension context outside any tab
      // (content scripts are in tabs). Returns nothing: the background answers messages.
      // The schema is imported for the first delta; deltas are still applied in the order
      // they came (each waits on the same import, and its callbacks run in order).
      let live = true;
      const onMessage = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
        if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
        if ((raw as { type?: unknown } | null)?.type !== 'historyChanged') return;
        void import('../messaging/protocol').then(({ parseHistoryChanged }) => {
          const change = parseHistoryChanged(raw);
          if (change && live) listener('history', change);
        });
      };
      browser.storage.onChanged.addListener(onChanged);
      browser.runtime.onMessage.addListener(onMessage);
      return () => {
        live = false;
        browser.storage.onChanged.removeListener(onChanged);
        browser.runtime.onMessage.removeListener(onMessage);
      };
    },
    historyPageUrl: () => browser.runtime.getURL('/options.html#history'),
    download(fileName, mimeType, content) {
      // A blob: URL and the download attribute: no `downloads` permission, nothing leaves the device.
      const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
