/**
 * Where the running engine gets its compiled tables.
 *
 * This file is what runs where nothing was prebuilt (Node scripts through tsx): it
 * compiles the rule files at first use. Every build (the extension, the CLI, the
 * Vitest run) replaces this module with one that decodes the tables compiled at build
 * time (scripts/lib/vite-prebuilt-tables.ts), so the shipped code carries neither the
 * rule sources nor their schema, and a page never compiles rules.
 *
 * WARNING: the replacement must export the same names with the same types.
 */
import { compileBundledTables, type BundledTables } from './bundled-sources';

/** True when the tables come prebuilt from the build (false here: compiled on demand). */
export const TABLES_PREBUILT = false;

export function loadBundledTables(): BundledTables {
  return compileBundledTables();
}
