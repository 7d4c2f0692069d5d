/**
 * `npm run bench`: engine speed, measured, never asserted in tests.
 *
 * 1. Throughput: real assistant replies (../shared/eval when present, else the rules'
 *    own examples) analysed one by one on one core, in MB/s of reply text; then short,
 *    medium and long replies, and turns with and without earlier turns, each alone.
 * 2. Growth: time per reply for one reply made 10 KB … 1 MB long; linear time means
 *    the time per byte stays flat.
 * 3. Worst case: adversarial shapes (dense praise, unclosed quotes, one long word).
 * 4. Templates: every rule's phrase templates alone on 50,000-character replies built
 *    from the template itself (its own words over and over, a near miss repeated), the
 *    slowest per rule and overall, next to user phrases at and over the match-cost budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { analyze } from '../src/engine/analyze';
import { bundledRules } from '../src/engine/bundled-rules';
import type { Turn } from '../src/engine/types';
import { BUNDLED_RULE_SOURCES } from '../src/engine/bundled-sources';
import { buildTemplateSet, compileTemplate, findMatches, type CompiledTemplate } from '../src/engine/pattern';
import { buildTextModel, wordOf } from '../src/engine/text';
import { matchCost } from '../src/engine/template-cost';

const rules = bundledRules();
const evalDir = process.env.CANDOR_EVAL_DIR ?? path.resolve(process.cwd(), '../shared/eval');

function loadTurns(): Turn[] {
  const turns: Turn[] = [];
  for (const file of ['dev.jsonl', 'caving-dev.jsonl', 'everyday-dev.jsonl']) {
    const full = path.join(evalDir, file);
    if (!existsSync(full)) continue;
    for (const line of readFileSync(full, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as Turn;
      turns.push({ reply: row.reply, user: row.user, history: row.history });
    }
  }
  if (turns.length === 0) {
    for (const rule of rules.rules) for (const e of rule.examples.match) turns.push(typeof e === 'string' ? { reply: e } : e);
  }
  return turns;
}

/**
 * Milliseconds per run of `fn`: the median of at least `minRuns` runs taking at least
 * `minMs` in all. A median, not a mean: on a shared machine other processes steal
 * time now and then, and one slow run should not move the figure.
 */
function time(fn: () => void, minMs = 400, minRuns = 5): { median: number; min: number; max: number; cpuMedian: number } {
  fn(); // warm up
  const runs: number[] = [];
  // CPU time too: on a machine shared with other work, wall time also measures the
  // neighbours, CPU time mostly the work.
  const cpuRuns: number[] = [];
  const start = performance.now();
  do {
    const runStart = performance.now();
    const cpuStart = process.cpuUsage();
    fn();
    const cpu = process.cpuUsage(cpuStart);
    runs.push(performance.now() - runStart);
    cpuRuns.push((cpu.user + cpu.system) / 1000);
  } while (runs.length < minRuns || performance.now() - start < minMs);
  runs.sort((a, b) => a - b);
  cpuRuns.sort((a, b) => a - b);
  return {
    median: runs[runs.length >> 1] as number,
    min: runs[0] as number,
    max: runs[runs.length - 1] as number,
    cpuMedian: cpuRuns[cpuRuns.length >> 1] as number,
  };
}

const turns = loadTurns();
const bytes = turns.reduce((n, t) => n + Buffer.byteLength(t.reply), 0);
const passes = time(() => {
  for (const t of turns) analyze(t, rules);
}, 3000, 7);
const perPass = passes.median;
const mbPerSecond = bytes / 1e6 / (perPass / 1000);
const mbRange = [passes.max, passes.min].map((ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1)).join('–');
console.log(`Throughput: ${turns.length} replies, ${(bytes / 1e6).toFixed(2)} MB in ${perPass.toFixed(0)} ms per pass (median) = ${mbPerSecond.toFixed(1)} MB/s (passes ranged ${mbRange} MB/s; ${((perPass * 1000) / turns.length).toFixed(0)} µs per reply)`);
console.log(`  by CPU time: ${passes.cpuMedian.toFixed(0)} ms per pass (median) = ${(bytes / 1e6 / (passes.cpuMedian / 1000)).toFixed(1)} MB/s (load average ${loadavg()[0]?.toFixed(1)})`);

