/** The normaliser (src/engine/normalise.ts): what it folds, what it keeps, and its offset map. */
import unhomoglyph from 'unhomoglyph';
import { describe, expect, it } from 'vitest';
import {
  CONFUSABLES,
  foldCharacters,
  foldCodePoint,
  foldText,
  joinBrokenLines,
  originalRange,
} from '@/src/engine/normalise';
import { buildTextModel } from '@/src/engine/text';

describe('foldText', () => {
  it.each([
    ['plain ASCII is returned as is', 'You are right.', 'You are right.'],
    ['curly quotes and dashes are plain text', 'You’re “right” — really', 'You’re “right” — really'],
    ['zero-width space inside a word is deleted', 'bril\u200bliant', 'brilliant'],
    ['zero-width joiner and non-joiner are deleted', 'ge\u200dni\u200cus', 'genius'],
    ['word joiner is deleted', 'in\u2060sight', 'insight'],
    ['soft hyphen is deleted', 'bril\u00adliant', 'brilliant'],
    ['byte order mark is deleted', '\ufeffYes', 'Yes'],
    ['variation selectors are deleted', 'right\ufe0f!', 'right!'],
    ['tag characters are deleted', 'gen\u{e0041}ius', 'genius'],
    ['bidi controls are deleted', '\u202eright\u202c', 'right'],
    ['combining accents are removed', 'ge\u0301nius', 'genius'],
    ['precomposed accented letters lose the accent', 'brílliànt', 'brilliant'],
    ['piled-up "Zalgo" marks are removed', 'g\u0300\u0301\u0302\u0303enius', 'genius'],
    ['Cyrillic look-alikes become Latin', 'уоu аrе', 'you are'],
    ['Greek look-alikes become Latin, keeping case', 'Ιnsight ορen', 'Insight open'],
    ['Cyrillic capital I stays the pronoun I', 'І agree', 'I agree'],
    ['full-width letters fold (NFKC)', 'ｇｅｎｉｕｓ！', 'genius!'],
    ['mathematical letters fold (NFKC)', '𝐠𝐞𝐧𝐢𝐮𝐬', 'genius'],
    ['ligatures expand', 'ﬁne', 'fine'],
    ['a vulgar fraction stays apart from the whole number before it', 'Platform 9¾', 'Platform 9 3/4'],
    ['non-breaking space becomes a space', 'you\u00a0are', 'you are'],
    ['Devanagari vowel signs are part of their letters and stay', 'नमस्ते', 'नमस्ते'],
    ['a line break inside a sentence becomes a space', 'You are absolutely\nright.', 'You are absolutely right.'],
  ])('%s', (_name, input, expected) => {
    expect(foldText(input).text).toBe(expected);
  });

  it('keeps no map when nothing moved (the fast path)', () => {
    expect(foldText('You’re “right”\nNext line.').map).toBeNull();
  });
});

describe('joinBrokenLines', () => {
  it.each([
    ['a wrapped sentence', 'your plan is\nbrilliant', 'your plan is brilliant'],
    ['a wrapped list item', '- your plan is\n  brilliant', '- your plan is   brilliant'],
    ['a line ending a sentence', 'Good plan.\nbut wait', 'Good plan.\nbut wait'],
    ['a question ending a line', 'Why?\nbecause', 'Why?\nbecause'],
    ['a blank line', 'your plan is\n\nbrilliant', 'your plan is\n\nbrilliant'],
    ['a line that is only spaces', 'your plan is\n  \nbrilliant', 'your plan is\n  \nbrilliant'],
    ['a capital starts the next line (a list item without its marker)', 'Savings\nBonds', 'Savings\nBonds'],
    ['a list marker starts the next line', 'Options\n- keep it', 'Options\n- keep it'],
    ['a numbered item starts the next line', 'Options\n1. keep it', 'Options\n1. keep it'],
    ['a heading line', '## Your plan\nbrilliant', '## Your plan\nbrilliant'],
    ['a quoted line', '> you said it is\nbrilliant', '> you said it is\nbrilliant'],
    ['a table row', '| plan | risk\nlow', '| plan | risk\nlow'],
    ['a code fence', '```\nbrilliant', '```\nbrilliant'],
    ['a lower-case letter of another script', 'это\nправда', 'это правда'],
    ['a capital after a word no sentence ends on', 'What a\nBrilliant idea', 'What a Brilliant idea'],
    ['a capital after "your"', 'I love your\nTheory', 'I love your Theory'],
    ['a capital after a word that merely ends like one ("Ida")', 'Ask Ida\nTomorrow', 'Ask Ida\nTomorrow'],
    ['a capital after a conjunction', 'Savings and\nBonds', 'Savings and Bonds'],
    ['a heading after an article still stands alone', 'Read the\n# Summary', 'Read the\n# Summary'],
  ])('%s', (_name, input, expected) => {
    const joined = joinBrokenLines(input);
    expect(joined).toBe(expected);
    expect(joined).toHaveLength(input.length);
  });
});

