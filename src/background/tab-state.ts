/**
 * What the background knows about each tab: the page status and the flagged replies.
 * Held in storage.session, not in memory, so a restarted service worker loses nothing.
 * (History, in IndexedDB, arrives with the popup and history issue.)
 */
import { z } from 'zod';
import type { AnalysisReport, PageStatus } from '../messaging/protocol';
import type { KeyValueArea } from '../storage/settings';

export const TAB_STATE_PREFIX = 'tab:';

export const TabStateSchema = z.object({
  site: z.string(),
  url: z.string(),
  status: z.enum(['watching', 'unreadable', 'disabled']),
  /** replyKey → the latest report for that reply. */
  replies: z.record(z.string(), z.custom<AnalysisReport>((v) => typeof v === 'object' && v !== null)),
});
export type TabState = z.infer<typeof TabStateSchema>;

const keyFor = (tabId: number) => `${TAB_STATE_PREFIX}${tabId}`;

export async function readTabState(area: KeyValueArea, tabId: number): Promise<TabState | null> {
  const raw = (await area.get(keyFor(tabId)))[keyFor(tabId)];
  const parsed = TabStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Apply one message to a tab's state; returns the new state. */
export async function updateTabState(
  area: KeyValueArea,
  tabId: number,
  message: AnalysisReport | PageStatus,
): Promise<TabState> {
  const current = await readTabState(area, tabId);
  const sameUrl = current?.url === message.url;
  let next: TabState;
  if (message.type === 'pageStatus') {
    next = { site: message.site, url: message.url, status: message.status, replies: sameUrl && current ? current.replies : {} };
  } else {
    const replies = sameUrl && current ? { ...current.replies } : {};
    replies[message.replyKey] = message;
    next = { site: message.site, url: message.url, status: 'watching', replies };
  }
  await area.set({ [keyFor(tabId)]: next });
  return next;
}

/** Replies flagged in a tab (level other than none). */
export function flaggedCount(state: TabState | null): number {
  if (!state) return 0;
  return Object.values(state.replies).filter((r) => r.level !== 'none').length;
}
