/**
 * The rules and the fitted model that ship with Candor, bundled into the extension and
 * the CLI (no remote code, no fetch). Builds ship them prepared at build time (see
 * bundled-tables.ts): the rules compiled, the model validated. Loading them is two
 * steps, each a few milliseconds, which a page can run in separate idle callbacks:
 * unpacking (prepareBundledRules) and indexing (bundledRules).
 */
import { assembleBundledTables, prepareModel, type PreparedTables } from './bundled-assemble';
import { loadPreparedTables } from './bundled-tables';
import type { CompiledRules } from './compile';
import { ModelError, runtimeModel, validateModel, type RuntimeModel } from './model-schema';

let prepared: PreparedTables | undefined;
let compiled: CompiledRules | undefined;
let modelProblem: ModelError | null = null;

/**
 * Model data checked the way the bundled model is. A malformed file is refused with the
 * field named, and the engine falls back to the hand-set weights instead of failing: a
 * broken model must never stop Candor from reading replies.
 */
export function bundledModel(data: unknown): { model: RuntimeModel | null; error: ModelError | null } {
  const { data: valid, problem } = prepareModel(() => validateModel(data));
  if (problem === null) return { model: runtimeModel(valid), error: null };
  return { model: null, error: new ModelError(problem.field, problem.message.replace(/^Invalid model file: /u, '')) };
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
    const tables = assembleBundledTables(prepared as PreparedTables);
    modelProblem = tables.modelProblem;
    if (modelProblem) console.error(`Candor: ${modelProblem.message}; using the hand-set rule weights instead.`);
    compiled = tables.rules;
    prepared = undefined; // the index holds what it needs; let the rest go
  }
  return compiled;
}
