/**
 * Evasion properties (issue #9, part 1): characters a reader does not see, or sees as
 * plain Latin letters, must not change a verdict. For each transformation below, every
 * example a rule must match, and a deterministic sample of the ../shared/eval/dev.jsonl
 * positives the engine flags, keep the same score, level and rules after the reply is
 * transformed, and every span points at the same words of the transformed reply.
 *
 * Each transformation builds the transformed reply together with where each original
 * character went (`at`), written here independently of the engine's normaliser, so the
 * expected spans do not come from the code under test.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import type { ExampleTurn } from '@/src/engine/rule-schema';
import { DEFAULT_ENGINE_SETTINGS } from '@/src/engine/settings';
import type { Analysis, Turn } from '@/src/engine/types';

const rules = bundledRules();
const asTurn = (example: ExampleTurn): Turn => (typeof example === 'string' ? { reply: example } : example);

interface Transformed {
  text: string;
  /** at[i]: index in `text` of original character i; at[length]: text.length. */
  at: number[];
  /** How many changes were made (a transformation that changes nothing proves nothing). */
  changes: number;
}

/** A small deterministic generator, seeded by fast-check, choosing where to change. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Rewrites a text character by character: `edit(i)` returns what replaces character i
 * (or null to keep it) at the eligible positions it is asked about. At least one
 * eligible position is always changed, the others with probability `rate`.
 */
function rewrite(
  text: string,
  eligible: (i: number) => boolean,
  edit: (i: number, next: () => number) => string,
  seed: number,
  rate: number,
): Transformed {
  const next = random(seed);
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (eligible(i)) positions.push(i);
  const forced = positions.length > 0 ? positions[Math.floor(next() * positions.length)] : -1;
  const chosen = new Set(positions.filter((i) => i === forced || next() < rate));
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    at.push(out.length);
    out += chosen.has(i) ? edit(i, next) : (text[i] as string);
  }
  at.push(out.length);
  return { text: out, at, changes: chosen.size };
}

const isLetter = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/u.test(c);
const pick = <T,>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad']; // ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen
/** Cyrillic letters that look like Latin ones (written out here, not taken from the engine's table). */
const CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', j: 'ј', o: 'о', p: 'р', s: 'ѕ', x: 'х', y: 'у', h: 'һ',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', J: 'Ј', K: 'К', M: 'М', O: 'О', P: 'Р', S: 'Ѕ', T: 'Т', X: 'Х',
};

