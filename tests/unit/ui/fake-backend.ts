/**
 * Shared support for the UI component tests: an in-memory UiBackend that records what the
 * UI sends and saves, and Testing Library's settings for this machine.
 */
import { configure } from '@testing-library/react';
import type { TabState } from '@/src/background/tab-state';
import type { HistoryEntry } from '@/src/history/entry';
import type { UiMessage, UiResponse } from '@/src/messaging/protocol';
import { DEFAULT_SETTINGS, type QuarantinedSettings, type Settings } from '@/src/storage/settings';
import type { UiBackend } from '@/src/ui/backend';

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
  emit(topic: Topic): void;
}

export function fakeBackend(initial: Partial<Pick<FakeBackend, 'settings' | 'tabState' | 'entries' | 'quarantine'>> = {}): FakeBackend {
  const listeners = new Set<(topic: Topic) => void>();
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
    emit: (topic) => listeners.forEach((listener) => listener(topic)),
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
    readHistory: async () => ({ entries: backend.entries, unreadable: 0 }),
    send: async (message) => {
      backend.sent.push(message);
      return backend.nextResponse;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    historyPageUrl: () => 'chrome-extension://candor/options.html#history',
    download: (fileName, mimeType, content) => void backend.downloads.push({ fileName, mimeType, content }),
  };
  return backend;
}
