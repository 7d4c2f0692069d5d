/**
 * Evasion-proof text for matching. Before any rule reads a reply, its text is folded so
 * that characters a reader does not see, or sees as plain Latin letters, cannot hide a
 * phrase from the rules:
 *
 * - Default_Ignorable code points (zero-width space, joiners, word joiner, soft hyphen,
 *   BOM, bidi controls, variation selectors, tag characters…) are deleted, not turned
 *   into spaces: "bril\u200bliant" is one word, as a reader sees it.
 * - Compatibility forms are folded as NFKC folds them: full-width ("ｙｏｕ"), mathematical
 *   ("𝐲𝐨𝐮"), ligatures, non-breaking and other spaces.
 * - Combining diacritical marks are removed ("ýóú" and "you" + U+0301 read "you"). Only
 *   the generic diacritics blocks: the vowel signs of Indic scripts and Arabic harakat
 *   are parts of their letters and stay.
 * - Letters of other scripts that look like Latin letters (Cyrillic "о", Greek "ο"…)
 *   become those letters, after UTS #39's skeleton idea, with the table in
 *   confusables.json (its comment says what it holds and why).
 * - A single line break inside a sentence becomes a space (see joinBrokenLines).
 *
 * Case is kept (sentence boundaries depend on it); the tokenizer lower-cases words.
 * Folding can delete and expand characters, so it returns an offset map from each
 * folded character back to the original characters it came from: every span the engine
 * reports is mapped back and points at the original reply. Plain text (ASCII and the
 * punctuation chat replies use, which folding leaves alone) takes a fast path that
 * allocates nothing and has no map.
 */
import { z } from 'zod';
import confusablesData from './confusables.json';

const ConfusablesSchema = z
  .object({
    $comment: z.array(z.string()),
    /** Per Unicode block: one letter of another script → the one ASCII letter it looks like. */
    blocks: z.record(
      z.string(),
      z.record(
        z.string().regex(/^\p{L}$/u, 'each key must be a single letter'),
        z.string().regex(/^[A-Za-z]$/u, 'each value must be one ASCII letter'),
      ),
    ),
  })
  .strict();

/** The confusables table, validated once when the engine loads. */
export const CONFUSABLES: ReadonlyMap<string, string> = (() => {
  const parsed = ConfusablesSchema.parse(confusablesData);
  const table = new Map<string, string>();
  for (const letters of Object.values(parsed.blocks)) {
    for (const [letter, latin] of Object.entries(letters)) {
      if (letter.charCodeAt(0) < 128) throw new Error(`confusables.json: ASCII "${letter}" must not be folded`);
      table.set(letter, latin);
    }
  }
  return table;
})();

const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
/**
 * Combining Diacritical Marks, their Extended and Supplement blocks, the marks for
 * symbols, and the half marks: the accents that sit on any letter (and are piled up in
 * "Zalgo" text). Script-specific marks are left alone.
 */
function isCombiningDiacritic(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** `text` without its combining diacritical marks (all of them are in the BMP). */
function withoutDiacritics(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isCombiningDiacritic(c)) out += text[i] as string;
  }
  return out;
}

const FRACTION_SLASH = '\u2044';

/**
 * The folded form of one code point (see the file comment). Returns the character
 * itself when nothing changes.
 */
export function foldCodePoint(char: string): string {
  if (DEFAULT_IGNORABLE.test(char)) return '';
  const direct = CONFUSABLES.get(char);
  if (direct !== undefined) return direct;
  let folded = char.normalize('NFKC');
  // A vulgar fraction ("¾") decomposes to digits around a fraction slash ("3⁄4"), which
  // glues to a digit before it: "Platform 9¾" would read "93", "4". A space before it
  // keeps the whole number a word of its own ("9 3/4", as people type it).
  if (folded.length > 1 && folded.includes(FRACTION_SLASH)) return ` ${folded.replace(FRACTION_SLASH, '/')}`;
  const decomposed = folded.normalize('NFD');
  const stripped = withoutDiacritics(decomposed);
  if (stripped.length !== decomposed.length) folded = stripped.normalize('NFC');
  let out = '';
  for (const part of folded) {
    // A compatibility decomposition may hold an ignorable of its own: drop it too.
    if (DEFAULT_IGNORABLE.test(part)) continue;
    out += CONFUSABLES.get(part) ?? part;
  }
  return out;
}

