/**
 * The rule files that ship with Candor, and how they become the tables `analyze` needs.
 * The same goes for the fitted model (rules/model.json): validated here, once.
 * The build prepares them once (scripts/lib/vite-prebuilt-tables.ts) and ships the
 * result; Node scripts run through tsx compile them here at first use instead.
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
import { assembleBundledTables, prepareModel, type BundledTables, type PreparedTables } from './bundled-assemble';
import { prepareRules, type RuleSource } from './compile';
import { validateModel } from './model-schema';

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

/**
 * Validate the bundled data and compile its templates (slow: builds do this once). A
 * malformed model does not fail this: it is kept as a refusal, and the engine falls
 * back to the hand-set weights (bundled-rules.ts says so once, at load).
 */
export function prepareBundledTables(modelData: unknown = model): PreparedTables {
  return { rules: prepareRules(BUNDLED_RULE_SOURCES), model: prepareModel(() => validateModel(modelData)) };
}

/** Compile the bundled data from source in one go. */
export function compileBundledTables(): BundledTables {
  return assembleBundledTables(prepareBundledTables());
}

export type { BundledTables, PreparedTables };
