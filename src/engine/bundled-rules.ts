/**
 * The rules that ship with Candor, bundled into the extension and the CLI (no remote
 * code, no fetch). Builds ship them compiled (see bundled-tables.ts).
 */
import type { CompiledRules } from './compile';
import { loadBundledTables } from './bundled-tables';

let compiled: CompiledRules | undefined;

/** The bundled rules, loaded once per process. */
export function bundledRules(): CompiledRules {
  compiled ??= loadBundledTables().rules;
  return compiled;
}
