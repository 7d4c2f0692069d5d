/**
 * Text handling for the engine: tokens with offsets into the original reply, sentence
 * boundaries, and the parts of a reply that are not the assistant's own voice (code
 * and quotations). Everything here runs in one pass over the text (linear time).
 */
import { charCursor, classCursor } from './cursor';
import { foldCharacters, foldText, originalRange, type OffsetMap } from './normalise';
import { SentenceBreaker } from './sentence-breaks';

/**
 * Word ids. Every word a compiled template mentions (and every part of a contraction)
 * gets a small integer, so matching compares integers instead of strings. Only those
 * words are interned, never a reply's other words, so the table grows with the rules
 * and the person's own phrases, not with the text read.
 */
export const UNKNOWN_WORD = -1;

/** One word of a contraction's expansion. */
interface ContractionPart {
  norm: string;
  id: number;
  /** prefixHash of `norm`, worked out once. */
  hash: number;
}

/**
 * What the tokenizer looks a normalised word up in, once per word: a known word's id,
 * or the parts a contraction stands for. A Map, not an object: a reply containing
 * "constructor" must not hit Object.prototype.
 */
const lexicon = new Map<string, number | readonly ContractionPart[]>();
/** Each interned word by id (for tools that print or rebuild templates; matching never reads it). */
const vocabulary: string[] = [];
let vocabularySize = 0;

/**
 * The id of a normalised word, adding it to the vocabulary if it is new. Never called
 * with a contraction: templates expand those first.
 */
export function internWord(norm: string): number {
  const known = lexicon.get(norm);
  if (typeof known === 'number') return known;
  const id = vocabularySize++;
  lexicon.set(norm, id);
  shortWords.add(norm, id);
  vocabulary.push(norm);
  return id;
}

/** Make room for `count` more words before interning them (see ShortWordTable.reserve). */
export function reserveWords(count: number): void {
  shortWords.reserve(count);
}

/**
 * Longest word the tokenizer's word cache and the table of short lexicon words hold:
 * sixteen characters, four to each of the four integers of a word's key (see readTokens).
 */
const SHORT_WORD_MAX_LENGTH = 16;
/** Room per word in a table of short words' characters (a power of two, at least SHORT_WORD_MAX_LENGTH). */
const SHORT_WORD_STRIDE = 16;

/**
 * The hash ShortWordTable files a word under: 31 times the hash so far plus each
 * character, lower-cased, as a 32-bit integer.
 */
function charHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return hash;
}

/**
 * The lexicon's short ASCII words, found by the characters of the text itself. The
 * tokenizer looks up here the words its word cache misses (about one in ten), so that a
 * word no template names never becomes a string at all: cutting each such word out of
 * the text, lower-casing it, hashing the fresh string for the lexicon's Map and keeping
 * it was about a quarter of the text model's time (session 16), for words nothing but a
 * prefix template or the overlap with the previous turn ever reads (TokenList.norm makes
 * them when asked). Holds exactly the lexicon's keys of ASCII characters up to
 * SHORT_WORD_MAX_LENGTH long, with the same entries, so for any word the word cache can
 * hold, it is found here exactly when the lexicon has it.
 */
class ShortWordTable {
  private mask = 1023;
  private keys: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  private entries: (number | readonly ContractionPart[] | undefined)[] = new Array<number | readonly ContractionPart[] | undefined>(1024).fill(undefined);
  /** Each key's length (0: free slot) and characters, side by side in typed arrays, as in the word cache. */
  private lengths = new Uint8Array(1024);
  private chars = new Uint8Array(1024 * SHORT_WORD_STRIDE);
  /**
   * Each key's prefixHash, worked out once: the tokenizer wants it for every word its
   * cache misses, and reading it from the key's string there meant a cache miss on the
   * string as well.
   */
  private prefixHashes = new Int32Array(1024);
  private count = 0;

  private static slotOf(hash: number, mask: number): number {
    return (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 12) & mask;
  }

  /** Hold a lexicon key and its entry (a key it holds gets the new entry). */
  add(norm: string, entry: number | readonly ContractionPart[]): void {
    if (norm.length === 0 || norm.length > SHORT_WORD_MAX_LENGTH) return;
    for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) > 127) return;
    const found = this.find(norm, 0, norm.length, charHash(norm, 0, norm.length));
    if (found >= 0 && this.keys[found] === norm) {
      this.entries[found] = entry;
      return;
    }
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    this.place(norm, entry);
    this.count++;
  }

  private place(norm: string, entry: number | readonly ContractionPart[] | undefined): void {
    let slot = ShortWordTable.slotOf(charHash(norm, 0, norm.length), this.mask);
    while (this.lengths[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = norm;
    this.entries[slot] = entry;
    this.lengths[slot] = norm.length;
    this.prefixHashes[slot] = prefixHash(norm);
    const base = slot * SHORT_WORD_STRIDE;
    for (let i = 0; i < norm.length; i++) this.chars[base + i] = norm.charCodeAt(i);
  }

  private grow(): void {
    this.resize(2 * (this.mask + 1));
  }

  /**
   * Room for `more` keys beyond those held, made in one step: replaying the prebuilt
   * tables' vocabulary (about 7,000 words) grew the table four times at every engine
   * load, rehashing every key each time, in code that had not been compiled yet.
   */
  reserve(more: number): void {
    let size = this.mask + 1;
    while (2 * (this.count + more) > size) size *= 2;
    if (size > this.mask + 1) this.resize(size);
  }

  private resize(size: number): void {
    const { keys, entries } = this;
    this.mask = size - 1;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.entries = new Array<number | readonly ContractionPart[] | undefined>(size).fill(undefined);
    this.lengths = new Uint8Array(size);
    this.chars = new Uint8Array(size * SHORT_WORD_STRIDE);
    this.prefixHashes = new Int32Array(size);
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key !== undefined) this.place(key, entries[slot]);
    }
  }

  /**
   * The slot of the key equal to text[start, end) lower-cased (ASCII, `hash` its
   * charHash), or -1. A key with upper-case letters is never found, as in the lexicon
   * (whose keys are normalised) a lower-cased word never finds one.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const { lengths, chars, mask } = this;
    let slot = ShortWordTable.slotOf(hash, mask);
    for (;;) {
      const stored = lengths[slot] as number;
      if (stored === 0) return -1;
      if (stored === length) {
        const base = slot * SHORT_WORD_STRIDE;
        let i = 0;
        for (; i < length; i++) {
          let c = text.charCodeAt(start + i);
          if (c >= 65 && c <= 90) c += 32;
          if (chars[base + i] !== c) break;
        }
        if (i === length) return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** prefixHash of the key in `slot`. */
  prefixHashAt(slot: number): number {
    return this.prefixHashes[slot] as number;
  }

  entryAt(slot: number): number | readonly ContractionPart[] | undefined {
    return this.entries[slot];
  }
}
const shortWords = new ShortWordTable();