const UNCLASSIFIED = 0;
const UNCHANGED = 1;
const CHANGED = 2;
/** Whether folding changes each BMP code unit, classified when first met. */
const bmpKinds = new Uint8Array(0x10000);
/** The folded form of each BMP character that folding changes. */
const bmpFolds = new Map<number, string>();
/** Folded forms of characters outside the BMP, up to a bound (hostile text may hold many distinct ones). */
const astralFolds = new Map<number, string>();
const MAX_ASTRAL_CACHE = 4096;
for (let c = 0; c < 128; c++) bmpKinds[c] = UNCHANGED;

/** Classify BMP code unit `c` (not a surrogate); returns UNCHANGED or CHANGED. */
function classifyBmp(c: number): number {
  const folded = foldCodePoint(String.fromCharCode(c));
  if (folded.length === 1 && folded.charCodeAt(0) === c) {
    bmpKinds[c] = UNCHANGED;
    return UNCHANGED;
  }
  bmpFolds.set(c, folded);
  bmpKinds[c] = CHANGED;
  return CHANGED;
}

function foldAstral(codePoint: number): string {
  let folded = astralFolds.get(codePoint);
  if (folded === undefined) {
    folded = foldCodePoint(String.fromCodePoint(codePoint));
    if (astralFolds.size < MAX_ASTRAL_CACHE) astralFolds.set(codePoint, folded);
  }
  return folded;
}

/**
 * Where each folded character came from: folded character i stands for the original
 * characters [starts[i], ends[i]). A character that expanded (one ligature into two
 * letters) gives each of its parts the same range; a deleted character joins the range
 * of the folded character before it (deleted characters at the very start belong to
 * none). Ranges are in order and do not overlap except between parts of one expansion.
 */
