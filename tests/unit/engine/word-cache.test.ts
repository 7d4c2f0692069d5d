/**
 * The tokenizer's cache of recent words (text.ts) must change no result: a word read
 * from the cache has the same normalised form, word id and prefix hash as one read
 * afresh, and a word the lexicon learns after it was cached gets its new id.
 */
import { describe, expect, it } from 'vitest';
import { buildTemplateSet, compileTemplate, findMatches } from '../../../src/engine/pattern';
import { buildTextModel, internWord, prefixHash, UNKNOWN_WORD } from '../../../src/engine/text';

describe('tokenizer word cache', () => {
  it.each([
    ['mixed case of one word', 'Brilliant brilliant BRILLIANT bRiLLiAnT', ['brilliant', 'brilliant', 'brilliant', 'brilliant']],
    ['a contraction read twice', "You're right. you're RIGHT", ['you', 'are', 'right', 'you', 'are', 'right']],
    ['words longer than the cache holds', 'Extraordinarily extraordinarily', ['extraordinarily', 'extraordinarily']],
    ['accented and ASCII forms', 'Café cafe CAFÉ', ['cafe', 'cafe', 'cafe']],
    ['hyphens and apostrophes', "self-aware Self-Aware zorblax's ZORBLAX'S", ['self-aware', 'self-aware', "zorblax's", "zorblax's"]],
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

/**
 * A possessive no template names reads as its stem when the stem is a known word, so a
 * rule naming a thing also finds it owning something ("a tikbalang's mane"). The token
 * then carries the stem as its norm and id alike: the model's n-gram cache keys words
 * by id and relies on one norm per id.
 */
describe('possessives', () => {
  it.each([
    ['a known stem', "dog's DOG's dog’s", 'dog', ['dog', 'dog', 'dog']],
    ['an unknown stem keeps its own form', "Vrellox's", null, ["vrellox's"]],
    ['a stem under three letters keeps its own form', "Al's", 'al', ["al's"]],
    ['a contraction is not a possessive', "It's here", null, ['it', 'is', 'here']],
  ])('%s', (_name, text, stem, norms) => {
    if (stem !== null) internWord(stem);
    for (let reading = 0; reading < 2; reading++) {
      const { tokens } = buildTextModel(text);
      expect(tokens.norms).toEqual(norms);
      expect([...tokens.prefixHashes]).toEqual(norms.map(prefixHash));
      if (stem !== null && norms[0] === stem) expect(tokens.wordIds()[0]).toBe(internWord(stem));
    }
  });

  it('keeps a possessive a template spells out as its own word', () => {
    const own = internWord("quorvath's");
    internWord('quorvath');
    const { tokens } = buildTextModel("Quorvath's sword");
    expect(tokens.norms[0]).toBe("quorvath's");
    expect(tokens.wordIds()[0]).toBe(own);
  });

  it('reads a possessive as its stem once the lexicon learns the stem after the text was read', () => {
    const model = buildTextModel("The blorpington's hat");
    expect(model.tokens.wordIds()[1]).toBe(UNKNOWN_WORD);
    const id = internWord('blorpington');
    expect(model.tokens.wordIds()[1]).toBe(id);
    expect(model.tokens.norms[1]).toBe('blorpington');
  });
});

/**
 * A short word no template names is not cut out of the text while tokenizing (text.ts,
 * ShortWordTable): its norm is made when something asks for it, and must be the one the
 * tokenizer would have made, in a text with folded characters too (whose offsets are
 * mapped onto the original afterwards).
 */
describe('norms made when asked', () => {
  it.each([
    ['plain text', 'The Glimbrous wug REDACTED it', ['the', 'glimbrous', 'wug', 'redacted', 'it']],
    ['a text with folded characters', 'Ｔhe Glimbrous wug. Ｒight', ['the', 'glimbrous', 'wug', 'right']],
    ['a possessive of an unknown word', "Snorkwidge's plan", ["snorkwidge's", 'plan']],
  ])('%s', (_name, text, norms) => {
    for (let reading = 0; reading < 2; reading++) {
      const { tokens } = buildTextModel(text);
      // One by one before the whole list, as the matcher and the n-gram scan read them.
      expect(norms.map((_, i) => tokens.norm(i))).toEqual(norms);
      expect(tokens.norms).toEqual(norms);
      expect([...tokens.prefixHashes]).toEqual(norms.map(prefixHash));
    }
  });

  it('matches a prefix template on a word the lexicon does not have', () => {
    const set = buildTemplateSet([compileTemplate('glimbr* wug')]);
    const { tokens, sentences } = buildTextModel('A Glimbrous wug.');
    const sentence = sentences[0] as { firstToken: number; endToken: number };
    const found = findMatches(set, { tokens, from: sentence.firstToken, to: sentence.endToken, allowQuoted: false });
    expect(found.map((m) => [m.startToken, m.endToken])).toEqual([[1, 3]]);
  });
});
