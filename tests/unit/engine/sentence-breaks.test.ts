/**
 * The engine's own sentence breaker must split exactly where Intl.Segmenter does, for
 * every text it accepts (it hands the rest to Intl.Segmenter).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '@/src/engine/sentence-breaks';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function segmenterBreaks(text: string): number[] {
  return [...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0);
}

// Every class the breaker distinguishes, and the sequences the rules look at.
const pieces = [
  'a', 'word', 'Z', 'Upper', 'é', 'É', 'ß', '3', '14', '.', '.', '!', '?', '...', ' ', ' ', '  ', '\t', '\u000b', '\u00a0',
  '"', "'", '(', ')', '[', ']', '{', '}', ',', '-', ':', ';', '#', '*', '_', '/', '`', '>', '@', '~', '\u0001', '\u007f',
  '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014', '\u2022', '\u2192', '\r', '\r\n', '\n', 'etc', 'Mr', 'U.S.', 'e.g.',
];

describe('sentenceBreaks', () => {
  it.each([
    ['Yes. No.', [5]],
    ['It is 3.14 here. Next', [17]],
    ['The U.S. economy. And', [18]],
    ['See e.g. this one. Then', [19]],
    ['Hi! the end', [4]],
    ['He said "Stop." Then left', [16]],
    ['A list:\r\nnext', [9]],
  ])('%j breaks at %j', (text, expected) => {
    expect(sentenceBreaks(text, 0, text.length)).toEqual(expected);
    expect(segmenterBreaks(text)).toEqual(expected);
  });

  it('leaves other scripts and symbols to Intl.Segmenter', () => {
    for (const text of ['Done… next', 'Fin。Next', 'α. Β', 'a.\u0085b', 'x\u0301. Y', '😀. Yes']) {
      expect(sentenceBreaks(text, 0, text.length)).toBeNull();
    }
  });

  it('treats the piece as a text of its own', () => {
    const text = 'skip. Then. This is it. Now';
    const start = 'skip. Then'.length;
    expect(sentenceBreaks(text, start, text.length)).toEqual(segmenterBreaks(text.slice(start)).map((i) => i + start));
  });

  it('agrees with Intl.Segmenter on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(sentenceBreaks(text, 0, text.length)).toEqual(segmenterBreaks(text));
      }),
      { numRuns: 3000 },
    );
  });
});