/**
 * The stem a possessive no template names reads as ("tikbalang's" as "tikbalang", "mom's"
 * as "mom"), so a rule that names a thing also finds it owning something; null when the
 * word is no such possessive. A possessive a template spells out ("naruto's") keeps its
 * own entry. The token then carries the stem as its word, id and norm alike: everything
 * downstream (the model's n-grams too) may rely on one norm per id. Stems of at least
 * three letters only, so the token's prefix hash (its first three letters) is unchanged.
 */
function possessiveStem(norm: string): string | null {
  const n = norm.length;
  if (n < 5 || norm.charCodeAt(n - 1) !== 115 /* s */ || norm.charCodeAt(n - 2) !== 39 /* ' */) return null;
  if (lexicon.has(norm)) return null;
  const stem = norm.slice(0, -2);
  return typeof lexicon.get(stem) === 'number' ? stem : null;
}

/** The id of a normalised word (as internWord gave it), or UNKNOWN_WORD when it has none; never adds one. */
export function knownWordId(norm: string): number {
  const entry = lexicon.get(norm);
  return typeof entry === 'number' ? entry : UNKNOWN_WORD;
}

/**
 * knownWordId of the ASCII word text[start, end) lower-cased: found by the text's own
 * characters (no string made) when the lexicon's table of short words can hold it.
 */
export function knownAsciiWordId(text: string, start: number, end: number): number {
  if (end - start > SHORT_WORD_MAX_LENGTH) return knownWordId(text.slice(start, end).toLowerCase());
  const slot = shortWords.find(text, start, end, charHash(text, start, end));
  const entry = slot < 0 ? undefined : shortWords.entryAt(slot);
  return typeof entry === 'number' ? entry : UNKNOWN_WORD;
}

/** How many words have ids (every id is below this). */
export function knownWordIdCount(): number {
  return vocabularySize;
}

/** The word an id stands for (inverse of internWord). */
export function wordOf(id: number): string {
  const word = vocabulary[id];
  if (word === undefined) throw new RangeError(`no word with id ${id}`);
  return word;
}

/**
 * A 16-bit hash of a word's first three characters (-1 for shorter words). Kept per
 * token, so the matcher can rule out prefix templates (`entangle*`) for almost every
 * token without reading its string.
 */
export function prefixHash(word: string): number {
  if (word.length < 3) return -1;
  return ((word.charCodeAt(0) * 31 + word.charCodeAt(1)) * 31 + word.charCodeAt(2)) & 0xffff;
}

/**
 * The tokens of a text as parallel arrays (one entry per token, in text order) rather
 * than one object per token: a 1 MB reply has about 200,000 tokens, and objects for
 * each cost more in allocation and garbage collection than the matching itself.
 */
export class TokenList {
  constructor(
    readonly count: number,
    /** Word id of each token (see wordIds()). */
    private readonly ids: Int32Array,
    /** Vocabulary size when `ids` were looked up. */
    private resolvedAt: number,
    /** Offsets of the word in the original string (both parts of a contraction share them). */
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    /** Index into `TextModel.sentences`. */
    readonly sentences: Int32Array,
    /** 1 inside code, block quotes or quotation marks: not the assistant's own words. */
    readonly quoted: Int32Array,
    /** prefixHash of each token's norm. */
    readonly prefixHashes: Int32Array,
    /**
     * The folded text the tokens were read from, for the norms not made yet: `starts` and
     * `ends` point into it while any is missing (buildTextModel makes them all before it
     * maps offsets onto a folded text's original).
     */
    private readonly source: string,
  ) {}

  /**
   * The norms made so far of tokens without a word id (see norm()), by token; made on
   * first use. A token with an id needs none: its norm is the vocabulary's word.
   */
  private madeNorms: (string | undefined)[] | null = null;

  /**
   * Token `i`'s normalised word: folded (normalise.ts), lower-cased, apostrophes
   * straightened; a possessive no template names as its stem (possessiveStem).
   * wordIds() may still turn a possessive into its stem when a template compiled later
   * names the stem; nothing else writes.
   *
   * A token with a word id has the vocabulary's word for it as its norm (a possessive's
   * id is its stem's, a contraction part's is the part's), so the tokenizer keeps no
   * string per token: only the norms of words without an id are made, when asked.
   */
  norm(i: number): string {
    const id = this.ids[i] as number;
    if (id >= 0) return vocabulary[id] as string;
    const made = (this.madeNorms ??= new Array<string | undefined>(this.count));
    const known = made[i];
    if (known !== undefined) return known;
    // A word no template named when the text was read: never a contraction's part, never
    // read as its stem (the stem would have been a known word), so the word itself.
    const norm = lowerFoldedWord(this.source.slice(this.starts[i], this.ends[i]));
    made[i] = norm;
    return norm;
  }

