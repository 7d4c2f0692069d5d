/**
 * What the extension pages show for each bundled rule (explanation, advice, sources),
 * taken out of the rules so the pages can explain a flag without loading the rule tables
 * (issue #11.6). `npm run rule-texts` writes src/ui/rule-texts.json with this; a unit
 * test checks the committed file is exactly what it writes now.
 */
import type { CompiledRule } from '../engine/compile';

export interface RuleText {
  explanation: string;
  advice: string;
  sources: readonly string[];
}

/** The rules' texts by id, ids sorted (a stable file for review and diffs). */
export function ruleTextsOf(rules: readonly Pick<CompiledRule, 'id' | 'explanation' | 'advice' | 'sources'>[]): Record<string, RuleText> {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return Object.fromEntries(sorted.map((rule) => [rule.id, { explanation: rule.explanation, advice: rule.advice, sources: [...rule.sources] }]));
}

export function serialiseRuleTexts(texts: Record<string, RuleText>): string {
  return `${JSON.stringify(texts, null, 2)}\n`;
}
