/**
 * A bundled rule by id, for the settings page and the first-run page, which run the
 * engine anyway. Kept out of labels.ts so that the pages importing words (the history
 * page, the popup) do not load the bundled rule tables (issue #11.6).
 */
import { bundledRules } from '../engine/bundled-rules';
import type { CompiledRule } from '../engine/compile';

let rulesById: Map<string, CompiledRule> | undefined;

/** A bundled rule by id (explanations, advice and sources live in the rules, not in reports). */
export function ruleById(id: string): CompiledRule | undefined {
  rulesById ??= new Map(bundledRules().rules.map((rule) => [rule.id, rule]));
  return rulesById.get(id);
}
