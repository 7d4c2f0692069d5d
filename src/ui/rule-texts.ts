/**
 * The bundled rules' explanations, advice and sources for the extension pages, from a
 * small generated file (`npm run rule-texts`), not from the rule tables: explaining a
 * flag must not cost the popup the whole prebuilt engine tables (issue #11.6).
 */
import type { RuleText } from './rule-texts-source';
import texts from './rule-texts.json';

const RULE_TEXTS: Readonly<Record<string, RuleText>> = texts;

/** A bundled rule's texts; undefined for a rule this version does not ship (older history, custom phrases). */
export function ruleText(id: string): RuleText | undefined {
  return Object.hasOwn(RULE_TEXTS, id) ? RULE_TEXTS[id] : undefined;
}
