/**
 * Faster `\b` for regexes with both the `i` and the `u` flag.
 *
 * Under `/iu` a word character is also any character whose case folding is one (the
 * long s "ſ" and the Kelvin sign "K"), and V8 compiles every such `\b` into a pair of
 * lookaround alternatives that it tries at every position of the text: a pattern that
 * opens with `\b` is read several times slower than the same pattern without the `u`
 * flag (11 against 2 ms a pass for `CLAIMS_THE_WORK` over the eval messages). Where the
 * pattern itself says which side of the boundary the word is on, one lookaround says the
 * same thing: after a letter, `\b` holds exactly where no word character follows; before
 * a letter, exactly where none precedes. `withFastWordBoundaries` rewrites those `\b`s,
 * and leaves every other one as it is.
 */

/** The word characters of `\b` under `/iu` (the class itself read under `/iu`). */
const WORD_CHARACTER = String.raw`[\w\u017f\u212a]`;
/** `\b` after a character that is surely a word character. */
const NO_WORD_CHARACTER_AFTER = `(?!${WORD_CHARACTER})`;
/** `\b` before a character that is surely a word character. */
const NO_WORD_CHARACTER_BEFORE = `(?<!${WORD_CHARACTER})`;

/** One piece of a pattern's source, with its place in it. */
interface Piece {
  kind: 'literal' | 'escape' | 'class' | 'open' | 'close' | 'alternative' | 'quantifier' | 'other';
  text: string;
  /** For 'open': whether the group matches text (capturing or `(?:`), not a lookaround. */
  consumes?: boolean;
}

/** The length of the escape starting at source[i] (a backslash). */
function escapeLength(source: string, i: number): number {
  const next = source[i + 1];
  if (next === 'u' && source[i + 2] === '{') return source.indexOf('}', i) - i + 1;
  if (next === 'u') return 6;
  if (next === 'x') return 4;
  if ((next === 'p' || next === 'P') && source[i + 2] === '{') return source.indexOf('}', i) - i + 1;
  if (next === 'k' && source[i + 2] === '<') return source.indexOf('>', i) - i + 1;
  if (next === 'c') return 3;
  return 2;
}

function piecesOf(source: string): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    let end = i + 1;
    let piece: Piece;
    if (c === '\\') {
      end = i + escapeLength(source, i);
      piece = { kind: 'escape', text: source.slice(i, end) };
    } else if (c === '[') {
      while (source[end] !== ']') end += source[end] === '\\' ? escapeLength(source, end) : 1;
      end++;
      piece = { kind: 'class', text: source.slice(i, end) };
    } else if (c === '(') {
      let consumes = true;
      if (source[i + 1] === '?') {
        const after = source[i + 2];
        if (after === ':') end = i + 3;
        else if (after === '=' || after === '!') [end, consumes] = [i + 3, false];
        else if (after === '<' && (source[i + 3] === '=' || source[i + 3] === '!')) [end, consumes] = [i + 4, false];
        else end = source.indexOf('>', i) + 1; // a named group
      }
      piece = { kind: 'open', text: source.slice(i, end), consumes };
    } else if (c === ')') {
      piece = { kind: 'close', text: c };
    } else if (c === '|') {
      piece = { kind: 'alternative', text: c };
    } else if (c === '?' || c === '*' || c === '+' || c === '{') {
      if (c === '{') end = source.indexOf('}', i) + 1;
      if (source[end] === '?') end++; // lazy
      piece = { kind: 'quantifier', text: source.slice(i, end) };
    } else {
      piece = { kind: /^\w$/.test(c) ? 'literal' : 'other', text: c };
    }
    pieces.push(piece);
    i = end;
  }
  return pieces;
}

/** Whether a quantifier lets its atom match no text at all. */
function mayBeEmpty(quantifier: Piece | undefined): boolean {
  if (quantifier?.kind !== 'quantifier') return false;
  const q = quantifier.text;
  return q.startsWith('?') || q.startsWith('*') || /^\{0\s*[,}]/.test(q);
}

