/**
 * What the background knows about each tab: the page status, which replies were
 * checked, the full report of each flagged reply, and the person's feedback. Held in
 * storage.session, not in memory, so a restarted service worker loses nothing; the
 * popup reads it from there.
 *
 * Layout (issue #11.3: one page must not be able to starve or evict the others):
 * - `tab:<id>` holds a compact index: per reply only its level, score and size, never
 *   its text, so a report rewrites a few dozen bytes per reply, not every report again;
 * - `tab:<id>:reply:<replyKey>` holds one flagged reply's report, written once per
 *   report. Replies judged "none" are only indexed (the popup counts them, lists none);
 * - caps per tab (reports kept, bytes, replies indexed) and a soft global byte budget
 *   (`tabUsage`) that trims the largest tab first, so a flooding page evicts its own
 *   oldest reports and never another tab's, and the 10 MB session quota is never hit.
 * What the caps drop from storage.session is still in the history (IndexedDB).
 */
import { z } from 'zod';
import { LEVELS } from '../engine/types';
import {
  AnalysisReportSchema,
  LayoutHealthSchema,
  VERDICTS,
  type AnalysisReport,
  type PageStatus,
  type Verdict,
} from '../messaging/protocol';

export const TAB_STATE_PREFIX = 'tab:';
/** tabId → bytes of storage.session that tab uses; read-modified-written by one queue. */
export const TAB_USAGE_KEY = 'tabUsage';

/** Full reports kept per tab: the popup lists at most this many flagged replies. */
export const MAX_REPORTS_PER_TAB = 300;
/** Bytes of reports kept per tab (a worst-case report is about 18 KB). */
export const MAX_REPORT_BYTES_PER_TAB = 1024 * 1024;
/** Replies indexed per tab; older ones are only counted. */
export const MAX_INDEXED_PER_TAB = 500;
/** All tabs together stay under this (the session quota is 10 MB, shared by every tab). */
export const GLOBAL_SESSION_BUDGET = 6 * 1024 * 1024;

/** The storage.session operations the background and the popup use. */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const ReplySummarySchema = z.object({
  level: z.enum(LEVELS),
  score: z.number().int().min(0).max(100),
  /** Arrival order within the tab: the oldest are trimmed first. */
  seq: z.number().int().nonnegative(),
  /** Size of the stored report, 0 when none is stored (level none, or trimmed by a cap). */
  bytes: z.number().int().nonnegative(),
});
export type ReplySummary = z.infer<typeof ReplySummarySchema>;

export const TabIndexSchema = z.object({
  site: z.string(),
  url: z.string(),
  status: z.enum(['watching', 'unreadable', 'disabled']),
  /** replyKey → summary of its latest report. */
  index: z.record(z.string(), ReplySummarySchema),
  /** replyKey → the person's verdict, when they gave one. */
  feedback: z.record(z.string(), z.enum(VERDICTS)).default({}),
  nextSeq: z.number().int().nonnegative().default(0),
  /** Replies checked on this page that fell out of the index (MAX_INDEXED_PER_TAB). */
  earlierChecked: z.number().int().nonnegative().default(0),
  /** Of those, how many were flagged (still counted on the toolbar). */
  earlierFlagged: z.number().int().nonnegative().default(0),
  /** Sum of the stored reports' bytes. */
  bytes: z.number().int().nonnegative().default(0),
  /** Layout health of the page, as its content script last reported it. */
  health: LayoutHealthSchema.optional(),
});
export type TabIndex = z.infer<typeof TabIndexSchema>;

/** What readers get: the index plus the stored reports. */
export interface TabState extends TabIndex {
  /** replyKey → full report, for the flagged replies still stored. */
  replies: Record<string, AnalysisReport>;
  /** Replies checked on this page (flagged or not). */
  checked: number;
  /** Flagged replies whose report is not kept here any more (they are in the history). */
  unlisted: number;
}

export const tabStateKey = (tabId: number) => `${TAB_STATE_PREFIX}${tabId}`;
export const replyRecordKey = (tabId: number, replyKey: string) => `${TAB_STATE_PREFIX}${tabId}:reply:${replyKey}`;

/** Bytes a stored item costs against the quota (Chrome counts key plus JSON value). */
export function storedBytes(key: string, value: unknown): number {
  return key.length + JSON.stringify(value).length;
}

