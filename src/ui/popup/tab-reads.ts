/**
 * The popup's reads of a tab's state (issue #11.6: 300 flagged replies open in under
 * 200 ms). The compact index says which replies were flagged and how badly; only the
 * reports of the worst few are read from storage.session and validated at first, the
 * rest when the person asks for more. Reading and validating all 300 stored reports
 * (each with its excerpt and contexts) was most of the popup's opening time.
 *
 * Values are checked by the hand-written readers (fast-readers.ts) when they are sure;
 * only when one steps aside are the zod schemas imported (building them cost the popup's
 * first screen more than the validation itself), and their verdict is final.
 */
import type { SessionArea, TabIndex, TabState } from '../../background/tab-state';
import type { AnalysisReport } from '../../messaging/protocol';
import { earlyReplyRecordKey, earlyTabStateKey } from './early-reads';
import { fastHealth, fastReport, fastTabIndex } from './fast-readers';
import { listedReplyKeys, worstListedReplyKeys } from './listed-replies';

export { listedReplyKeys };

/** The schemas, when a hand-written reader steps aside. */
const protocolSchemas = () => import('../../messaging/protocol');
const tabStateSchemas = () => import('../../background/tab-state');

/** The stored reports of these replies in a tab, validated; missing or invalid ones are left out. */
export async function readTabReports(area: SessionArea, tabId: number, replyKeys: readonly string[]): Promise<Record<string, AnalysisReport>> {
  if (replyKeys.length === 0) return {};
  const raw = await area.get(replyKeys.map((key) => earlyReplyRecordKey(tabId, key)));
  const replies: Record<string, AnalysisReport> = {};
  for (const replyKey of replyKeys) {
    const value = raw[earlyReplyRecordKey(tabId, replyKey)];
    // Gone (trimmed since the index was read): nothing for a schema to say.
    if (value === undefined) continue;
    // The hand-written reader when it is sure, else the schema (fast-readers.ts).
    const report = fastReport(value) ?? (await protocolSchemas()).AnalysisReportSchema.safeParse(value).data;
    if (report && report.replyKey === replyKey) replies[replyKey] = report;
  }
  return replies;
}

/** The tab's index as readTabIndex (tab-state.ts) gives it, by the hand-written reader when it is sure. */
export async function readTabIndexFast(area: SessionArea, tabId: number): Promise<TabIndex | null> {
  const key = earlyTabStateKey(tabId);
  const raw = (await area.get(key))[key];
  // A tab Candor is not reading: no index, and no schema to build for it.
  if (raw === undefined) return null;
  return fastTabIndex(raw, fastHealth) ?? (await tabStateSchemas()).TabIndexSchema.safeParse(raw).data ?? null;
}

/**
 * A tab's state with the reports of only its `reportLimit` worst listed replies (all of
 * them when no limit is given); counts come from the index, so they are whole either way.
 */
export async function readTabView(area: SessionArea, tabId: number, reportLimit?: number): Promise<TabState | null> {
  const index = await readTabIndexFast(area, tabId);
  if (!index) return null;
  // The worst few without sorting them all when only those are read (listed-replies.ts).
  const replies = await readTabReports(area, tabId, reportLimit === undefined ? listedReplyKeys(index) : worstListedReplyKeys(index, reportLimit));
  const summaries = Object.values(index.index);
  const flaggedNotStored = summaries.filter((s) => s.level !== 'none' && s.bytes === 0).length;
  return { ...index, replies, checked: summaries.length + index.earlierChecked, unlisted: flaggedNotStored + index.earlierFlagged };
}
