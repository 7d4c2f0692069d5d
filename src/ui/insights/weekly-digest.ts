/**
 * The weekly digest: per assistant, the share of replies flagged in the last seven days
 * and the pattern seen most, in one sentence ("ChatGPT flattered you in 12 of 80 replies
 * this week"). Pure.
 *
 * Checked replies: history entries exist for flagged replies, and (today) for replies
 * judged "none" too. The history store is moving to counting "none" replies instead of
 * storing them, so the caller may pass per-site counts of checked replies; without them,
 * every entry in the week (any level) is counted as checked.
 */
import { CATEGORIES, type Category } from '../../engine/types';
import type { HistoryEntry } from '../../history/entry';
import { CATEGORY_DEEDS } from '../../vocabulary';

export const DIGEST_DAYS = 7;

export type DigestEntry = Pick<HistoryEntry, 'site' | 'time' | 'level' | 'categories' | 'feedback'>;

export interface SiteDigest {
  site: string;
  checked: number;
  flagged: number;
  /** The category on the most flagged replies this week; ties go to the engine's order. */
  topCategory: Category | null;
  topCount: number;
}

/** Local midnight seven days before today's: the digest covers today and the six days before. */
export function digestStart(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - (DIGEST_DAYS - 1)).getTime();
}

export function weeklyDigest(
  entries: readonly DigestEntry[],
  now: number,
  checkedBySite?: Readonly<Partial<Record<string, number>>>,
): SiteDigest[] {
  const since = digestStart(now);
  const bySite = new Map<string, { checked: number; flagged: number; categories: Map<Category, number> }>();
  const siteOf = (site: string) => {
    let entry = bySite.get(site);
    if (!entry) bySite.set(site, (entry = { checked: 0, flagged: 0, categories: new Map() }));
    return entry;
  };
  for (const entry of entries) {
    if (entry.time < since || entry.time > now) continue;
    const site = siteOf(entry.site);
    site.checked++;
    // The person's "not sycophantic" overrides Candor's flag.
    if (entry.level === 'none' || entry.feedback === 'not-sycophantic') continue;
    site.flagged++;
    for (const category of entry.categories) site.categories.set(category, (site.categories.get(category) ?? 0) + 1);
  }
  for (const [site, count] of Object.entries(checkedBySite ?? {})) if (count !== undefined) siteOf(site).checked = Math.max(count, siteOf(site).flagged);

  return [...bySite.entries()]
    .filter(([, s]) => s.checked > 0)
    .map(([site, s]) => {
      let topCategory: Category | null = null;
      let topCount = 0;
      for (const category of CATEGORIES) {
        const count = s.categories.get(category) ?? 0;
        if (count > topCount) [topCategory, topCount] = [category, count];
      }
      return { site, checked: s.checked, flagged: s.flagged, topCategory, topCount };
    })
    .sort((a, b) => b.flagged / b.checked - a.flagged / a.checked || b.checked - a.checked);
}

/** "ChatGPT flattered you in 12 of 80 replies this week." */
export function describeSiteDigest(digest: SiteDigest, siteName: string): string {
  const replies = `${digest.checked} ${digest.checked === 1 ? 'reply' : 'replies'}`;
  if (!digest.topCategory) return `${siteName}: nothing flagged in ${replies} this week.`;
  return `${siteName} ${CATEGORY_DEEDS[digest.topCategory]} in ${digest.topCount} of ${replies} this week.`;
}