  /**
   * Whether token `i`'s norm is shorter than `length`, without making the norm when the
   * word is plain ASCII (then it is as long as the word): a reader that only wants long
   * words need not make a string for every short one.
   */
  normIsShorterThan(i: number, length: number): boolean {
    const id = this.ids[i] as number;
    if (id >= 0) return (vocabulary[id] as string).length < length;
    const known = this.madeNorms?.[i];
    if (known !== undefined) return known.length < length;
    const start = this.starts[i] as number;
    const end = this.ends[i] as number;
    if (end - start < length) {
      let ascii = true;
      for (let k = start; k < end && ascii; k++) ascii = this.source.charCodeAt(k) < 128;
      // Lower-casing keeps an ASCII word's length; other words are measured as made.
      if (ascii) return true;
    }
    return this.norm(i).length < length;
  }

  /**
   * The word id whose word norm(i) returns, or UNKNOWN_WORD when norm(i) is a string of
   * its own: as norm() reads it, so unlike wordIds() it never looks a token up again.
   */
  normId(i: number): number {
    return this.ids[i] as number;
  }

  /** Every token's norm (see norm()), in token order. */
  get norms(): readonly string[] {
    return Array.from({ length: this.count }, (_, i) => this.norm(i));
  }

  /** Make every norm of a token without a word id not made yet (see norm()). */
  makeAllNorms(): void {
    for (let i = 0; i < this.count; i++) if ((this.ids[i] as number) < 0) this.norm(i);
  }

  /**
   * Each token's word id, or UNKNOWN_WORD for words no template mentions. A template
   * compiled after the text was read (the person's own phrases) may have added words
   * since; then the unknown tokens are looked up again.
   */
  wordIds(): Int32Array {
    if (this.resolvedAt === vocabularySize) return this.ids;
    const { ids } = this;
    for (let i = 0; i < this.count; i++) {
      if (ids[i] !== UNKNOWN_WORD) continue;
      const norm = this.norm(i);
      const stem = possessiveStem(norm);
      // The stem's id, when the word is read as its stem: norm() then gives the stem.
      const entry = lexicon.get(stem ?? norm);
      if (typeof entry !== 'number') continue;
      ids[i] = entry;
    }
    this.resolvedAt = vocabularySize;
    return ids;
  }
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token of this sentence in `TextModel.tokens`. */
  firstToken: number;
  /** One past the last token of this sentence. */
  endToken: number;
}

export interface TextModel {
  /** The text as given: every offset in the model (tokens, sentences) points into it. */
  text: string;
  /** The text rules read (normalise.ts): invisible characters gone, look-alikes folded. */
  folded: string;
  tokens: TokenList;
  sentences: Sentence[];
}

// Contractions are expanded into the words they stand for, so that one template
// ("you are right") matches "you're right", "you are right" and "You’re right".
// Every part keeps the offsets of the whole contraction for highlighting.
const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
  "you're": ['you', 'are'],
  "we're": ['we', 'are'],
  "they're": ['they', 'are'],
  "i'm": ['i', 'am'],
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "what's": ['what', 'is'],
  "there's": ['there', 'is'],
  "here's": ['here', 'is'],
  "he's": ['he', 'is'],
  "she's": ['she', 'is'],
  "who's": ['who', 'is'],
  "this's": ['this', 'is'],
  "let's": ['let', 'us'],
  "i've": ['i', 'have'],
  "you've": ['you', 'have'],
  "we've": ['we', 'have'],
  "they've": ['they', 'have'],
  "i'd": ['i', 'would'],
  "you'd": ['you', 'would'],
  "we'd": ['we', 'would'],
  "it'd": ['it', 'would'],
  "that'd": ['that', 'would'],
  "he'd": ['he', 'would'],
  "she'd": ['she', 'would'],
  "they'd": ['they', 'would'],
  "who'd": ['who', 'would'],
  "there'd": ['there', 'would'],
  "i'll": ['i', 'will'],
  "you'll": ['you', 'will'],
  "we'll": ['we', 'will'],
  "it'll": ['it', 'will'],
  "that'll": ['that', 'will'],
  "he'll": ['he', 'will'],
  "she'll": ['she', 'will'],
  "they'll": ['they', 'will'],
  "there'll": ['there', 'will'],
  "who'll": ['who', 'will'],
  "isn't": ['is', 'not'],
  "aren't": ['are', 'not'],
  "wasn't": ['was', 'not'],
  "weren't": ['were', 'not'],
  "don't": ['do', 'not'],
  "doesn't": ['does', 'not'],
  "didn't": ['did', 'not'],
  "can't": ['can', 'not'],
  "cannot": ['can', 'not'],
  "won't": ['will', 'not'],
  "wouldn't": ['would', 'not'],
  "shouldn't": ['should', 'not'],
  "couldn't": ['could', 'not'],
  "haven't": ['have', 'not'],
  "hasn't": ['has', 'not'],
  "hadn't": ['had', 'not'],
  "mustn't": ['must', 'not'],
  "ain't": ['is', 'not'],
  }),
);
for (const [contraction, parts] of CONTRACTIONS) {
  const entry = parts.map((norm) => ({ norm, id: internWord(norm), hash: prefixHash(norm) }));
  lexicon.set(contraction, entry);
  shortWords.add(contraction, entry);
}

