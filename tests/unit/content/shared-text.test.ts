/**
 * SharedTexts: verdicts keep their values, and a text repeated across verdicts is held
 * once in its table, up to the table's bound.
 */
import { describe, expect, it } from 'vitest';
import { SharedTexts } from '@/src/content/shared-text';
import type { Analysis } from '@/src/engine/types';
import type { RuleExamplePair } from '@/src/messaging/protocol';

/** A fresh copy of a string, as a structured clone gives (not the literal's instance). */
const copy = (text: string) => JSON.parse(JSON.stringify(text)) as string;

function judgement(): { analysis: Analysis; examples: RuleExamplePair[] } {
  return {
    analysis: {
      score: 70,
      level: 'medium',
      flags: [
        {
          ruleId: copy('praise-for-the-users-idea'),
          category: 'flattery',
          severity: 2,
          spans: [{ start: 0, end: 10 }],
          explanation: copy('Praise for the idea, with no reasons given.'),
          advice: copy('Ask what could go wrong.'),
          sources: [copy('sharma-2023')],
        },
      ],
    },
    examples: [{ ruleId: copy('praise-for-the-users-idea'), flattering: copy('What a brilliant idea!'), straight: copy('The idea has two risks.') }],
  };
}

describe('SharedTexts', () => {
  it('gives back the same values, with repeated texts as one instance', () => {
    const shared = new SharedTexts();
    const first = judgement();
    const second = judgement();
    const a = shared.shareJudgement(first);
    const b = shared.shareJudgement(second);
    expect(a).toEqual(first);
    expect(b).toEqual(second);
    // Rule id, explanation, advice, source, and the example pair: six texts held once for both verdicts.
    expect(shared.size).toBe(6);
  });

  it('stops adding texts at its bound, and still gives every text back unchanged', () => {
    const shared = new SharedTexts();
    for (let i = 0; i < 5000; i++) expect(shared.share(`text ${i}`)).toBe(`text ${i}`);
    expect(shared.size).toBe(4000);
  });
});
