/**
 * The weekly digest: per assistant, the share of replies flagged in the last seven days
 * and the pattern seen most, in one sentence ("ChatGPT flattered you in 12 of 80 replies
 * this week"). Pure.
 *
 * Checked replies: every entry in the week (any level: a person can choose to keep
 * replies judged "none" as entries), plus, per site, the replies judged "none" that were
 * only counted (the default: the history keeps flagged replies, and a marker without
 * text for the rest). Without those markers every site would read "12 of 12 flagged".
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
  /** Flags the person marked "not sycophantic": not counted as flagged, but said. */
  dismissed: number;
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
  /** Per site, replies judged "none" in the same seven days that were counted, not stored. */
  unflaggedBySite?: Readonly<Partial<Record<string, number>>>,
): SiteDigest[] {
  const since = digestStart(now);
  const bySite = new Map<string, { checked: number; flagged: number; dismissed: number; categories: Map<Category, number> }>();
  const siteOf = (site: string) => {
    let entry = bySite.get(site);
    if (!entry) bySite.set(site, (entry = { checked: 0, flagged: 0, dismissed: 0, categories: new Map() }));
    return entry;
  };
  for (const entry of entries) {
    if (entry.time < since || entry.time > now) continue;
    const site = siteOf(entry.site);
    site.checked++;
    if (entry.level === 'none') continue;
    // The person's "not sycophantic" overrides Candor's flag.
    if (entry.feedback === 'not-sycophantic') {
      site.dismissed++;
      continue;
    }
    site.flagged++;
    for (const category of entry.categories) site.categories.set(category, (site.categories.get(category) ?? 0) + 1);
  }
  for (const [site, count] of Object.entries(unflaggedBySite ?? {})) if (count !== undefined && count > 0) siteOf(site).checked += count;

  return [...bySite.entries()]
    .filter(([, s]) => s.checked > 0)
    .map(([site, s]) => {
      let topCategory: Category | null = null;
      let topCount = 0;
      for (const category of CATEGORIES) {
        const count = s.categories.get(category) ?? 0;
        if (count > topCount) [topCategory, topCount] = [category, count];
      }
      return { site, checked: s.checked, flagged: s.flagged, dismissed: s.dismissed, topCategory, topCount };
    })
    .sort((a, b) => b.flagged / b.checked - a.flagged / a.checked || b.checked - a.checked);
}

/** "ChatGPT flattered you in 12 of 80 replies this week." */
export function describeSiteDigest(digest: SiteDigest, siteName: string): string {
  const replies = `${digest.checked} ${digest.checked === 1 ? 'reply' : 'replies'}`;
  if (!digest.topCategory) {
    // A flag the person overruled was still a flag: say so rather than "nothing flagged".
    if (digest.dismissed > 0) return `${siteName}: no flags stand in ${replies} this week (you marked ${digest.dismissed} as not sycophantic).`;
    return `${siteName}: nothing flagged in ${replies} this week.`;
  }
  return `${siteName} ${CATEGORY_DEEDS[digest.topCategory]} in ${digest.topCount} of ${replies} this week.`;
}

/**
 * What the digest's sentence leaves out, or null: it names the most common pattern only,
 * so when other patterns were flagged too the total follows ("15 flagged in all"). A
 * count the sentence already says ("nothing flagged in 3 replies", "flattered you in 12")
 * is not repeated beside it.
 */
export function digestTotalNote(digest: SiteDigest): string | null {
  if (digest.flagged === 0 || digest.flagged === digest.topCount) return null;
  return `${digest.flagged} flagged in all`;
}