/** Normalise one word the way templates are normalised: folded (normalise.ts), then lowerFoldedWord. */
export function normalizeWord(word: string): string {
  return lowerFoldedWord(isAscii(word) ? word : foldCharacters(word).text);
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/gu;

/**
 * Lower-case a word of already folded text and straighten its apostrophes. The
 * tokenizer reads folded text, so its words skip folding a second time.
 */
function lowerFoldedWord(word: string): string {
  // Fast path: plain ASCII words (most of them) need at most lower-casing, and
  // lower-case ones nothing at all (no allocation).
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return word.toLowerCase().replace(APOSTROPHES, "'");
    if (c >= 65 && c <= 90) upper = true;
  }
  if (!upper) return word;
  return word.toLowerCase();
}

/** Split a normalised word into the words the matcher compares (contractions expanded). */
export function expandWord(norm: string): readonly string[] {
  // A Map, not an object: a reply containing "constructor" must not hit Object.prototype.
  return CONTRACTIONS.get(norm) ?? [norm];
}

// A word: letters, marks and digits (\p{L}\p{M}\p{N}), optionally joined by single
// apostrophes or hyphens ("you're", "self-aware"). Scanned by hand rather than with a
// regex, whose exec() allocates a match for every word of the text.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UNCLASSIFIED = 0;
const IS_WORD_CHAR = 1;
const NOT_WORD_CHAR = 2;
/** Whether each BMP character is a word character, classified when first met. */
const bmpWordChars = new Uint8Array(0x10000);

/** Code units of the word character at `i` (2 outside the BMP), or 0 if it is none. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    // A high surrogate: the character is the pair (a lone one is no word character).
    const codePoint = text.codePointAt(i) as number;
    return codePoint > 0xffff && WORD_CHAR.test(String.fromCodePoint(codePoint)) ? 2 : 0;
  }
  let kind = bmpWordChars[c];
  if (kind === UNCLASSIFIED) {
    kind = WORD_CHAR.test(String.fromCharCode(c)) ? IS_WORD_CHAR : NOT_WORD_CHAR;
    bmpWordChars[c] = kind;
  }
  return kind === IS_WORD_CHAR ? 1 : 0;
}

/** 1 for the ASCII word characters (letters and digits), so most characters skip wordCharLength. */
const ASCII_WORD_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD_CHARS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Each ASCII word character lower-cased (letters and digits), 0 for every other ASCII
 * character: one table read both tells the tokenizer a word goes on and gives the
 * character its word-cache key holds.
 */
const ASCII_WORD_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (ASCII_WORD_CHARS[c] === 1) ASCII_WORD_LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

/** Whether `c` (the code unit at `i`) may join two parts of one word: ' ’ ʼ -. */
function isWordJoiner(c: number): boolean {
  return c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 0x02bc /* ʼ */ || c === 45 /* - */;
}

type Range = readonly [number, number];

/** How far a quotation may run, on one line, before its closing mark. */
const MAX_QUOTATION = 400;

/** The next occurrence of a cursor's character at or after `from`, or `n` when there is none. */
function nextOr(cursor: (from: number) => number, from: number, n: number): number {
  const at = cursor(from);
  return at === -1 ? n : at;
}

/**
 * Ranges that are not the assistant speaking in its own voice: fenced and inline code,
 * markdown block quotes, and text inside double quotation marks (usually the user's
 * words quoted back, or a term being discussed).
 */
export function findQuotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const n = text.length;
  // Jumps from one character that matters here to the next with indexOf, which is
  // much faster than looking at every character in turn.
  const cursors = {
    newline: charCursor(text, '\n'),
    backtick: charCursor(text, '`'),
    straightQuote: charCursor(text, '"'),
    openingQuote: charCursor(text, '\u201c'),
    closingQuote: charCursor(text, '\u201d'),
  };
  let i = 0;
  let lineStart = true;
  while (i < n) {
    if (lineStart) {
      // Only spaces and tabs keep a line at its start; a '>' there quotes the whole line.
      while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
      lineStart = false;
      if (text.charCodeAt(i) === 62 /* > */) {
        const end = nextOr(cursors.newline, i, n);
        ranges.push([i, end]);
        i = end;
        continue;
      }
    }
    i = Math.min(
      nextOr(cursors.newline, i, n),
      nextOr(cursors.backtick, i, n),
      nextOr(cursors.straightQuote, i, n),
      nextOr(cursors.openingQuote, i, n),
    );
    if (i >= n) break;
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      lineStart = true;
      i++;
      continue;
    }
    let end = -1;
    if (ch === 96 /* ` */ && text.startsWith('```', i)) {
      // Fenced code block: ``` … ``` (or to the end of the text if unclosed).
      const close = text.indexOf('```', i + 3);
      end = close === -1 ? n : close + 3;
    } else if (ch === 96) {
      // Inline code: `…` on one line.
      const close = nextOr(cursors.backtick, i + 1, n);
      if (close < nextOr(cursors.newline, i + 1, n)) end = close + 1;
    } else {
      // A quotation (" … " or “ … ” or “ … ") closes on the same line within
      // MAX_QUOTATION characters; otherwise the mark is a stray or a measurement
      // (12" pipe) and quotes nothing.
      let close = nextOr(cursors.straightQuote, i + 1, n);
      if (ch === 0x201c) close = Math.min(close, nextOr(cursors.closingQuote, i + 1, n));
      if (close < Math.min(i + MAX_QUOTATION, nextOr(cursors.newline, i + 1, n))) end = close + 1;
    }
    if (end === -1) {
      i++; // a lone mark: an ordinary character
    } else {
      ranges.push([i, end]);
      i = end;
    }
  }
  return ranges;
}

