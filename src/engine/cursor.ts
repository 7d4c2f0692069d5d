/**
 * Forward-only searches over one text. The engine's passes jump from one character
 * that matters to the next with indexOf or a regex search (native code, many times
 * faster than looking at each character in JavaScript), and positions only move
 * forward, so each stretch of text is searched once: calling indexOf afresh at every
 * position would rescan the rest of a reply without the character each time
 * (quadratic on a 1 MB single-line reply).
 */

/** Finds the next `char` at or after a position (-1 when there is none). */
export function charCursor(text: string, char: string): (from: number) => number {
  let cached = -2;
  return (from: number): number => {
    if (cached === -1) return -1;
    if (cached < from) cached = text.indexOf(char, from);
    return cached;
  };
}

/**
 * Finds the next character matching `pattern` at or after a position (-1 when there is
 * none). `pattern` must be a global, non-unicode character class: one code unit per
 * match, so a match ends one past where it starts.
 */
export function classCursor(text: string, pattern: RegExp): (from: number) => number {
  let cached = -2;
  return (from: number): number => {
    if (cached === -1) return -1;
    if (cached < from) {
      pattern.lastIndex = from;
      cached = pattern.test(text) ? pattern.lastIndex - 1 : -1;
    }
    return cached;
  };
}
