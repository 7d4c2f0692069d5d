/**
 * Text handling for the engine: tokens with offsets into the original reply, sentence
 * boundaries, and the parts of a reply that are not the assistant's own voice (code
 * and quotations). Everything here runs in one pass over the text (linear time).
 */

/** A word as the matcher sees it, with its place in the original string. */
export interface Token {
  /** Lower-cased, NFKC-normalised, apostrophes straightened. */
  norm: string;
  /** The first three characters of `norm`, for prefix templates (computed once). */
  prefix3: string;
  start: number;
  end: number;
  /** Index into `TextModel.sentences`. */
  sentence: number;
  /** True inside code, block quotes or quotation marks: not the assistant's own words. */
  quoted: boolean;
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
  text: string;
  tokens: Token[];
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
  "i'll": ['i', 'will'],
  "you'll": ['you', 'will'],
  "we'll": ['we', 'will'],
  "it'll": ['it', 'will'],
  "that'll": ['that', 'will'],
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

/** Normalise one word the way templates are normalised. */
export function normalizeWord(word: string): string {
  // Fast path: plain ASCII words (most of them) need at most lower-casing, and
  // lower-case ones nothing at all (no allocation).
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return word.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc\u2032`´]/gu, "'");
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

// A word: letters, marks and digits, optionally joined by single apostrophes or
// hyphens ("you're", "self-aware"). Each repetition must start with a separator,
// so the pattern is unambiguous and runs in linear time.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc-][\p{L}\p{M}\p{N}]+)*/gu;

type Range = readonly [number, number];

/**
 * Finds the next line break at or after a position, for positions that only move
 * forward. Calling indexOf('\n') afresh at every sentence would rescan the rest of a
 * reply with no line breaks each time: quadratic on a 1 MB single-line reply.
 */
function newlineCursor(text: string): (from: number) => number {
  let cached = -2;
  return (from: number): number => {
    if (cached === -1) return -1;
    if (cached < from) cached = text.indexOf('\n', from);
    return cached;
  };
}

/**
 * Ranges that are not the assistant speaking in its own voice: fenced and inline code,
 * markdown block quotes, and text inside double quotation marks (usually the user's
 * words quoted back, or a term being discussed).
 */
export function findQuotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let i = 0;
  let lineStart = true;
  const n = text.length;
  const nextNewline = newlineCursor(text);
  while (i < n) {
    const ch = text.charCodeAt(i);
    // Fenced code block: ``` … ``` (or to the end of the text if unclosed).
    if (ch === 96 /* ` */ && text.startsWith('```', i)) {
      const close = text.indexOf('```', i + 3);
      const end = close === -1 ? n : close + 3;
      ranges.push([i, end]);
      i = end;
      lineStart = false;
      continue;
    }
    if (ch === 96) {
      // Inline code: `…` on one line.
      const close = text.indexOf('`', i + 1);
      const newline = nextNewline(i + 1);
      if (close !== -1 && (newline === -1 || close < newline)) {
        ranges.push([i, close + 1]);
        i = close + 1;
        lineStart = false;
        continue;
      }
    }
    if (lineStart && ch === 62 /* > */) {
      // Markdown block quote: the whole line.
      const newline = nextNewline(i);
      const end = newline === -1 ? n : newline;
      ranges.push([i, end]);
      i = end;
      continue;
    }
    if (ch === 34 /* " */ || ch === 0x201c /* “ */) {
      // A quotation closes on the same line within 400 characters; otherwise the mark
      // is a stray or a measurement (12" pipe) and quotes nothing.
      const closer = ch === 34 ? '"' : '\u201d';
      const limit = Math.min(n, i + 400);
      let j = i + 1;
      let closed = -1;
      while (j < limit) {
        const c = text.charCodeAt(j);
        if (c === 10) break;
        if (text[j] === closer || (ch === 0x201c && c === 34)) {
          closed = j;
          break;
        }
        j++;
      }
      if (closed !== -1) {
        ranges.push([i, closed + 1]);
        i = closed + 1;
        lineStart = false;
        continue;
      }
    }
    if (ch === 10) lineStart = true;
    else if (ch !== 32 && ch !== 9) lineStart = false;
    i++;
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
function chunkRanges(text: string): Range[] {
  const chunks: Range[] = [];
  let start = 0;
  const n = text.length;
  const nextNewline = newlineCursor(text);
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
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

/** Whether [start, end) has sentence-ending punctuation before its last few characters. */
function hasInnerSentenceEnd(text: string, start: number, end: number): boolean {
  // Trailing punctuation and spaces end the piece itself; only earlier ones can split it.
  let last = end - 1;
  while (last > start && /[\s.!?…"'”’)\]*_]/u.test(text[last] as string)) last--;
  for (let i = start; i < last; i++) {
    const c = text.charCodeAt(i);
    // . ! ? … 。 ！ ？ and the Arabic/Devanagari full stops end sentences.
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x06d4 || c === 0x0964) {
      return true;
    }
  }
  return false;
}

/**
 * Sentence boundaries. Intl.Segmenter follows Unicode's rules; we also break at line
 * breaks, because chat replies use lists and headings without final punctuation.
 */
function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const [chunkStart, chunkEnd] of chunkRanges(text)) {
    if (!hasInnerSentenceEnd(text, chunkStart, chunkEnd)) {
      // A list item, heading or single sentence: nothing for the segmenter to split.
      let end = chunkEnd;
      if (text.charCodeAt(end - 1) === 10) end--;
      if (end > chunkStart) ranges.push([chunkStart, end]);
      continue;
    }
    const chunk = text.slice(chunkStart, chunkEnd);
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const { index, segment } of segmenter.segment(chunk)) {
      const start = chunkStart + index;
      let end = start + segment.length;
      // Lines were already cut at their break; drop the break itself.
      if (text.charCodeAt(end - 1) === 10) end--;
      if (end > start) ranges.push([start, end]);
    }
  }
  return ranges;
}

/** Build the token and sentence model of a text in linear time. */
export function buildTextModel(text: string): TextModel {
  const quoted = findQuotedRanges(text);
  const sentenceSpans = sentenceRanges(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceIndex = 0;
  let quoteIndex = 0;
  for (const [start, end] of sentenceSpans) {
    sentences.push({ start, end, firstToken: tokens.length, endToken: tokens.length });
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (sentenceIndex < sentences.length - 1 && (sentences[sentenceIndex] as Sentence).end <= start) {
      sentenceIndex++;
    }
    while (quoteIndex < quoted.length && (quoted[quoteIndex] as Range)[1] <= start) quoteIndex++;
    const range = quoted[quoteIndex];
    const isQuoted = range !== undefined && range[0] <= start && start < range[1];
    for (const part of expandWord(normalizeWord(m[0]))) {
      tokens.push({ norm: part, prefix3: part.slice(0, 3), start, end, sentence: sentenceIndex, quoted: isQuoted });
    }
  }
  // Token ranges per sentence (tokens are in order, so one sweep suffices).
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    while (t < tokens.length && (tokens[t] as Token).sentence < s) t++;
    sentence.firstToken = t;
    while (t < tokens.length && (tokens[t] as Token).sentence === s) t++;
    sentence.endToken = t;
  }
  return { text, tokens, sentences };
}

/**
 * Prepare raw text: Unicode-normalise line endings and drop zero-width characters that
 * would split words, keeping offsets stable (each replaced character becomes a space).
 */
export function cleanText(raw: string): string {
  return raw.replace(/[\u200b-\u200d\u2060\ufeff]/gu, ' ').replace(/\r\n?/gu, (m) => (m.length === 2 ? ' \n' : '\n'));
}
