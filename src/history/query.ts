/**
 * Filtering, grouping and counting history entries for the history page. Pure functions
 * over in-memory lists. Everything but the text search needs only an entry's summary
 * (id, time, site, level, categories, feedback), so the page filters, counts and charts
 * 50,000 entries from their summaries and reads whole entries only for the rows shown
 * and for a search (issue #11.6).
 */
import type { Category, Level } from '../engine/types';
import type { SiteId } from '../sites/types';
import type { HistoryEntry } from './entry';
import type { EntrySummary } from './store';

export interface HistoryFilter {
  site?: SiteId;
  category?: Category;
  level?: Level;
  /** Only entries with a flag (level other than none). */
  flaggedOnly?: boolean;
  /** Inclusive bounds, ms since epoch. */
  from?: number;
  to?: number;
  /** Case-insensitive words that must all appear in the excerpt, flagged words or URL. */
  text?: string;
}

function searchableText(entry: HistoryEntry): string {
  return [entry.excerpt, ...entry.flaggedText, entry.url, ...entry.ruleIds].join('\n').toLocaleLowerCase();
}

/** Every part of the filter but the text: what a summary can answer. */
export function matchesSummary(entry: Pick<EntrySummary, 'site' | 'categories' | 'level' | 'time'>, filter: HistoryFilter): boolean {
  if (filter.site && entry.site !== filter.site) return false;
  if (filter.category && !entry.categories.includes(filter.category)) return false;
  if (filter.level && entry.level !== filter.level) return false;
  if (filter.flaggedOnly && entry.level === 'none') return false;
  if (filter.from !== undefined && entry.time < filter.from) return false;
  if (filter.to !== undefined && entry.time > filter.to) return false;
  return true;
}

/** Whether every word of `text` appears in the entry's excerpt, flagged words, URL or rule ids. */
export function matchesText(entry: HistoryEntry, text: string | undefined): boolean {
  const words = text?.toLocaleLowerCase().split(/\s+/u).filter(Boolean) ?? [];
  if (words.length === 0) return true;
  const haystack = searchableText(entry);
  return words.every((word) => haystack.includes(word));
}

export function matchesFilter(entry: HistoryEntry, filter: HistoryFilter): boolean {
  return matchesSummary(entry, filter) && matchesText(entry, filter.text);
}

/**
 * Apply a change to a newest-first list of summaries: drop `removed` ids and the old
 * versions of `changed`, and put each changed one in its place by time. Returns a new list.
 */
export function mergeSummaries(list: readonly EntrySummary[], changed: readonly EntrySummary[], removed: ReadonlySet<string>): EntrySummary[] {
  const replaced = new Set(changed.map((summary) => summary.id));
  const next = removed.size > 0 || replaced.size > 0 ? list.filter((s) => !removed.has(s.id) && !replaced.has(s.id)) : [...list];
  for (const summary of changed) {
    if (removed.has(summary.id)) continue;
    // First position whose time is older: newest first, a new entry at the same time goes first.
    let low = 0;
    let high = next.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((next[mid] as EntrySummary).time > summary.time) low = mid + 1;
      else high = mid;
    }
    next.splice(low, 0, summary);
  }
  return next;
}

export function filterEntries(entries: readonly HistoryEntry[], filter: HistoryFilter): HistoryEntry[] {
  return entries.filter((entry) => matchesFilter(entry, filter));
}

export interface ConversationGroup {
  /** site + conversation key. */
  key: string;
  site: SiteId;
  url: string;
  /** Newest first, as given. */
  entries: HistoryEntry[];
  /** Highest score among the entries. */
  maxScore: number;
  latest: number;
}

/** Group entries by conversation, keeping the order of each group's newest entry. */
export function groupByConversation(entries: readonly HistoryEntry[]): ConversationGroup[] {
  const groups = new Map<string, ConversationGroup>();
  for (const entry of entries) {
    const key = `${entry.site}\u0000${entry.conversationKey}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, site: entry.site, url: entry.url, entries: [], maxScore: 0, latest: entry.time };
      groups.set(key, group);
    }
    group.entries.push(entry);
    group.maxScore = Math.max(group.maxScore, entry.score);
    group.latest = Math.max(group.latest, entry.time);
  }
  return [...groups.values()];
}

/** Local midnight of the day containing `time`. */
export function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

export interface DailyCount {
  day: number;
  flagged: number;
  analysed: number;
}

/** Flagged and analysed replies per local day, oldest first, with empty days filled in. */
export function countPerDay(entries: readonly Pick<HistoryEntry, 'time' | 'level'>[]): DailyCount[] {
  if (entries.length === 0) return [];
  const byDay = new Map<number, DailyCount>();
  let first = Infinity;
  let last = -Infinity;
  for (const entry of entries) {
    const day = startOfDay(entry.time);
    first = Math.min(first, day);
    last = Math.max(last, day);
    const count = byDay.get(day) ?? { day, flagged: 0, analysed: 0 };
    count.analysed++;
    if (entry.level !== 'none') count.flagged++;
    byDay.set(day, count);
  }
  const days: DailyCount[] = [];
  // Step by calendar day, not 24 h, so daylight-saving changes don't skip or repeat a day.
  for (let day = first; day <= last; ) {
    days.push(byDay.get(day) ?? { day, flagged: 0, analysed: 0 });
    const next = new Date(day);
    next.setDate(next.getDate() + 1);
    day = next.getTime();
  }
  return days;
}

/** How many entries carry each category (an entry can carry several). */
export function countPerCategory(entries: readonly Pick<HistoryEntry, 'categories'>[]): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const entry of entries) {
    for (const category of entry.categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}
