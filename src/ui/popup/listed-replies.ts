/**
 * Which of a tab's replies the popup lists, in its order. Apart from tab-reads.ts so the
 * popup's early reads (early-reads.ts) can name the first screen's reports without
 * loading the schemas.
 */
import type { TabIndex } from '../../background/tab-state';

type Summary = TabIndex['index'][string];

const isListed = (summary: Summary) => summary.level !== 'none' && summary.bytes > 0;
/** Negative when `a` is listed before `b`: worst first (score), then arrival order. */
const listOrder = (a: Summary, b: Summary) => b.score - a.score || a.seq - b.seq;

/** Replies whose report is stored, worst first (score, then arrival order): the popup's list. */
export function listedReplyKeys(index: Pick<TabIndex, 'index'>): string[] {
  return Object.entries(index.index)
    .filter(([, summary]) => isListed(summary))
    .sort(([, a], [, b]) => listOrder(a, b))
    .map(([replyKey]) => replyKey);
}

/** How many replies the popup lists (listedReplyKeys(index).length, without the sort). */
export function listedReplyCount(index: Pick<TabIndex, 'index'>): number {
  let count = 0;
  for (const summary of Object.values(index.index)) if (isListed(summary)) count++;
  return count;
}

/**
 * listedReplyKeys(index).slice(0, count), without sorting the whole list (issue #11.6:
 * the popup's first screen shows 25 of up to 300, and a cold sort of them all was on the
 * way to its first item). One pass keeps the worst `count` in order; a reply ties in
 * after the ones it ties with, as the stable sort puts it.
 */
export function worstListedReplyKeys(index: Pick<TabIndex, 'index'>, count: number): string[] {
  const kept: [string, Summary][] = [];
  if (count <= 0) return [];
  for (const [replyKey, summary] of Object.entries(index.index)) {
    if (!isListed(summary)) continue;
    if (kept.length === count && !(listOrder(summary, kept[count - 1]![1]) < 0)) continue;
    // After every kept reply it does not come before (binary search: the kept are in order).
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (listOrder(summary, kept[middle]![1]) < 0) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, [replyKey, summary]);
    if (kept.length > count) kept.pop();
  }
  return kept.map(([replyKey]) => replyKey);
}