/** Whether the space at `i` sits inside a sentence: a word continues it in lower case on an ordinary line. */
function spaceInsideSentence(text: string, i: number): boolean {
  if (text[i] !== ' ' || !/^[a-z]$/u.test(text[i + 1] ?? '')) return false;
  if (!/[\p{L}\p{N},;'’"”)]/u.test(text[i - 1] ?? '')) return false;
  const lineStart = text.lastIndexOf('\n', i) + 1;
  // Headings, quotes, table rows and code fences are blocks of their own in Markdown.
  return !/^\s*[#>|`]/u.test(text.slice(lineStart, i));
}

const TRANSFORMATIONS: Record<string, (text: string, seed: number, rate: number) => Transformed> = {
  'zero-width characters, joiners, word joiner and soft hyphens inside words': (text, seed, rate) =>
    rewrite(text, (i) => isLetter(text[i]) && isLetter(text[i + 1]), (i, next) => (text[i] as string) + pick(INVISIBLE, next), seed, rate),
  'Cyrillic look-alike letters': (text, seed, rate) =>
    rewrite(text, (i) => CYRILLIC[text[i] as string] !== undefined, (i) => CYRILLIC[text[i] as string] as string, seed, rate),
  'combining accents': (text, seed, rate) =>
    rewrite(text, (i) => isLetter(text[i]), (i, next) => (text[i] as string) + String.fromCharCode(0x300 + Math.floor(next() * 0x70)), seed, rate),
  'full-width letters': (text, seed, rate) =>
    rewrite(text, (i) => isLetter(text[i]), (i) => String.fromCharCode((text[i] as string).charCodeAt(0) + 0xfee0), seed, rate),
  'a line break inside a sentence': (text, seed, rate) =>
    rewrite(text, (i) => spaceInsideSentence(text, i), () => '\n', seed, rate),
};

interface Case {
  name: string;
  turn: Turn;
  /** The rule that must fire (rule examples); dev positives must be flagged at all. */
  ruleId?: string;
}

const ruleExamples: Case[] = rules.rules.flatMap((rule) =>
  rule.examples.match.map((example, n) => ({ name: `${rule.id} example ${n + 1}`, turn: asTurn(example), ruleId: rule.id })),
);

/**
 * dev.jsonl positives flagged today, every DEV_SAMPLE_STEP-th by id (deterministic), so
 * the test stays fast in CI. Skipped where the evaluation data is not checked out.
 */
const DEV_SAMPLE_STEP = 4;
/** About a second each on a quiet machine; generous, because CI machines are shared. */
const TIMEOUT_MS = 60_000;
const devFile = path.join(process.env.CANDOR_EVAL_DIR ?? path.resolve(__dirname, '../../../../shared/eval'), 'dev.jsonl');
const devPositives: Case[] = existsSync(devFile)
  ? readFileSync(devFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { id: string; label: number; reply: string; user?: string })
      .filter((row) => row.label === 1)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((row) => ({ name: row.id, turn: { reply: row.reply, user: row.user } }))
      .filter((c) => analyze(c.turn, rules, DEFAULT_ENGINE_SETTINGS).level !== 'none')
      .filter((_c, index) => index % DEV_SAMPLE_STEP === 0)
  : [];

/** What must survive: score, level, and per rule its spans (as positions in the reply). */
function verdict(analysis: Analysis, mapSpan: (start: number, end: number) => [number, number]) {
  return {
    score: analysis.score,
    level: analysis.level,
    flags: analysis.flags.map((f) => ({ ruleId: f.ruleId, spans: f.spans.map((s) => mapSpan(s.start, s.end)) })),
  };
}

function checkCase(c: Case, transform: (text: string, seed: number, rate: number) => Transformed): void {
  const before = analyze(c.turn, rules, DEFAULT_ENGINE_SETTINGS);
  if (c.ruleId) expect(before.flags.map((f) => f.ruleId), `${c.name} fires before any change`).toContain(c.ruleId);
  else expect(before.level, `${c.name} is flagged before any change`).not.toBe('none');
  fc.assert(
    fc.property(fc.integer(), fc.double({ min: 0, max: 1, noNaN: true }), (seed, rate) => {
      const changed = transform(c.turn.reply, seed, rate);
      const after = analyze({ ...c.turn, reply: changed.text }, rules, DEFAULT_ENGINE_SETTINGS);
      expect(verdict(after, (start, end) => [start, end]), c.name).toEqual(
        verdict(before, (start, end) => [changed.at[start] as number, changed.at[end] as number]),
      );
    }),
    { numRuns: 2 },
  );
}

describe.each(Object.entries(TRANSFORMATIONS))('%s', (_name, transform) => {
  it('changes the text it is given (the property is not vacuous)', () => {
    const changed = transform('What a brilliant insight, you are absolutely right', 7, 0.5);
    expect(changed.changes).toBeGreaterThan(0);
    expect(changed.text).not.toBe('What a brilliant insight, you are absolutely right');
  });

  it(`keeps the verdict and spans of all ${ruleExamples.length} rule examples that must match`, () => {
    for (const c of ruleExamples) checkCase(c, transform);
  }, TIMEOUT_MS);

  it.skipIf(devPositives.length === 0)(`keeps the verdict and spans of ${devPositives.length} flagged dev positives (every ${DEV_SAMPLE_STEP}th)`, () => {
    for (const c of devPositives) checkCase(c, transform);
  }, TIMEOUT_MS);
});
