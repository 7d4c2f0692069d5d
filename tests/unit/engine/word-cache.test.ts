/**
 * The tokenizer's cache of recent words (text.ts) must change no result: a word read
 * from the cache has the same normalised form, word id and prefix hash as one read
 * afresh, and a word the lexicon learns after it was cached gets its new id.
 */
import { describe, expect, it } from 'vitest';
import { buildTextModel, internWord, prefixHash, UNKNOWN_WORD } from '../../../src/engine/text';

describe('tokenizer word cache', () => {
  it.each([
    ['mixed case of one word', 'Brilliant brilliant BRILLIANT bRiLLiAnT', ['brilliant', 'brilliant', 'brilliant', 'brilliant']],
    ['a contraction read twice', "You're right. you're RIGHT", ['you', 'are', 'right', 'you', 'are', 'right']],
    ['words longer than the cache holds', 'Extraordinarily extraordinarily', ['extraordinarily', 'extraordinarily']],
    ['accented and ASCII forms', 'Café cafe CAFÉ', ['cafe', 'cafe', 'cafe']],
    ['hyphens and apostrophes', "self-aware Self-Aware dog's DOG'S", ['self-aware', 'self-aware', "dog's", "dog's"]],
    // Third-person contractions expand like "you're": "they'd have found out anyway" is
    // read as "they would have …", so one template matches both spellings.
    ['third-person contractions', "They'd she'll He'd they’ll", ['they', 'would', 'she', 'will', 'he', 'would', 'they', 'will']],
  ])('%s: the same norms and hashes on every reading', (_name, text, norms) => {
    for (let reading = 0; reading < 2; reading++) {
      const { tokens } = buildTextModel(text);
      expect(tokens.norms).toEqual(norms);
      expect([...tokens.prefixHashes]).toEqual(norms.map(prefixHash));
    }
  });

  it('gives a cached word the id the lexicon learns after it was cached', () => {
    const word = 'zyxwvquux';
    expect(buildTextModel(`${word} ${word}`).tokens.wordIds()[0]).toBe(UNKNOWN_WORD);
    const id = internWord(word);
    const ids = buildTextModel(`A ${word.toUpperCase()} and ${word}`).tokens.wordIds();
    expect([ids[1], ids[3]]).toEqual([id, id]);
  });
});
