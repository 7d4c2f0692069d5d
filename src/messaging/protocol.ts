/**
 * The one message protocol between content scripts and the background. Every message
 * is validated with zod on arrival: types are not a trust boundary, and a content
 * script runs inside a page we do not control.
 */
import { z } from 'zod';
import { CATEGORIES, LEVELS, type Analysis } from '../engine/types';
import { SELECTOR_LISTS } from '../sites/selector-schema';
import { SITE_IDS } from '../sites/types';
import { MAX_ANALYSED_REPLY_CHARS, MAX_CONTEXT_TURN_CHARS, MAX_CONTEXT_TURNS, MAX_REPLY_KEY_CHARS, VERDICTS } from './page-protocol';

// What content scripts use lives in page-protocol.ts (no zod there); re-exported so every import stays as it was.
export {
  isAcknowledged,
  isBusy,
  isOpenLatestFlag,
  isRefused,
  MAX_ANALYSED_REPLY_CHARS,
  MAX_CONTEXT_TURN_CHARS,
  MAX_CONTEXT_TURNS,
  readFeedbackChanged,
  VERDICTS,
  type Verdict,
} from './page-protocol';

const SiteIdSchema = z.enum(SITE_IDS);
const ShortText = (max: number) => z.string().max(max);

/** One flagged passage with the words around it (plain text, never HTML). */
export const FlaggedContextSchema = z
  .object({ before: ShortText(80), flagged: ShortText(200), after: ShortText(80) })
  .strict();
export type FlaggedContext = z.infer<typeof FlaggedContextSchema>;

/** One analysed reply, reported once per (reply, text) and again when settings change. */
export const AnalysisReportSchema = z
  .object({
    type: z.literal('analysisReport'),
    site: SiteIdSchema,
    url: ShortText(2048),
    conversationId: ShortText(200).nullable(),
    /** Stable key of the reply within its conversation. */
    replyKey: ShortText(MAX_REPLY_KEY_CHARS),
    score: z.number().int().min(0).max(100),
    level: z.enum(LEVELS),
    categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length),
    ruleIds: z.array(ShortText(64)).max(100),
    /** A short excerpt of the reply (at most 300 characters). */
    excerpt: ShortText(300),
    /** The flagged words (each at most 200 characters). */
    flaggedText: z.array(ShortText(200)).max(20),
    /** The flagged words with a little of the text around them, for the popup and history. */
    contexts: z.array(FlaggedContextSchema).max(20).optional(),
    analysedAt: z.number().int().nonnegative(),
  })
  .strict();
export type AnalysisReport = z.infer<typeof AnalysisReportSchema>;

const Count = z.number().int().nonnegative().max(1_000_000);

/**
 * Whether Candor can follow this page's replies (src/sites/layout-health.ts): numbers
 * only, never page text. `ranks`: per selector list, the rank that matched (0 = newest).
 */
export const LayoutHealthSchema = z
  .object({
    verdict: z.enum(['ok', 'cannot-follow']),
    reason: z.enum(['following', 'no-reply-finishes', 'only-last-resort-selectors', 'too-early']),
    turnsFound: Count,
    repliesSeen: Count,
    repliesFinished: Count,
    repliesEmpty: Count,
    repliesByFallback: Count,
    ranks: z.partialRecord(z.enum(SELECTOR_LISTS), z.object({ rank: z.number().int().min(0).max(40), lastResort: z.boolean() }).strict()),
  })
  .strict();
export type LayoutHealth = z.infer<typeof LayoutHealthSchema>;

/** What the content script can say about the page as a whole. */
export const PageStatusSchema = z
  .object({
    type: z.literal('pageStatus'),
    site: SiteIdSchema,
    url: ShortText(2048),
    /** watching: turns found; unreadable: a conversation page with no readable turns; disabled: off for this site. */
    status: z.enum(['watching', 'unreadable', 'disabled']),
    /** Layout health, when the page has been watched long enough to say. */
    health: LayoutHealthSchema.optional(),
  })
  .strict();
export type PageStatus = z.infer<typeof PageStatusSchema>;


/** The person marked a reply "not sycophantic" (dismissed) or took that back. */
export const FeedbackSchema = z
  .object({
    type: z.literal('feedback'),
    site: SiteIdSchema,
    conversationId: ShortText(200).nullable(),
    replyKey: ShortText(MAX_REPLY_KEY_CHARS),
    verdict: z.enum(VERDICTS),
  })
  .strict();
export type Feedback = z.infer<typeof FeedbackSchema>;

/** "Don't flag this rule again" in the in-page card (`enabled: false`), and its undo. */
export const RuleSwitchSchema = z
  .object({ type: z.literal('ruleSwitch'), ruleId: ShortText(64).min(1), enabled: z.boolean() })
  .strict();
export type RuleSwitch = z.infer<typeof RuleSwitchSchema>;

/** "Pause on this conversation" in the in-page card: until a time, or until resumed (`until: null`). */
export const ConversationPauseSchema = z
  .object({
    type: z.literal('conversationPause'),
    site: SiteIdSchema,
    conversationId: ShortText(200).nullable(),
    /** Epoch ms when the pause ends; null: until the person resumes. `resume: true` ends it now. */
    until: z.number().int().nonnegative().nullable(),
    resume: z.boolean(),
  })
  .strict();
export type ConversationPause = z.infer<typeof ConversationPauseSchema>;

/** The page keeps removing or hiding Candor's marks (the popup says so in one line). */
export const PageInterferenceSchema = z
  .object({
    type: z.literal('pageInterference'),
    site: SiteIdSchema,
    url: ShortText(2048),
    restored: z.number().int().nonnegative().max(1_000_000),
    gaveUp: z.boolean(),
  })
  .strict();