/**
 * Created on first use: building a sentence segmenter loads ICU's break rules (about
 * 20 ms in Chromium), which every chat page would otherwise pay while the content
 * script loads, before any reply needs it.
 */
let segmenter: Intl.Segmenter | undefined;

/** Longest piece of text handed to Intl.Segmenter at once. */
const SEGMENT_CHUNK = 2048;

/**
 * Cut text into pieces the segmenter handles quickly: at line breaks, and inside long
 * lines at a sentence end (". ", "! ", "? ") after SEGMENT_CHUNK characters. V8's
 * sentence segmenter slows down super-linearly on long strings (7 s for 500 KB of
 * short sentences), so bounded pieces keep the whole pass linear.
 */
function chunkRanges(text: string): number[] {
  // Flat: start and end of each piece in turn, not a [start, end] array per line.
  const chunks: number[] = [];
  let start = 0;
  const n = text.length;
  const nextNewline = charCursor(text, '\n');
  while (start < n) {
    let end = Math.min(n, start + SEGMENT_CHUNK);
    const newline = nextNewline(start);
    if (newline !== -1 && newline < end) {
      end = newline + 1;
    } else if (end < n) {
      // Look a little further for a sentence end; cut hard if there is none.
      const limit = Math.min(n, end + SEGMENT_CHUNK);
      let cut = -1;
      for (let i = end; i < limit - 1; i++) {
        const c = text.charCodeAt(i);
        if ((c === 46 || c === 33 || c === 63 || c === 10) && text.charCodeAt(i + 1) <= 32) {
          cut = i + 1;
          break;
        }
      }
      end = cut === -1 ? limit : cut;
    }
    chunks.push(start, end);
    start = end;
  }
  return chunks;
}

/** . ! ? … 。 ！ ？ and the Arabic and Devanagari full stops: they end sentences. */
const SENTENCE_END = /[!.?\u06d4\u0964\u2026\u3002\uff01\uff1f]/g;

/** A space or closing punctuation that can trail a sentence's end. */
const TRAILING_MARK = /^[\s.!?…"'”’)\]*_]$/u;
/** TRAILING_MARK's answer per code unit (0: not asked yet, 1: yes, 2: no), asked once per character. */
const trailingMarks = new Uint8Array(0x10000);

function isTrailingMark(c: number): boolean {
  let kind = trailingMarks[c] as number;
  if (kind === 0) {
    kind = TRAILING_MARK.test(String.fromCharCode(c)) ? 1 : 2;
    trailingMarks[c] = kind;
  }
  return kind === 1;
}

/**
 * Whether [start, end) has sentence-ending punctuation before its last few characters.
 * `nextSentenceEnd` searches forward (pieces come in order).
 */
function hasInnerSentenceEnd(
  text: string,
  start: number,
  end: number,
  nextSentenceEnd: (from: number, last: number) => number,
): boolean {
  // Trailing punctuation and spaces end the piece itself; only earlier ones can split it.
  let last = end - 1;
  while (last > start && isTrailingMark(text.charCodeAt(last))) last--;
  const found = nextSentenceEnd(start, last);
  return found !== -1 && found < last;
}

/**
 * SENTENCE_END's search for a plain text (FoldedText.plain), whose only sentence ends are
 * . ! and ?, as hasInnerSentenceEnd asks it (is there one before `last`?): answered from
 * the sentence breaker's own search for those and line breaks, so the text is searched
 * once, not twice. The first of those at or after `from` is the answer when it is a
 * sentence end, and when it lies at or after `last` (so does the first sentence end then:
 * the line feed that closes most pieces). A line break before `last` (a piece cut
 * inside a long line, or a carriage return, which cleanText never leaves) is passed by
 * SENTENCE_END's own search, without moving the breaker's past it.
 */
function plainSentenceEnds(text: string, breaker: SentenceBreaker): (from: number, last: number) => number {
  let fallback: ((from: number) => number) | null = null;
  return (from: number, last: number): number => {
    const found = breaker.nextTerminator(from);
    if (found === -1 || found >= last) return found;
    const c = text.charCodeAt(found);
    if (c !== 10 && c !== 13) return found;
    fallback ??= classCursor(text, SENTENCE_END);
    return fallback(from);
  };
}

/**
 * Sentence boundaries by Unicode's rules (sentence-breaks.ts, or Intl.Segmenter for
 * characters it does not cover); we also break at line breaks, because chat replies use
 * lists and headings without final punctuation.
 */
function sentenceRanges(text: string, plain = false): Sentence[] {
  // Sentence objects straight away (token ranges filled in later), not [start, end] pairs mapped to them.
  const ranges: Sentence[] = [];
  const breaker = new SentenceBreaker(text, plain);
  const nextSentenceEnd = plain ? plainSentenceEnds(text, breaker) : classCursor(text, SENTENCE_END);
  const chunks = chunkRanges(text);
  for (let c = 0; c < chunks.length; c += 2) {
    const chunkStart = chunks[c] as number;
    const chunkEnd = chunks[c + 1] as number;
    if (!hasInnerSentenceEnd(text, chunkStart, chunkEnd, nextSentenceEnd)) {
      // A list item, heading or single sentence: nothing for the segmenter to split.
      let end = chunkEnd;
      if (text.charCodeAt(end - 1) === 10) end--;
      if (end > chunkStart) ranges.push({ start: chunkStart, end, firstToken: 0, endToken: 0 });
      continue;
    }
    const breaks = breaker.breaks(chunkStart, chunkEnd) ?? segmenterBreaks(text, chunkStart, chunkEnd);
    let start = chunkStart;
    for (let i = 0; i <= breaks.length; i++) {
      const next = i < breaks.length ? (breaks[i] as number) : chunkEnd;
      let end = next;
      // Lines were already cut at their break; drop the break itself.
      if (text.charCodeAt(end - 1) === 10) end--;
      if (end > start) ranges.push({ start, end, firstToken: 0, endToken: 0 });
      start = next;
    }
  }
  return ranges;
}

/** Where sentences begin inside text.slice(start, end), by Intl.Segmenter (any script). */
function segmenterBreaks(text: string, start: number, end: number): number[] {
  const breaks: number[] = [];
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const { index } of segmenter.segment(text.slice(start, end))) {
    if (index > 0) breaks.push(start + index);
  }
  return breaks;
}

