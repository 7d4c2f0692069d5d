/**
 * Sentence boundaries by Unicode's rules (UAX #29, "Sentence Boundaries") for text made
 * of the characters most chat replies use: ASCII, Latin-1 letters, curly quotes, dashes,
 * bullets and arrows. Intl.Segmenter implements the same rules for all of Unicode, but
 * it took about a sixth of analyze()'s time; this covers nearly every line of a
 * typical English reply in a single pass and returns null for anything else, so the
 * caller can fall back to Intl.Segmenter. tests/unit/engine/sentence-breaks.test.ts
 * checks that both agree.
 *
 * Only the rule numbers of UAX #29 below matter for these characters: there are no
 * Extend or Format characters among them (SB5) and no OLetter.
 */
import { classCursor } from './cursor';

// Sentence_Break property values, as far as the supported characters have them.
const OTHER = 0;
const SP = 1;
/** Paragraph separators: CR and LF. */
const PARA_SEP = 2;
/** Full stop, which may also end an abbreviation or a number's integer part. */
const ATERM = 3;
/** "!" and "?". */
const STERM = 4;
/** Quotation marks and brackets. */
const CLOSE = 5;
/** Comma, hyphen, colon, semicolon and dashes: a sentence goes on after them. */
const SCONTINUE = 6;
const UPPER = 7;
const LOWER = 8;
const NUMERIC = 9;

/**
 * Every character outside the supported set, which is ASCII, the no-break space (A0),
 * Latin-1 letters (C0-FF without × D7 and ÷ F7) and ‘ ’ “ ” – — • →; classOf below
 * classifies exactly those.
 */
const UNSUPPORTED =
  /[\x80-\x9f\xa1-\xbf\xd7\xf7\u0100-\u2012\u2015-\u2017\u201a\u201b\u201e-\u2021\u2023-\u2191\u2193-\uffff]/g;
/** Where a sentence can end: after a terminator, or at a paragraph separator. */
const TERMINATOR_OR_PARA_SEP = /[\n\r!.?]/g;

const ASCII_CLASSES = (() => {
  const classes = new Uint8Array(128);
  const set = (chars: string, value: number) => {
    for (let i = 0; i < chars.length; i++) classes[chars.charCodeAt(i)] = value;
  };
  set('\t\u000b\u000c ', SP);
  set('\r\n', PARA_SEP);
  set('.', ATERM);
  set('!?', STERM);
  set('"\'()[]{}', CLOSE);
  set(',-:;', SCONTINUE);
  for (let c = 65; c <= 90; c++) classes[c] = UPPER;
  for (let c = 97; c <= 122; c++) classes[c] = LOWER;
  for (let c = 48; c <= 57; c++) classes[c] = NUMERIC;
  return classes;
})();

/** The Sentence_Break class of a supported character. */
function classOf(c: number): number {
  if (c < 128) return ASCII_CLASSES[c] as number;
  if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d) return CLOSE; // ‘ ’ “ ”
  if (c === 0x2013 || c === 0x2014) return SCONTINUE; // – —
  if (c === 0xa0) return SP; // no-break space
  if (c >= 0xc0 && c <= 0xde) return UPPER; // Latin-1 capitals
  if (c >= 0xdf && c <= 0xff) return LOWER; // Latin-1 small letters (and ß)
  return OTHER; // • →
}

/**
 * Whether no sentence may end before the token after a full stop's closing quotes and
 * spaces (at `next`): SB6 "3.14", SB7 "U.S", SB8 "etc. and" (a lower-case word follows,
 * possibly after digits or punctuation).
 */
function fullStopContinues(text: string, start: number, end: number, stop: number, next: number): boolean {
  const nextClass = classOf(text.charCodeAt(next));
  if (next === stop + 1) {
    if (nextClass === NUMERIC) return true; // SB6
    if (nextClass === UPPER && stop > start) {
      const before = classOf(text.charCodeAt(stop - 1));
      if (before === UPPER || before === LOWER) return true; // SB7
    }
  }
  for (let i = next; i < end; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === LOWER) return true; // SB8
    if (c === UPPER || c === PARA_SEP || c === ATERM || c === STERM) return false;
  }
  return false;
}

/** nextUnsupported of a text known to have no unsupported character. */
const NONE_UNSUPPORTED = (): number => -1;

/**
 * Sentence breaks for pieces of one text, taken in order: the searches for
 * unsupported characters and sentence ends move forward through the text, so splitting
 * all of its pieces costs one pass.
 */
export class SentenceBreaker {
  private readonly nextUnsupported: (from: number) => number;
  /** Where a sentence can end next, at or after a position (see TERMINATOR_OR_PARA_SEP); -1 when nowhere. */
  readonly nextTerminator: (from: number) => number;

  /**
   * @param supported the caller knows every character of `text` is supported (see
   *   FoldedText.plain): the search for unsupported ones, a pass over the whole text,
   *   is skipped.
   */
  constructor(
    private readonly text: string,
    supported = false,
  ) {
    this.nextUnsupported = supported ? NONE_UNSUPPORTED : classCursor(text, UNSUPPORTED);
    this.nextTerminator = classCursor(text, TERMINATOR_OR_PARA_SEP);
  }

  /**
   * Where sentences begin inside text.slice(start, end), treated as a text of its own:
   * the offsets Intl.Segmenter would report, without `start` itself. Null when the
   * piece contains a character outside the supported set. Pieces must not overlap and
   * must come in text order.
   */
  breaks(start: number, end: number): number[] | null {
    const unsupported = this.nextUnsupported(start);
    if (unsupported !== -1 && unsupported < end) return null;
    const text = this.text;
    const breaks: number[] = [];
    let i = this.nextTerminator(start);
    while (i !== -1 && i < end) {
      const c = classOf(text.charCodeAt(i));
      if (c === PARA_SEP) {
        // SB3, SB4: break after a paragraph separator (CR LF counts as one).
        let after = i + 1;
        if (text.charCodeAt(i) === 13 && after < end && text.charCodeAt(after) === 10) after++;
        if (after < end) breaks.push(after);
        i = this.nextTerminator(after);
        continue;
      }
      // SB9, SB10: a sentence end takes its closing quotes and the spaces after it.
      let next = i + 1;
      while (next < end && classOf(text.charCodeAt(next)) === CLOSE) next++;
      while (next < end && classOf(text.charCodeAt(next)) === SP) next++;
      if (next === end) break;
      const nextClass = classOf(text.charCodeAt(next));
      // A paragraph separator here is broken after when the loop reaches it (SB11).
      const continues =
        nextClass === PARA_SEP ||
        nextClass === SCONTINUE || // SB8a
        nextClass === ATERM ||
        nextClass === STERM ||
        (c === ATERM && fullStopContinues(text, start, end, i, next));
      if (!continues) breaks.push(next); // SB11
      i = this.nextTerminator(next);
    }
    return breaks;
  }
}

/** SentenceBreaker.breaks for a single piece of text. */
export function sentenceBreaks(text: string, start: number, end: number): number[] | null {
  return new SentenceBreaker(text).breaks(start, end);
}
