/**
 * Shared support for the UI component tests: an in-memory UiBackend that records what the
 * UI sends and saves, and Testing Library's settings for this machine.
 */
import { configure } from '@testing-library/react';
import type { TabState } from '@/src/background/tab-state';
import type { HistoryEntry } from '@/src/history/entry';
import type { HistoryChanged, UiMessage, UiResponse } from '@/src/messaging/protocol';
import { DEFAULT_SETTINGS, type QuarantinedSettings, type Settings } from '@/src/storage/settings';
import type { UiBackend } from '@/src/ui/backend';
import { memoryHistoryReader } from '@/src/ui/history-reader';

// findBy*/waitFor give up after 1 s by default; a 2-core CI machine running the whole
// suite in parallel can take longer than that to render and save. Correctness is unchanged.
configure({ asyncUtilTimeout: 5_000 });

type Topic = 'settings' | 'tabs' | 'history';

export interface FakeBackend extends UiBackend {
  settings: Settings;
  tabState: TabState | null;
  entries: HistoryEntry[];
  quarantine: QuarantinedSettings | null;
  sent: UiMessage[];
  saved: Settings[];
  downloads: { fileName: string; mimeType: string; content: string }[];
  /** Answer to give the next send(). */
  nextResponse: UiResponse;
  emit(topic: Topic, change?: HistoryChanged): void;
}

export function fakeBackend(initial: Partial<Pick<FakeBackend, 'settings' | 'tabState' | 'entries' | 'quarantine'>> = {}): FakeBackend {
  const listeners = new Set<(topic: Topic, change?: HistoryChanged) => void>();
  const backend: FakeBackend = {
    settings: DEFAULT_SETTINGS,
    tabState: null,
    entries: [],
    quarantine: null,
    sent: [],
    saved: [],
    downloads: [],
    nextResponse: { ok: true },
    ...initial,
    emit: (topic, change) => listeners.forEach((listener) => listener(topic, change)),
    loadSettings: async () => ({ settings: backend.settings }),
    saveSettings: async (settings) => {
      backend.settings = settings;
      backend.saved.push(settings);
    },
    loadQuarantine: async () => backend.quarantine,
    clearQuarantine: async () => {
      backend.quarantine = null;
    },
    currentTabId: async () => 7,
    readTabState: async () => backend.tabState,
    historyReader: async () => memoryHistoryReader(() => backend.entries),
    send: async (message) => {
      backend.sent.push(message);
      return backend.nextResponse;
    },
    subscribe: (listener: (topic: Topic, change?: HistoryChanged) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    historyPageUrl: () => 'chrome-extension://candor/options.html#history',
    download: (fileName, mimeType, content) => void backend.downloads.push({ fileName, mimeType, content }),
  };
  return backend;
}