/**
 * Collects tokens into typed arrays that grow as needed. One builder serves every call
 * of buildTextModel (which never runs re-entrantly), so building a model allocates
 * only the finished arrays.
 */
class TokenListBuilder {
  private count = 0;
  private ids = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private sentences = new Int32Array(1024);
  private quoted = new Int32Array(1024);
  private prefixHashes = new Int32Array(1024);

  /** Start a new text, dropping whatever an interrupted one left behind. */
  begin(): void {
    this.count = 0;
  }

  /** A token: its word id (its norm is the vocabulary's word, see TokenList.norm), prefix hash, offsets, sentence and whether it is quoted. */
  push(id: number, hash: number, start: number, end: number, sentence: number, quoted: boolean): void {
    const i = this.count;
    if (i === this.starts.length) this.grow();
    this.ids[i] = id;
    this.starts[i] = start;
    this.ends[i] = end;
    this.sentences[i] = sentence;
    this.quoted[i] = quoted ? 1 : 0;
    this.prefixHashes[i] = hash;
    this.count = i + 1;
  }

  private grow(): void {
    const doubled = (array: Int32Array) => {
      const bigger = new Int32Array(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.ids = doubled(this.ids);
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.sentences = doubled(this.sentences);
    this.quoted = doubled(this.quoted);
    this.prefixHashes = doubled(this.prefixHashes);
  }

  /** The tokens pushed since begin(), copied into a slab (see tokenArray); `source` the text they were read from. */
  finish(source: string): TokenList {
    const count = this.count;
    const tokens = new TokenList(
      count,
      tokenArray(this.ids, count),
      vocabularySize,
      tokenArray(this.starts, count),
      tokenArray(this.ends, count),
      tokenArray(this.sentences, count),
      tokenArray(this.quoted, count),
      tokenArray(this.prefixHashes, count),
      source,
    );
    this.begin();
    return tokens;
  }
}

/**
 * Token arrays of short texts are cut from a shared slab: allocating a new typed array
 * (a new backing store) for every text took as long as tokenizing a short reply. A slab
 * stays alive as long as any text model cut from it, so it is kept small (64 KB: one
 * model kept for long, such as the settings page's ordinary replies, holds at most that),
 * and a text with more tokens than a sixteenth of it gets arrays of its own.
 */
const SLAB_INTS = 1 << 14;
let slab = new Int32Array(SLAB_INTS);
let slabUsed = 0;

/** Fewer tokens than this are copied one by one: set() needs a view of its source made first. */
const COPY_BY_HAND = 32;

/**
 * A copy of source[0, count) in a slab, or in a new array of its own when large. The view
 * is made by the constructor, not subarray(), which looks up a species constructor
 * first: for a short text, making the views of its six arrays cost more than copying them.
 */
function tokenArray(source: Int32Array, count: number): Int32Array {
  if (count > SLAB_INTS >> 4) return source.slice(0, count);
  if (slabUsed + count > SLAB_INTS) {
    slab = new Int32Array(SLAB_INTS);
    slabUsed = 0;
  }
  const at = slabUsed;
  if (count < COPY_BY_HAND) {
    for (let i = 0; i < count; i++) slab[at + i] = source[i] as number;
  } else {
    slab.set(source.subarray(0, count), at);
  }
  slabUsed += count;
  return new Int32Array(slab.buffer, at * Int32Array.BYTES_PER_ELEMENT, count);
}

const builder = new TokenListBuilder();

/**
 * A small cache of recently read words: most words of a reply ("the", "you", "great")
 * were read many times before, and cutting each out of the text, lower-casing it and
 * looking it up in the lexicon (hashing a fresh string) cost the tokenizer more than
 * finding the words. A word found here is compared by its packed characters (see
 * readTokens), and its lexicon entry and prefix hash reused, with no allocation (its norm
 * is the vocabulary's word, see TokenList.norm). Only ASCII words of up to 16 characters
 * are cached: ASCII, whose lower-casing readTokens can do itself, and short enough to
 * pack. The cache holds no string cut from a reply. The cache changes no result: it
 * returns exactly what lowerFoldedWord and the lexicon return, and it is emptied whenever
 * the lexicon grows (a word unknown before may be known now).
 */
const WORD_CACHE_BITS = 13;
const WORD_CACHE_SLOTS = 1 << WORD_CACHE_BITS;
/** At most SHORT_WORD_MAX_LENGTH: a word the cache misses is looked up in ShortWordTable. */
const WORD_CACHE_MAX_LENGTH = SHORT_WORD_MAX_LENGTH;
const wordCacheEntries: (number | readonly ContractionPart[] | undefined)[] = new Array<
  number | readonly ContractionPart[] | undefined
>(WORD_CACHE_SLOTS).fill(undefined);
/**
 * Per slot, CACHE_SLOT_INTS integers side by side in one typed array: the cached word's
 * key, its length (0: empty slot) and its characters as readTokens packs them
 * (key0–3); then its prefixHash and its lexicon id (CACHED_UNKNOWN for a word the
 * lexicon does not have, CACHED_CONTRACTION for one whose entry is in wordCacheEntries).
 * A hit compares five integers in one cache line and finds there all but the norm, where
 * comparing character by character read the word from the text a second time and the
 * prefix hash and entry each sat in an array of their own.
 */
const CACHE_SLOT_INTS = 8;
const wordCacheSlots = new Int32Array(WORD_CACHE_SLOTS * CACHE_SLOT_INTS);
/** A cached word's id when the lexicon does not have the word. */
const CACHED_UNKNOWN = UNKNOWN_WORD;
/** A cached word's id when its lexicon entry is a contraction's parts. */
const CACHED_CONTRACTION = -2;
/** The vocabulary size the cached lexicon entries were read at. */
let wordCacheVocabulary = -1;
function clearWordCache(): void {
  wordCacheEntries.fill(undefined);
  wordCacheSlots.fill(0);
  wordCacheVocabulary = vocabularySize;
}

/**
 * The cache slot of a word by its key (its length and its characters packed four to an
 * integer, see readTokens): the keys mixed by multiplying, the slot from the top bits.
 * Worked out from the key once the word is read, rather than hashing every character on
 * the way (a multiply per character, half the cost of reading a word).
 */
function wordCacheSlotOf(length: number, key0: number, key1: number, key2: number, key3: number): number {
  const mixed =
    Math.imul(key0 ^ length, 0x9e3779b1) ^ Math.imul(key1, 0x85ebca6b) ^ Math.imul(key2, 0xc2b2ae35) ^ Math.imul(key3, 0x27d4eb2f);
  return Math.imul(mixed ^ (mixed >>> 16), 0x7feb352d) >>> (32 - WORD_CACHE_BITS);
}

/**
 * Put a short ASCII word (`length` long, its key key0–3) with its lexicon entry
 * (undefined for a word the lexicon does not have; a possessive read as its stem has
 * the stem's, see possessiveStem) and prefix hash in cache slot `slot`.
 */
function storeWord(
  slot: number,
  length: number,
  key0: number,
  key1: number,
  key2: number,
  key3: number,
  entry: number | readonly ContractionPart[] | undefined,
  hash: number,
): void {
  wordCacheEntries[slot] = entry;
  const at = slot * CACHE_SLOT_INTS;
  wordCacheSlots[at] = length;
  wordCacheSlots[at + 1] = key0;
  wordCacheSlots[at + 2] = key1;
  wordCacheSlots[at + 3] = key2;
  wordCacheSlots[at + 4] = key3;
  wordCacheSlots[at + 5] = hash;
  wordCacheSlots[at + 6] = entry === undefined ? CACHED_UNKNOWN : typeof entry === 'number' ? entry : CACHED_CONTRACTION;
}

/**
 * An ASCII code unit lower-cased. At module level, not a closure made per call: the
 * tokenizer asks prefixHashAt for every word its cache misses.
 */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** prefixHash of text[start, end) lower-cased, read in place (ASCII only). */
function prefixHashAt(text: string, start: number, end: number): number {
  if (end - start < 3) return -1;
  const lower = lowerAscii;
  return (
    ((lower(text.charCodeAt(start)) * 31 + lower(text.charCodeAt(start + 1))) * 31 + lower(text.charCodeAt(start + 2))) & 0xffff
  );
}

/**
 * Read the words of folded text into the builder, each with its sentence (an index into
 * `sentences`) and whether it is quoted. One loop, with every table it reads held in a
 * local: a word's end, its packed key (its characters lower-cased, four to an integer),
 * its word-cache slot and its sentence and quotation are all found in the one pass over
 * its characters. A helper per word that handed its hash and key back through
 * module-level variables cost about twice as much per word.
 */
function readTokens(text: string, sentences: readonly Sentence[], quoted: readonly Range[]): void {
  const n = text.length;
  const lowerOf = ASCII_WORD_LOWER;
  const slots = wordCacheSlots;
  // The sentence and quotation the current word may be in: the first whose end is after it.
  const lastSentence = sentences.length - 1;
  let sentenceIndex = 0;
  let sentenceEnd = lastSentence > 0 ? (sentences[0] as Sentence).end : Infinity;
  let quoteIndex = 0;
  let quoteStart = quoted.length > 0 ? (quoted[0] as Range)[0] : Infinity;
  let quoteEnd = quoted.length > 0 ? (quoted[0] as Range)[1] : Infinity;
  for (let start = 0; start < n; ) {
    const first = text.charCodeAt(start);
    if (first < 128 ? lowerOf[first] === 0 : wordCharLength(text, start) === 0) {
      start++;
      continue;
    }
    // The word's end: word characters, joined by single apostrophes or hyphens
    // ("you're", "self-aware"). Its ASCII characters are packed as they are read,
    // lower-cased, the last sixteen kept (key0 holds the last four, the last in its low
    // byte): for a word the cache can hold, that is the whole word.
    let i = start;
    let key0 = 0;
    let key1 = 0;
    let key2 = 0;
    let key3 = 0;
    let ascii = true;
    for (;;) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          const lower = lowerOf[c] as number;
          if (lower === 0) break;
          key3 = (key3 << 8) | (key2 >>> 24);
          key2 = (key2 << 8) | (key1 >>> 24);
          key1 = (key1 << 8) | (key0 >>> 24);
          key0 = (key0 << 8) | lower;
          i++;
        } else {
          const length = wordCharLength(text, i);
          if (length === 0) break;
          ascii = false;
          i += length;
        }
      }
      if (i + 1 >= n) break;
      const c = text.charCodeAt(i);
      if (!isWordJoiner(c) || wordCharLength(text, i + 1) === 0) break;
      if (c > 127) {
        ascii = false;
      } else {
        key3 = (key3 << 8) | (key2 >>> 24);
        key2 = (key2 << 8) | (key1 >>> 24);
        key1 = (key1 << 8) | (key0 >>> 24);
        key0 = (key0 << 8) | c;
      }
      // The word character after the joiner is packed (or found not ASCII) by the loop above.
      i += 1;
    }
    const end = i;
    const length = end - start;
    while (start >= sentenceEnd) {
      sentenceIndex++;
      sentenceEnd = sentenceIndex < lastSentence ? (sentences[sentenceIndex] as Sentence).end : Infinity;
    }
    while (start >= quoteEnd) {
      quoteIndex++;
      const range = quoted[quoteIndex];
      quoteStart = range === undefined ? Infinity : range[0];
      quoteEnd = range === undefined ? Infinity : range[1];
    }
    const isQuoted = start >= quoteStart;
    let entry: number | readonly ContractionPart[] | undefined;
    let hash: number;
    if (ascii && length <= WORD_CACHE_MAX_LENGTH) {
      const slot = wordCacheSlotOf(length, key0, key1, key2, key3);
      const at = slot * CACHE_SLOT_INTS;
      if (slots[at] === length && slots[at + 1] === key0 && slots[at + 2] === key1 && slots[at + 3] === key2 && slots[at + 4] === key3) {
        hash = slots[at + 5] as number;
        const id = slots[at + 6] as number;
        if (id >= 0) {
          // The common case, a known word: its token written here, without the entry.
          builder.push(id, hash, start, end, sentenceIndex, isQuoted);
          start = end;
          continue;
        }
        entry = id === CACHED_UNKNOWN ? undefined : wordCacheEntries[slot];
      } else {
        // A short ASCII word the cache misses: looked up by its characters, and cut out of
        // the text only when the lexicon has it (see ShortWordTable). The same answers as
        // the general path below, possessiveStem's included.
        let found = shortWords.find(text, start, end, charHash(text, start, end));
        if (found < 0 && length >= 5 && text.charCodeAt(end - 2) === 39 /* ' */ && (text.charCodeAt(end - 1) | 32) === 115 /* s */) {
          const stem = shortWords.find(text, start, end - 2, charHash(text, start, end - 2));
          if (stem >= 0 && typeof shortWords.entryAt(stem) === 'number') found = stem;
        }
        if (found >= 0) {
          entry = shortWords.entryAt(found);
          hash = shortWords.prefixHashAt(found);
        } else {
          entry = undefined;
          hash = prefixHashAt(text, start, end);
        }
        storeWord(slot, length, key0, key1, key2, key3, entry, hash);
      }
    } else {
      const word = lowerFoldedWord(text.slice(start, end));
      const norm = possessiveStem(word) ?? word;
      entry = lexicon.get(norm);
      hash = prefixHash(norm);
    }
    if (entry === undefined || typeof entry === 'number') {
      builder.push(entry ?? UNKNOWN_WORD, hash, start, end, sentenceIndex, isQuoted);
    } else {
      for (const part of entry) builder.push(part.id, part.hash, start, end, sentenceIndex, isQuoted);
    }
    start = end;
  }
}

