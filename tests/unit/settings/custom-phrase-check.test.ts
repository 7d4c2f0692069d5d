/** Custom phrases: what is accepted, and the message for each reason a phrase is refused. */
import { describe, expect, it } from 'vitest';
import { EngineSettingsSchema } from '@/src/engine/settings';
import { compileTemplate } from '@/src/engine/pattern';
import { matchCost, MAX_MATCH_COST } from '@/src/engine/template-cost';
import { analyze } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import { DEFAULT_ENGINE_SETTINGS } from '@/src/engine/settings';
import { checkCustomPhrase, MAX_GAPS, MAX_ORDINARY_MATCHES, MAX_PHRASE_CHARS, ordinaryRepliesMatched } from '@/src/settings/custom-phrase-check';
import { ORDINARY_REPLIES } from '@/src/settings/ordinary-replies';

describe('checkCustomPhrase', () => {
  it.each([
    ['you are a genius', 'you are a genius'],
    ['  What a {great|brilliant} plan  ', 'What a {great|brilliant} plan'],
    ["you're {so|} right", "you're {so|} right"],
    ['bril* idea', 'bril* idea'],
    ['your {idea|plan} .. is {great|brilliant}', 'your {idea|plan} .. is {great|brilliant}'],
    ['genius _ move', 'genius _ move'],
    ['гений', 'гений'],
    ['a .. a .. a .. b', 'a .. a .. a .. b'],
    ['x'.repeat(MAX_PHRASE_CHARS), 'x'.repeat(MAX_PHRASE_CHARS)],
  ])('accepts %j', (text, stored) => {
    expect(checkCustomPhrase(text)).toEqual({ ok: true, phrase: stored });
  });

  it.each([
    ['nothing', '', 'Type a phrase first.'],
    ['only spaces', '   ', 'Type a phrase first.'],
    ['not a string', 42, 'Type a phrase first.'],
    ['too long', 'x'.repeat(MAX_PHRASE_CHARS + 1), `This phrase is ${MAX_PHRASE_CHARS + 1} characters long; the limit is ${MAX_PHRASE_CHARS}.`],
    ['markup', '<b>genius</b>', 'This phrase can\'t be used: "<b>genius</b>" is not a word (use letters, digits, \' and -; symbols are not matched).'],
    ['an unclosed group', 'you are {so|really smart', 'This phrase can\'t be used: a "{" group is not closed with "}".'],
    ['a short prefix', 'ab* idea', 'This phrase can\'t be used: "ab*": a prefix needs at least 3 letters before the *.'],
    ['a leading gap', '.. genius', "This phrase can't be used: a phrase cannot start with _ or ..."],
    ['groups three deep', '{a {b {c|d}|e}|f}', "This phrase can't be used: groups may be nested at most 2 deep."],
    ['only optional words', '{really|} {so|}', 'Every word in this phrase is optional, so it would match nothing in particular. Make at least one word required.'],
  ])('refuses %s', (_what, text, message) => {
    expect(checkCustomPhrase(text)).toEqual({ ok: false, message });
  });

  it(`refuses more than ${MAX_GAPS} gaps`, () => {
    expect(checkCustomPhrase('{a .. b|c .. d|e .. f|g .. h|i .. j}')).toEqual({
      ok: false,
      message: `This phrase uses ".." 5 times; at most ${MAX_GAPS} are allowed, because each one lets it match in many more places.`,
    });
  });

  it.each([
    ['gaps in a row', 'a .. .. .. .. b', 256],
    ['gaps between repeated words', 'a .. a .. a .. a .. b', 256],
    ['alternatives sharing a first word, then gaps', '{you are|you seem|you look|you sound|you feel} .. {a|an} .. genius', 5 * 4 * 4],
  ])('refuses a phrase that can match in too many ways: %s', (_what, text, cost) => {
    expect(matchCost(compileTemplate(text))).toBe(cost);
    expect(checkCustomPhrase(text)).toEqual({
      ok: false,
      message: expect.stringContaining(`(${cost} tries at every word, the limit is ${MAX_MATCH_COST})`),
    });
  });

  it('refuses a phrase the person already has, ignoring case and spacing', () => {
    expect(checkCustomPhrase('You are  a Genius', ['you are a genius'])).toEqual({ ok: false, message: 'You already have this phrase.' });
    expect(checkCustomPhrase('you are a star', ['you are a genius'])).toMatchObject({ ok: true });
  });

  it('allows exactly the phrase length the settings schema stores', () => {
    const parse = (phrase: string) => EngineSettingsSchema.safeParse({ customPhrases: { flattery: [phrase] } }).success;
    expect(parse('x'.repeat(MAX_PHRASE_CHARS))).toBe(true);
    expect(parse('x'.repeat(MAX_PHRASE_CHARS + 1))).toBe(false);
  });
});

describe('matchCost', () => {
  it.each([
    ['one word', 'genius', 1],
    ['a gap', 'you .. genius', 4],
    ['two gaps', 'you .. are .. genius', 16],
    ['an optional group', '{really|} genius', 2],
    ['alternatives dispatched by their first word', '{you are|we are|they are} right', 1],
    ['alternatives sharing a first word', '{you are|you were|you seem} right', 3],
    ['alternatives that start with a wildcard', '{_ genius|_ _ genius} here', 2],
    ['nesting (the worst word counts)', 'you {are {so|really|}|were} right', 2],
    ['a group then a gap', '{you|you are} .. right', 8],
  ])('%s: %s costs %i', (_what, phrase, cost) => {
    expect(matchCost(compileTemplate(phrase))).toBe(cost);
  });
});

describe('phrases that would flag ordinary replies', () => {
  it.each(['a', 'the', 'you', 'you are', 'it is', '{a|the}', 'is {very|}'])('refuses %j: only common words', (text) => {
    const check = checkCustomPhrase(text);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain('made only of common words');
  });

  it.each([
    ['water', 10],
    ['use', 6],
    ['minutes', 5],
  ])('refuses %j, which fires on %i of the sample, with the count and an example', (text, count) => {
    const check = checkCustomPhrase(text);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain(`would flag ${count} of ${ORDINARY_REPLIES.length} ordinary, helpful replies`);
    expect(ordinaryRepliesMatched(compileTemplate(text)).count).toBe(count);
  });

  it.each(['you are a genius', 'what a brilliant', 'brilliant idea', 'help', 'you are .. right'])(
    'accepts %j: meaningful and rare in ordinary replies',
    (text) => {
      expect(checkCustomPhrase(text)).toEqual({ ok: true, phrase: text });
      expect(ordinaryRepliesMatched(compileTemplate(text)).count).toBeLessThanOrEqual(MAX_ORDINARY_MATCHES);
    },
  );

  it('has about a hundred distinct ordinary replies that the bundled rules leave alone', () => {
    expect(new Set(ORDINARY_REPLIES).size).toBe(ORDINARY_REPLIES.length);
    expect(ORDINARY_REPLIES.length).toBeGreaterThanOrEqual(100);
    const flagged = ORDINARY_REPLIES.filter((reply) => analyze({ reply }, bundledRules(), DEFAULT_ENGINE_SETTINGS).level !== 'none');
    expect(flagged).toEqual([]);
  });
});
