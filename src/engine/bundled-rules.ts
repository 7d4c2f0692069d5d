/**
 * The rules that ship with Candor, imported statically so they are bundled into the
 * extension (no remote code, no fetch) and loaded the same way by the CLI and tests.
 */
import agreement from '../../rules/agreement.json';
import caving from '../../rules/caving.json';
import counterEvidence from '../../rules/counter-evidence.json';
import delusionValidation from '../../rules/delusion-validation.json';
import emotionalAmplification from '../../rules/emotional-amplification.json';
import flattery from '../../rules/flattery.json';
import harmfulEndorsement from '../../rules/harmful-endorsement.json';
import model from '../../rules/model.json';
import signals from '../../rules/signals.json';
import { compileRules, type CompiledRules, type RuleSource } from './compile';
import { loadModel, ModelError, type RuntimeModel } from './model-schema';

export const BUNDLED_RULE_SOURCES: readonly RuleSource[] = [
  { file: 'rules/signals.json', data: signals },
  { file: 'rules/counter-evidence.json', data: counterEvidence },
  { file: 'rules/flattery.json', data: flattery },
  { file: 'rules/agreement.json', data: agreement },
  { file: 'rules/caving.json', data: caving },
  { file: 'rules/delusion-validation.json', data: delusionValidation },
  { file: 'rules/harmful-endorsement.json', data: harmfulEndorsement },
  { file: 'rules/emotional-amplification.json', data: emotionalAmplification },
];

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

/** The bundled rules with the bundled model, compiled once per process. */
export function bundledRules(): CompiledRules {
  if (!compiled) {
    const loaded = bundledModel();
    modelProblem = loaded.error;
    if (loaded.error) console.error(`Candor: ${loaded.error.message}; using the hand-set rule weights instead.`);
    compiled = { ...compileRules(BUNDLED_RULE_SOURCES), model: loaded.model };
  }
  return compiled;
}
