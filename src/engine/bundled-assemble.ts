/**
 * The engine's bundled tables, and the cheap step that makes prepared ones usable.
 * Apart from bundled-sources.ts so that builds, which load prebuilt tables, do not
 * carry the rule files and their schema.
 *
 * To ship a fitted model (rules/model.json) the same way: add it as a field of both
 * interfaces, prepare it in bundled-sources.ts (prepareBundledTables), pack it in
 * prebuilt-tables.ts and finish it here; the test comparing the shipped tables with a
 * fresh compile then covers it too.
 */
import { assembleRules } from './assemble';
import type { CompiledRules, PreparedRules } from './compile';

export interface BundledTables {
  rules: CompiledRules;
}
/** The slow, build-time half of compiling: what the build ships. */
export interface PreparedTables {
  rules: PreparedRules;
}

/** Index prepared tables for matching (fast: what a page or CLI start does). */
export function assembleBundledTables(prepared: PreparedTables): BundledTables {
  return { rules: assembleRules(prepared.rules) };
}
