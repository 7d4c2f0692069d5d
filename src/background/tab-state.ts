/**
 * What the background knows about each tab: the page status, the analysed replies and
 * the person's feedback on them. Held in storage.session, not in memory, so a restarted
 * service worker loses nothing; the popup reads it from there.
 */
import { z } from 'zod';
import {
  AnalysisReportSchema,
  LayoutHealthSchema,
  VERDICTS,
  type AnalysisReport,
  type PageStatus,
  type Verdict,
} from '../messaging/protocol';
import type { KeyValueArea } from '../storage/settings';

export const TAB_STATE_PREFIX = 'tab:';

export const TabStateSchema = z.object({
  site: z.string(),
  url: z.string(),
  status: z.enum(['watching', 'unreadable', 'disabled']),
  /** replyKey → the latest report for that reply. */
  replies: z.record(z.string(), AnalysisReportSchema),
  /** replyKey → the person's verdict, when they gave one. */
  feedback: z.record(z.string(), z.enum(VERDICTS)).default({}),
  /** Layout health of the page, as its content script last reported it. */
  health: LayoutHealthSchema.optional(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const tabStateKey = (tabId: number) => `${TAB_STATE_PREFIX}${tabId}`;

export async function readTabState(area: KeyValueArea, tabId: number): Promise<TabState | null> {
  const raw = (await area.get(tabStateKey(tabId)))[tabStateKey(tabId)];
  const parsed = TabStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Apply one message to a tab's state; returns the new state. A report or status from
 * another URL starts the tab afresh (the person moved to another conversation).
 */
export async function updateTabState(
  area: KeyValueArea,
  tabId: number,
  message: AnalysisReport | PageStatus,
): Promise<TabState> {
  const current = await readTabState(area, tabId);
  const kept = current?.url === message.url ? current : null;
  let next: TabState;
  if (message.type === 'pageStatus') {
    next = {
      site: message.site,
      url: message.url,
      status: message.status,
      replies: kept?.replies ?? {},
      feedback: kept?.feedback ?? {},
      ...((message.health ?? kept?.health) ? { health: message.health ?? kept?.health } : {}),
    };
  } else {
    next = {
      site: message.site,
      url: message.url,
      status: 'watching',
      replies: { ...kept?.replies, [message.replyKey]: message },
      feedback: kept?.feedback ?? {},
      ...(kept?.health ? { health: kept.health } : {}),
    };
  }
  await area.set({ [tabStateKey(tabId)]: next });
  return next;
}

/** Record the person's verdict on a reply in a tab; returns null when the tab has no such reply. */
export async function setTabFeedback(area: KeyValueArea, tabId: number, replyKey: string, verdict: Verdict): Promise<TabState | null> {
  const current = await readTabState(area, tabId);
  if (!current || !(replyKey in current.replies)) return null;
  const feedback = { ...current.feedback };
  if (verdict === 'none') delete feedback[replyKey];
  else feedback[replyKey] = verdict;
  const next = { ...current, feedback };
  await area.set({ [tabStateKey(tabId)]: next });
  return next;
}

/** Replies flagged in a tab (level other than none) that the person has not marked "not sycophantic". */
export function flaggedCount(state: TabState | null): number {
  if (!state) return 0;
  return Object.values(state.replies).filter((r) => r.level !== 'none' && state.feedback[r.replyKey] !== 'not-sycophantic')
    .length;
}
