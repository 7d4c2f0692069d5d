/** Pure helpers of the settings view: rule overrides, phrase validation, highlight segments. */
import { describe, expect, it } from 'vitest';
import { EngineSettingsSchema } from '@/src/engine/settings';
import {
  MAX_PHRASE_LENGTH,
  MAX_PHRASES_PER_CATEGORY,
  parseWholeNumber,
  splitBySpans,
  validatePhrases,
  withRuleOverride,
} from '@/src/ui/options/settings-helpers';

describe('withRuleOverride', () => {
  it.each([
    ['disabling a rule', {}, { enabled: false }, { r: { enabled: false } }],
    ['re-enabling removes the entry', { r: { enabled: false } }, { enabled: true }, {}],
    ['a weight is stored, rounded to one decimal', {}, { weightFactor: 1.74 }, { r: { weightFactor: 1.7 } }],
    ['weight ×1 removes the entry', { r: { weightFactor: 2 } }, { weightFactor: 1 }, {}],
    ['weight ×1 keeps the switch', { r: { enabled: false, weightFactor: 2 } }, { weightFactor: 1 }, { r: { enabled: false } }],
    ['weight 0 is kept (it silences the rule)', {}, { weightFactor: 0 }, { r: { weightFactor: 0 } }],
    ['a reset removes everything', { r: { enabled: false, weightFactor: 2 } }, { enabled: true, weightFactor: 1 }, {}],
  ])('%s', (_what, rules, change, expected) => {
    expect(withRuleOverride({ other: { enabled: false }, ...rules }, 'r', change)).toEqual({ other: { enabled: false }, ...expected });
  });

  it('does not change the rules it is given', () => {
    const rules = { r: { enabled: false } };
    withRuleOverride(rules, 'r', { enabled: true });
    expect(rules).toEqual({ r: { enabled: false } });
  });
});

describe('validatePhrases', () => {
  it('accepts valid phrases, trimmed, without blank lines or duplicates', () => {
    const result = validatePhrases(['  what a {great|brilliant} idea ', '', 'genius*', 'you are .. right', 'this _ amazing', 'genius*']);
    expect(result).toEqual({ ok: true, phrases: ['what a {great|brilliant} idea', 'genius*', 'you are .. right', 'this _ amazing'], errors: [] });
  });

  it('names each bad line as the person sees it, and returns nothing to save', () => {
    const result = validatePhrases(['fine phrase', '', '{great|', 'ok', 'ge*', '.. right']);
    expect(result.ok).toBe(false);
    expect(result.phrases).toEqual([]);
    expect(result.errors.map((e) => [e.line, e.phrase])).toEqual([
      [3, '{great|'],
      [5, 'ge*'],
      [6, '.. right'],
    ]);
    expect(result.errors[0]?.reason).toMatch(/not closed/u);
    expect(result.errors[1]?.reason).toMatch(/at least 3 letters/u);
  });

  it('refuses a line longer than the settings allow', () => {
    const long = `word ${'a'.repeat(MAX_PHRASE_LENGTH)}`;
    expect(validatePhrases(['ok', long]).errors).toEqual([{ line: 2, phrase: long, reason: `This phrase is ${long.length} characters long; the limit is ${MAX_PHRASE_LENGTH}.` }]);
  });

  it('refuses more phrases than the settings allow, once', () => {
    const lines = Array.from({ length: MAX_PHRASES_PER_CATEGORY + 5 }, (_, i) => `phrase number${i}`);
    const result = validatePhrases(lines);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.line).toBe(MAX_PHRASES_PER_CATEGORY + 1);
  });

  it('agrees with the settings schema on its limits', () => {
    const parses = (phrases: string[]) => EngineSettingsSchema.safeParse({ customPhrases: { flattery: phrases } }).success;
    expect(parses(['a'.repeat(MAX_PHRASE_LENGTH)])).toBe(true);
    expect(parses(['a'.repeat(MAX_PHRASE_LENGTH + 1)])).toBe(false);
    expect(parses(Array.from({ length: MAX_PHRASES_PER_CATEGORY }, () => 'a'))).toBe(true);
    expect(parses(Array.from({ length: MAX_PHRASES_PER_CATEGORY + 1 }, () => 'a'))).toBe(false);
  });
});

describe('splitBySpans', () => {
  const text = 'abcdefghij';
  it.each([
    ['no spans', [], [['abcdefghij', false]]],
    ['one span inside', [{ start: 2, end: 4 }], [['ab', false], ['cd', true], ['efghij', false]]],
    ['the whole text', [{ start: 0, end: 10 }], [['abcdefghij', true]]],
    ['overlapping and unsorted spans merge', [{ start: 5, end: 8 }, { start: 1, end: 3 }, { start: 2, end: 6 }], [['a', false], ['bcdefgh', true], ['ij', false]]],
    ['touching spans merge', [{ start: 0, end: 2 }, { start: 2, end: 4 }], [['abcd', true], ['efghij', false]]],
    ['spans past the ends are clamped; empty ones dropped', [{ start: -3, end: 1 }, { start: 9, end: 99 }, { start: 5, end: 5 }], [['a', true], ['bcdefghi', false], ['j', true]]],
  ])('%s', (_what, spans, expected) => {
    const segments = splitBySpans(text, spans);
    expect(segments.map((s) => [s.text, s.marked])).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('parseWholeNumber', () => {
  it.each([
    ['365', 365],
    [' 12 ', 12],
    ['', null],
    ['1.5', null],
    ['-3', null],
    ['1e3', null],
    ['abc', null],
  ])('%j → %j', (text, expected) => {
    expect(parseWholeNumber(text)).toBe(expected);
  });
});
