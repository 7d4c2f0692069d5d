/** The flagged reply's report the UI benches store and read, numbered `i` (as the background stores one). */
export function benchFlaggedReport(i: number) {
  return {
    type: 'analysisReport',
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/bench',
    conversationId: 'bench',
    replyKey: `reply-${i}`,
    score: 40 + (i % 60),
    level: 'medium',
    categories: ['flattery', 'agreement'],
    ruleIds: ['praise-for-the-users-idea'],
    excerpt: `Reply ${i}: What a brilliant idea! You clearly have a gift for spotting trends.`,
    flaggedText: ['What a brilliant idea'],
    contexts: [{ before: `Reply ${i}: `, flagged: 'What a brilliant idea', after: '! You clearly have' }],
    analysedAt: i,
  };
}
