import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Loading the engine defines (and rewrites) every pattern it uses.
import '../../../src/engine/analyze';
import { rewrittenPatterns, withFastWordBoundaries } from '../../../src/engine/word-boundary';

/** Every match of `pattern` in `text`, as [index, ...groups]: all of them for g, each start for y, the first otherwise. */
function matchesOf(pattern: RegExp, text: string): (string | number | undefined)[][] {
  const found: (string | number | undefined)[][] = [];
  const record = (m: RegExpExecArray | null) => {
    if (m !== null) found.push([m.index, ...m]);
  };
  if (pattern.sticky) {
    for (let at = 0; at <= text.length; at++) {
      pattern.lastIndex = at;
      record(pattern.exec(text));
    }
  } else if (pattern.global) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      record(m);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  } else {
    record(pattern.exec(text));
  }
  return found;
}

/**
 * Strings made of a pattern's own words (in any case, and with the long s and the
 * Kelvin sign that /iu reads as s and k) and of what may stand beside a word.
 */
function textsFor(pattern: RegExp): fc.Arbitrary<string> {
  const words = [...new Set(pattern.source.replace(/\\[a-z](?:\{[^}]*\})?/g, ' ').match(/[a-z]+/gi) ?? [])];
  const spelled = words.flatMap((w) => [w, w.toUpperCase(), w.replace(/s/g, '\u017f'), w.replace(/k/g, '\u212a')]);
  const beside = [' ', ' ', ' ', 'x', 'S', '_', '7', 'é', '\u017f', '\u212a', "'", '’', '-', '.', ',', '\n', '?', ':', '\ud83d\ude00'];
  return fc.array(fc.constantFrom(...spelled, ...beside), { maxLength: 14 }).map((pieces) => pieces.join(''));
}

describe('faster word boundaries under /iu', () => {
  // Each rewrite is also checked for backtracking in tests/unit/safety.
  it('rewrites the engine patterns that search a text', () => {
    expect(rewrittenPatterns.length).toBeGreaterThanOrEqual(15);
  });

  it.each(rewrittenPatterns.map(([original, rewritten]) => [original.source.slice(0, 60), original, rewritten] as const))(
    '%s… matches what it matched before',
    (_name, original, rewritten) => {
      expect(rewritten.flags).toBe(original.flags);
      fc.assert(
        fc.property(textsFor(original), (text) => {
          expect(matchesOf(rewritten, text)).toEqual(matchesOf(original, text));
        }),
        { numRuns: 1500 },
      );
    },
  );

  it('rewrites only the boundaries whose side the pattern fixes', () => {
    const rewrite = (p: RegExp) => withFastWordBoundaries(p).source;
    const W = String.raw`[\w\u017f\u212a]`;
    expect(rewrite(/\bcat\b/iu)).toBe(`(?<!${W})cat(?!${W})`);
    expect(rewrite(/\b(at )?least\b/iu)).toBe(`(?<!${W})(at )?least(?!${W})`);
    expect(rewrite(/x(?: that)?\b/iu)).toBe(`x(?: that)?(?!${W})`);
    // Not fixed: a class, an optional letter before a space, an escape, a lookahead.
    expect(rewrite(/[ab]\b/iu)).toBe(String.raw`[ab]\b`);
    expect(rewrite(/\bs? /iu)).toBe(String.raw`\bs? `);
    expect(rewrite(/\S\b/iu)).toBe(String.raw`\S\b`);
    expect(rewrite(/(?=a)\b/iu)).toBe(String.raw`(?=a)\b`);
    expect(rewrite(/(?:a| )\b/iu)).toBe(String.raw`(?:a| )\b`);
    // Without both flags V8 is fast already: the same object back.
    const plain = /\bcat\b/u;
    expect(withFastWordBoundaries(plain)).toBe(plain);
  });

  it('keeps the matches of random patterns with boundaries anywhere', () => {
    // Small patterns of letters, spaces, dots, groups, alternations, quantifiers and \b,
    // against strings of the same letters, the long s, the Kelvin sign and non-words.
    // Quantifiers on single characters, and only ? or {1,2} on groups, two groups deep:
    // enough shapes for the rewrite, none that backtracks for long.
    const { sequence } = fc.letrec<{ atom: string; sequence: string }>((tie) => ({
      atom: fc.oneof(
        { maxDepth: 2, depthIdentifier: 'group' },
        fc
          .tuple(fc.constantFrom('a', 'b', 's', 'k', ' ', '.', '[ab]', '\\s'), fc.constantFrom('', '', '?', '*', '+', '{0,2}', '{1,2}'))
          .map(([atom, quantifier]) => atom + quantifier),
        fc.constant('\\b'),
        fc
          .tuple(fc.constantFrom('(?:', '('), fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '', '?', '{1,2}'))
          .map(([open, alternatives, quantifier]) => `${open}${alternatives.join('|')})${quantifier}`),
      ),
      sequence: fc.array(tie('atom'), { maxLength: 4 }).map((atoms) => atoms.join('')),
    }));
    const text = fc
      .array(fc.constantFrom('a', 'b', 's', 'k', 'A', 'S', '\u017f', '\u212a', ' ', '.', '_', 'é', '7'), { maxLength: 10 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(sequence, fc.array(text, { minLength: 1, maxLength: 5 }), (source, texts) => {
        const original = new RegExp(source, 'giu');
        const rewritten = withFastWordBoundaries(original);
        for (const t of texts) expect(matchesOf(rewritten, t)).toEqual(matchesOf(original, t));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the long s and the Kelvin sign as word characters, as /iu does', () => {
    for (const text of ['\u017fcat', 'cat\u212a', 'x cat', 'ſ cat ſ', 'cat_', '7cat']) {
      expect(withFastWordBoundaries(/\bcat\b/iu).test(text)).toBe(/\bcat\b/iu.test(text));
    }
  });
});
