/**
 * The rules that ship with Candor, bundled into the extension and the CLI (no remote
 * code, no fetch). Builds ship them prepared at build time (see bundled-tables.ts);
 * loading them is two steps, each a few milliseconds, which a page can run in separate
 * idle callbacks: unpacking (prepareBundledRules) and indexing (bundledRules).
 */
import { assembleBundledTables, type PreparedTables } from './bundled-assemble';
import { loadPreparedTables } from './bundled-tables';
import type { CompiledRules } from './compile';

let prepared: PreparedTables | undefined;
let compiled: CompiledRules | undefined;

/** The first half of loading the bundled rules; bundledRules() does it too when needed. */
export function prepareBundledRules(): void {
  prepared ??= loadPreparedTables();
}

/** The bundled rules, loaded once per process. */
export function bundledRules(): CompiledRules {
  if (compiled === undefined) {
    prepareBundledRules();
    compiled = assembleBundledTables(prepared as PreparedTables).rules;
    prepared = undefined; // the index holds what it needs; let the rest go
  }
  return compiled;
}
