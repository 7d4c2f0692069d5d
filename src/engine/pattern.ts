/**
 * Phrase templates: the only pattern language rules and users can write.
 *
 * A template is a sequence of words matched against a sentence's tokens:
 *   word          a word (case-insensitive; contractions are expanded, so write "you are")
 *   pre*          any word starting with "pre" (at least 3 letters before the star)
 *   {a|b c|}      one of the alternatives; an empty alternative makes the group optional
 *   _             any one word
 *   ..            a gap of zero to three words
 *
 * Templates are compiled into small token automata, not regular expressions: matching
 * walks forward over tokens with bounded look-ahead, so its cost is linear in the text
 * and no template can backtrack catastrophically, whoever wrote it.
 */
import { slotOf } from './slot-table';
import { expandWord, internWord, normalizeWord, prefixHash, UNKNOWN_WORD, wordOf, type TokenList } from './text';

type Element =
  /** `id`: the word's id in the shared vocabulary (text.ts internWord). */
  | { kind: 'word'; id: number }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'any' }
  | { kind: 'gap'; max: number }
  | {
      kind: 'group';
      alternatives: Element[][];
      /** Alternatives by their first literal word's id: only those can match at a given token. */
      byFirst: Map<number, Element[][]>;
      /** Alternatives that do not start with a literal word (prefix, any, nested group). */
      others: Element[][];
      /** True when an alternative is empty (the group is optional). */
      optional: boolean;
    };

/**
 * Every element is made with all the fields of every kind, in one order (fields its kind
 * does not use hold a fixed filler), so all elements share one hidden class: matchAt
 * reads `kind` and its fields at sites V8 then sees one shape at. With an object literal
 * per kind, those sites saw five shapes and went megamorphic (a generic lookup for every
 * element read).
 */
const NO_ALTERNATIVES: Element[][] = [];
const NO_FIRST_WORDS = new Map<number, Element[][]>();
function shaped(
  kind: Element['kind'],
  id = UNKNOWN_WORD,
  prefix = '',
  max = 0,
  alternatives: Element[][] = NO_ALTERNATIVES,
  byFirst: Map<number, Element[][]> = NO_FIRST_WORDS,
  others: Element[][] = NO_ALTERNATIVES,
  optional = false,
): Element {
  return { kind, id, prefix, max, alternatives, byFirst, others, optional } as Element;
}
const wordElement = (id: number): Element => shaped('word', id);
const prefixElement = (prefix: string): Element => shaped('prefix', UNKNOWN_WORD, prefix);
const anyElement = (): Element => shaped('any');
const gapElement = (max: number): Element => shaped('gap', UNKNOWN_WORD, '', max);

/**
 * How a match of a template can begin: the index keys of its first token, each once.
 * Arrays, not Sets, as are a template's second and third words: nothing asks them
 * whether they hold a word, only lists them, and a prebuilt template takes them as JSON
 * gave them, where making 8,000 Sets cost a fresh CLI thread about 20 ms at load.
 */
interface TemplateStarts {
  wordIds: readonly number[];
  /** First three letters of prefixes (`entangle*` → "ent"). */
  prefixes: readonly string[];
}

/** TemplateStarts as startsOf gathers them. */
interface StartSets {
  wordIds: Set<number>;
  prefixes: Set<string>;
}

/**
 * A compiled template. The same class whether compiled here (compileTemplate) or
 * unpacked from tables prebuilt at build time (unpackTemplate), so every site that reads
 * a template sees one shape.
 *
 * A prebuilt template keeps its elements packed until something first reads them:
 * indexing needs only `starts`, and a run meets only some templates (a one-line input
 * about 120 of the 2,111 bundled ones, the 10 MB bench input 1,422). Unpacking all
 * 52,000 elements (and a Map per group) at load was half of loading the bundled rules
 * in a fresh CLI thread, most of it garbage collection of objects that all survive.
 */
export class CompiledTemplate {
  /** The elements as shipped, until first read (null once unpacked, or when compiled here). */
  #packed: readonly PackedElement[] | null;
  #elements: Element[] | null;

  constructor(
    readonly source: string,
    elements: Element[] | null,
    packed: readonly PackedElement[] | null,
    /** How a match can start (see startsOf); null when any word can. */
    readonly starts: TemplateStarts | null,
    /** Word ids the second token of a match can have, each once (see followingWords); null when any word can. */
    readonly secondWords: readonly number[] | null,
    /** The same for the third token. */
    readonly thirdWords: readonly number[] | null,
  ) {
    this.#elements = elements;
    this.#packed = packed;
  }

  get elements(): Element[] {
    if (this.#elements === null) {
      this.#elements = (this.#packed as readonly PackedElement[]).map(unpackElement);
      this.#packed = null;
    }
    return this.#elements;
  }
}

export class TemplateError extends Error {}

/** Limits that keep every template cheap to match, whoever wrote it. */
export const TEMPLATE_LIMITS = {
  /** Characters in one template. */
  maxLength: 1500,
  /** Words along the longest way through a template. */
  maxWords: 24,
  /** Alternatives over all of a template's groups. */
  maxAlternatives: 400,
  maxGroupDepth: 2,
  maxGap: 3,
} as const;

