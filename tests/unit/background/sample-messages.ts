/** One well-formed analysis report from our content script in tab 7, shared by the background tests. */
import type { MessageSender } from '@/src/background/handle-message';
import type { AnalysisReport } from '@/src/messaging/protocol';

export const EXTENSION_ID = 'candor-id';
export const FROM_OUR_CONTENT_SCRIPT: MessageSender = { id: EXTENSION_ID, tab: { id: 7 } };

export const SAMPLE_REPORT: AnalysisReport = {
  type: 'analysisReport',
  site: 'chatgpt',
  url: 'https://chatgpt.com/c/1',
  conversationId: '1',
  replyKey: 'msg-1',
  score: 62,
  level: 'medium',
  categories: ['flattery'],
  ruleIds: ['praise-for-the-users-idea'],
  excerpt: 'What a brilliant insight!',
  flaggedText: ['What a brilliant insight'],
  analysedAt: 1,
};
