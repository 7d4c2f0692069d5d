/** Builds the tab state the background would keep for some reports (tests only). */
import type { TabState } from '@/src/background/tab-state';
import type { AnalysisReport, Verdict } from '@/src/messaging/protocol';

/** Every report indexed in order; only flagged ones (level other than none) stored in full. */
export function tabStateOf(reports: readonly AnalysisReport[], feedback: Record<string, Verdict> = {}): TabState {
  const flagged = reports.filter((r) => r.level !== 'none');
  return {
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/1',
    status: 'watching',
    index: Object.fromEntries(reports.map((r, seq) => [r.replyKey, { level: r.level, score: r.score, seq, bytes: r.level === 'none' ? 0 : 1 }])),
    replies: Object.fromEntries(flagged.map((r) => [r.replyKey, r])),
    feedback,
    nextSeq: reports.length,
    earlierChecked: 0,
    earlierFlagged: 0,
    bytes: flagged.length,
    checked: reports.length,
    unlisted: 0,
  };
}