function tokenizeTemplate(source: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of source) {
    if (ch === '{' || ch === '}' || ch === '|') {
      if (current.trim()) parts.push(current.trim());
      parts.push(ch);
      current = '';
    } else if (/\s/u.test(ch)) {
      if (current.trim()) parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Build a group element with its first-word dispatch table. */
function groupOf(alternatives: Element[][]): Element {
  const byFirst = new Map<number, Element[][]>();
  const others: Element[][] = [];
  let optional = false;
  for (const alt of alternatives) {
    const first = alt[0];
    if (first === undefined) {
      optional = true;
    } else if (first.kind === 'word') {
      const list = byFirst.get(first.id);
      if (list) list.push(alt);
      else byFirst.set(first.id, [alt]);
    } else {
      others.push(alt);
    }
  }
  return shaped('group', UNKNOWN_WORD, '', 0, alternatives, byFirst, others, optional);
}

/** Parse and compile one template; throws TemplateError with a reason a person can act on. */
export function compileTemplate(source: string): CompiledTemplate {
  if (typeof source !== 'string' || source.trim() === '') throw new TemplateError('the phrase is empty');
  if (source.length > TEMPLATE_LIMITS.maxLength) {
    throw new TemplateError(`the phrase is longer than ${TEMPLATE_LIMITS.maxLength} characters`);
  }
  const parts = tokenizeTemplate(source);
  let pos = 0;
  let alternativeCount = 0;

  function parseSequence(depth: number): Element[] {
    const seq: Element[] = [];
    while (pos < parts.length) {
      const part = parts[pos] as string;
      if (part === '|' || part === '}') break;
      pos++;
      if (part === '{') {
        if (depth >= TEMPLATE_LIMITS.maxGroupDepth) {
          throw new TemplateError(`groups may be nested at most ${TEMPLATE_LIMITS.maxGroupDepth} deep`);
        }
        const alternatives: Element[][] = [parseSequence(depth + 1)];
        while (parts[pos] === '|') {
          pos++;
          alternatives.push(parseSequence(depth + 1));
        }
        alternativeCount += alternatives.length;
        if (alternativeCount > TEMPLATE_LIMITS.maxAlternatives) {
          throw new TemplateError(`the phrase has more than ${TEMPLATE_LIMITS.maxAlternatives} alternatives`);
        }
        if (parts[pos] !== '}') throw new TemplateError('a "{" group is not closed with "}"');
        pos++;
        if (alternatives.every((a) => a.length === 0)) throw new TemplateError('a "{}" group is empty');
        seq.push(groupOf(alternatives));
      } else if (part === '_') {
        seq.push(anyElement());
      } else if (part === '..') {
        seq.push(gapElement(TEMPLATE_LIMITS.maxGap));
      } else if (part.endsWith('*')) {
        const prefix = normalizeWord(part.slice(0, -1));
        if (!/^[\p{L}\p{N}'-]{3,}$/u.test(prefix)) {
          throw new TemplateError(`"${part}": a prefix needs at least 3 letters before the *`);
        }
        seq.push(prefixElement(prefix));
      } else {
        const norm = normalizeWord(part);
        if (!/^[\p{L}\p{M}\p{N}'-]+$/u.test(norm)) {
          throw new TemplateError(`"${part}" is not a word (use letters, digits, ' and -; symbols are not matched)`);
        }
        for (const w of expandWord(norm)) seq.push(wordElement(internWord(w)));
      }
    }
    return seq;
  }

  const elements = parseSequence(0);
  if (longestPath(elements) > TEMPLATE_LIMITS.maxWords) {
    throw new TemplateError(`the phrase can be more than ${TEMPLATE_LIMITS.maxWords} words long`);
  }
  if (pos !== parts.length) throw new TemplateError(`unexpected "${parts[pos] ?? ''}"`);
  if (elements.length === 0) throw new TemplateError('the phrase has no words');
  const first = elements[0] as Element;
  if (first.kind === 'gap' || first.kind === 'any') throw new TemplateError('a phrase cannot start with _ or ..');
  const last = elements[elements.length - 1] as Element;
  if (last.kind === 'gap') throw new TemplateError('a phrase cannot end with ..');
  if (!elements.some((e) => e.kind === 'word' || e.kind === 'prefix' || e.kind === 'group')) {
    throw new TemplateError('the phrase has no words');
  }
  const starts = startsOf(elements, 0);
  const { secondWords, thirdWords } = followingWords(elements);
  return new CompiledTemplate(
    source,
    elements,
    null,
    starts && { wordIds: [...starts.wordIds], prefixes: [...starts.prefixes] },
    secondWords && [...secondWords],
    thirdWords && [...thirdWords],
  );
}

/**
 * A compiled template as plain JSON, for shipping templates compiled at build time
 * (see prebuilt-tables.ts): `[source, elements, starts, secondWords, thirdWords]`.
 * Elements are packed as: a word → its id (≥ 0); `_` → -1; a gap → -2 - its max; a
 * prefix → its string; a group → the array of its alternatives. Word lists keep their order.
 */
export type PackedTemplate = [
  source: string,
  elements: PackedElement[],
  starts: [wordIds: number[], prefixes: string[]] | null,
  secondWords: number[] | null,
  thirdWords: number[] | null,
];
type PackedElement = number | string | PackedElement[][];

const PACKED_ANY = -1;
const PACKED_GAP_BASE = -2;

function packElement(el: Element): PackedElement {
  switch (el.kind) {
    case 'word':
      return el.id;
    case 'any':
      return PACKED_ANY;
    case 'gap':
      return PACKED_GAP_BASE - el.max;
    case 'prefix':
      return el.prefix;
    case 'group':
      return el.alternatives.map((alt) => alt.map(packElement));
  }
}

function unpackElement(packed: PackedElement): Element {
  if (typeof packed === 'string') return prefixElement(packed);
  if (Array.isArray(packed)) return groupOf(packed.map((alt) => alt.map(unpackElement)));
  if (packed >= 0) return wordElement(packed);
  if (packed === PACKED_ANY) return anyElement();
  return gapElement(PACKED_GAP_BASE - packed);
}

export function packTemplate(t: CompiledTemplate): PackedTemplate {
  return [
    t.source,
    t.elements.map(packElement),
    t.starts && [[...t.starts.wordIds], [...t.starts.prefixes]],
    t.secondWords && [...t.secondWords],
    t.thirdWords && [...t.thirdWords],
  ];
}

/**
 * The inverse of packTemplate: the same template compileTemplate built (word ids must
 * mean the same words). Its elements are unpacked when first read (see CompiledTemplate).
 */
export function unpackTemplate([source, elements, starts, secondWords, thirdWords]: PackedTemplate): CompiledTemplate {
  return new CompiledTemplate(
    source,
    null,
    elements,
    starts && { wordIds: starts[0], prefixes: starts[1] },
    secondWords,
    thirdWords,
  );
}

/** The most tokens a sequence can consume (a gap counts as its maximum). */
function longestPath(seq: readonly Element[]): number {
  let total = 0;
  for (const el of seq) {
    if (el.kind === 'group') total += Math.max(...el.alternatives.map(longestPath));
    else if (el.kind === 'gap') total += el.max;
    else total += 1;
  }
  return total;
}

/**
 * Index keys a match can begin with: a literal word's id, or the first three letters
 * of a prefix. Null when any word can begin a match.
 */
function startsOf(seq: readonly Element[], index: number): StartSets | null {
  const out: StartSets = { wordIds: new Set(), prefixes: new Set() };
  for (let i = index; i < seq.length; i++) {
    const el = seq[i] as Element;
    if (el.kind === 'word') {
      out.wordIds.add(el.id);
      return out;
    }
    if (el.kind === 'prefix') {
      out.prefixes.add(el.prefix.slice(0, 3));
      return out;
    }
    if (el.kind !== 'group') return null;
    let optional = false;
    for (const alt of el.alternatives) {
      if (alt.length === 0 || canBeEmpty(alt)) optional = true;
      if (alt.length === 0) continue;
      const inner = startsOf(alt, 0);
      if (inner === null) return null;
      for (const id of inner.wordIds) out.wordIds.add(id);
      for (const prefix of inner.prefixes) out.prefixes.add(prefix);
    }
    if (!optional) return out;
  }
  return out.wordIds.size + out.prefixes.size > 0 ? out : null;
}

/** Whether a sequence can match zero tokens (only optional groups in it). */
function canBeEmpty(seq: readonly Element[]): boolean {
  return seq.every(
    (e) => (e.kind === 'group' && e.alternatives.some((a) => a.length === 0 || canBeEmpty(a))) || (e.kind === 'gap'),
  );
}

/** What remains to match after a group's alternative: a linked list of frames. */
interface Continuation {
  elements: readonly Element[];
  index: number;
  next: Continuation | null;
}

/**
 * Word ids the second and third tokens of a match can have, over every way through the
 * template; null for a token that can be any word, or that a match can end before.
 *
 * Most templates starting with a common word ("the", "it is") fail on their second or
 * third token; these sets let the scan skip them without trying. They only ever rule
 * out templates that cannot match, so null is always a safe answer.
 *
 * With `firstWord`, only the ways whose first token is a literal word take that word (a
 * prefix or `_` first still counts, as it may match it too): what can follow a match
 * known to start with that word. "{quantum|field|the universe|the matrix}" allows any
 * second word in general (a match can end after "field"), but after "the" only
 * "universe" or "matrix". With `secondWord` too, the same for the second token: what
 * the third token can be after "in the" ("style", "voice") is far less than after any
 * start of "{pretend|in character|in the style of|in the voice of}" (any word).
 */
function followingWords(
  elements: readonly Element[],
  firstWord: number = UNKNOWN_WORD,
  secondWord: number = UNKNOWN_WORD,
): { secondWords: Set<number> | null; thirdWords: Set<number> | null } {
  // Index 0: the second token of a match; index 1: the third.
  const words = [new Set<number>(), new Set<number>()];
  const anyWord = [false, false];
  // What follows a place in the template does not depend on how the walk got there (a
  // group's alternatives always continue after that group), so each place is walked
  // once per number of tokens taken: linear in the template's size, whatever its groups.
  const walked = new Map<readonly Element[], Set<number>>();
  /** Every token from the `taken`-th on (counting from 0) can be any word. */
  const anyFrom = (taken: number): void => {
    for (let t = Math.max(taken, 1); t <= 2; t++) anyWord[t - 1] = true;
  };
  const walk = (seq: readonly Element[], index: number, cont: Continuation | null, taken: number): void => {
    if (taken > 2 || (anyWord[0] && anyWord[1])) return;
    let places = walked.get(seq);
    if (places === undefined) walked.set(seq, (places = new Set()));
    const place = index * 3 + taken;
    if (places.has(place)) return;
    places.add(place);
    if (index === seq.length) {
      if (cont !== null) walk(cont.elements, cont.index, cont.next, taken);
      else if (taken > 0) anyFrom(taken); // the match can end here (before it took a token, it never counts)
      return;
    }
    const el = seq[index] as Element;
    switch (el.kind) {
      case 'word':
        if (taken === 0 && firstWord !== UNKNOWN_WORD && el.id !== firstWord) return; // not a way a match at that word takes
        if (taken === 1 && secondWord !== UNKNOWN_WORD && el.id !== secondWord) return;
        if (taken > 0) (words[taken - 1] as Set<number>).add(el.id);
        return walk(seq, index + 1, cont, taken + 1);
      case 'prefix':
      case 'any':
        if (taken > 0) anyWord[taken - 1] = true;
        return walk(seq, index + 1, cont, taken + 1);
      case 'gap':
        return anyFrom(taken); // the gap may take this token and the next ones
      case 'group': {
        const after: Continuation = { elements: seq, index: index + 1, next: cont };
        if (seq === elements && index === 0 && firstWord !== UNKNOWN_WORD) {
          // The template's first group, for a match known to start with `firstWord`: only
          // the alternatives starting with that word, with no literal word, or empty, in
          // that order. The others start with another word and would be dropped at their
          // first step, but only after visiting each: a group of 300 names ("{harry
          // potter|naruto|…}") is in 300 start buckets, and walking all of it for every
          // list of each was most of what the lazy dispatch cost. (This did it by making
          // a cut-down copy of the group first, a new Map of alternatives each time.)
          for (const alt of el.byFirst.get(firstWord) ?? NO_ALTERNATIVES) walk(alt, 0, after, taken);
          for (const alt of el.others) walk(alt, 0, after, taken);
          if (el.optional) walk(seq, index + 1, cont, taken);
          return;
        }
        for (const alt of el.alternatives) {
          if (alt.length === 0) walk(seq, index + 1, cont, taken);
          else walk(alt, 0, after, taken);
        }
      }
    }
  };
  walk(elements, 0, null, 0);
  return {
    secondWords: anyWord[0] ? null : (words[0] as Set<number>),
    thirdWords: anyWord[1] ? null : (words[1] as Set<number>),
  };
}

/** Which tokens a match may use: one sentence, and (by default) only the assistant's own words. */
export interface MatchWindow {
  tokens: TokenList;
  /** First token index allowed. */
  from: number;
  /** One past the last token index allowed. */
  to: number;
  /** Whether quoted tokens (code, quotations) may be part of a match. */
  allowQuoted: boolean;
}

/** What matchAt reads: the token arrays it compares (a prefix reads the token's norm) and the end of the window. */
interface Scan {
  ids: Int32Array;
  tokens: TokenList;
  quoted: Int32Array;
  to: number;
  allowQuoted: boolean;
}

function scanOf(tokens: TokenList, allowQuoted: boolean): Scan {
  return { ids: tokens.wordIds(), tokens, quoted: tokens.quoted, to: 0, allowQuoted };
}

/**
 * Try to match `elements` from `ei` at token `pos`, then the continuation; returns the
 * end token index of the longest match, or -1. Groups push a small frame instead of
 * copying arrays, so a failed attempt costs almost nothing. Recursion depth is bounded
 * by the template's size.
 */
function matchAt(
  elements: readonly Element[],
  ei: number,
  pos: number,
  scan: Scan,
  cont: Continuation | null,
): number {
  if (ei === elements.length) return cont === null ? pos : matchAt(cont.elements, cont.index, pos, scan, cont.next);
  const el = elements[ei] as Element;
  switch (el.kind) {
    case 'word':
    case 'prefix':
    case 'any': {
      if (pos >= scan.to) return -1;
      if (scan.quoted[pos] === 1 && !scan.allowQuoted) return -1;
      const ok =
        el.kind === 'word' ? scan.ids[pos] === el.id : el.kind === 'any' || scan.tokens.norm(pos).startsWith(el.prefix);
      return ok ? matchAt(elements, ei + 1, pos + 1, scan, cont) : -1;
    }
    case 'gap': {
      for (let skip = 0; skip <= el.max; skip++) {
        const p = pos + skip;
        if (p > scan.to) break;
        if (skip > 0 && scan.quoted[p - 1] === 1 && !scan.allowQuoted) break;
        const end = matchAt(elements, ei + 1, p, scan, cont);
        if (end !== -1) return end; // shortest gap wins: keeps spans tight
      }
      return -1;
    }
    case 'group': {
      let best = el.optional ? matchAt(elements, ei + 1, pos, scan, cont) : -1;
      const usable = pos < scan.to && (scan.quoted[pos] === 0 || scan.allowQuoted);
      const candidates = usable ? el.byFirst.get(scan.ids[pos] as number) : undefined;
      if (candidates === undefined && el.others.length === 0) return best;
      const after: Continuation = { elements, index: ei + 1, next: cont };
      if (candidates !== undefined) {
        for (let i = 0; i < candidates.length; i++) {
          // The first word is known to match: continue from the second element.
          const end = matchAt(candidates[i] as Element[], 1, pos + 1, scan, after);
          if (end > best) best = end;
        }
      }
      for (let i = 0; i < el.others.length; i++) {
        const end = matchAt(el.others[i] as Element[], 0, pos, scan, after);
        if (end > best) best = end;
      }
      return best;
    }
  }
}

/** A set of templates indexed by how a match can begin, so each token meets few templates. */
export interface TemplateSet {
  /** Id of the first word of a match to the templates that can start with it. */
  byFirstWord: Map<number, CompiledTemplate[]>;
  /** First three letters of a prefix (`entangle*` → "ent") to the templates starting with it. */
  byPrefix3: Map<string, CompiledTemplate[]>;
  anyStart: CompiledTemplate[];
  size: number;
}

/** Append to the list under `key`, creating it; a value already listed is not added again. */
function addUnique<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function buildTemplateSet(templates: readonly CompiledTemplate[]): TemplateSet {
  const byFirstWord = new Map<number, CompiledTemplate[]>();
  const byPrefix3 = new Map<string, CompiledTemplate[]>();
  const anyStart: CompiledTemplate[] = [];
  for (const t of templates) {
    if (t.starts === null) {
      anyStart.push(t);
      continue;
    }
    for (const id of t.starts.wordIds) addUnique(byFirstWord, id, t);
    for (const prefix of t.starts.prefixes) addUnique(byPrefix3, prefix, t);
  }
  return { byFirstWord, byPrefix3, anyStart, size: templates.length };
}

/** A match: token range [startToken, endToken) and the template that produced it. */
export interface TemplateMatch {
  startToken: number;
  endToken: number;
  template: CompiledTemplate;
}

/** Try each candidate at `pos`; returns the best end and template via `best`. */
function tryCandidates(
  candidates: readonly CompiledTemplate[] | undefined,
  pos: number,
  scan: Scan,
  best: { end: number; template: CompiledTemplate | null },
): void {
  if (candidates === undefined) return;
  for (let i = 0; i < candidates.length; i++) {
    const t = candidates[i] as CompiledTemplate;
    const end = matchAt(t.elements, 0, pos, scan, null);
    if (end > best.end) {
      best.end = end;
      best.template = t;
    }
  }
}

/**
 * All non-overlapping matches of a template set within one window, left to right,
 * longest match first at each position.
 */
export function findMatches(set: TemplateSet, win: MatchWindow): TemplateMatch[] {
  const out: TemplateMatch[] = [];
  if (set.size === 0) return out;
  const scan = scanOf(win.tokens, win.allowQuoted);
  scan.to = win.to;
  const { ids, tokens, quoted } = scan;
  const best: { end: number; template: CompiledTemplate | null } = { end: -1, template: null };
  const usePrefixes = set.byPrefix3.size > 0;
  const useAnyStart = set.anyStart.length > 0;
  let pos = win.from;
  while (pos < win.to) {
    best.end = -1;
    best.template = null;
    if (quoted[pos] === 0 || win.allowQuoted) {
      tryCandidates(set.byFirstWord.get(ids[pos] as number), pos, scan, best);
      if (usePrefixes) tryCandidates(set.byPrefix3.get(tokens.norm(pos).slice(0, 3)), pos, scan, best);
      if (useAnyStart) tryCandidates(set.anyStart, pos, scan, best);
    }
    if (best.template !== null && best.end > pos) {
      out.push({ startToken: pos, endToken: best.end, template: best.template });
      pos = best.end;
    } else {
      pos++;
    }
  }
  return out;
}

/** One template of one set, in the shared index. */
interface Candidate {
  /** Its place in UnifiedIndex.candidates. */
  number: number;
  setId: number;
  template: CompiledTemplate;
}

/**
 * The word ids on every way through a sequence: its literal words, and for a group
 * that cannot be skipped, the words all its alternatives share. Prefixes, `_` and gaps
 * require no particular word.
 */
function requiredWords(seq: readonly Element[]): Set<number> {
  const out = new Set<number>();
  for (const el of seq) {
    if (el.kind === 'word') {
      out.add(el.id);
    } else if (el.kind === 'group' && !el.optional) {
      let shared: number[] | null = null;
      for (const alt of el.alternatives) {
        const words = requiredWords(alt);
        shared = shared === null ? [...words] : shared.filter((id) => words.has(id));
        if (shared.length === 0) break;
      }
      for (const id of shared ?? []) out.add(id);
    }
  }
  return out;
}

/** The most words one of oneOfWords' lists may have (a longer one costs more to check than it saves). */
const MAX_ONE_OF_WORDS = 24;

/**
 * For each group after the first element that cannot be skipped, one word of each of
 * its alternatives, when every alternative has a word it always takes (see
 * requiredWords): a sentence without any of them cannot match. This is what required
 * words miss when the alternatives share no word: "{that is|it is} {so|} {brilliant|genius}"
 * requires neither "brilliant" nor "genius", but one of them. Of an alternative's words
 * the longest is taken, as a longer word is likely a rarer one ("by what you" → "what").
 */
function oneOfWords(elements: readonly Element[]): number[][] {
  const out: number[][] = [];
  for (let i = 1; i < elements.length; i++) {
    const el = elements[i] as Element;
    // A group with more alternatives than a list may hold words is not worth working
    // out (each alternative's required words cost start-up time).
    if (el.kind !== 'group' || el.optional || el.alternatives.length > MAX_ONE_OF_WORDS) continue;
    const words = new Set<number>();
    for (const alt of el.alternatives) {
      let longest = UNKNOWN_WORD;
      for (const id of requiredWords(alt)) {
        if (longest === UNKNOWN_WORD || wordOf(id).length > wordOf(longest).length) longest = id;
      }
      if (longest === UNKNOWN_WORD) {
        words.clear(); // an alternative without a word of its own: the group requires none
        break;
      }
      words.add(longest);
    }
    if (words.size > 1 && words.size <= MAX_ONE_OF_WORDS) out.push([...words]);
  }
  return out;
}

/** A start key (first word or prefix) no bucket answers to. */
const NO_BUCKET = -1;

/**
 * Every template of every set a ruleset uses, indexed together, so one pass over a
 * text's tokens finds the matches of all sets at once (one lookup per token instead
 * of one per set).
 *
 * The templates a token meets are found by its word (its start bucket) and the next two
 * tokens' words (see followingWords), as numbers: start buckets are numbered, each
 * bucket's candidates are split into lists of candidate numbers by the second word they
 * allow, and each of those by the third (StartDispatch), and a candidate's set is
 * read from a typed array. Numbers in a few arrays cost less to read than a Map per
 * bucket leading to arrays of objects.
 */
export interface UnifiedIndex {
  sets: readonly TemplateSet[];
  setIds: Map<TemplateSet, number>;
  /** Each template of each set once, numbered; the lists hold these numbers. */
  candidates: readonly Candidate[];
  /** The set of each candidate. */
  candidateSets: Int32Array;
  /** Start bucket of each first word id (NO_BUCKET: no template starts with it). */
  firstWordBuckets: Int32Array;
  /** Start bucket of the first three letters of a prefix (`entangle*` → "ent"). */
  prefixBuckets: Map<string, number>;
  /**
   * One bit per prefixHash, set for every key of prefixBuckets: most tokens fail this
   * without a lookup. Bits, not bytes: 8 KB stay in the first-level cache, where a byte
   * per hash (64 KB) cost a cache miss for nearly every token of every text.
   */
  prefixGate: Int32Array;
  /** The bucket of templates any word can start (NO_BUCKET when there are none). */
  anyStartBucket: number;
  /** Each bucket's candidates by the second and third word they allow. */
  dispatch: StartDispatch;
  /** What a candidate's match needs of the sentence. */
  checks: CandidateChecks;
}

/**
 * Numbered lists of numbers laid end to end in one typed array: list i is
 * items[starts[i]] up to items[starts[i + 1]].
 */
class FlatLists {
  items = new Int32Array(4096);
  private used = 0;
  /** Where each list starts in `items`, and (at `count`) where the next one will. */
  starts = new Int32Array(1024);
  /** How many lists there are (the next list's number). */
  count = 0;

  /** Add a list; returns its number. */
  add(list: readonly number[]): number {
    if (this.used + list.length > this.items.length) {
      const grown = new Int32Array(Math.max(this.items.length * 2, this.used + list.length));
      grown.set(this.items);
      this.items = grown;
    }
    if (this.count + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    for (let i = 0; i < list.length; i++) this.items[this.used++] = list[i] as number;
    this.starts[++this.count] = this.used;
    return this.count - 1;
  }
}

/** Whether every match of a template starts with the same literal word (see startsOf). */
function startsWithOneWord(template: CompiledTemplate): boolean {
  const { starts } = template;
  return starts !== null && starts.wordIds.length === 1 && starts.prefixes.length === 0;
}

/**
 * One bit filter of every (bucket, second word) pair the split buckets have a list for
 * (see StartDispatch.split), at least eight bits a pair: a clear bit says a bucket has no
 * list for a word without reading anything of the bucket. Over half the lookups over
 * the eval turns are for such a word (318k of 565k a pass), and one filter for all
 * buckets (32 KB for the bundled rules) stays in the cache, where a filter per bucket,
 * found through the bucket's record, cost two dependent reads from larger tables.
 */
class PairFilter {
  bits = new Int32Array(1024);
  /** 32 minus the log2 of the filter's size in bits. */
  shift = 32 - 15;
  private pairs = 0;

  /** Whether the filter may hold (bucket, word): false means it does not. */
  mayHold(bucket: number, word: number): boolean {
    const h = (Math.imul(bucket, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) >>> this.shift;
    return ((this.bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  }

  /** Hold (bucket, word); `all` lists every pair held so far, for when the filter must grow. */
  add(bucket: number, word: number, all: () => Iterable<readonly [number, number]>): void {
    if (8 * ++this.pairs > 32 * this.bits.length) {
      this.bits = new Int32Array(2 * this.bits.length);
      this.shift--;
      for (const [b, w] of all()) this.set(b, w);
    }
    this.set(bucket, word);
  }

  private set(bucket: number, word: number): void {
    const h = (Math.imul(bucket, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) >>> this.shift;
    this.bits[h >>> 5] = (this.bits[h >>> 5] as number) | (1 << (h & 31));
  }
}

/**
 * The layout of StartDispatch.code. A list of candidates is held by a pair of integers:
 * where its node starts (EMPTY_LIST for a list without items, or a pending list, see
 * PENDING_LIST), and its node's slot mask, so that a lookup by third word goes straight
 * to the slot, and reads the node's head only when the word has no items of its own.
 *
 * First, each bucket's head, HEAD_INTS integers: where its slots start (made when the
 * bucket is split), their mask, and the pair of its list for any second word. Its slots:
 * each a second word id (FREE_SLOT when free) and the pair of that word's list. A list's
 * node, made when a token first meets the list: where its items for any third word start
 * and end, its slots, each a third word id (FREE_SLOT when free) and where the items for
 * that word start and end, then the runs of items.
 */
const HEAD_SLOTS = 0;
const HEAD_MASK = 1;
const HEAD_ANY_SECOND = 2;
const HEAD_INTS = 4;
const BUCKET_SLOT_INTS = 3;
const NODE_HEAD_INTS = 2;
const NODE_SLOT_INTS = 3;

/** A slot that holds no word, in the dispatch tables and in group steps alike (word ids are never negative). */
const FREE_SLOT = -1;

/** Marks the `size` slots of an open-addressed word table at `slots` free, `stride` ints each. */
function freeWordSlots(code: Int32Array, slots: number, stride: number, size: number): void {
  for (let slot = 0; slot < size; slot++) code[slots + stride * slot] = FREE_SLOT;
}

/**
 * Writes `word` into the first free slot from its hash on (linear probing) of a dispatch
 * table, and returns where that slot starts: the bucket and list tables differ only in
 * what follows the word in a slot.
 */
function claimWordSlot(code: Int32Array, slots: number, stride: number, size: number, word: number): number {
  let slot = slotOf(word, size - 1);
  while (code[slots + stride * slot] !== FREE_SLOT) slot = (slot + 1) & (size - 1);
  const at = slots + stride * slot;
  code[at] = word;
  return at;
}
/**
 * What StartDispatch knows of a bucket without reading its head (bucketStates): not split
 * yet, split with no list for any second word (most buckets: their templates all name
 * their second word), or split with one.
 */
const NOT_SPLIT = 0;
const NO_ANY_SECOND = 1;
const HAS_ANY_SECOND = 2;
/** What listFor returns for a list without items, and such a list's node. */
const EMPTY_LIST = -2;
/**
 * A list's node at or below this says it is not made yet, and which pending list the
 * list is: PENDING_LIST - its number. Nodes' places are never negative.
 */
const PENDING_LIST = -3;

/** Slots of a table for `count` words: a power of two, at most half full (one slot, free, for none). */
function tableSlots(count: number): number {
  let size = 1;
  while (size < 2 * count) size *= 2;
  return size;
}

/**
 * The candidates of each start bucket split into lists by the second word they allow,
 * and each list's items again by the third (see followingWords), so a token meets only
 * the templates its next two tokens allow. Each list keeps the bucket's order, which
 * decides between equally long matches.
 *
 * Laid out in one Int32Array for a token's way through (see HEAD_SLOTS): a bucket's
 * head, its own open-addressing table of second words, each slot holding what a lookup
 * by the third word needs of the list, and the list's node, its table of third words
 * with the runs of items right after it. These were tables shared by every bucket and
 * every list (pairs of (bucket, word) and of (list, word), 0.8 and 1.5 MB), a record and
 * a bit filter per list, and the lists' bounds and items in arrays of their own: up to
 * eight dependent reads, most from tables far larger than the cache, for a token that
 * meets a list. Now a token reads its bucket's state (a byte, see NO_ANY_SECOND) and the
 * pair filter, and only when those allow a list, its bucket's head, one slot of the
 * bucket's table, one slot of the list's node and the items beside it.
 *
 * A bucket is split the first time a token meets it, and a list's node made the first
 * time a token meets the list, not when the index is built: splitting all 2,200 buckets
 * of the bundled rules was most of the cost of indexing them at every engine load (cold
 * code), and a text meets only a few hundred of them.
 */
class StartDispatch {
  /** The bucket heads, then the bucket tables and list nodes as made; consider() reads a list's items from here. */
  code: Int32Array;
  private used: number;
  /** Per bucket: NOT_SPLIT, NO_ANY_SECOND or HAS_ANY_SECOND (2 KB for the bundled rules' 2,000 buckets). */
  private readonly bucketStates: Uint8Array;
  /** The (bucket, second word) pairs with a list (see PairFilter). */
  private readonly pairFilter = new PairFilter();
  /** The lists of split buckets whose nodes are not made yet, by number (see PENDING_LIST). */
  private readonly pending = new FlatLists();
  /** Per pending list: the first and second word its matches start with (UNKNOWN_WORD: any). */
  private readonly pendingFirstWords: number[] = [];
  private readonly pendingSecondWords: number[] = [];

  constructor(
    private readonly candidates: readonly Candidate[],
    private readonly buckets: readonly (readonly Candidate[])[],
    /** Per bucket: the word id all its matches start with (UNKNOWN_WORD for prefix and any-start buckets). */
    private readonly bucketFirstWords: Int32Array,
  ) {
    this.code = new Int32Array(Math.max(1 << 15, 2 * buckets.length * HEAD_INTS));
    this.used = buckets.length * HEAD_INTS;
    this.bucketStates = new Uint8Array(buckets.length);
  }

  /**
   * The list of a bucket's candidates that a match with `second` as its second word can
   * be (UNKNOWN_WORD: a token no template names, or no usable second token): where in
   * `code` its pair is (see itemsFor), or EMPTY_LIST.
   */
  listFor(bucket: number, second: number): number {
    let state = this.bucketStates[bucket] as number;
    if (state === NOT_SPLIT) state = this.split(bucket);
    const code = this.code;
    const head = bucket * HEAD_INTS;
    let pair = head + HEAD_ANY_SECOND;
    if (second !== UNKNOWN_WORD && this.pairFilter.mayHold(bucket, second)) {
      const slots = code[head + HEAD_SLOTS] as number;
      const mask = code[head + HEAD_MASK] as number;
      for (let slot = slotOf(second, mask); ; slot = (slot + 1) & mask) {
        const entry = slots + BUCKET_SLOT_INTS * slot;
        const word = code[entry] as number;
        if (word === second) {
          pair = entry + 1;
          break;
        }
        if (word === FREE_SLOT) break;
      }
    }
    if (pair === head + HEAD_ANY_SECOND && state === NO_ANY_SECOND) return EMPTY_LIST;
    const node = code[pair] as number;
    if (node <= PENDING_LIST) this.makeListNode(pair);
    return pair;
  }

  /**
   * Where in `code` the bounds of the items of the list whose pair is at `pair` (see
   * listFor) that allow `third` as a match's third word are (UNKNOWN_WORD: a token no
   * template names, or no usable third token): the items run from code[bounds] up to
   * code[bounds + 1].
   */
  itemsFor(pair: number, third: number): number {
    const code = this.code;
    const node = code[pair] as number;
    if (third !== UNKNOWN_WORD) {
      const mask = code[pair + 1] as number;
      for (let slot = slotOf(third, mask); ; slot = (slot + 1) & mask) {
        const entry = node + NODE_HEAD_INTS + NODE_SLOT_INTS * slot;
        const word = code[entry] as number;
        if (word === third) return entry + 1;
        if (word === FREE_SLOT) break;
      }
    }
    return node;
  }

  /** Room for `ints` more integers at the end of `code`; returns where they start. */
  private reserve(ints: number): number {
    if (this.used + ints > this.code.length) {
      const grown = new Int32Array(Math.max(this.code.length * 2, this.used + ints));
      grown.set(this.code);
      this.code = grown;
    }
    const at = this.used;
    this.used += ints;
    return at;
  }

  /**
   * Split a bucket's candidates into lists by second word: a candidate that allows any
   * second word joins every list made so far, and every list made after it starts with
   * it. Each list waits for its node until a token first meets it. Returns the bucket's
   * state (see NO_ANY_SECOND).
   */
  private split(bucket: number): number {
    const made: number[][] = [];
    /** The second word of each list in `made`, and each such word's list. */
    const madeFor: number[] = [];
    const listOf = new Map<number, number[]>();
    const anySecond: number[] = [];
    const firstWord = this.bucketFirstWords[bucket] as number;
    for (const candidate of this.buckets[bucket] as readonly Candidate[]) {
      // In a first-word bucket, the words that can follow that word in particular: a
      // template whose alternatives start with many words lists far fewer after each.
      // (Walked only where that can differ: engine start-up pays for each walk.)
      const { template } = candidate;
      const secondWords =
        firstWord === UNKNOWN_WORD || template.secondWords !== null || startsWithOneWord(template)
          ? template.secondWords
          : followingWords(template.elements, firstWord).secondWords;
      if (secondWords === null) {
        anySecond.push(candidate.number);
        for (const list of made) list.push(candidate.number);
        continue;
      }
      for (const id of secondWords) {
        let list = listOf.get(id);
        if (list === undefined) {
          list = [...anySecond];
          made.push(list);
          madeFor.push(id);
          listOf.set(id, list);
        }
        list.push(candidate.number);
      }
    }
    const size = tableSlots(madeFor.length);
    const slots = this.reserve(BUCKET_SLOT_INTS * size);
    const code = this.code;
    freeWordSlots(code, slots, BUCKET_SLOT_INTS, size);
    made.forEach((list, k) => {
      const word = madeFor[k] as number;
      code[claimWordSlot(code, slots, BUCKET_SLOT_INTS, size, word) + 1] = this.addPending(list, firstWord, word);
    });
    const head = bucket * HEAD_INTS;
    code[head + HEAD_SLOTS] = slots;
    code[head + HEAD_MASK] = size - 1;
    code[head + HEAD_ANY_SECOND] = anySecond.length === 0 ? EMPTY_LIST : this.addPending(anySecond, firstWord, UNKNOWN_WORD);
    const state = anySecond.length === 0 ? NO_ANY_SECOND : HAS_ANY_SECOND;
    this.bucketStates[bucket] = state;
    for (const word of madeFor) this.pairFilter.add(bucket, word, () => this.pairs());
    return state;
  }

  /** Every (bucket, second word) pair of the split buckets' slots. */
  private *pairs(): Generator<readonly [number, number]> {
    const { code } = this;
    for (let bucket = 0; bucket < this.bucketStates.length; bucket++) {
      if (this.bucketStates[bucket] === NOT_SPLIT) continue;
      const head = bucket * HEAD_INTS;
      const slots = code[head + HEAD_SLOTS] as number;
      const size = (code[head + HEAD_MASK] as number) + 1;
      for (let slot = 0; slot < size; slot++) {
        const word = code[slots + BUCKET_SLOT_INTS * slot] as number;
        if (word !== FREE_SLOT) yield [bucket, word];
      }
    }
  }

  /** Keep a list until its node is made; returns what its pair holds meanwhile. */
  private addPending(list: readonly number[], firstWord: number, secondWord: number): number {
    this.pendingFirstWords.push(firstWord);
    this.pendingSecondWords.push(secondWord);
    return PENDING_LIST - this.pending.add(list);
  }

  /**
   * Make the node of the pending list whose pair is at `pair` in `code`, and put the
   * node's place and mask in the pair: the list's items split by the third word they
   * allow, given its first and second word, as split() does a bucket's by the second.
   * Each run keeps the list's order, which decides between equally long matches.
   */
  private makeListNode(pair: number): void {
    const { pending } = this;
    const number = PENDING_LIST - (this.code[pair] as number);
    const firstWord = this.pendingFirstWords[number] as number;
    const secondWord = this.pendingSecondWords[number] as number;
    const made: number[][] = [];
    /** The third word of each run in `made`, and each such word's run. */
    const madeFor: number[] = [];
    const runOf = new Map<number, number[]>();
    const anyThird: number[] = [];
    const end = pending.starts[number + 1] as number;
    for (let k = pending.starts[number] as number; k < end; k++) {
      const candidate = pending.items[k] as number;
      const template = (this.candidates[candidate] as Candidate).template;
      // Any third word in general: walked where the list's words can rule out ways
      // through the template (not when every match starts with the same word and goes
      // on with the same word). Start-up pays for each walk, so only here, where it
      // gains most: "{pretend|in character|in the style of}" after "in the".
      const firstDecides = firstWord === UNKNOWN_WORD || startsWithOneWord(template);
      const secondDecides = secondWord === UNKNOWN_WORD || (template.secondWords !== null && template.secondWords.length === 1);
      const thirdWords =
        template.thirdWords !== null || (firstDecides && secondDecides)
          ? template.thirdWords
          : followingWords(template.elements, firstWord, secondWord).thirdWords;
      if (thirdWords === null) {
        anyThird.push(candidate);
        for (const run of made) run.push(candidate);
        continue;
      }
      for (const id of thirdWords) {
        let run = runOf.get(id);
        if (run === undefined) {
          run = [...anyThird];
          made.push(run);
          madeFor.push(id);
          runOf.set(id, run);
        }
        run.push(candidate);
      }
    }
    const size = tableSlots(madeFor.length);
    const items = made.reduce((n, run) => n + run.length, anyThird.length);
    const node = this.reserve(NODE_HEAD_INTS + NODE_SLOT_INTS * size + items);
    const code = this.code;
    const slots = node + NODE_HEAD_INTS;
    let next = slots + NODE_SLOT_INTS * size;
    const writeRun = (run: readonly number[], bounds: number): void => {
      code[bounds] = next;
      for (const candidate of run) code[next++] = candidate;
      code[bounds + 1] = next;
    };
    writeRun(anyThird, node);
    freeWordSlots(code, slots, NODE_SLOT_INTS, size);
    made.forEach((run, k) => {
      const word = madeFor[k] as number;
      writeRun(run, claimWordSlot(code, slots, NODE_SLOT_INTS, size, word) + 1);
    });
    code[pair] = node;
    code[pair + 1] = size - 1;
  }
}

/**
 * Templates made only of literal words and groups of literal-word alternatives are
 * matched as word steps (see programLength and matchWordSteps), from a program of integers
 * written into CandidateChecks.words right after the candidate's required and one-of
 * words, so a match attempt reads a few neighbouring cache lines of one array:
 *
 *   [step count, step, step, …], each step either
 *   - STEP_WORD, then the word's id; or
 *   - STEP_GROUP or STEP_OPTIONAL_GROUP (the group may be skipped: it has an empty
 *     alternative), then its slot mask, its shift (32 minus the bits of a slot number),
 *     where the next step starts, and its slots, STEP_SLOT_INTS each: a first word
 *     (FREE_SLOT when free) and where that word's alternatives start and end, each
 *     alternative as its length and then its word ids. The slots are an open-addressing
 *     table by first word: a probe costs a multiply and a compare or two.
 *
 * These were objects, one per step, each holding four typed arrays: an attempt on a
 * template not met for a while (most of them, between two texts) missed the cache on
 * every object and array it read, and attempts were the largest part of a scan.
 */
const STEP_WORD = 0;
const STEP_GROUP = 1;
const STEP_OPTIONAL_GROUP = 2;
/** A group step's header: kind, mask, shift, where the next step starts. */
const GROUP_HEADER_INTS = 4;
const STEP_SLOT_INTS = 3;


/** What programLength returns for a template that cannot be matched as word steps. */
const NOT_WORD_STEPS = -1;

/**
 * The integers a template's word-step program takes (see STEP_WORD), or NOT_WORD_STEPS
 * when it has a prefix, `_`, a gap, a nested group or an alternative that does not start
 * with a word: those are left to matchAt. Each element is one step. 95% of the bundled
 * templates have only words and groups of word alternatives (most are one group of a few
 * dozen words), and nine match attempts in ten over the eval turns are theirs.
 *
 * Read straight from the elements, as writeProgram is (a group's alternatives by first
 * word are its byFirst map): the steps were first copied into objects, a Map per group
 * and an Int32Array per alternative, a third of the time a fresh CLI thread spends
 * preparing the 1,600 candidates it meets.
 */
function programLength(elements: readonly Element[]): number {
  let length = 1;
  for (const el of elements) {
    if (el.kind === 'word') {
      length += 2;
      continue;
    }
    if (el.kind !== 'group' || el.others.length > 0) return NOT_WORD_STEPS;
    length += GROUP_HEADER_INTS + STEP_SLOT_INTS * groupSlots(el.byFirst.size);
    for (const alternatives of el.byFirst.values()) {
      for (const alternative of alternatives) {
        for (const e of alternative) if (e.kind !== 'word') return NOT_WORD_STEPS;
        length += 1 + alternative.length;
      }
    }
  }
  return length;
}

/** Slots of a group step's table for `firsts` first words: a power of two, at least 4, at most half full. */
function groupSlots(firsts: number): number {
  let size = 4;
  while (size < 2 * firsts) size *= 2;
  return size;
}

/**
 * Write the word-step program of `elements` into `code` from `at` (programLength(elements)
 * integers; only for elements it does not refuse).
 */
function writeProgram(elements: readonly Element[], code: Int32Array, at: number): void {
  code[at++] = elements.length;
  for (const el of elements) {
    if (el.kind === 'word') {
      code[at++] = STEP_WORD;
      code[at++] = el.id;
      continue;
    }
    if (el.kind !== 'group') throw new Error('writeProgram: the template is not word steps (see programLength)');
    const size = groupSlots(el.byFirst.size);
    const shift = 32 - Math.log2(size);
    const slots = at + GROUP_HEADER_INTS;
    let next = slots + STEP_SLOT_INTS * size;
    code[at] = el.optional ? STEP_OPTIONAL_GROUP : STEP_GROUP;
    code[at + 1] = size - 1;
    code[at + 2] = shift;
    freeWordSlots(code, slots, STEP_SLOT_INTS, size);
    for (const [first, alternatives] of el.byFirst) {
      let slot = Math.imul(first, 0x9e3779b1) >>> shift;
      while (code[slots + STEP_SLOT_INTS * slot] !== FREE_SLOT) slot = (slot + 1) & (size - 1);
      const entry = slots + STEP_SLOT_INTS * slot;
      code[entry] = first;
      code[entry + 1] = next;
      for (const alternative of alternatives) {
        code[next++] = alternative.length;
        // Every element of these alternatives is a word (programLength checked).
        for (const word of alternative) code[next++] = (word as Extract<Element, { kind: 'word' }>).id;
      }
      code[entry + 2] = next;
    }
    code[at + 3] = next;
    at = next;
  }
}

/**
 * The token positions a match of word steps can have reached so far, and after the next
 * step (swapped step by step; scans never run re-entrantly). Positions lie within the
 * template's longest way from the start (TEMPLATE_LIMITS.maxWords), each kept once.
 */
const reachedHere = new Int32Array(TEMPLATE_LIMITS.maxWords + 1);
const reachedNext = new Int32Array(TEMPLATE_LIMITS.maxWords + 1);

/** Add `position` to the first `count` entries of `positions` unless there; returns the new count. */
function reach(positions: Int32Array, count: number, position: number): number {
  for (let k = 0; k < count; k++) if (positions[k] === position) return count;
  positions[count] = position;
  return count + 1;
}

/**
 * matchAt for a template's word-step program (at `program` in `code`) at token `pos`:
 * the end of its longest match, or -1. Where matchAt tries each way through the groups
 * by recursion, with a frame per group and alternative, this follows every way at once
 * as the set of token positions reached after each step, and the longest match ends at
 * the furthest one left.
 */
function matchWordSteps(code: Int32Array, program: number, pos: number, scan: Scan): number {
  const { ids, quoted, to, allowQuoted } = scan;
  let here = reachedHere;
  let next = reachedNext;
  here[0] = pos;
  let count = 1;
  const stepCount = code[program] as number;
  let step = program + 1;
  for (let s = 0; s < stepCount; s++) {
    const kind = code[step] as number;
    let nextCount = 0;
    if (kind === STEP_WORD) {
      const word = code[step + 1] as number;
      for (let k = 0; k < count; k++) {
        const at = here[k] as number;
        if (at >= to || (quoted[at] === 1 && !allowQuoted)) continue;
        if (ids[at] === word) nextCount = reach(next, nextCount, at + 1);
      }
      step += 2;
    } else {
      const mask = code[step + 1] as number;
      const shift = code[step + 2] as number;
      const slots = step + GROUP_HEADER_INTS;
      for (let k = 0; k < count; k++) {
        const at = here[k] as number;
        if (kind === STEP_OPTIONAL_GROUP) nextCount = reach(next, nextCount, at);
        if (at >= to || (quoted[at] === 1 && !allowQuoted)) continue;
        const id = ids[at] as number;
        // A word no template names (a negative id) starts no alternative.
        if (id < 0) continue;
        let slot = Math.imul(id, 0x9e3779b1) >>> shift;
        let first = code[slots + STEP_SLOT_INTS * slot] as number;
        while (first !== id && first !== FREE_SLOT) {
          slot = (slot + 1) & mask;
          first = code[slots + STEP_SLOT_INTS * slot] as number;
        }
        if (first !== id) continue;
        const entry = slots + STEP_SLOT_INTS * slot;
        const last = code[entry + 2] as number;
        for (let a = code[entry + 1] as number; a < last; ) {
          // An alternative: its length, then its words. Its first word is the token's; the
          // rest must follow, inside the window.
          const wordsEnd = a + 1 + (code[a] as number);
          let end = at + 1;
          let w = a + 2;
          for (; w < wordsEnd; w++, end++) {
            if (end >= to || (quoted[end] === 1 && !allowQuoted) || ids[end] !== code[w]) break;
          }
          if (w === wordsEnd) nextCount = reach(next, nextCount, end);
          a = wordsEnd;
        }
      }
      step = code[step + 3] as number;
    }
    if (nextCount === 0) return -1;
    const swap = here;
    here = next;
    next = swap;
    count = nextCount;
  }
  let furthest = -1;
  for (let k = 0; k < count; k++) if ((here[k] as number) > furthest) furthest = here[k] as number;
  return furthest;
}

/** CandidateChecks' mark for a candidate not tried yet. */
const NOT_READY = -1;
/** A candidate's program when it has none (matchAt matches it). */
const NO_PROGRAM = -1;

/**
 * Integers per candidate in CandidateChecks.records, and what each holds: its set's id;
 * where its required words start in `words` (NOT_READY before it is tried); where they
 * end and its lists of one-of words start; where those end; where its word-step program
 * starts (NO_PROGRAM: none). One record, one cache line per candidate met: these were
 * five arrays indexed by candidate, and the set's id a sixth.
 */
const CANDIDATE_INTS = 8;
const CANDIDATE_SET = 0;
const CANDIDATE_REQUIRED = 1;
const CANDIDATE_ONE_OF = 2;
const CANDIDATE_ONE_OF_END = 3;
const CANDIDATE_PROGRAM = 4;

/**
 * What consider() checks before it walks a candidate's elements, as runs of word ids in
 * one typed array, so that ruling a candidate out reads no object:
 * - the words every match contains (see requiredWords): a sentence that lacks one of
 *   them cannot match the template anywhere. Most templates that start with a common
 *   word ("you", "it", "the") need a rarer one further on ("brilliant", "apologize");
 * - lists of words of which the sentence must have one each (see oneOfWords);
 * then the template's word-step program, if it has one (see STEP_WORD).
 * Worked out the first time the candidate is tried: most never are, and working out
 * every template's required words cost 10 ms at every load.
 */
class CandidateChecks {
  /** The runs, one after another. */
  words = new Int32Array(4096);
  private used = 0;
  /** Per candidate, CANDIDATE_INTS integers (see CANDIDATE_SET). */
  readonly records: Int32Array;

  constructor(candidateSets: readonly number[]) {
    this.records = new Int32Array(candidateSets.length * CANDIDATE_INTS);
    for (let c = 0; c < candidateSets.length; c++) {
      this.records[c * CANDIDATE_INTS + CANDIDATE_SET] = candidateSets[c] as number;
      this.records[c * CANDIDATE_INTS + CANDIDATE_REQUIRED] = NOT_READY;
    }
  }

  prepare(candidate: Candidate): void {
    const { number, template } = candidate;
    const required = [...requiredWords(template.elements)];
    const oneOf = oneOfWords(template.elements);
    const programInts = programLength(template.elements);
    const needed =
      this.used + required.length + oneOf.reduce((n, list) => n + 1 + list.length, 0) + (programInts === NOT_WORD_STEPS ? 0 : programInts);
    if (needed > this.words.length) {
      const grown = new Int32Array(Math.max(needed, this.words.length * 2));
      grown.set(this.words);
      this.words = grown;
    }
    const at = number * CANDIDATE_INTS;
    this.records[at + CANDIDATE_REQUIRED] = this.used;
    for (const id of required) this.words[this.used++] = id;
    this.records[at + CANDIDATE_ONE_OF] = this.used;
    for (const list of oneOf) {
      this.words[this.used++] = list.length;
      for (const id of list) this.words[this.used++] = id;
    }
    this.records[at + CANDIDATE_ONE_OF_END] = this.used;
    if (programInts === NOT_WORD_STEPS) {
      this.records[at + CANDIDATE_PROGRAM] = NO_PROGRAM;
    } else {
      this.records[at + CANDIDATE_PROGRAM] = this.used;
      writeProgram(template.elements, this.words, this.used);
      this.used += programInts;
    }
  }
}

export function buildUnifiedIndex(sets: readonly TemplateSet[]): UnifiedIndex {
  const setIds = new Map<TemplateSet, number>();
  const byFirstWord = new Map<number, Candidate[]>();
  const byPrefix3 = new Map<string, Candidate[]>();
  const anyStart: Candidate[] = [];
  const candidates: Candidate[] = [];
  const candidateSets: number[] = [];
  const add = <K>(map: Map<K, Candidate[]>, key: K, candidate: Candidate) => {
    const list = map.get(key);
    if (list) list.push(candidate);
    else map.set(key, [candidate]);
  };
  sets.forEach((set, setId) => {
    setIds.set(set, setId);
    // One candidate per template, shared by every list it is in.
    const ofTemplate = new Map<CompiledTemplate, Candidate>();
    const candidate = (template: CompiledTemplate): Candidate => {
      let found = ofTemplate.get(template);
      if (found === undefined) {
        found = { number: candidates.length, setId, template };
        ofTemplate.set(template, found);
        candidates.push(found);
        candidateSets.push(setId);
      }
      return found;
    };
    for (const [word, templates] of set.byFirstWord) for (const template of templates) add(byFirstWord, word, candidate(template));
    for (const [key, templates] of set.byPrefix3) for (const template of templates) add(byPrefix3, key, candidate(template));
    for (const template of set.anyStart) anyStart.push(candidate(template));
  });

  // Buckets in a fixed order (first words, prefixes, any start), numbered in that order.
  const buckets: (readonly Candidate[])[] = [];
  let maxFirstWord = -1;
  for (const id of byFirstWord.keys()) maxFirstWord = Math.max(maxFirstWord, id);
  const firstWordBuckets = new Int32Array(maxFirstWord + 1).fill(NO_BUCKET);
  const bucketFirstWords: number[] = [];
  for (const [id, list] of byFirstWord) {
    firstWordBuckets[id] = buckets.push(list) - 1;
    bucketFirstWords.push(id);
  }
  const prefixBuckets = new Map<string, number>();
  for (const [key, list] of byPrefix3) prefixBuckets.set(key, buckets.push(list) - 1);
  const anyStartBucket = anyStart.length > 0 ? buckets.push(anyStart) - 1 : NO_BUCKET;
  const prefixGate = new Int32Array(0x10000 >>> 5);
  for (const key of byPrefix3.keys()) {
    const hash = prefixHash(key);
    prefixGate[hash >>> 5] = (prefixGate[hash >>> 5] as number) | (1 << (hash & 31));
  }

  return {
    sets,
    setIds,
    candidates,
    candidateSets: Int32Array.from(candidateSets),
    firstWordBuckets,
    prefixBuckets,
    prefixGate,
    anyStartBucket,
    dispatch: new StartDispatch(candidates, buckets, Int32Array.from({ length: buckets.length }, (_, b) => bucketFirstWords[b] ?? UNKNOWN_WORD)),
    checks: new CandidateChecks(candidateSets),
  };
}

/** What scanAll returns for a set without matches (most of them, for most texts). */
const NO_MATCHES: readonly TemplateMatch[] = Object.freeze([]);

/** Sentence bounds as token ranges (a subset of TextModel's Sentence). */
interface TokenRange {
  firstToken: number;
  endToken: number;
}

/**
 * Which word ids the sentence being scanned contains: `presentWords[id] === presentStamp`.
 * Stamped once per sentence instead of cleared, so a sentence costs one write per token.
 */
let presentWords = new Int32Array(1024);
let presentStamp = 0;

/** Stamp the ids of the tokens in [from, to) a match may use (see CandidateChecks). */
function stampPresentWords(ids: Int32Array, quoted: Int32Array, from: number, to: number, allowQuoted: boolean): void {
  if (presentStamp === 0x7fffffff) {
    presentWords.fill(0);
    presentStamp = 0;
  }
  presentStamp++;
  for (let i = from; i < to; i++) {
    const id = ids[i] as number;
    if (id < 0 || (quoted[i] === 1 && !allowQuoted)) continue;
    if (id >= presentWords.length) {
      const grown = new Int32Array(Math.max(id + 1, presentWords.length * 2));
      grown.set(presentWords);
      presentWords = grown;
    }
    presentWords[id] = presentStamp;
  }
}

/** Whether the sentence being scanned has every word of words[from, to). */
function hasRequiredWords(words: Int32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const id = words[k] as number;
    if (id >= presentWords.length || presentWords[id] !== presentStamp) return false;
  }
  return true;
}

/** Whether the sentence being scanned has a word of each list in words[from, to) (see CandidateChecks.oneOfFrom). */
function hasOneOfWords(words: Int32Array, from: number, to: number): boolean {
  for (let k = from; k < to; ) {
    const end = k + 1 + (words[k] as number);
    let found = false;
    for (k++; k < end; k++) {
      const id = words[k] as number;
      if (id < presentWords.length && presentWords[id] === presentStamp) {
        found = true;
        break;
      }
    }
    if (!found) return false;
    k = end;
  }
  return true;
}

/** One scanAll's working state: the best match per set at the current token. */
interface ScanState {
  index: UnifiedIndex;
  scan: Scan;
  /** 1 for each set whose matches nobody will ask for (see scanAll's `skip`). */
  skip: Uint8Array | null;
  nextPos: Int32Array;
  bestEnd: number[];
  bestTemplate: (CompiledTemplate | null)[];
  /** Sets with a match at the current token, to record and reset after it. */
  touched: number[];
  touchedCount: number;
}

/**
 * The arrays of a ScanState, one number or template per set of an index, and scanAll's
 * result for a text without matches (copied to start each result).
 */
type ScanScratch = Pick<ScanState, 'nextPos' | 'bestEnd' | 'bestTemplate' | 'touched'> & { noMatches: readonly (readonly TemplateMatch[])[] };

/**
 * Each index's ScanScratch, kept between texts: three arrays of a number per set,
 * allocated afresh for every text, cost a short text (a user's message, most replies)
 * about as much as its scan. scanAll never runs re-entrantly; it leaves bestEnd at -1
 * and bestTemplate at null for every set after each token (and restores that here
 * should a scan ever have been cut short), and refills nextPos (a typed array, so
 * refilling it is a block write: filling a plain array of a number per set, and making
 * the result with fill(), were most of what scanning a two-line message cost).
 */
const scratches = new WeakMap<UnifiedIndex, ScanScratch>();

function scratchOf(index: UnifiedIndex): ScanScratch {
  const setCount = index.sets.length;
  let scratch = scratches.get(index);
  if (scratch === undefined || scratch.nextPos.length !== setCount) {
    scratch = {
      nextPos: new Int32Array(setCount),
      noMatches: new Array<readonly TemplateMatch[]>(setCount).fill(NO_MATCHES),
      bestEnd: new Array<number>(setCount).fill(-1),
      bestTemplate: new Array<CompiledTemplate | null>(setCount).fill(null),
      touched: [],
    };
    scratches.set(index, scratch);
  }
  // A scan cut short (an exception thrown mid-token) may have left sets touched.
  for (const setId of scratch.touched) {
    scratch.bestEnd[setId] = -1;
    scratch.bestTemplate[setId] = null;
  }
  scratch.touched.length = 0;
  return scratch;
}

/** Whether token `pos` may be part of a match (inside the sentence, not quoted unless allowed). */
function usable(scan: Scan, pos: number): boolean {
  return pos < scan.to && (scan.quoted[pos] === 0 || scan.allowQuoted);
}

/**
 * Try the candidates of one start bucket at `pos`, keeping each set's longest match.
 * Seven buckets in ten have no list for the token after `pos` (their templates all name
 * their second word, and not this one): scanAll asks for the list itself, and calls
 * this only with a list that is not empty, so those cost no call.
 */
function consider(state: ScanState, list: number, pos: number): void {
  const { index, scan, nextPos, bestEnd, bestTemplate } = state;
  const ids = scan.ids;
  const { dispatch } = index;
  const third = usable(scan, pos + 2) ? (ids[pos + 2] as number) : UNKNOWN_WORD; // in no word set
  const bounds = dispatch.itemsFor(list, third);
  const code = dispatch.code;
  const end = code[bounds + 1] as number;
  const { candidates, checks } = index;
  const records = checks.records;
  const skip = state.skip;
  for (let k = code[bounds] as number; k < end; k++) {
    const number = code[k] as number;
    const at = number * CANDIDATE_INTS;
    const setId = records[at + CANDIDATE_SET] as number;
    if (skip !== null && skip[setId] === 1) continue;
    if (pos < (nextPos[setId] as number)) continue;
    if (records[at + CANDIDATE_REQUIRED] === NOT_READY) checks.prepare(candidates[number] as Candidate);
    const words = checks.words;
    const requiredEnd = records[at + CANDIDATE_ONE_OF] as number;
    if (!hasRequiredWords(words, records[at + CANDIDATE_REQUIRED] as number, requiredEnd)) continue;
    if (!hasOneOfWords(words, requiredEnd, records[at + CANDIDATE_ONE_OF_END] as number)) continue;
    const program = records[at + CANDIDATE_PROGRAM] as number;
    const matchEnd =
      program !== NO_PROGRAM
        ? matchWordSteps(words, program, pos, scan)
        : matchAt((candidates[number] as Candidate).template.elements, 0, pos, scan, null);
    if (matchEnd > (bestEnd[setId] as number)) {
      if ((bestEnd[setId] as number) === -1) state.touched[state.touchedCount++] = setId;
      bestEnd[setId] = matchEnd;
      // The template object only for a match that counts: most attempts fail.
      bestTemplate[setId] = (candidates[number] as Candidate).template;
    }
  }
}

/**
 * Matches of every set in the index over a whole text, sentence by sentence: for each
 * set, the same non-overlapping, longest-first matches findMatches() would return.
 * `skip[setId] === 1` leaves a set out (its result is empty): the sets of rules whose
 * context the turn does not give, which can never fire.
 */
export function scanAll(
  index: UnifiedIndex,
  tokens: TokenList,
  sentences: readonly TokenRange[],
  allowQuoted: boolean,
  skip: Uint8Array | null = null,
): (readonly TemplateMatch[])[] {
  const scan = scanOf(tokens, allowQuoted);
  const { nextPos, bestEnd, bestTemplate, touched, noMatches } = scratchOf(index);
  const out = noMatches.slice();
  nextPos.fill(0);
  const state: ScanState = { index, scan, skip, nextPos, bestEnd, bestTemplate, touched, touchedCount: 0 };
  const { ids, quoted } = scan;
  const { prefixHashes } = tokens;
  const { firstWordBuckets, prefixBuckets, prefixGate, anyStartBucket, dispatch } = index;

  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as TokenRange;
    const end = sentence.endToken;
    scan.to = end;
    stampPresentWords(ids, quoted, sentence.firstToken, end, allowQuoted);
    for (let pos = sentence.firstToken; pos < end; pos++) {
      if (quoted[pos] === 1 && !allowQuoted) continue;
      // The token after `pos`, if a match may use it: one outside the sentence or quoted
      // cannot be part of a match, and an unknown word (no id) is in no template's second words.
      const second = pos + 1 < end && (quoted[pos + 1] === 0 || allowQuoted) ? (ids[pos + 1] as number) : UNKNOWN_WORD;
      const id = ids[pos] as number;
      if (id >= 0 && id < firstWordBuckets.length) {
        const bucket = firstWordBuckets[id] as number;
        if (bucket !== NO_BUCKET) {
          const list = dispatch.listFor(bucket, second);
          if (list !== EMPTY_LIST) consider(state, list, pos);
        }
      }
      const hash = prefixHashes[pos] as number;
      if (hash >= 0 && ((prefixGate[hash >>> 5] as number) & (1 << (hash & 31))) !== 0) {
        const bucket = prefixBuckets.get(tokens.norm(pos).slice(0, 3));
        if (bucket !== undefined) {
          const list = dispatch.listFor(bucket, second);
          if (list !== EMPTY_LIST) consider(state, list, pos);
        }
      }
      if (anyStartBucket !== NO_BUCKET) {
        const list = dispatch.listFor(anyStartBucket, second);
        if (list !== EMPTY_LIST) consider(state, list, pos);
      }
      for (let k = 0; k < state.touchedCount; k++) {
        const setId = touched[k] as number;
        const end = bestEnd[setId] as number;
        const template = bestTemplate[setId];
        if (template && end > pos) {
          const match = { startToken: pos, endToken: end, template };
          if (out[setId] === NO_MATCHES) out[setId] = [match];
          else (out[setId] as TemplateMatch[]).push(match);
          nextPos[setId] = end;
        }
        bestEnd[setId] = -1;
        bestTemplate[setId] = null;
      }
      state.touchedCount = 0;
    }
  }
  return out;
}
