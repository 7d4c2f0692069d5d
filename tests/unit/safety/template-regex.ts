/**
 * A phrase template as an equivalent regular expression, so regex ReDoS checkers
 * (recheck, safe-regex2) can judge our templates.
 *
 * The matcher compares words, not characters, so the regex is written over an alphabet
 * of words: each literal word of the template is one private-use character, and so is
 * each kind of word the template can only tell apart by prefix. A token sequence is
 * encoded into that alphabet with `encode`, and then
 *   template matches the tokens  ⇔  new RegExp(source, 'u') matches encode(tokens)
 * (tested in no-backtracking.test.ts against the real matcher). The regex has exactly
 * the template's branching: a gap is a bounded repetition, a group an alternation.
 */
import type { CompiledTemplate } from '@/src/engine/pattern';
import { wordOf } from '@/src/engine/text';

type Element = CompiledTemplate['elements'][number];

const FIRST_SYMBOL = 0xe000;

export interface TemplateRegex {
  /** Regex source; use with the `u` flag. */
  source: string;
  /** Tokens (normalised words) as a string over the regex's alphabet. */
  encode(tokens: readonly string[]): string;
}

function collect(seq: readonly Element[], words: Set<string>, prefixes: Set<string>): void {
  for (const element of seq) {
    if (element.kind === 'word') words.add(wordOf(element.id));
    else if (element.kind === 'prefix') prefixes.add(element.prefix);
    else if (element.kind === 'group') for (const alternative of element.alternatives) collect(alternative, words, prefixes);
  }
}

const escape = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;

export function templateToRegex(template: CompiledTemplate): TemplateRegex {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  collect(template.elements, words, prefixes);
  // One symbol per literal word; one per prefix for "another word starting with it"
  // (a word with several of our prefixes counts as its longest); one for any other word.
  const wordSymbol = new Map<string, number>();
  const prefixSymbol = new Map<string, number>();
  let next = FIRST_SYMBOL;
  for (const word of words) wordSymbol.set(word, next++);
  for (const prefix of prefixes) prefixSymbol.set(prefix, next++);
  const otherSymbol = next;
  const anyWord = `[${escape(FIRST_SYMBOL)}-${escape(otherSymbol)}]`;

  const prefixClass = (prefix: string): string => {
    const members = [
      ...[...words].filter((w) => w.startsWith(prefix)).map((w) => wordSymbol.get(w) as number),
      ...[...prefixes].filter((p) => p.startsWith(prefix)).map((p) => prefixSymbol.get(p) as number),
    ];
    return `[${members.map(escape).join('')}]`;
  };

  const toRegex = (element: Element): string => {
    switch (element.kind) {
      case 'word':
        return escape(wordSymbol.get(wordOf(element.id)) as number);
      case 'prefix':
        return prefixClass(element.prefix);
      case 'any':
        return anyWord;
      case 'gap':
        return `${anyWord}{0,${element.max}}`;
      case 'group':
        return `(?:${element.alternatives.map((alt) => alt.map(toRegex).join('')).join('|')})`;
    }
  };

  const encodeToken = (token: string): number => {
    const word = wordSymbol.get(token);
    if (word !== undefined) return word;
    let longest: string | undefined;
    for (const prefix of prefixes) {
      if (token.startsWith(prefix) && (longest === undefined || prefix.length > longest.length)) longest = prefix;
    }
    return longest === undefined ? otherSymbol : (prefixSymbol.get(longest) as number);
  };

  return {
    source: template.elements.map(toRegex).join(''),
    encode: (tokens) => String.fromCodePoint(...tokens.map(encodeToken)),
  };
}
