/**
 * The one message protocol between content scripts and the background. Every message
 * is validated with zod on arrival: types are not a trust boundary, and a content
 * script runs inside a page we do not control.
 */
import { z } from 'zod';
import { CATEGORIES, LEVELS } from '../engine/types';
import { SITE_IDS } from '../sites/types';

const SiteIdSchema = z.enum(SITE_IDS);
const ShortText = (max: number) => z.string().max(max);

/** One analysed reply, reported once per (reply, text) and again when settings change. */
export const AnalysisReportSchema = z
  .object({
    type: z.literal('analysisReport'),
    site: SiteIdSchema,
    url: ShortText(2048),
    conversationId: ShortText(200).nullable(),
    /** Stable key of the reply within its conversation. */
    replyKey: ShortText(300),
    score: z.number().int().min(0).max(100),
    level: z.enum(LEVELS),
    categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length),
    ruleIds: z.array(ShortText(64)).max(100),
    /** A short excerpt of the reply (at most 300 characters). */
    excerpt: ShortText(300),
    /** The flagged words (each at most 200 characters). */
    flaggedText: z.array(ShortText(200)).max(20),
    analysedAt: z.number().int().nonnegative(),
  })
  .strict();
export type AnalysisReport = z.infer<typeof AnalysisReportSchema>;

/** What the content script can say about the page as a whole. */
export const PageStatusSchema = z
  .object({
    type: z.literal('pageStatus'),
    site: SiteIdSchema,
    url: ShortText(2048),
    /** watching: turns found; unreadable: a conversation page with no readable turns; disabled: off for this site. */
    status: z.enum(['watching', 'unreadable', 'disabled']),
  })
  .strict();
export type PageStatus = z.infer<typeof PageStatusSchema>;

/** The person marked a reply "not sycophantic" (dismissed) or took that back. */
export const FeedbackSchema = z
  .object({
    type: z.literal('feedback'),
    site: SiteIdSchema,
    conversationId: ShortText(200).nullable(),
    replyKey: ShortText(300),
    verdict: z.enum(['not-sycophantic', 'confirmed', 'none']),
  })
  .strict();
export type Feedback = z.infer<typeof FeedbackSchema>;

export const ContentMessageSchema = z.discriminatedUnion('type', [AnalysisReportSchema, PageStatusSchema, FeedbackSchema]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Largest message accepted, in characters of JSON: anything bigger is refused unread. */
export const MAX_MESSAGE_CHARS = 64 * 1024;

/** Validate an incoming message; returns null for anything that is not exactly ours. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  try {
    if (JSON.stringify(raw).length > MAX_MESSAGE_CHARS) return null;
  } catch {
    return null;
  }
  const parsed = ContentMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
