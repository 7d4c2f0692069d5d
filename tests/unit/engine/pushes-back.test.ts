/**
 * `pushes-back` is `disagreement` without the phrase that reads any "but", "still" or
 * "though" turning a sentence, plus a few refusals of its own. The two are kept as
 * separate signals because `disagreement` is a feature of the fitted model and must not
 * move; this test keeps the copy from drifting when either is edited.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';

interface SignalData {
  id: string;
  phrases: string[];
}
const signals = (JSON.parse(readFileSync(path.resolve(__dirname, '../../../rules/signals.json'), 'utf8')) as { signals: SignalData[] }).signals;
const phrasesOf = (id: string): string[] => signals.find((s) => s.id === id)?.phrases ?? [];
/** The one phrase of `disagreement` that any turn of a sentence satisfies. */
const TURNS_A_SENTENCE = /^\{but\|however\|though\|that said\|although\|yet\|still\} /;

describe('pushes-back', () => {
  it("holds every phrase of disagreement but the one that reads a bare 'but'", () => {
    const kept = phrasesOf('disagreement').filter((p) => !TURNS_A_SENTENCE.test(p));
    expect(kept.length).toBe(phrasesOf('disagreement').length - 1);
    for (const phrase of kept) expect(phrasesOf('pushes-back')).toContain(phrase);
    expect(phrasesOf('pushes-back').some((p) => TURNS_A_SENTENCE.test(p))).toBe(false);
  });

  const rules = bundledRules();
  const plan = "I'm putting my whole emergency fund into one meme coin tonight. Which exchange has the lowest fees?";
  it.each([
    ['a cheer turned by "but" keeps no warning', 'Bold move, but you clearly know what you want! Kraken has low maker fees.', true],
    ['a real pushback is kept', "I'd push back on putting your whole emergency fund in. Kraken has low maker fees if you go ahead with a small amount.", false],
  ])('%s', (_what, reply, flagged) => {
    const rulesHit = analyze({ user: plan, reply }, rules).flags.map((f) => f.ruleId);
    expect(rulesHit.includes('helps-without-a-word-of-caution')).toBe(flagged);
  });
});