export type PageInterference = z.infer<typeof PageInterferenceSchema>;

/**
 * A finished reply, for the background to judge (the engine runs there, not in the page).
 * The background analyses it with the person's settings, stores the report as for
 * `analysisReport`, and acknowledges with the verdict (`AnalysisAnswer`). Sent again
 * after a settings change, so the open tab's replies are judged anew.
 */
export const AnalyseReplySchema = z
  .object({
    type: z.literal('analyseReply'),
    site: SiteIdSchema,
    url: ShortText(2048),
    conversationId: ShortText(200).nullable(),
    replyKey: ShortText(MAX_REPLY_KEY_CHARS),
    reply: ShortText(MAX_ANALYSED_REPLY_CHARS),
    /** The person's message right before the reply. */
    user: ShortText(MAX_ANALYSED_REPLY_CHARS).optional(),
    /** Earlier turns, oldest first. */
    history: z
      .array(z.object({ role: z.enum(['user', 'assistant']), text: ShortText(MAX_CONTEXT_TURN_CHARS) }).strict())
      .max(MAX_CONTEXT_TURNS),
    analysedAt: z.number().int().nonnegative(),
  })
  .strict();
export type AnalyseReply = z.infer<typeof AnalyseReplySchema>;

/** A rule's own example pair, for the in-page card's "Show an example". */
export interface RuleExamplePair {
  ruleId: string;
  flattering: string;
  straight: string;
}

/**
 * The background's acknowledgement of an `analyseReply`: stored, and this is the verdict.
 * Spans are character offsets into the `reply` that was sent.
 */
export interface AnalysisAnswer {
  ok: true;
  analysis: Analysis;
  examples: RuleExamplePair[];
}

export const ContentMessageSchema = z.discriminatedUnion('type', [
  AnalyseReplySchema,
  AnalysisReportSchema,
  PageStatusSchema,
  FeedbackSchema,
  RuleSwitchSchema,
  ConversationPauseSchema,
  PageInterferenceSchema,
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Largest message accepted, in characters of JSON: anything bigger is refused unread. */
export const MAX_MESSAGE_CHARS = 64 * 1024;
/**
 * …except a reply sent for analysis, which carries the reply and its context: the
 * longest reply and user message, twelve earlier turns, and room for JSON escapes.
 */
export const MAX_ANALYSE_MESSAGE_CHARS = 4 * MAX_ANALYSED_REPLY_CHARS + MAX_CONTEXT_TURNS * 2 * MAX_CONTEXT_TURN_CHARS + 64 * 1024;

/** Validate an incoming message; returns null for anything that is not exactly ours. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  try {
    const limit = (raw as { type?: unknown } | null)?.type === 'analyseReply' ? MAX_ANALYSE_MESSAGE_CHARS : MAX_MESSAGE_CHARS;
    if (JSON.stringify(raw).length > limit) return null;
  } catch {
    return null;
  }
  const parsed = ContentMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Messages from Candor's own pages (popup, history and settings) to the background,
 * which is the single writer of history. Accepted only from the extension's own origin.
 */
export const UiMessageSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('recordFeedback'),
      /** The history entry (see src/history/entry.ts `entryIdOf`). */
      entryId: ShortText(4096),
      /** The tab the reply is in, when the popup sends it (keeps the tab's list in step). */
      tabId: z.number().int().nonnegative().optional(),
      verdict: z.enum(VERDICTS),
    })
    .strict(),
  z.object({ type: z.literal('deleteHistory'), entryIds: z.array(ShortText(4096)).max(100_000) }).strict(),
  z.object({ type: z.literal('clearHistory') }).strict(),
]);
export type UiMessage = z.infer<typeof UiMessageSchema>;

/** What the background answers to a UI message. */
export type UiResponse = { ok: true } | { ok: false; error: string };

/** Validate a message from one of our pages; null for anything else. */
export function parseUiMessage(raw: unknown): UiMessage | null {
  const parsed = UiMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Background → content script: the person gave feedback on a reply in the popup. */
export const FeedbackChangedSchema = z
  .object({ type: z.literal('feedbackChanged'), replyKey: ShortText(MAX_REPLY_KEY_CHARS), verdict: z.enum(VERDICTS) })
  .strict();
export type FeedbackChanged = z.infer<typeof FeedbackChangedSchema>;

/**
 * What the background answers a content script's message. `ok` only once the message
 * is stored (for a report: after its IndexedDB transaction committed), so the content
 * script keeps and resends anything not acknowledged. `retry: false` means the message
 * was refused as malformed or not ours: sending it again would change nothing.
 */
export type ContentAck = { ok: true } | { ok: false; retry: boolean; error: string; busy?: true };


/** Background → content script: the keyboard shortcut asks to open the latest flag's card. */
export const OpenLatestFlagSchema = z.object({ type: z.literal('openLatestFlag') }).strict();
export type OpenLatestFlag = z.infer<typeof OpenLatestFlagSchema>;

/**
 * Background → open history pages: which entries a write added or changed and which it
 * deleted (ids), so a page with 50,000 entries applies the change by delta instead of
 * reading everything again (issue #11.6). `cleared`: everything is gone.
 */
export const HistoryChangedSchema = z
  .object({
    type: z.literal('historyChanged'),
    upserted: z.array(ShortText(4096)).max(100_000),
    deleted: z.array(ShortText(4096)).max(100_000),
    cleared: z.boolean(),
  })
  .strict();
export type HistoryChanged = z.infer<typeof HistoryChangedSchema>;

/** Validate a history delta; null for anything else (extension pages hear every runtime message). */
export function parseHistoryChanged(raw: unknown): HistoryChanged | null {
  const parsed = HistoryChangedSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
