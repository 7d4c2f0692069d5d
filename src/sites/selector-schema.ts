/**
 * The shape of the site selector table (src/sites/selector-table.ts): each site's ranked
 * CSS selectors, dated, each entry with the evidence it rests on, validated with zod when
 * the table is loaded. A layout fix is a change to that data, not to adapter code.
 *
 * WARNING: the table is data, never code. Selectors are only ever handed to
 * `querySelectorAll` / `matches` / `closest`; nothing in an entry is evaluated.
 */
import { z } from 'zod';
import { SELECTOR_LISTS, type SelectorListName } from './selector-lists';
import { SITE_IDS, type SiteId } from './types';

/** The layout generations Candor tells apart (chat-sites.md, chat-sites-2026.md). */
export const LAYOUT_GENERATIONS = ['before-2026', 'early-2026', 'late-2026'] as const;
export type LayoutGeneration = (typeof LAYOUT_GENERATIONS)[number];

// Declared in selector-lists.ts, which the popup reads without zod (issue #11.6).
export { SELECTOR_LISTS, type SelectorListName };

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
