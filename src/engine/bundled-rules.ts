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
import signals from '../../rules/signals.json';
import { compileRules, type CompiledRules, type RuleSource } from './compile';

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

/** The bundled rules, compiled once per process. */
export function bundledRules(): CompiledRules {
  compiled ??= compileRules(BUNDLED_RULE_SOURCES);
  return compiled;
}
