/**
 * One history entry: what Candor remembers about one analysed reply. Written only by
 * the background, from a validated `analysisReport`; read back through the same schema,
 * so a corrupt record is skipped instead of breaking the history page.
 */
import { z } from 'zod';
import { CATEGORIES, LEVELS } from '../engine/types';
import { FlaggedContextSchema, VERDICTS, type AnalysisReport, type Verdict } from '../messaging/protocol';
import { SITE_IDS } from '../sites/types';
import { conversationKeyOf, entryIdOf } from './entry-id';
import type { HistorySettings } from '../storage/settings';

export const HistoryEntrySchema = z
  .object({
    /** Stable per reply: a re-analysis of the same reply updates its entry. */
    id: z.string().min(1).max(4096),
    /** When the reply was first analysed (ms since epoch); history is ordered by it. */
    time: z.number().int().nonnegative(),
    /** When it was last analysed (settings changes re-analyse visible replies). */
    analysedAt: z.number().int().nonnegative(),
    site: z.enum(SITE_IDS),
    url: z.string().max(2048),
    conversationId: z.string().max(200).nullable(),
    /** The conversation id, or the page URL for a chat the site has not saved yet. */
    conversationKey: z.string().max(2048),
    replyKey: z.string().max(300),
    /** Empty when the privacy setting keeps only the flagged words. */
    excerpt: z.string().max(300),
    flaggedText: z.array(z.string().max(200)).max(20),
    contexts: z.array(FlaggedContextSchema).max(20),
    score: z.number().int().min(0).max(100),
    level: z.enum(LEVELS),
    categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length),
    ruleIds: z.array(z.string().max(64)).max(100),
    feedback: z.enum(VERDICTS),
  })
  .strict();
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

// Apart, in entry-id.ts, so the popup names an entry without the schemas (issue #11.6).
export { conversationKeyOf, entryIdOf };

/**
 * The entry for a report, applying the privacy setting. An earlier entry for the same
 * reply keeps its first-seen time and the person's feedback.
 */
export function entryFromReport(
  report: AnalysisReport,
  keep: HistorySettings['keep'],
  previous?: Pick<HistoryEntry, 'time' | 'feedback'>,
): HistoryEntry {
  const conversationKey = conversationKeyOf(report);
  const spansOnly = keep === 'spans';
  return {
    id: entryIdOf(report.site, conversationKey, report.replyKey),
    time: previous?.time ?? report.analysedAt,
    analysedAt: report.analysedAt,
    site: report.site,
    url: report.url,
    conversationId: report.conversationId,
    conversationKey,
    replyKey: report.replyKey,
    excerpt: spansOnly ? '' : report.excerpt,
    flaggedText: report.flaggedText,
    // Context is words of the conversation around the flag: kept only with excerpts.
    contexts: spansOnly ? [] : (report.contexts ?? []),
    score: report.score,
    level: report.level,
    categories: report.categories,
    ruleIds: report.ruleIds,
    feedback: previous?.feedback ?? 'none',
  };
}

export function isFlagged(entry: Pick<HistoryEntry, 'level'>): boolean {
  return entry.level !== 'none';
}

export type { Verdict };
