/**
 * Where the running engine gets its prepared tables (validated rules with compiled
 * templates; bundled-rules.ts indexes them).
 *
 * This file is what runs where nothing was prebuilt (Node scripts through tsx): it
 * validates and compiles the rule files at first use. Every build (the extension, the
 * CLI, the Vitest run) replaces this module with one that unpacks the tables prepared
 * at build time (scripts/lib/vite-prebuilt-tables.ts), so the shipped code carries
 * neither the rule sources nor their schema, and a page never compiles rules.
 *
 * WARNING: the replacement must export the same names with the same types.
 */
import { prepareBundledTables, type PreparedTables } from './bundled-sources';

/** True when the tables come prebuilt from the build (false here: compiled on demand). */
export const TABLES_PREBUILT = false;

export function loadPreparedTables(): PreparedTables {
  return prepareBundledTables();
}
