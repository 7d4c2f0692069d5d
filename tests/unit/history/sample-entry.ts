/** A valid history entry (a medium "agreement" flag on ChatGPT), with any field overridden. */
import type { HistoryEntry } from '@/src/history/entry';

export function sampleEntry(id: string, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id,
    time: new Date(2026, 10, 20, 12).getTime(),
    analysedAt: 0,
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/one',
    conversationId: 'one',
    conversationKey: 'one',
    replyKey: id,
    excerpt: 'You are absolutely right, what a brilliant idea.',
    flaggedText: ['absolutely right'],
    contexts: [],
    score: 60,
    level: 'medium',
    categories: ['agreement'],
    ruleIds: ['reflexive-agreement'],
    feedback: 'none',
    ...extra,
  };
}