/**
 * Build the token and sentence model of a text in linear time. The text is folded
 * first (normalise.ts) and the model built on the folded text; then every offset is
 * mapped back, so tokens and sentences point at the characters of `original`.
 */
export function buildTextModel(original: string): TextModel {
  if (wordCacheVocabulary !== vocabularySize) clearWordCache();
  const { text, map, plain } = foldText(original);
  const quoted = findQuotedRanges(text);
  const sentences = sentenceRanges(text, plain);
  builder.begin();
  readTokens(text, sentences, quoted);
  const tokens = builder.finish(text);
  // Token ranges per sentence (tokens are in order, so one sweep suffices).
  const sentenceOf = tokens.sentences;
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    while (t < tokens.count && (sentenceOf[t] as number) < s) t++;
    sentence.firstToken = t;
    while (t < tokens.count && sentenceOf[t] === s) t++;
    sentence.endToken = t;
  }
  if (map !== null) {
    // The norms not made yet are cut from `text`, at offsets about to point elsewhere.
    tokens.makeAllNorms();
    mapToOriginal(map, tokens, sentences);
  }
  return { text: original, folded: text, tokens, sentences };
}

/** Move token and sentence offsets from the folded text onto the original. */
function mapToOriginal(map: OffsetMap, tokens: TokenList, sentences: Sentence[]): void {
  const { starts, ends } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    const [start, end] = originalRange(map, starts[i] as number, ends[i] as number);
    starts[i] = start;
    ends[i] = end;
  }
  for (const sentence of sentences) {
    [sentence.start, sentence.end] = originalRange(map, sentence.start, sentence.end);
  }
}

/**
 * Prepare raw text: normalise line endings, keeping offsets stable (CR LF becomes a
 * space and a line feed). Invisible characters are not touched here: buildTextModel
 * deletes them with an offset map (normalise.ts).
 */
export function cleanText(raw: string): string {
  // Most replies have no carriage return: skip the regex replace (and its callback) then.
  if (raw.indexOf('\r') === -1) return raw;
  return raw.replace(/\r\n?/gu, (m) => (m.length === 2 ? ' \n' : '\n'));
}
