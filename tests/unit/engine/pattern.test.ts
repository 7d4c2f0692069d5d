/** The template language: what compiles, what is refused, and what matches. */
import { describe, expect, it } from 'vitest';
import { buildTemplateSet, compileTemplate, findMatches, TemplateError } from '@/src/engine/pattern';
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
});
