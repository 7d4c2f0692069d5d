/** The UiBackend of the real extension: storage, IndexedDB and messages to the background. */
import { browser } from 'wxt/browser';
import { INTERFERENCE_PREFIX, readInterference } from '../background/card-actions';
import { TAB_STATE_PREFIX, TabIndexSchema, tabStateKey } from '../background/tab-state';
import type { HistoryStore } from '../history/store';
import { HISTORY_REVISION_KEY } from '../history/revision';
import { parseHistoryChanged, type UiMessage, type UiResponse } from '../messaging/protocol';
import {
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
  SETTINGS_QUARANTINE_KEY,
  type QuarantinedSettings,
} from '../storage/settings';
import type { UiBackend } from './backend';
import { primedArea, type EarlyReads } from './popup/early-reads';
import { readTabReports, readTabView } from './popup/tab-reads';

/** `early`: the popup's reads, started before its UI loaded (popup/early-reads.ts); the first reads are answered from them. */
export function createBrowserBackend(early?: EarlyReads): UiBackend {
  const local = early ? primedArea(browser.storage.local, early.local) : browser.storage.local;
  const storedSession = browser.storage.session ?? browser.storage.local;
  const session = early ? primedArea(storedSession, early.session) : storedSession;
  let earlyTabId = early?.tabId;
  let history: Promise<HistoryStore> | null = null;

  return {
    loadSettings: () => loadSettings(local),
    saveSettings: (settings) => saveSettings(local, settings),
    async loadQuarantine() {
      const raw = (await local.get(SETTINGS_QUARANTINE_KEY))[SETTINGS_QUARANTINE_KEY] as QuarantinedSettings | undefined;
      return raw && typeof raw === 'object' && 'value' in raw ? raw : null;
    },
    clearQuarantine: () => local.remove(SETTINGS_QUARANTINE_KEY),
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
      const stored = await session.get(tabIds.map(tabStateKey));
      return Object.values(stored).flatMap((raw) => {
        const parsed = TabIndexSchema.safeParse(raw);
        return parsed.success ? [parsed.data] : [];
      });
    },
    readInterference: (tabId) => readInterference(session, tabId),
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
        if (keys.some((key) => key.startsWith(TAB_STATE_PREFIX) || key.startsWith(INTERFERENCE_PREFIX))) listener('tabs');
        if (keys.includes(HISTORY_REVISION_KEY)) listener('history');
      };
      // History deltas come from the background, an extension context outside any tab
      // (content scripts are in tabs). Returns nothing: the background answers messages.
      const onMessage = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
        if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
        const change = parseHistoryChanged(raw);
        if (change) listener('history', change);
      };
      browser.storage.onChanged.addListener(onChanged);
      browser.runtime.onMessage.addListener(onMessage);
      return () => {
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
