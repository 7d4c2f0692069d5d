/**
 * The engine's bundled tables, and the cheap step that makes prepared ones usable.
 * Apart from bundled-sources.ts so that builds, which load prebuilt tables, do not
 * carry the rule files, the model file or their schemas.
 */
import { assembleRules } from './assemble';
import type { CompiledRules, PreparedRules } from './compile';
import { ModelError, runtimeModel, type ModelData } from './model-schema';

/**
 * The fitted model as prepared: validated once (at build time in builds), or refused
 * with the reason, in which case the engine falls back to the hand-set weights.
 */
export type PreparedModel = { data: ModelData; problem: null } | { data: null; problem: { field: string; message: string } };

export interface BundledTables {
  /** The rules, with the fitted model in `rules.model` (null when it was refused). */
  rules: CompiledRules;
  /** Why the bundled model was refused; null when it loaded. */
  modelProblem: ModelError | null;
}
/** The slow, build-time half of compiling: what the build ships. */
export interface PreparedTables {
  rules: PreparedRules;
  model: PreparedModel;
}

/** Validate model data once, keeping a refusal as data (it ships in the prebuilt tables). */
export function prepareModel(validate: () => ModelData): PreparedModel {
  try {
    return { data: validate(), problem: null };
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    return { data: null, problem: { field: error.field, message: error.message } };
  }
}

/** Index prepared tables for matching (fast: what a page or CLI start does). */
export function assembleBundledTables(prepared: PreparedTables): BundledTables {
  const { data, problem } = prepared.model;
  const modelProblem = problem === null ? null : new ModelError(problem.field, problem.message.replace(/^Invalid model file: /u, ''));
  return {
    rules: { ...assembleRules(prepared.rules), model: data === null ? null : runtimeModel(data) },
    modelProblem,
  };
}
