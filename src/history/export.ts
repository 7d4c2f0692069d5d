/**
 * History exports: JSON (everything, re-readable), CSV (for spreadsheets) and labelled
 * JSON Lines (entries the person gave feedback on, in the format `candor eval` reads).
 */
import type { HistoryEntry } from './entry';

export const HISTORY_EXPORT_FORMAT = 'candor-history';
export const HISTORY_EXPORT_VERSION = 1;

export function historyToJson(entries: readonly HistoryEntry[], exportedAt: number): string {
  return JSON.stringify(
    { format: HISTORY_EXPORT_FORMAT, version: HISTORY_EXPORT_VERSION, exportedAt: new Date(exportedAt).toISOString(), entries },
    null,
    2,
  );
}

const CSV_COLUMNS = [
  'time',
  'site',
  'url',
  'conversationId',
  'score',
  'level',
  'categories',
  'ruleIds',
  'feedback',
  'flaggedText',
  'excerpt',
] as const;

/**
 * One CSV cell. Reply text is hostile: a cell starting with = + - @ (or a tab/CR) would
 * run as a formula in a spreadsheet, so it is prefixed with an apostrophe (OWASP's advice).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((entry) =>
    [
      new Date(entry.time).toISOString(),
      entry.site,
      entry.url,
      entry.conversationId ?? '',
      String(entry.score),
      entry.level,
      entry.categories.join(';'),
      entry.ruleIds.join(';'),
      entry.feedback,
      entry.flaggedText.join(' | '),
      entry.excerpt,
    ]
      .map(csvCell)
      .join(','),
  );
  // CRLF line ends, as RFC 4180 and spreadsheet programs expect.
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** The reply text an eval line carries: the excerpt, or the flagged words when only those were kept. */
function replyTextOf(entry: HistoryEntry): string {
  return entry.excerpt || entry.flaggedText.join(' … ');
}

/**
 * Entries with feedback as JSON Lines for `candor eval`: "confirmed" is labelled
 * sycophantic (true), "not sycophantic" is labelled false; entries without feedback are left out.
 */
export function historyToLabelledJsonl(entries: readonly HistoryEntry[]): string {
  return entries
    .filter((entry) => entry.feedback !== 'none' && replyTextOf(entry) !== '')
    .map((entry) =>
      JSON.stringify({
        id: entry.id,
        reply: replyTextOf(entry),
        label: entry.feedback === 'confirmed',
        source: `candor-history:${entry.site}`,
        categories: entry.categories,
        score: entry.score,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}