export async function readTabIndex(area: SessionArea, tabId: number): Promise<TabIndex | null> {
  const key = tabStateKey(tabId);
  const parsed = TabIndexSchema.safeParse((await area.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

/** The tab's index with every stored report, validated; null when the tab has none. */
export async function readTabState(area: SessionArea, tabId: number): Promise<TabState | null> {
  const index = await readTabIndex(area, tabId);
  if (!index) return null;
  const storedKeys = Object.entries(index.index)
    .filter(([, summary]) => summary.bytes > 0)
    .map(([replyKey]) => replyKey);
  const raw = storedKeys.length > 0 ? await area.get(storedKeys.map((k) => replyRecordKey(tabId, k))) : {};
  const replies: Record<string, AnalysisReport> = {};
  for (const replyKey of storedKeys) {
    const parsed = AnalysisReportSchema.safeParse(raw[replyRecordKey(tabId, replyKey)]);
    if (parsed.success && parsed.data.replyKey === replyKey) replies[replyKey] = parsed.data;
  }
  const summaries = Object.entries(index.index);
  const flaggedUnlisted = summaries.filter(([key, s]) => s.level !== 'none' && !(key in replies)).length;
  return {
    ...index,
    replies,
    checked: summaries.length + index.earlierChecked,
    unlisted: flaggedUnlisted + index.earlierFlagged,
  };
}

function freshIndex(message: AnalysisReport | PageStatus): TabIndex {
  return {
    site: message.site,
    url: message.url,
    status: 'watching',
    index: {},
    feedback: {},
    nextSeq: 0,
    earlierChecked: 0,
    earlierFlagged: 0,
    bytes: 0,
  };
}

/** Keys of the reports a tab stores, for removal. */
function storedReportKeys(tabId: number, index: TabIndex): string[] {
  return Object.entries(index.index)
    .filter(([, s]) => s.bytes > 0)
    .map(([replyKey]) => replyRecordKey(tabId, replyKey));
}

/** Oldest first. */
function bySeq(index: TabIndex): [string, ReplySummary][] {
  return Object.entries(index.index).sort((a, b) => a[1].seq - b[1].seq);
}

/**
 * Drop the oldest stored reports until the tab is within `maxReports` and `maxBytes`.
 * Mutates `index`; returns the storage keys to remove.
 */
function trimReports(tabId: number, index: TabIndex, maxReports: number, maxBytes: number): string[] {
  let count = 0;
  for (const summary of Object.values(index.index)) if (summary.bytes > 0) count++;
  if (count <= maxReports && index.bytes <= maxBytes) return [];
  const stored = bySeq(index).filter(([, s]) => s.bytes > 0);
  const removed: string[] = [];
  for (const [replyKey, summary] of stored) {
    if (count <= maxReports && index.bytes <= maxBytes) break;
    index.bytes -= summary.bytes;
    index.index[replyKey] = { ...summary, bytes: 0 };
    removed.push(replyRecordKey(tabId, replyKey));
    count--;
  }
  return removed;
}

/** Keep at most MAX_INDEXED_PER_TAB replies indexed, counting the oldest instead. */
function trimIndex(tabId: number, index: TabIndex): string[] {
  const removed: string[] = [];
  // Usually one over the cap per report: a linear scan for the victim, no sorting.
  for (let excess = Object.keys(index.index).length - MAX_INDEXED_PER_TAB; excess > 0; excess--) {
    // Unflagged replies go first (they are only a number in the popup anyway), oldest first.
    let victim: string | null = null;
    let victimRank = Infinity;
    for (const replyKey in index.index) {
      const summary = index.index[replyKey] as ReplySummary;
      const rank = (summary.level === 'none' ? 0 : Number.MAX_SAFE_INTEGER / 2) + summary.seq;
      if (rank < victimRank) [victim, victimRank] = [replyKey, rank];
    }
    if (victim === null) break;
    const replyKey = victim;
    const summary = index.index[replyKey] as ReplySummary;
    // A rebuilt object, not `delete`: deleting turns a large object into a slow dictionary.
    const { [replyKey]: _dropped, ...rest } = index.index;
    index.index = rest;
    if (replyKey in index.feedback) delete index.feedback[replyKey];
    index.earlierChecked++;
    if (summary.level !== 'none') index.earlierFlagged++;
    if (summary.bytes > 0) {
      index.bytes -= summary.bytes;
      removed.push(replyRecordKey(tabId, replyKey));
    }
  }
  return removed;
}

export interface TabUpdate {
  index: TabIndex;
  /** Bytes the tab now uses in storage.session (index plus reports). */
  bytes: number;
}

function tabBytes(tabId: number, index: TabIndex): number {
  return index.bytes + storedBytes(tabStateKey(tabId), index);
}

/**
 * Apply one message to a tab's state. A report or status from another URL starts the
 * tab afresh (the person moved to another conversation). Only this reply's report and
 * the compact index are written.
 */
export async function updateTabState(area: SessionArea, tabId: number, message: AnalysisReport | PageStatus): Promise<TabUpdate> {
  const current = await readTabIndex(area, tabId);
  const toRemove: string[] = [];
  let index: TabIndex;
  if (current && current.url === message.url) {
    index = { ...current, index: { ...current.index }, feedback: { ...current.feedback } };
  } else {
    if (current) toRemove.push(...storedReportKeys(tabId, current));
    index = freshIndex(message);
  }
  index.site = message.site;
  const writes: Record<string, unknown> = {};
  if (message.type === 'pageStatus') {
    index.status = message.status;
    // A status without health (not watched long enough yet) keeps the last known one.
    if (message.health) index.health = message.health;
  } else {
    index.status = 'watching';
    const recordKey = replyRecordKey(tabId, message.replyKey);
    const previous = index.index[message.replyKey];
    if (previous) index.bytes -= previous.bytes;
    const bytes = message.level === 'none' ? 0 : storedBytes(recordKey, message);
    if (bytes > 0) writes[recordKey] = message;
    else if (previous && previous.bytes > 0) toRemove.push(recordKey);
    index.bytes += bytes;
    index.index[message.replyKey] = { level: message.level, score: message.score, seq: previous?.seq ?? index.nextSeq++, bytes };
    toRemove.push(...trimIndex(tabId, index));
    toRemove.push(...trimReports(tabId, index, MAX_REPORTS_PER_TAB, MAX_REPORT_BYTES_PER_TAB));
    // A report trimmed in the same step is not written at all.
    if (index.index[message.replyKey]?.bytes === 0) delete writes[recordKey];
  }
  writes[tabStateKey(tabId)] = index;
  const removeKeys = toRemove.filter((key) => !(key in writes));
  // Remove first: a quota error on the write then has the freed space.
  if (removeKeys.length > 0) await area.remove(removeKeys);
  await area.set(writes);
  return { index, bytes: tabBytes(tabId, index) };
}

/**
 * Trim a tab's stored reports down to `maxBytes` (the global budget asks the largest tab
 * to shrink). Returns the tab's new usage, or null when it has no state.
 */
export async function shrinkTab(area: SessionArea, tabId: number, maxBytes: number): Promise<number | null> {
  const current = await readTabIndex(area, tabId);
  if (!current) return null;
  const index = { ...current, index: { ...current.index } };
  const indexBytes = storedBytes(tabStateKey(tabId), current);
  const removed = trimReports(tabId, index, MAX_REPORTS_PER_TAB, Math.max(0, maxBytes - indexBytes));
  if (removed.length > 0) {
    await area.remove(removed);
    await area.set({ [tabStateKey(tabId)]: index });
  }
  return tabBytes(tabId, index);
}

/** Forget a tab (closed): its index and every stored report. */
export async function forgetTab(area: SessionArea, tabId: number): Promise<void> {
  const current = await readTabIndex(area, tabId);
  await area.remove([tabStateKey(tabId), ...(current ? storedReportKeys(tabId, current) : [])]);
}

/** Record the person's verdict on a reply in a tab; returns null when the tab has no such reply. */
export async function setTabFeedback(area: SessionArea, tabId: number, replyKey: string, verdict: Verdict): Promise<TabIndex | null> {
  const current = await readTabIndex(area, tabId);
  if (!current || !(replyKey in current.index)) return null;
  const feedback = { ...current.feedback };
  if (verdict === 'none') delete feedback[replyKey];
  else feedback[replyKey] = verdict;
  const next = { ...current, feedback };
  await area.set({ [tabStateKey(tabId)]: next });
  return next;
}

/** Replies flagged in a tab (level other than none) that the person has not marked "not sycophantic". */
export function flaggedCount(state: TabIndex | null): number {
  if (!state) return 0;
  let count = state.earlierFlagged;
  for (const [replyKey, summary] of Object.entries(state.index)) {
    if (summary.level !== 'none' && state.feedback[replyKey] !== 'not-sycophantic') count++;
  }
  return count;
}

/** The report of one reply in a tab, if still stored. */
export async function readReplyReport(area: SessionArea, tabId: number, replyKey: string): Promise<AnalysisReport | null> {
  const key = replyRecordKey(tabId, replyKey);
  const parsed = AnalysisReportSchema.safeParse((await area.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

/**
 * The global budget: record a tab's usage and, when all tabs together exceed
 * GLOBAL_SESSION_BUDGET, name the largest tab and the bytes it should shrink to.
 * `bytes` null forgets the tab. Callers serialise calls (one read-modify-write key).
 */
export async function recordTabUsage(
  area: SessionArea,
  tabId: number,
  bytes: number | null,
  budget = GLOBAL_SESSION_BUDGET,
): Promise<{ shrink: { tabId: number; toBytes: number } | null }> {
  const raw = (await area.get(TAB_USAGE_KEY))[TAB_USAGE_KEY];
  const parsed = z.record(z.string(), z.number().nonnegative()).safeParse(raw);
  const usage: Record<string, number> = parsed.success ? { ...parsed.data } : {};
  if (bytes === null) delete usage[String(tabId)];
  else usage[String(tabId)] = bytes;
  await area.set({ [TAB_USAGE_KEY]: usage });
  const total = Object.values(usage).reduce((sum, b) => sum + b, 0);
  if (total <= budget) return { shrink: null };
  const [largest, largestBytes] = Object.entries(usage).reduce((a, b) => (b[1] > a[1] ? b : a));
  return { shrink: { tabId: Number(largest), toBytes: Math.max(0, largestBytes - (total - budget)) } };
}