export interface OffsetMap {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export interface FoldedText {
  /** The folded text rules match against. */
  text: string;
  /** Null when folding kept every character in place (offsets are the same). */
  map: OffsetMap | null;
  /**
   * Whether every character is ASCII or one of the typographic marks folding leaves alone
   * (– — ‘ ’ “ ” •): then the text has nothing the tokenizer's sentence splitter needs
   * Intl.Segmenter for, and no sentence end but . ! and ? (see sentenceRanges). Found by
   * the search for characters to fold, which then finds none.
   */
  plain: boolean;
}

/**
 * Characters folding might change: anything but ASCII and the typographic punctuation
 * most replies are full of (dashes, curly quotes, bullet), which NFKC leaves alone. A
 * regex search skips the rest in native code, several times faster than a loop here.
 */
const MAYBE_CHANGED = /[^\t\n\r\x20-\x7f\u2013\u2014\u2018\u2019\u201c\u201d\u2022]/g;

/** 2 when a surrogate pair starts at `i`, else 1 (a lone surrogate stays as it is). */
function astralWidth(text: string, i: number): number {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** Whether folding changes the surrogate pair at `i` (its folded form is then in foldAstral's cache). */
function astralChanges(text: string, i: number): boolean {
  const codePoint = text.codePointAt(i) as number;
  const folded = foldAstral(codePoint);
  return !(folded.length === 2 && folded.charCodeAt(0) === text.charCodeAt(i) && folded.charCodeAt(1) === text.charCodeAt(i + 1));
}

/** The index of the first code unit at or after `from` that folding changes, or -1 when none does. */
function firstChange(text: string, from: number): number {
  for (;;) {
    MAYBE_CHANGED.lastIndex = from;
    if (!MAYBE_CHANGED.test(text)) return -1;
    const i = MAYBE_CHANGED.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      // Emoji and other characters outside the BMP mostly stay as they are.
      const width = astralWidth(text, i);
      if (width === 2 && astralChanges(text, i)) return i;
      from = i + (width === 2 ? 2 : 1);
      continue;
    }
    const kind = bmpKinds[c] === UNCLASSIFIED ? classifyBmp(c) : bmpKinds[c];
    if (kind === CHANGED) return i;
    from = i + 1;
  }
}

/** Fold a text character by character (no line joining), with its offset map. */
export function foldCharacters(text: string): FoldedText {
  MAYBE_CHANGED.lastIndex = 0;
  const plain = !MAYBE_CHANGED.test(text);
  const first = plain ? -1 : firstChange(text, MAYBE_CHANGED.lastIndex - 1);
  if (first === -1) return { text, map: null, plain };
  const n = text.length;
  let capacity = n + 16;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  for (let i = 0; i < first; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  const pieces: string[] = [text.slice(0, first)];
  let length = first;
  /** Start of the current run of unchanged characters, copied in one slice. */
  let runStart = first;
  const ensure = (extra: number) => {
    if (length + extra <= capacity) return;
    while (length + extra > capacity) capacity *= 2;
    const biggerStarts = new Int32Array(capacity);
    biggerStarts.set(starts.subarray(0, length));
    starts = biggerStarts;
    const biggerEnds = new Int32Array(capacity);
    biggerEnds.set(ends.subarray(0, length));
    ends = biggerEnds;
  };
  let i = first;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // A run of ASCII, which folding never changes: mapped one to one in a tight loop
      // (most of a text after its first folded character; per character below, this
      // cost as much as the rest of building the text model).
      let end = i + 1;
      while (end < n && text.charCodeAt(end) < 128) end++;
      ensure(end - i);
      for (let k = i; k < end; k++) {
        starts[length] = k;
        ends[length] = k + 1;
        length++;
      }
      i = end;
      continue;
    }
    let width = 1;
    let folded: string | null = null;
    if (c >= 0xd800 && c <= 0xdfff) {
      width = astralWidth(text, i);
      if (width === 2 && astralChanges(text, i)) folded = foldAstral(text.codePointAt(i) as number);
    } else if (c >= 128) {
      const kind = bmpKinds[c] === UNCLASSIFIED ? classifyBmp(c) : bmpKinds[c];
      if (kind === CHANGED) folded = bmpFolds.get(c) as string;
    }
    if (folded === null) {
      // Unchanged (a lone surrogate too): map its code units one to one.
      ensure(width);
      for (let k = 0; k < width; k++) {
        starts[length] = i + k;
        ends[length] = i + k + 1;
        length++;
      }
      i += width;
      continue;
    }
    if (runStart < i) pieces.push(text.slice(runStart, i));
    if (folded.length === 0 && length > 0) {
      // A deleted character belongs to the one before it (an accent to its letter, a
      // soft hyphen to its syllable), so a span never cuts a letter from its accent.
      ends[length - 1] = i + width;
    }
    pieces.push(folded);
    ensure(folded.length);
    for (let k = 0; k < folded.length; k++) {
      starts[length] = i;
      ends[length] = i + width;
      length++;
    }
    i += width;
    runStart = i;
  }
  if (runStart < n) pieces.push(text.slice(runStart));
  const out = pieces.join('');
  return { text: out, map: { starts: starts.subarray(0, length), ends: ends.subarray(0, length) }, plain: false };
}

/** Characters after which a line break ends the sentence anyway. */
const SENTENCE_TERMINATORS = new Set(['.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f', '\u06d4', '\u0964']);
/** Line starts that make a line its own block: heading, quote, table row, code fence. */
const BLOCK_LINE_STARTS = new Set(['#', '>', '|', '`']);
const LOWER_CASE_START = /^\p{Ll}$/u;
/**
 * Words an English sentence never ends on (articles, possessives, conjunctions, the
 * commonest prepositions and intensifiers): a line that ends on one continues on the
 * next line even when that starts with a capital ("What a\nBrilliant idea").
 */
const NEVER_LAST_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'to', 'for', 'with', 'from', 'into', 'onto',
  'your', 'my', 'our', 'their', 'its', 'such', 'very', 'truly', 'absolutely', 'incredibly', 'genuinely',
]);
/** The longest word in NEVER_LAST_WORDS: only a line's last few letters are ever read. */
const LONGEST_NEVER_LAST = 10;

/**
 * Replace single line breaks inside sentences with spaces, keeping every offset. A
 * chat page wraps a sentence onto a new line ("You are absolutely\nright"), or a reply
 * is written that way to slip past rules matched sentence by sentence. A line break
 * continues the sentence when the text before it has no sentence end and the next line
 * starts with a lower-case letter, or with any letter when the line ends on a word no
 * sentence ends on ("a", "your", "and"). It still ends the sentence after a blank line,
 * before a list item (a marker, a digit, or a capital after an ordinary word: adapters
 * drop list markers), before or after a heading, block quote, table row or code fence.
 */
