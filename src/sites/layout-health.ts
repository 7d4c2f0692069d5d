/**
 * Layout health: whether Candor can still follow a site's replies. Adapters query their
 * ranked selector lists through `rankedMatches`, which records the rank that matched; the
 * turn watcher counts turns and how replies finished; `judgeLayout` turns both into a
 * verdict the popup can say plainly ("Candor can't follow replies on this version of
 * <site>; it may need an update") instead of staying silent.
 *
 * Nothing here leaves the device: the record goes to Candor's background only, as numbers.
 */
import { selectorEntries } from './selector-table';
import type { SelectorEntry, SelectorListName } from './selector-schema';
import type { SiteId } from './types';

/** Per list: the rank (0 = newest markup) of the entry that matched last, and whether it was a last resort. */
export type RankRecord = Partial<Record<SelectorListName, { rank: number; lastResort: boolean }>>;

/** The ranks seen in this content script, per site (one page, one site, in practice). */
const ranksBySite = new Map<SiteId, RankRecord>();

/** Forget every recorded rank (a new conversation; tests). */
export function resetRanks(): void {
  ranksBySite.clear();
}

/** The ranks recorded for a site so far. */
export function recordedRanks(site: SiteId): RankRecord {
  return { ...ranksBySite.get(site) };
}

function record(site: SiteId, list: SelectorListName, rank: number, lastResort: boolean): void {
  let ranks = ranksBySite.get(site);
  if (!ranks) ranksBySite.set(site, (ranks = {}));
  const previous = ranks[list];
  if (previous?.rank !== rank) ranks[list] = { rank, lastResort };
}

/**
 * The matches of the first entry of a site's ranked list that matches anything under
 * `root` (newest markup first), recording which rank it was. `filter` drops candidates
 * that are not what the list means (a virtual-list root, an empty shell) before a rank
 * counts as matched.
 */
export function rankedMatches(
  root: ParentNode,
  site: SiteId,
  list: SelectorListName,
  filter: (element: Element) => boolean = () => true,
): Element[] {
  // Rank by rank, newest first, one walk per rank until one matches. Measured in Chromium
  // on a 500-turn ChatGPT page (2026-12-06): 0.3–0.9 ms for the two walks of
  // the early-2026 layout against 1.0–1.8 ms for one walk with every rank's selector at
  // once, and 0.15–0.23 against 0.97 ms on the late-2026 layout. The combined walk
  // matched every element of every rank (the message inside each turn as well as the
  // turn) and then tested each against the ranks in script; a walk with one rank's
  // selector stays in the browser's selector matching. This runs for every new turn.
  const entries = selectorEntries(site, list);
  for (let rank = 0; rank < entries.length; rank++) {
    const entry = entries[rank] as SelectorEntry;
    const found = Array.from(root.querySelectorAll(entry.css)).filter(filter);
    if (found.length === 0) continue;
    record(site, list, rank, entry.lastResort === true);
    return found;
  }
  return [];
}

/** Like rankedMatches, for one element: the first match of the best-ranked entry. */
export function rankedFirst(root: ParentNode, site: SiteId, list: SelectorListName): Element | null {
  const entries = selectorEntries(site, list);
  for (let rank = 0; rank < entries.length; rank++) {
    const entry = entries[rank];
    if (!entry) continue;
    const found = root.querySelector(entry.css);
    if (found) {
      record(site, list, rank, entry.lastResort === true);
      return found;
    }
  }
  return null;
}

/** What the watcher counted (see WatcherCounts in src/content/turn-watcher.ts). */
export interface HealthCounts {
  turnsFound: number;
  repliesSeen: number;
  repliesFinished: number;
  repliesEmpty: number;
  repliesByFallback: number;
}

export type LayoutVerdict = 'ok' | 'cannot-follow';

/** Why a layout was judged as it was: shown in the options page, in plain words. */
export type LayoutReason = 'following' | 'no-reply-finishes' | 'only-last-resort-selectors' | 'too-early';

/** How long replies may be seen without any finishing before the layout is called broken (ms). */
export const NO_FINISH_GRACE_MS = 60_000;

/**
 * The verdict for one page. Can't follow when replies appear but none ever finishes by
 * the site's own signal (only the fallback checked them, or nothing did for a minute), or
 * when the turns were found only through last-resort selectors.
 */
export function judgeLayout(
  counts: HealthCounts,
  ranks: RankRecord,
  msSinceFirstReply: number | null,
): { verdict: LayoutVerdict; reason: LayoutReason } {
  const turnLists: SelectorListName[] = ['turn', 'userTurn', 'assistantTurn'];
  const turnRanks = turnLists.map((list) => ranks[list]).filter((rank) => rank !== undefined);
  if (turnRanks.length > 0 && turnRanks.every((rank) => rank.lastResort)) {
    return { verdict: 'cannot-follow', reason: 'only-last-resort-selectors' };
  }
  if (counts.repliesSeen > 0 && counts.repliesFinished === 0) {
    if (counts.repliesByFallback > 0) return { verdict: 'cannot-follow', reason: 'no-reply-finishes' };
    if (msSinceFirstReply !== null && msSinceFirstReply >= NO_FINISH_GRACE_MS) {
      return { verdict: 'cannot-follow', reason: 'no-reply-finishes' };
    }
    return { verdict: 'ok', reason: 'too-early' };
  }
  return { verdict: 'ok', reason: 'following' };
}
