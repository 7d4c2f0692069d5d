/**
 * The sources Candor's rules cite, as people should see them: title, author or
 * publisher, and date, with a link where one exists. Rules cite a source by id
 * ("spiral-bench") or by id and the part they rely on ("spiral-bench: delusion
 * reinforcement"); the table itself is data (sources.json), validated here.
 *
 * Pure: no DOM, no browser APIs, so the CLI, the page and the extension pages share it.
 */
import { z } from 'zod';
import table from './sources.json';

const SOURCE_KINDS = ['document', 'benchmark', 'post-mortem'] as const;

const isDigits = (s: string, length: number) => s.length === length && [...s].every((c) => c >= '0' && c <= '9');

/** "2025", "2025-05" or "2025-05-05": as precise as the source itself says. Checked without a regex (src/ regexes must pass the ReDoS checks). */
function isPartialDate(value: string): boolean {
  const [year, month, day, ...rest] = value.split('-');
  if (rest.length > 0 || !year || !isDigits(year, 4)) return false;
  if (month === undefined) return true;
  if (!isDigits(month, 2) || Number(month) < 1 || Number(month) > 12) return false;
  return day === undefined || (isDigits(day, 2) && Number(day) >= 1 && Number(day) <= 31);
}

/** kebab-case: lower-case letters and digits in words joined by single dashes. */
function isKebabCase(value: string): boolean {
  return value.split('-').every((word) => word.length > 0 && [...word].every((c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')));
}

/**
 * The schemas, built on first use, not when the module loads: every page that names a
 * level or a category loads this module, and the popup's first screen must build no zod
 * schema (issue #11.6); the table is parsed only when a source is shown.
 */
function buildSchemas() {
  const PartialDate = z.string().refine(isPartialDate, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
  const SourceSchema = z
    .object({
      id: z.string().refine(isKebabCase, 'must be kebab-case'),
      kind: z.enum(SOURCE_KINDS),
      title: z.string().min(3).max(200),
      author: z.string().min(2).max(120).optional(),
      publisher: z.string().min(2).max(120).optional(),
      date: PartialDate.optional(),
      // Only https links: they are shown to people as links they may open.
      url: z.url({ protocol: /^https$/u }).optional(),
    })
    .strict()
    .refine((s) => s.author !== undefined || s.publisher !== undefined, { message: 'needs an author or a publisher', path: ['author'] });
  const SourceTableSchema = z
    .object({ $comment: z.string().optional(), sources: z.array(SourceSchema).min(1) })
    .strict()
    .refine((t) => new Set(t.sources.map((s) => s.id)).size === t.sources.length, { message: 'source ids must be unique', path: ['sources'] });
  return { SourceSchema, SourceTableSchema };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The source and table schemas (built once, when first asked for). */
export function sourceSchemas(): ReturnType<typeof buildSchemas> {
  schemas ??= buildSchemas();
  return schemas;
}
export type Source = z.infer<ReturnType<typeof buildSchemas>['SourceSchema']>;

/** Parses a sources table; throws with every problem named (a broken table is a build error, not a runtime surprise). */
export function parseSourceTable(data: unknown): ReadonlyMap<string, Source> {
  const parsed = sourceSchemas().SourceTableSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(table)'}: ${issue.message}`);
    throw new Error(`src/vocabulary/sources.json is invalid: ${problems.join('; ')}`);
  }
  return new Map(parsed.data.sources.map((source) => [source.id, source]));
}

let bundled: ReadonlyMap<string, Source> | undefined;

/** The bundled sources table, validated once. */
export function bundledSources(): ReadonlyMap<string, Source> {
  bundled ??= parseSourceTable(table);
  return bundled;
}

/** A rule's citation, resolved for display. */
export interface Citation {
  /** The source's id, or null when the citation names no known source (text from another version, or "your settings"). */
  sourceId: string | null;
  title: string;
  /** "Nate B Jones, AI News & Strategy Daily (video)"; empty when unknown. */
  byline: string;
  /** "5 May 2025", "2025", or "" when the source gives no date. */
  date: string;
  /** An https link the person may open. */
  url?: string;
  /** The part of the source the rule relies on ("delusion reinforcement"). */
  part?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-05-05" → "5 May 2025". Fixed English months so every surface and the README read alike. */
export function formatSourceDate(date: string | undefined): string {
  if (!date) return '';
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? '';
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Splits "spiral-bench: delusion reinforcement" into the id and the part cited. */
export function splitCitation(ref: string): { id: string; part?: string } {
  const colon = ref.indexOf(':');
  if (colon < 0) return { id: ref.trim() };
  const part = ref.slice(colon + 1).trim();
  return { id: ref.slice(0, colon).trim(), ...(part ? { part } : {}) };
}

/** A citation ready to show. Unknown ids are shown as the text given, never dropped. */
export function resolveCitation(ref: string, sources: ReadonlyMap<string, Source> = bundledSources()): Citation {
  const { id, part } = splitCitation(ref);
  const source = sources.get(id);
  if (!source) return { sourceId: null, title: ref, byline: '', date: '' };
  const byline = [source.author, source.publisher].filter((s): s is string => !!s).join(', ');
  return {
    sourceId: source.id,
    title: source.title,
    byline,
    date: formatSourceDate(source.date),
    ...(source.url ? { url: source.url } : {}),
    ...(part ? { part } : {}),
  };
}

/** One line of plain text: "Title — Author, Publisher, 5 May 2025 (the part cited)". For surfaces that cannot show links. */
export function citationText(citation: Citation): string {
  const tail = [citation.byline, citation.date].filter((s) => s !== '').join(', ');
  const part = citation.part ? ` (${citation.part})` : '';
  return `${citation.title}${tail ? ` — ${tail}` : ''}${part}`;
}
