/**
 * The rules that ship with Candor, bundled into the extension and the CLI (no remote
 * code, no fetch). Builds ship them prepared at build time (see bundled-tables.ts);
 * loading them is two steps, each a few milliseconds, which a page can run in separate
 * idle callbacks: unpacking (prepareBundledRules) and indexing (bundledRules).
 *
 * The fitted model (rules/model.json) is not part of the prebuilt tables: it is
 * validated once, when the rules are first indexed, and a malformed one is refused
 * (see bundledModel) rather than shipped pre-validated, so the fallback to the hand-set
 * weights behaves the same in a build, the CLI and the tests.
 */
import model from '../../rules/model.json';
import { assembleBundledTables, type PreparedTables } from './bundled-assemble';
import { loadPreparedTables } from './bundled-tables';
import type { CompiledRules } from './compile';
import { loadModel, ModelError, type RuntimeModel } from './model-schema';

let prepared: PreparedTables | undefined;
let compiled: CompiledRules | undefined;
let modelProblem: ModelError | null = null;

/**
 * The bundled fitted model, validated once. A malformed file is refused with the field
 * named, reported once, and the engine falls back to the hand-set weights instead of
 * failing: a broken model must never stop Candor from reading replies.
 */
export function bundledModel(data: unknown = model): { model: RuntimeModel | null; error: ModelError | null } {
  try {
    return { model: loadModel(data), error: null };
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    return { model: null, error };
  }
}

/** Why the bundled model was refused (null when it loaded). */
export function bundledModelProblem(): ModelError | null {
  bundledRules();
  return modelProblem;
}

/** The first half of loading the bundled rules; bundledRules() does it too when needed. */
export function prepareBundledRules(): void {
  prepared ??= loadPreparedTables();
}

/** The bundled rules with the bundled model, loaded once per process. */
export function bundledRules(): CompiledRules {
  if (compiled === undefined) {
    prepareBundledRules();
    const loaded = bundledModel();
    modelProblem = loaded.error;
    if (loaded.error) console.error(`Candor: ${loaded.error.message}; using the hand-set rule weights instead.`);
    compiled = { ...assembleBundledTables(prepared as PreparedTables).rules, model: loaded.model };
    prepared = undefined; // the index holds what it needs; let the rest go
  }
  return compiled;
}
