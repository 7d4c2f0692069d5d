/**
 * Which of a tab's replies the popup lists, in its order. Apart from tab-reads.ts so the
 * popup's early reads (early-reads.ts) can name the first screen's reports without
 * loading the schemas.
 */
import type { TabIndex } from '../../background/tab-state';

/** Replies whose report is stored, worst first (score, then arrival order): the popup's list. */
export function listedReplyKeys(index: Pick<TabIndex, 'index'>): string[] {
  return Object.entries(index.index)
    .filter(([, summary]) => summary.level !== 'none' && summary.bytes > 0)
    .sort(([, a], [, b]) => b.score - a.score || a.seq - b.seq)
    .map(([replyKey]) => replyKey);
}
