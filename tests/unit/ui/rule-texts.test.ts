/**
 * The extension pages explain flags from src/ui/rule-texts.json instead of the rule
 * tables; the committed file must be exactly what `npm run rule-texts` writes from the
 * rules as they are now, or a reworded rule would be explained in its old words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledRules } from '@/src/engine/bundled-rules';
import { ruleText } from '@/src/ui/rule-texts';
import { ruleTextsOf, serialiseRuleTexts } from '@/src/ui/rule-texts-source';

const committed = readFileSync(path.join(__dirname, '../../../src/ui/rule-texts.json'), 'utf8');

describe('src/ui/rule-texts.json', () => {
  it('is what `npm run rule-texts` writes from the bundled rules (run it after changing a rule)', () => {
    expect(committed).toBe(serialiseRuleTexts(ruleTextsOf(bundledRules().rules)));
  });

  it('gives every bundled rule its own explanation, advice and sources', () => {
    for (const rule of bundledRules().rules) {
      expect(ruleText(rule.id)).toEqual({ explanation: rule.explanation, advice: rule.advice, sources: rule.sources });
    }
  });

  it.each(['a-rule-from-an-older-version', 'constructor', '__proto__'])('knows no rule called %s', (id) => {
    expect(ruleText(id)).toBeUndefined();
  });
});
