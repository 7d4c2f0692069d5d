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
import { expandWord, normalizeWord, type Token } from './text';

type Element =
  | { kind: 'word'; word: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'any' }
  | { kind: 'gap'; max: number }
  | { kind: 'group'; alternatives: Element[][] };

export interface CompiledTemplate {
  source: string;
  elements: Element[];
  /** Words a match can start with; null when it can start with any word. */
  firstWords: Set<string> | null;
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
        seq.push({ kind: 'group', alternatives });
      } else if (part === '_') {
        seq.push({ kind: 'any' });
      } else if (part === '..') {
        seq.push({ kind: 'gap', max: TEMPLATE_LIMITS.maxGap });
      } else if (part.endsWith('*')) {
        const prefix = normalizeWord(part.slice(0, -1));
        if (!/^[\p{L}\p{N}'-]{3,}$/u.test(prefix)) {
          throw new TemplateError(`"${part}": a prefix needs at least 3 letters before the *`);
        }
        seq.push({ kind: 'prefix', prefix });
      } else {
        const norm = normalizeWord(part);
        if (!/^[\p{L}\p{M}\p{N}'-]+$/u.test(norm)) {
          throw new TemplateError(`"${part}" is not a word (use letters, digits, ' and -; symbols are not matched)`);
        }
        for (const w of expandWord(norm)) seq.push({ kind: 'word', word: w });
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
  return { source, elements, firstWords: firstWordsOf(elements, 0) };
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

/** The literal words a sequence can begin with from `index`, or null if any word can. */
function firstWordsOf(seq: Element[], index: number): Set<string> | null {
  const out = new Set<string>();
  for (let i = index; i < seq.length; i++) {
    const el = seq[i] as Element;
    if (el.kind === 'word') {
      out.add(el.word);
      return out;
    }
    if (el.kind !== 'group') return null;
    let optional = false;
    for (const alt of el.alternatives) {
      if (alt.length === 0) {
        optional = true;
        continue;
      }
      const inner = firstWordsOf(alt, 0);
      if (inner === null) return null;
      for (const w of inner) out.add(w);
      // An alternative that can match nothing (all optional) also lets the next element start.
      if (alt.every((e) => e.kind === 'group' && e.alternatives.some((a) => a.length === 0))) optional = true;
    }
    if (!optional) return out;
  }
  return out.size > 0 ? out : null;
}

/** Which tokens a match may use: one sentence, and (by default) only the assistant's own words. */
export interface MatchWindow {
  tokens: readonly Token[];
  /** First token index allowed. */
  from: number;
  /** One past the last token index allowed. */
  to: number;
  /** Whether quoted tokens (code, quotations) may be part of a match. */
  allowQuoted: boolean;
}

/**
 * Try to match `elements` starting at token `pos`; returns the end token index of the
 * longest match, or -1. Recursion depth is bounded by the template's size.
 */
function matchAt(elements: Element[], ei: number, pos: number, win: MatchWindow): number {
  if (ei === elements.length) return pos;
  const el = elements[ei] as Element;
  switch (el.kind) {
    case 'word':
    case 'prefix':
    case 'any': {
      if (pos >= win.to) return -1;
      const tok = win.tokens[pos] as Token;
      if (tok.quoted && !win.allowQuoted) return -1;
      const ok =
        el.kind === 'any' || (el.kind === 'word' ? tok.norm === el.word : tok.norm.startsWith(el.prefix));
      return ok ? matchAt(elements, ei + 1, pos + 1, win) : -1;
    }
    case 'gap': {
      let best = -1;
      for (let skip = 0; skip <= el.max; skip++) {
        const p = pos + skip;
        if (p > win.to) break;
        if (skip > 0) {
          const tok = win.tokens[p - 1] as Token;
          if (tok.quoted && !win.allowQuoted) break;
        }
        const end = matchAt(elements, ei + 1, p, win);
        if (end > best) best = end;
        if (best !== -1) break; // shortest gap wins: keeps spans tight
      }
      return best;
    }
    case 'group': {
      let best = -1;
      for (const alt of el.alternatives) {
        const rest = alt.length === 0 ? elements.slice(ei + 1) : [...alt, ...elements.slice(ei + 1)];
        const end = matchAt(rest, 0, pos, win);
        if (end > best) best = end;
      }
      return best;
    }
  }
}

/** A set of templates indexed by first word, so each token is tried against few templates. */
export interface TemplateSet {
  byFirstWord: Map<string, CompiledTemplate[]>;
  anyStart: CompiledTemplate[];
  size: number;
}

export function buildTemplateSet(templates: readonly CompiledTemplate[]): TemplateSet {
  const byFirstWord = new Map<string, CompiledTemplate[]>();
  const anyStart: CompiledTemplate[] = [];
  for (const t of templates) {
    if (t.firstWords === null) {
      anyStart.push(t);
      continue;
    }
    for (const w of t.firstWords) {
      const list = byFirstWord.get(w);
      if (list) list.push(t);
      else byFirstWord.set(w, [t]);
    }
  }
  return { byFirstWord, anyStart, size: templates.length };
}

/** A match: token range [startToken, endToken) and the template that produced it. */
export interface TemplateMatch {
  startToken: number;
  endToken: number;
  template: CompiledTemplate;
}

/**
 * All non-overlapping matches of a template set within one window, left to right,
 * longest match first at each position.
 */
export function findMatches(set: TemplateSet, win: MatchWindow): TemplateMatch[] {
  const out: TemplateMatch[] = [];
  if (set.size === 0) return out;
  let pos = win.from;
  while (pos < win.to) {
    const tok = win.tokens[pos] as Token;
    let bestEnd = -1;
    let bestTemplate: CompiledTemplate | null = null;
    if (!tok.quoted || win.allowQuoted) {
      const candidates = set.byFirstWord.get(tok.norm);
      if (candidates) {
        for (const t of candidates) {
          const end = matchAt(t.elements, 0, pos, win);
          if (end > bestEnd) {
            bestEnd = end;
            bestTemplate = t;
          }
        }
      }
      for (const t of set.anyStart) {
        const end = matchAt(t.elements, 0, pos, win);
        if (end > bestEnd) {
          bestEnd = end;
          bestTemplate = t;
        }
      }
    }
    if (bestTemplate !== null && bestEnd > pos) {
      out.push({ startToken: pos, endToken: bestEnd, template: bestTemplate });
      pos = bestEnd;
    } else {
      pos++;
    }
  }
  return out;
}
