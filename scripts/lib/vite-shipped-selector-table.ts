/**
 * A Vite plugin that ships the selector table (src/sites/selector-table.ts) without its
 * review notes: each entry's `evidence`, `generation` and `since`, and each site's
 * `reviewed` date. The page's script reads only `css` and `lastResort`; the notes are for
 * the people who review a layout fix, and they were 13 KB of the 110 KB content script,
 * compiled by the browser on every chat page load (issue #13: the page's longest task).
 *
 * The source keeps every note, and tests/unit/sites/selector-table.test.ts validates them
 * there. tests/build/shipped-selector-table.test.ts checks that the shipped table holds
 * exactly the source's selectors, in order, with the same last-resort marks.
 *
 * If the table's notation changes so that a note is left behind, the build stops and
 * says so instead of shipping the notes silently.
 */
import type { Plugin } from 'vite';

const TABLE_FILE = /[\\/]src[\\/]sites[\\/]selector-table\.ts$/;

/** A note with its single-quoted string value, and the comma before it. */
const ENTRY_NOTE = /,\s*(?:evidence|generation|since):\s*'(?:[^'\\\n]|\\.)*'/g;
/** A site's review date, and the comma after it. */
const SITE_NOTE = /\breviewed:\s*'(?:[^'\\\n]|\\.)*',\s*/g;
/** Any note left in an object literal (a double-quoted or template value, say). */
const LEFT_BEHIND = /\b(?:evidence|generation|since|reviewed)\s*:/;

/** The table module's source without the review notes (throws if one would be left). */
export function stripSelectorNotes(code: string): string {
  const start = code.indexOf('const TABLE');
  const end = code.indexOf('\n};\n', start);
  if (start < 0 || end < 0) throw new Error('selector-table.ts: the TABLE literal was not found; update scripts/lib/vite-shipped-selector-table.ts');
  const table = code.slice(start, end).replace(ENTRY_NOTE, '').replace(SITE_NOTE, '');
  const left = LEFT_BEHIND.exec(table);
  if (left) throw new Error(`selector-table.ts: a review note would ship ("${table.slice(left.index, left.index + 60)}…"); update scripts/lib/vite-shipped-selector-table.ts`);
  return code.slice(0, start) + table + code.slice(end);
}

export function shippedSelectorTable(): Plugin {
  return {
    name: 'candor:shipped-selector-table',
    enforce: 'pre',
    transform(code, id) {
      if (!TABLE_FILE.test(id.split('?')[0] ?? id)) return null;
      return { code: stripSelectorNotes(code), map: null };
    },
  };
}