/** The index of the piece that closes the group opened at `open`, or that opens the group closed at `close`. */
function partner(pieces: readonly Piece[], at: number, step: 1 | -1): number {
  let depth = 0;
  for (let i = at; i >= 0 && i < pieces.length; i += step) {
    const kind = (pieces[i] as Piece).kind;
    if (kind === 'open') depth += step;
    else if (kind === 'close') depth -= step;
    if (depth === 0) return i;
  }
  return -1;
}

/**
 * Whether every match of the pieces up to `end` ends with a word character: the atom
 * ending there is a letter, digit or _ (whatever `/iu` lets a letter match is a word
 * character too), or a consuming group each of whose alternatives ends so; an atom that
 * may match nothing ("(?: that)?") must end so and so must the atom before it.
 */
function endsWithWordCharacter(pieces: readonly Piece[], end: number): boolean {
  const last = pieces[end];
  if (last === undefined) return false;
  if (last.kind === 'quantifier') {
    const atomEnd = end - 1;
    const atomStart = pieces[atomEnd]?.kind === 'close' ? partner(pieces, atomEnd, -1) : atomEnd;
    if (atomStart < 0 || !endsWithWordCharacter(pieces, atomEnd)) return false;
    return !mayBeEmpty(last) || endsWithWordCharacter(pieces, atomStart - 1);
  }
  if (last.kind === 'literal') return true;
  if (last.kind !== 'close') return false;
  const open = partner(pieces, end, -1);
  if (open < 0 || (pieces[open] as Piece).consumes !== true) return false;
  // Every alternative of the group: the piece before each top-level | and before the close.
  let depth = 0;
  for (let i = open + 1; i <= end; i++) {
    const kind = (pieces[i] as Piece).kind;
    if (kind === 'open') depth++;
    else if (kind === 'close' && i < end) depth--;
    if (depth === 0 && (kind === 'alternative' || i === end) && !endsWithWordCharacter(pieces, i - 1)) return false;
  }
  return true;
}

/**
 * Whether every match of the pieces from `start` on starts with a word character (see
 * endsWithWordCharacter): an atom that may match nothing ("(at )?least") must start so
 * and so must the atom after it.
 */
function startsWithWordCharacter(pieces: readonly Piece[], start: number): boolean {
  const first = pieces[start];
  if (first === undefined) return false;
  let atomEnd: number;
  if (first.kind === 'literal') {
    atomEnd = start;
  } else if (first.kind === 'open' && first.consumes === true) {
    atomEnd = partner(pieces, start, 1);
    if (atomEnd < 0) return false;
    // Every alternative of the group: the piece after the open and after each top-level |.
    let depth = 0;
    for (let i = start; i < atomEnd; i++) {
      const kind = (pieces[i] as Piece).kind;
      if (kind === 'open') depth++;
      else if (kind === 'close') depth--;
      if (((kind === 'open' && i === start) || (kind === 'alternative' && depth === 1)) && !startsWithWordCharacter(pieces, i + 1)) {
        return false;
      }
    }
  } else {
    return false;
  }
  const quantifier = pieces[atomEnd + 1];
  if (!mayBeEmpty(quantifier)) return true;
  return startsWithWordCharacter(pieces, atomEnd + 2);
}

/**
 * The same pattern with each `\b` whose side is known rewritten as one lookaround (see
 * the top of this file); a pattern without both the i and u flags is returned as it is.
 * It matches exactly what the given one matches, with the same groups.
 */
export function withFastWordBoundaries(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('i') || !pattern.flags.includes('u')) return pattern;
  const pieces = piecesOf(pattern.source);
  const rewritten = pieces.map((piece, i) => {
    if (piece.text !== '\\b') return piece.text;
    if (endsWithWordCharacter(pieces, i - 1)) return NO_WORD_CHARACTER_AFTER;
    if (startsWithWordCharacter(pieces, i + 1)) return NO_WORD_CHARACTER_BEFORE;
    return piece.text;
  });
  const fast = new RegExp(rewritten.join(''), pattern.flags);
  rewrittenPatterns.push([pattern, fast]);
  return fast;
}

/**
 * Every pattern rewritten so far, with its rewrite: a test holds each engine pattern's
 * rewrite to the original on strings made of the pattern's own words.
 */
export const rewrittenPatterns: [original: RegExp, rewritten: RegExp][] = [];
