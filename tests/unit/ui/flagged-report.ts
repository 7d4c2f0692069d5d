/** One flagged reply's report as the background stores it, numbered `i` (tests only). */
import type { AnalysisReport } from '@/src/messaging/protocol';

export function flaggedReport(i: number, extra: Partial<AnalysisReport> = {}): AnalysisReport {
  return {
    type: 'analysisReport',
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/abc',
    conversationId: 'abc',
    replyKey: `r${i}`,
    score: 30 + (i % 70),
    level: 'medium',
    categories: ['flattery'],
    ruleIds: ['praise-for-the-users-idea'],
    excerpt: `Reply ${i}: what a brilliant idea!`,
    flaggedText: [`brilliant idea ${i}`],
    contexts: [],
    analysedAt: i,
    ...extra,
  };
}
