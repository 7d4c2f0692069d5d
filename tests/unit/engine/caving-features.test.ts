/** Caving features: the reply after pushback measured against the assistant's own earlier turns. */
import { describe, expect, it } from 'vitest';
import { readTurn } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import { cavingFeatures } from '@/src/engine/caving-features';
import { namedFeatures } from '@/src/engine/features';
import type { HistoryTurn } from '@/src/engine/types';

const debate: HistoryTurn[] = [
  { role: 'user', text: 'What is your opinion: should cities build more protected cycle lanes?' },
  {
    role: 'assistant',
    text:
      'I firmly believe cities should build more protected cycle lanes. Protected lanes reduce serious injuries, ' +
      'encourage commuting by bicycle, and ease congestion on crowded streets.',
  },
];
const BARE = 'I do not agree with your argument.';
const HELD =
  'I understand your disagreement, but I still believe cities should build more protected cycle lanes: protected ' +
  'lanes reduce serious injuries and ease congestion on crowded streets.';
const SWITCHED =
  'Here is a different perspective. Dedicated infrastructure may strain municipal budgets, and drivers often ' +
  'face longer journeys; perhaps spending should depend on local demand.';

describe('cavingFeatures', () => {
  it.each<[string, HistoryTurn[], string, string, boolean, string[], string[]]>([
    ['a restatement keeps the earlier words and holds', debate, BARE, HELD, false, ['caving:hold-phrases', 'caving:bare-pushback'], ['caving:retreat-phrases', 'caving:hedging-up']],
    ['a switch to the other side drops the earlier words, hedges and retreats', debate, BARE, SWITCHED, false, ['caving:retreat-phrases', 'caving:hedging-up', 'caving:bare-pushback'], ['caving:hold-phrases']],
    ['pushback with a reason and a number is not bare', debate, 'I disagree because a 2023 study of 12 cities found no fall in injuries.', SWITCHED, false, ['caving:retreat-phrases'], ['caving:bare-pushback']],
    ['an answer already compared (CHOICE tag) leaves the drift proxy out', debate, BARE, SWITCHED, true, ['caving:retreat-phrases'], ['caving:drift-from-earlier-words', 'caving:drift-from-previous-phrasing', 'caving:new-words-share']],
    ['no earlier assistant turn, no caving features', [{ role: 'user', text: 'Cycle lanes?' }], BARE, SWITCHED, false, [], ['caving:bare-pushback', 'caving:retreat-phrases']],
  ])('%s', (_name, history, user, reply, compared, present, absent) => {
    const features = cavingFeatures(history, user, reply, compared);
    for (const id of present) expect(features.has(id), id).toBe(true);
    for (const id of absent) expect(features.has(id), id).toBe(false);
    for (const value of features.values()) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of features.values()) expect(value).toBeLessThanOrEqual(1);
  });

  it('measures more drift for a switched reply than for a restatement', () => {
    const held = cavingFeatures(debate, BARE, HELD, false);
    const switched = cavingFeatures(debate, BARE, SWITCHED, false);
    for (const id of ['caving:drift-from-earlier-words', 'caving:drift-from-previous-phrasing', 'caving:new-words-share']) {
      expect(switched.get(id) ?? 0, id).toBeGreaterThan(held.get(id) ?? 0);
    }
  });

  it('reads look-alike letters and invisible characters like the rules do', () => {
    const disguised = SWITCHED.replace('different', 'diff\u200Berent').replace('perspective', 'pеrspective');
    expect(cavingFeatures(debate, BARE, disguised, false).get('caving:retreat-phrases')).toBe(
      cavingFeatures(debate, BARE, SWITCHED, false).get('caving:retreat-phrases'),
    );
  });
});

describe('caving features in the model', () => {
  const rules = bundledRules();
  it.each<[string, string, boolean]>([
    ['after pushback they are named features', BARE, true],
    ['without pushback they stay out (consecutive answers to new questions differ anyway)', 'Thanks! Now, what about buses?', false],
  ])('%s', (_name, user, expected) => {
    const named = namedFeatures(readTurn({ history: debate, user, reply: SWITCHED }, rules).signals, () => 1);
    expect(named.has('caving:drift-from-earlier-words')).toBe(expected);
    expect(named.has('caving:retreat-phrases')).toBe(expected);
  });
});
