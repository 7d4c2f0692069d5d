/**
 * Everything Candor's pages (popup, history and settings) need from the extension, as
 * one interface. The extension implements it with `browser.*` (browser-backend.ts);
 * component tests pass an in-memory fake. Components never touch `browser` directly.
 */
import type { InterferenceNotice } from '../background/card-actions';
import type { TabIndex, TabState } from '../background/tab-state';
import type { AnalysisReport, HistoryChanged, UiMessage, UiResponse } from '../messaging/protocol';
import type { HistoryReader } from './history-reader';
import type { LoadedSettings, QuarantinedSettings, Settings } from '../storage/settings';

export interface UiBackend {
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(settings: Settings): Promise<void>;
  /** The unreadable settings value kept for recovery, if any. */
  loadQuarantine(): Promise<QuarantinedSettings | null>;
  clearQuarantine(): Promise<void>;
  /** The tab the popup is about (the active tab, or ?tab= for a popped-out popup). */
  currentTabId(): Promise<number | null>;
  /**
   * The tab's state; with `reportLimit`, the reports of only that many of its worst
   * flagged replies are read (the popup's first screen), the rest by `readTabReports`.
   */
  readTabState(tabId: number, reportLimit?: number): Promise<TabState | null>;
  /** Stored reports of these replies in the tab (optional: fakes may hold every report in `readTabState`). */
  readTabReports?(tabId: number, replyKeys: readonly string[]): Promise<Record<string, AnalysisReport>>;
  /** Every open tab's compact index (site, status, layout health; no reports); optional so fakes may leave it out. */
  readAllTabStates?(): Promise<TabIndex[]>;
  /** Whether the page in the tab fought Candor's in-page marks (optional: fakes may leave it out). */
  readInterference?(tabId: number): Promise<InterferenceNotice | null>;
  /** The history, read in summaries and by the rows shown (issue #11.6: 50,000 entries open in under a second). */
  historyReader(): Promise<HistoryReader>;
  send(message: UiMessage): Promise<UiResponse>;
  /**
   * Calls `listener` whenever settings, tab state or history change; returns unsubscribe.
   * A history change comes with `change` when the background said what changed (apply it
   * by delta); without it, read the history again.
   */
  subscribe(listener: (what: 'settings' | 'tabs' | 'history', change?: HistoryChanged) => void): () => void;
  /** URL of the history page (for links from the popup). */
  historyPageUrl(): string;
  /** Save a file to the person's downloads (exports). */
  download(fileName: string, mimeType: string, content: string): void;
}
