/**
 * Words the extension pages show for engine values. The words themselves live in
 * src/vocabulary (one vocabulary for every surface); this module adds what only the
 * pages need (site names, rule names, time formatting) and keeps the names the pages
 * already import.
 */
import { CATEGORY_NAMES, LEVEL_NAMES, ruleName, SENSITIVITY_NAMES } from '../vocabulary';

export const CATEGORY_LABELS = CATEGORY_NAMES;
export const LEVEL_LABELS = LEVEL_NAMES;
export const SENSITIVITY_LABELS = SENSITIVITY_NAMES;

// Site names come from a small table, not the adapters (see site-names.ts).
export { SITE_NAMES, siteName } from './site-names';

// The rule lookup by id (ruleById) is in rule-lookup.ts: it loads the bundled rule
// tables (a quarter of a megabyte), which the history page and the popup must not load.

/** A rule's name from the vocabulary ("Praises your idea"). */
export function ruleTitle(id: string): string {
  return ruleName(id);
}

export function formatTime(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
