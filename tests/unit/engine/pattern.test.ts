/** The template language: what compiles, what is refused, and what matches. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTemplateSet,
  buildUnifiedIndex,
  compileTemplate,
  findMatches,
  scanAll,
  TemplateError,
  type CompiledTemplate,
} from '@/src/engine/pattern';
import { buildTextModel } from '@/src/engine/text';

function matchTexts(template: string, text: string): string[] {
  const model = buildTextModel(text);
  const set = buildTemplateSet([compileTemplate(template)]);
  return model.sentences.flatMap((s) =>
    findMatches(set, { tokens: model.tokens, from: s.firstToken, to: s.endToken, allowQuoted: false }).map((m) =>
      text.slice(model.tokens.starts[m.startToken], model.tokens.ends[m.endToken - 1]),
    ),
  );
}

describe('compileTemplate refuses', () => {
  it.each([
    ['', 'empty'],
    ['{a|b', 'not closed'],
    ['.. word', 'cannot start'],
    ['word ..', 'cannot end'],
    ['ab*', 'at least 3 letters'],
    ['you (are)+ right', 'not a word'],
    ['{a|{b|{c|d}}}', 'nested'],
    ['x'.repeat(1600), 'longer than'],
    [Array.from({ length: 30 }, () => 'w').join(' '), 'more than 24 words'],
  ])('%j (%s)', (template, reason) => {
    expect(() => compileTemplate(template)).toThrow(TemplateError);
    expect(() => compileTemplate(template)).toThrow(reason);
  });
});

describe('matching', () => {
  it.each([
    ['you are {absolutely|totally} right', "You're absolutely right!", ["You're absolutely right"]],
    ['you are {absolutely|} right', 'you are right', ['you are right']],
    ['brilliant insight*', 'Brilliant insights all round.', ['Brilliant insights']],
    ['what a _ idea', 'What a wild idea.', ['What a wild idea']],
    ['your idea .. is brilliant', 'Your idea about the tides is brilliant.', ['Your idea about the tides is brilliant']],
    ['your idea .. is brilliant', 'Your idea about the tides and the moon phases is brilliant.', []],
    ['great idea', 'That is great. Idea two is next.', []],
    ['great idea', 'She said "great idea" to me.', []],
    ['naïve', 'NAÏVE', ['NAÏVE']],
  ])('%j on %j', (template, text, expected) => {
    expect(matchTexts(template, text)).toEqual(expected);
  });

  it('matches words first seen in a template compiled after the text was read', () => {
    // Word ids are interned as templates compile; a text's unknown words are looked up again.
    const text = 'The quixotically zorbified plan.';
    const model = buildTextModel(text);
    const set = buildTemplateSet([compileTemplate('quixotically zorbif*')]);
    const found = findMatches(set, { tokens: model.tokens, from: 0, to: model.tokens.count, allowQuoted: false });
    expect(found.map((m) => [m.startToken, m.endToken])).toEqual([[1, 3]]);
  });
});

describe('scanAll', () => {
  // Few words, so random templates and texts meet often.
  const words = ['you', 'are', 'right', 'the', 'idea', 'is', 'great', 'not', "it's", 'greatest'];
  const word = fc.constantFrom(...words);
  const atom = fc.oneof(word, word, word, fc.constant('_'), fc.constant('..'), fc.constant('gre*'));
  const group = (inner: fc.Arbitrary<string>) =>
    fc.array(fc.array(inner, { maxLength: 3 }).map((a) => a.join(' ')), { minLength: 1, maxLength: 4 }).map((alts) => `{${alts.join('|')}}`);
  const element = fc.oneof(atom, atom, group(atom), group(fc.oneof(atom, group(word))));
  const template = fc
    .array(element, { minLength: 1, maxLength: 5 })
    .map((parts) => {
      try {
        return compileTemplate(parts.join(' '));
      } catch {
        return null; // not a valid template (starts with _, ends with .., …)
      }
    })
    .filter((t): t is CompiledTemplate => t !== null);
  const text = fc
    .array(fc.oneof(word, word, word, fc.constantFrom('.', '!', '"', ',', 'other', 'Great')), { maxLength: 40 })
    .map((a) => a.join(' '));

  /** scanAll's matches of each set are findMatches' on each sentence, with quotations allowed or not. */
  const expectScanAllAsFindMatches = (setTemplates: CompiledTemplate[][], input: string, allowQuoted: boolean): void => {
    const sets = setTemplates.map((templates) => buildTemplateSet(templates));
    const model = buildTextModel(input);
    const all = scanAll(buildUnifiedIndex(sets), model.tokens, model.sentences, allowQuoted);
    sets.forEach((set, setId) => {
      const expected = model.sentences.flatMap((s) =>
        findMatches(set, { tokens: model.tokens, from: s.firstToken, to: s.endToken, allowQuoted }),
      );
      const span = (m: { startToken: number; endToken: number }) => [m.startToken, m.endToken];
      expect(all[setId]?.map(span)).toEqual(expected.map(span));
    });
  };

  it('finds, for every set, what findMatches finds sentence by sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.array(template, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), text, fc.boolean(), expectScanAllAsFindMatches),
      { numRuns: 1500 },
    );
    // About 2 s on a quiet machine; CI and development machines are shared.
  }, 60_000);

  it('finds what findMatches finds for templates of words and groups of words alone (matched by their word steps)', () => {
    // Nearly every bundled template has this form; scanAll matches it without matchAt.
    const wordsOnly = fc
      .array(fc.oneof(word, word, group(fc.oneof(word, word, fc.constantFrom('', 'not great')))), { minLength: 1, maxLength: 5 })
      .map((parts) => {
        try {
          return compileTemplate(parts.join(' '));
        } catch {
          return null;
        }
      })
      .filter((t): t is CompiledTemplate => t !== null);
    fc.assert(
      fc.property(fc.array(fc.array(wordsOnly, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), text, fc.boolean(), expectScanAllAsFindMatches),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('leaves out the sets it is told to skip, and finds exactly the same in every other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(template, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        text,
        (setTemplates, skipped, input) => {
          const index = buildUnifiedIndex(setTemplates.map((templates) => buildTemplateSet(templates)));
          const model = buildTextModel(input);
          const skip = Uint8Array.from(setTemplates, (_, setId) => (skipped[setId] ? 1 : 0));
          const whole = scanAll(index, model.tokens, model.sentences, false);
          const part = scanAll(index, model.tokens, model.sentences, false, skip);
          const span = (m: { startToken: number; endToken: number }) => [m.startToken, m.endToken];
          setTemplates.forEach((_, setId) => {
            expect(part[setId]?.map(span)).toEqual(skip[setId] === 1 ? [] : whole[setId]?.map(span));
          });
        },
      ),
      { numRuns: 800 },
    );
  }, 60_000);
});
