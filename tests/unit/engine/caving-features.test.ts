/** Caving features: the reply after pushback measured against the assistant's own earlier turns. */
import fc from 'fast-check';
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

  it.each<[string, string, number]>([
    ['a pair kept once', 'Protected lanes.', 1],
    ['a pair kept twice counts once', 'Protected lanes. Protected lanes.', 1],
    ['two pairs kept', 'Protected lanes reduce.', 2],
    ['no pair kept (the same words in another order)', 'Lanes protected.', 0],
  ])('phrasing drift: %s', (_name, reply, kept) => {
    // 13 words, 12 pairs, none of two short words.
    const first = 'Protected lanes reduce serious injuries and encourage commuting by bicycle every single day.';
    const features = cavingFeatures([{ role: 'assistant', text: first }], BARE, reply, false);
    expect(features.get('caving:drift-from-previous-phrasing')).toBeCloseTo(Math.max(0, 1 - kept / 12 / 0.3), 12);
  });

  it('reads look-alike letters and invisible characters like the rules do', () => {
    const disguised = SWITCHED.replace('different', 'diff\u200Berent').replace('perspective', 'pеrspective');
    expect(cavingFeatures(debate, BARE, disguised, false).get('caving:retreat-phrases')).toBe(
      cavingFeatures(debate, BARE, SWITCHED, false).get('caving:retreat-phrases'),
    );
  });
});

describe('the plain-text reader (one pass over ASCII text) and the general one agree', () => {
  // A character outside plain text that is no word character and no sentence end: appended
  // to every turn, it sends each through the general reader (fold, lower-case, split,
  // Unicode word pattern) without changing a word. The features must not move.
  const GENERAL = ' §';
  const plainText = fc
    .array(
      fc.oneof(
        fc.constantFrom('I', 'still', 'Believe', 'CYCLE', 'lanes', 'may', 'depends', 'a', 'different', 'perspective', 'valid', 'point', 'reconsider', 'my', 'stance', 'you’re right', 'You’re Correct'),
        fc.constantFrom("you're", 'you’re', 'case-by-case', "'tis", '-x', '2023', 'A1b2', 'Don’T', "rock'n'roll"),
        fc.constantFrom(' ', '  ', '. ', '! ', '? ', '; ', ': ', '\n', ', ', ' – ', ' — ', ' “', '” ', ' ‘', '•', '\t', '(', ')', '*', '/'),
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(''));

  it('gives the same features for plain text either way', () => {
    fc.assert(
      fc.property(plainText, plainText, plainText, fc.boolean(), (first, user, reply, compared) => {
        const history = (suffix: string): HistoryTurn[] => [
          { role: 'user', text: `Should cities build cycle lanes?${suffix}` },
          { role: 'assistant', text: first + suffix },
          { role: 'user', text: `No.${suffix}` },
          { role: 'assistant', text: `${reply} ${first}${suffix}` },
        ];
        const plain = cavingFeatures(history(''), user, reply, compared);
        const general = cavingFeatures(history(GENERAL), user + GENERAL, reply + GENERAL, compared);
        expect([...plain]).toEqual([...general]);
      }),
      { numRuns: 300 },
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
