/**
 * `npm run rule-texts`: write src/ui/rule-texts.json, the bundled rules' explanations,
 * advice and sources, which the popup and the other extension pages show without
 * loading the rule tables. Run it whenever a rule is added, removed or reworded
 * (tests/unit/ui/rule-texts.test.ts fails until then).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundledRules } from '../src/engine/bundled-rules';
import { ruleTextsOf, serialiseRuleTexts } from '../src/ui/rule-texts-source';

const out = path.resolve(import.meta.dirname, '../src/ui/rule-texts.json');
const texts = ruleTextsOf(bundledRules().rules);
const text = serialiseRuleTexts(texts);
writeFileSync(out, text);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${Object.keys(texts).length} rules, ${(text.length / 1024).toFixed(1)} KB`);
