/**
 * The shape of the site selector table (src/sites/selector-table.ts): each site's ranked
 * CSS selectors, dated, each entry with the evidence it rests on, validated with zod when
 * the table is loaded. A layout fix is a change to that data, not to adapter code.
 *
 * WARNING: the table is data, never code. Selectors are only ever handed to
 * `querySelectorAll` / `matches` / `closest`; nothing in an entry is evaluated.
 */
import { z } from 'zod';
import { SITE_IDS, type SiteId } from './types';

/** The layout generations Candor tells apart (chat-sites.md, chat-sites-2026.md). */
export const LAYOUT_GENERATIONS = ['before-2026', 'early-2026', 'late-2026'] as const;
export type LayoutGeneration = (typeof LAYOUT_GENERATIONS)[number];

/**
 * What each ranked list is for. Every adapter reads some of these; health reports the
 * rank at which each list matched.
 */
export const SELECTOR_LISTS = [
  /** Turn containers (either role), newest markup first. */
  'turn',
  /** The person's turns, when the site marks them apart. */
  'userTurn',
  /** The assistant's turns, when the site marks them apart. */
  'assistantTurn',
  /** The reply's body inside an assistant turn. */
  'replyBody',
  /** The person's text inside a user turn. */
  'userBody',
  /** Present in a turn (or on it) only once the reply finished. */
  'finished',
  /** Present in a turn while its reply still streams. */
  'streaming',
  /** Present on the page while the newest reply streams (the stop control). */
  'pageBusy',
  /** Inside a reply but not the answer: thinking, citations, disclaimers, chrome. */
  'notReply',
  /** The message composer. */
  'composer',
] as const;
export type SelectorListName = (typeof SELECTOR_LISTS)[number];

const MonthOrDay = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/u, 'a date as YYYY-MM or YYYY-MM-DD');

/** Selector text a person could read in a review: bounded, no control characters. */
const SelectorText = z
  .string()
  .min(1)
  .max(400)
  .refine((css) => ![...css].some((char) => char < ' ' || char === '\u007f'), 'no control characters in a selector');

export const SelectorEntrySchema = z
  .object({
    /** A CSS selector (a selector list is allowed). */
    css: SelectorText,
    /** Which layout generation it belongs to. */
    generation: z.enum(LAYOUT_GENERATIONS),
    /** When the evidence first shows it (or when it was last confirmed). */
    since: MonthOrDay,
    /** Where it comes from: project, file, date; or our design notes' section. */
    evidence: z.string().min(3).max(300),
    /**
     * A guess of last resort (a generic tag, a hashed class): when only such entries
     * match, the layout has probably changed, and layout health says so.
     */
    lastResort: z.boolean().optional(),
  })
  .strict();
export type SelectorEntry = z.infer<typeof SelectorEntrySchema>;

export const SiteSelectorsSchema = z
  .object({
    /** When this site's entries were last reviewed. */
    reviewed: MonthOrDay,
    lists: z.partialRecord(z.enum(SELECTOR_LISTS), z.array(SelectorEntrySchema).min(1).max(40)),
  })
  .strict();
export type SiteSelectors = z.infer<typeof SiteSelectorsSchema>;

export const SelectorTableSchema = z
  .object(Object.fromEntries(SITE_IDS.map((id) => [id, SiteSelectorsSchema])) as Record<SiteId, typeof SiteSelectorsSchema>)
  .strict();
export type SelectorTable = z.infer<typeof SelectorTableSchema>;