// Short replies pay the per-call costs (two text models, two scans, the rule loop,
// scoring) on few bytes, and turns after pushback also read the earlier turns (caving
// features, reversal, stance): each group alone, so a fixed cost that dominates short
// replies or a feature that dominates some turns shows up.
console.log('\nBy reply length and kind (each group alone; medians of passes):');
console.log('| group | replies | KB per reply | µs per reply | MB/s | MB/s by CPU |');
console.log('|---|---:|---:|---:|---:|---:|');
const groups: [string, (t: Turn) => boolean][] = [
  ['short (≤ 500 chars)', (t) => t.reply.length <= 500],
  ['medium (501–2,000)', (t) => t.reply.length > 500 && t.reply.length <= 2000],
  ['long (> 2,000)', (t) => t.reply.length > 2000],
  ['with earlier turns', (t) => Array.isArray(t.history) && t.history.length > 0],
  ['without earlier turns', (t) => !Array.isArray(t.history) || t.history.length === 0],
];
for (const [name, inGroup] of groups) {
  const group = turns.filter(inGroup);
  if (group.length === 0) continue;
  const groupBytes = group.reduce((n, t) => n + Buffer.byteLength(t.reply), 0);
  const timing = time(() => {
    for (const t of group) analyze(t, rules);
  }, 1000);
  const mbps = (ms: number) => (groupBytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(`| ${name} | ${group.length} | ${(groupBytes / group.length / 1000).toFixed(2)} | ${((timing.median * 1000) / group.length).toFixed(0)} | ${mbps(timing.median)} | ${mbps(timing.cpuMedian)} |`);
}

const base = turns
  .slice(0, 400)
  .map((t) => t.reply)
  .join('\n\n');
console.log('\nGrowth with reply length (one reply):');
console.log('| reply size | time | µs per KB | CPU µs per KB |');
console.log('|---:|---:|---:|---:|');
let last = 0;
for (const size of [10_000, 100_000, 1_000_000]) {
  const reply = base.repeat(Math.ceil(size / base.length)).slice(0, size);
  const timing = time(() => analyze({ reply, user: 'What do you think of my idea?' }, rules));
  const ms = timing.median;
  console.log(`| ${(size / 1000).toFixed(0)} KB | ${ms.toFixed(1)} ms | ${((ms * 1000) / (size / 1000)).toFixed(0)} | ${((timing.cpuMedian * 1000) / (size / 1000)).toFixed(0)} |`);
  last = ms;
}

console.log('\nWorst cases found (adversarial 500 KB replies):');
const adversarial: Record<string, string> = {
  'dense praise': 'What a brilliant insight! '.repeat(20_000),
  'unclosed quotes': '"'.repeat(500_000),
  'backticks': '` a '.repeat(125_000),
  'one long word': 'a'.repeat(500_000),
  'block quotes': '> you are absolutely right\n'.repeat(18_000),
  'emoji and RTL': '\u05d0\u05d1 😀 '.repeat(80_000),
};
let worst = { name: '', ms: 0 };
for (const [name, reply] of Object.entries(adversarial)) {
  const ms = time(() => analyze({ reply }, rules), 200).median;
  if (ms > worst.ms) worst = { name, ms };
  console.log(`  ${name.padEnd(16)} ${(reply.length / 1000).toFixed(0)} KB  ${ms.toFixed(0)} ms`);
}
console.log(`\nSummary: ${mbPerSecond.toFixed(1)} MB/s on real replies; 1 MB reply in ${last.toFixed(0)} ms; worst adversarial case "${worst.name}" ${worst.ms.toFixed(0)} ms for 500 KB.`);

// 4. Templates on adversarial replies ------------------------------------------------

type TemplateElement = CompiledTemplate['elements'][number];
const ADVERSARIAL_CHARS = 50_000;

/** The template's words in order (a prefix as its stem plus a suffix), every alternative included. */
function wordsOf(seq: readonly TemplateElement[]): string[] {
  return seq.flatMap((el): string[] => {
    if (el.kind === 'word') return [wordOf(el.id)];
    if (el.kind === 'prefix') return [`${el.prefix}x`];
    if (el.kind === 'group') return el.alternatives.flatMap(wordsOf);
    return [];
  });
}

/** One way through the template (first alternatives, gaps filled with the first word), minus its last word. */
function nearMiss(seq: readonly TemplateElement[], filler: string): string[] {
  const walk = (s: readonly TemplateElement[]): string[] =>
    s.flatMap((el): string[] => {
      if (el.kind === 'word') return [wordOf(el.id)];
      if (el.kind === 'prefix') return [`${el.prefix}x`];
      if (el.kind === 'any') return [filler];
      if (el.kind === 'gap') return Array<string>(el.max).fill(filler);
      return walk(el.alternatives.find((a) => a.length > 0) ?? []);
    });
  return walk(seq).slice(0, -1);
}

const fill = (words: readonly string[]) => `${words.join(' ')} `.repeat(Math.ceil(ADVERSARIAL_CHARS / (words.join(' ').length + 1))).slice(0, ADVERSARIAL_CHARS);

/** Milliseconds to find one template's matches in a 50 KB text (model built beforehand; best of 3). */
function templateMs(template: CompiledTemplate, text: string): number {
  const model = buildTextModel(text);
  const set = buildTemplateSet([template]);
  const pass = () => {
    const start = performance.now();
    for (const s of model.sentences) findMatches(set, { tokens: model.tokens, from: s.firstToken, to: s.endToken, allowQuoted: false });
    return performance.now() - start;
  };
  const warmUp = pass();
  // Best of three after the warm-up, unless one pass alone takes a second.
  return warmUp >= 1000 ? warmUp : Math.min(pass(), pass(), pass());
}

function worstCase(template: CompiledTemplate): { ms: number; shape: string } {
  const words = wordsOf(template.elements);
  const shapes: Record<string, string> = {
    'its own words': fill(words),
    'a near miss': fill(nearMiss(template.elements, words[0] ?? 'a')),
    'its first word': fill([words[0] ?? 'a']),
  };
  let worst = { ms: 0, shape: '' };
  for (const [shape, text] of Object.entries(shapes)) {
    const ms = templateMs(template, text);
    if (ms > worst.ms) worst = { ms, shape };
  }
  return worst;
}

console.log(`\nTemplates alone on adversarial ${ADVERSARIAL_CHARS / 1000} KB replies (slowest template per rule):`);
console.log('| rule | templates | slowest | ms | reply shape | tries per word |');
console.log('|---|---:|---|---:|---|---:|');
let slowest = { id: '', phrase: '', ms: 0, count: 0 };
for (const { file, data } of BUNDLED_RULE_SOURCES) {
  const items = ['rules', 'signals', 'counters'].flatMap((kind) => ((data as Record<string, unknown>)[kind] ?? []) as { id: string; phrases?: string[] }[]);
  for (const { id, phrases = [] } of items) {
    if (phrases.length === 0) continue;
    let worst = { phrase: '', ms: 0, shape: '', cost: 0 };
    for (const phrase of phrases) {
      const template = compileTemplate(phrase);
      const found = worstCase(template);
      if (found.ms >= worst.ms) worst = { phrase, ...found, cost: matchCost(template) };
    }
    slowest.count += phrases.length;
    if (worst.ms > slowest.ms) slowest = { ...slowest, id: `${path.basename(file)} ${id}`, phrase: worst.phrase, ms: worst.ms };
    console.log(`| ${id} | ${phrases.length} | \`${worst.phrase.slice(0, 50)}${worst.phrase.length > 50 ? '…' : ''}\` | ${worst.ms.toFixed(1)} | ${worst.shape} | ${worst.cost} |`);
  }
}
console.log('\nUser phrases at and over the budget (checkCustomPhrase allows at most 64 tries per word):');
for (const phrase of ['a .. a .. a .. b', 'a .. .. .. .. b', 'a .. .. .. .. .. .. .. b']) {
  const template = compileTemplate(phrase);
  const { ms, shape } = worstCase(template);
  console.log(`  ${phrase.padEnd(28)} ${String(matchCost(template)).padStart(6)} tries per word  ${ms.toFixed(0).padStart(6)} ms on ${shape}`);
}
console.log(`\nSummary: ${slowest.count} templates; the slowest, in ${slowest.id} (\`${slowest.phrase.slice(0, 60)}\`), takes ${slowest.ms.toFixed(1)} ms on its worst 50 KB reply.`);