describe('offset map', () => {
  // Each row: an original text, a word of the folded text, and the original characters
  // that word must map back to.
  it.each([
    ['plain text', 'You are right', 'right', 'right'],
    ['a zero-width space inside the word', 'bril\u200bliant idea', 'brilliant', 'bril\u200bliant'],
    ['a zero-width space before the word', 'a \u200bbrilliant idea', 'brilliant', 'brilliant'],
    ['a soft hyphen before the word', 'so\u00ad brilliant', 'brilliant', 'brilliant'],
    ['a trailing combining accent stays with its letter', 'geniu\u0301s is', 'genius', 'geniu\u0301s'],
    ['a final combining accent is kept in the word', 'genius\u0301 is', 'genius', 'genius\u0301'],
    ['full-width letters', 'ａ ｇｅｎｉｕｓ', 'genius', 'ｇｅｎｉｕｓ'],
    ['mathematical letters (two code units each)', 'a 𝐠𝐞𝐧𝐢𝐮𝐬 idea', 'genius', '𝐠𝐞𝐧𝐢𝐮𝐬'],
    ['Cyrillic look-alikes', 'а gеnius idеa', 'idea', 'idеa'],
    ['a ligature (one character, two letters)', 'a ﬁne idea', 'fine', 'ﬁne'],
    ['after an expanding ellipsis', 'Well… genius', 'genius', 'genius'],
    ['a leading byte order mark', '\ufeffgenius', 'genius', 'genius'],
  ])('%s', (_name, original, foldedWord, expectedOriginal) => {
    const { text, map } = foldText(original);
    const at = text.indexOf(foldedWord);
    expect(at).toBeGreaterThanOrEqual(0);
    const [start, end] = originalRange(map, at, at + foldedWord.length);
    expect(original.slice(start, end)).toBe(expectedOriginal);
  });

  it('maps an empty range and a range past the end to a point', () => {
    const { map } = foldText('a\u200bb');
    expect(originalRange(map, 1, 1)).toEqual([2, 2]);
    expect(originalRange(map, 2, 2)).toEqual([3, 3]);
    expect(originalRange(null, 4, 9)).toEqual([4, 9]);
  });

  it('keeps every range in order and inside the original', () => {
    const original = '\u200bWhát ａ 𝐛𝐫𝐢𝐥𝐥𝐢𝐚𝐧𝐭 ﬁnd… уоu\u00adr idea\u0301\u0302!';
    const { text, map } = foldCharacters(original);
    expect(map).not.toBeNull();
    const { starts, ends } = map as NonNullable<typeof map>;
    expect(starts).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) {
      expect(starts[i]).toBeLessThan(ends[i] as number);
      expect(ends[i]).toBeLessThanOrEqual(original.length);
      if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1] as number);
    }
  });

  it('puts token and sentence offsets of the text model on the original text', () => {
    const original = 'Whаt а bril\u200bliant idеa!\n\nＹｏｕ are right.';
    const model = buildTextModel(original);
    const words = Array.from({ length: model.tokens.count }, (_, i) =>
      original.slice(model.tokens.starts[i], model.tokens.ends[i]),
    );
    expect(words).toEqual(['Whаt', 'а', 'bril\u200bliant', 'idеa', 'Ｙｏｕ', 'are', 'right']);
    expect(model.tokens.norms).toEqual(['what', 'a', 'brilliant', 'idea', 'you', 'are', 'right']);
    expect(model.sentences.map((s) => original.slice(s.start, s.end))).toEqual([
      'Whаt а bril\u200bliant idеa!',
      'Ｙｏｕ are right.',
    ]);
  });
});

describe('confusables table', () => {
  it('folds nothing from ASCII and only to ASCII letters', () => {
    for (const [letter, latin] of CONFUSABLES) {
      expect(letter.charCodeAt(0)).toBeGreaterThan(127);
      expect(latin).toMatch(/^[A-Za-z]$/u);
    }
  });

  // UTS #39's skeleton (confusables.txt, shipped as data by unhomoglyph) must agree that
  // each letter looks like its Latin letter. The skeleton maps capital I to small l, so
  // the comparison is between skeletons, which also accepts our case-keeping choice.
  it.each([...CONFUSABLES])('%s looks like %s by UTS #39', (letter, latin) => {
    expect(unhomoglyph(letter)).toBe(unhomoglyph(latin));
  });

  it('applies to single code points, and leaves other letters alone', () => {
    expect(foldCodePoint('о')).toBe('o');
    expect(foldCodePoint('ж')).toBe('ж');
    expect(foldCodePoint('\u200b')).toBe('');
  });
});
