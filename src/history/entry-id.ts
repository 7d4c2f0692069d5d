/** A history entry's id and conversation, from a report: no schema, so every page may import them. */
import type { AnalysisReport } from '../messaging/protocol';
import type { SiteId } from '../sites/types';

/** The conversation a report belongs to: the site's id, else the page without its fragment. */
export function conversationKeyOf(report: Pick<AnalysisReport, 'conversationId' | 'url'>): string {
  if (report.conversationId) return report.conversationId;
  const hash = report.url.indexOf('#');
  return hash === -1 ? report.url : report.url.slice(0, hash);
}

/** One id per reply: site, conversation and the reply's key within it. */
export function entryIdOf(site: SiteId, conversationKey: string, replyKey: string): string {
  // JSON keeps the three parts unambiguous whatever characters they contain.
  return JSON.stringify([site, conversationKey, replyKey]);
}