export function joinBrokenLines(text: string): string {
  let breakAt = text.indexOf('\n');
  if (breakAt === -1) return text;
  let pieces: string[] | null = null;
  let copiedTo = 0;
  let lineStart = 0;
  while (breakAt !== -1) {
    if (continuesSentence(text, lineStart, breakAt)) {
      pieces ??= [];
      pieces.push(text.slice(copiedTo, breakAt), ' ');
      copiedTo = breakAt + 1;
    }
    lineStart = breakAt + 1;
    breakAt = text.indexOf('\n', lineStart);
  }
  if (pieces === null) return text;
  pieces.push(text.slice(copiedTo));
  return pieces.join('');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/** Whether the line break at `breakAt` (ending the line that starts at `lineStart`) continues a sentence. */
function continuesSentence(text: string, lineStart: number, breakAt: number): boolean {
  let next = breakAt + 1;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  if (next >= text.length) return false;
  const nextChar = text.codePointAt(next) as number;
  let lowerCase = nextChar >= 97 && nextChar <= 122;
  if (!lowerCase && nextChar >= 128) lowerCase = LOWER_CASE_START.test(String.fromCodePoint(nextChar));
  const upperCase = !lowerCase && nextChar >= 65 && nextChar <= 90;
  if (!lowerCase && !upperCase) return false;
  let last = breakAt - 1;
  while (last >= lineStart && isSpace(text.charCodeAt(last))) last--;
  if (last < lineStart) return false; // a blank line
  if (SENTENCE_TERMINATORS.has(text[last] as string)) return false;
  if (upperCase && !endsOnNeverLastWord(text, lineStart, last)) return false;
  let first = lineStart;
  while (first < last && isSpace(text.charCodeAt(first))) first++;
  return !BLOCK_LINE_STARTS.has(text[first] as string);
}

/** Whether the line [lineStart, last] ends on a word from NEVER_LAST_WORDS. */
function endsOnNeverLastWord(text: string, lineStart: number, last: number): boolean {
  let start = last;
  while (start > lineStart && last - start < LONGEST_NEVER_LAST && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (!isAsciiLetter(text.charCodeAt(last))) return false;
  if (start > lineStart && isAsciiLetter(text.charCodeAt(start - 1))) return false; // a longer word
  return NEVER_LAST_WORDS.has(text.slice(start, last + 1).toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The last few texts folded in the turn being read, and their foldings (FOLD_MEMO_SIZE,
 * taken in turn). One turn folds the same strings again and again: the reply for its
 * text model, then for the position against the previous answer (reversal.ts), the
 * committed claim and the lean to the person's side (stance.ts) and the caving features;
 * the person's message and the previous answer twice or more. A folding is a pure
 * function of its text and nobody writes to one, so a text met again gets the same
 * object. readTurn forgets them when it is done (forgetFoldedTexts), so that no reply's
 * folding outlives its turn.
 */
const FOLD_MEMO_SIZE = 4;
const foldedTexts: (string | null)[] = new Array<string | null>(FOLD_MEMO_SIZE).fill(null);
const foldings: (FoldedText | null)[] = new Array<FoldedText | null>(FOLD_MEMO_SIZE).fill(null);
let nextFolding = 0;

/** Drop the foldings foldText keeps (see foldedTexts). */
export function forgetFoldedTexts(): void {
  foldedTexts.fill(null);
  foldings.fill(null);
}

/** Fold a text for matching (characters, then line breaks inside sentences). */
export function foldText(text: string): FoldedText {
  for (let k = 0; k < FOLD_MEMO_SIZE; k++) if (foldedTexts[k] === text) return foldings[k] as FoldedText;
  const folded = foldCharacters(text);
  // Joining lines turns line breaks into spaces: a plain text stays plain.
  const result: FoldedText = { text: joinBrokenLines(folded.text), map: folded.map, plain: folded.plain };
  foldedTexts[nextFolding] = text;
  foldings[nextFolding] = result;
  nextFolding = (nextFolding + 1) % FOLD_MEMO_SIZE;
  return result;
}

/** A half-open range [start, end) of folded text, mapped to the original text. */
export function originalRange(map: OffsetMap | null, start: number, end: number): [number, number] {
  if (map === null) return [start, end];
  const { starts, ends } = map;
  const length = starts.length;
  if (start >= length) {
    const tail = length === 0 ? 0 : (ends[length - 1] as number);
    return [tail, tail];
  }
  if (end <= start) {
    const at = starts[start] as number;
    return [at, at];
  }
  return [starts[start] as number, ends[Math.min(end, length) - 1] as number];
}
