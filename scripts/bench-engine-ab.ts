/**
 * `npm run bench:ab -- [--base=REV] [--passes=N] [--group=all|history|no-history]`: the
 * engine of the working tree against the engine of a commit (default HEAD), in one
 * process, pass for pass.
 *
 * On a machine shared with other work, two runs of `npm run bench` minutes apart measure
 * the neighbours as much as the engine: a change of 5% cannot be seen. Here both engines
 * are bundled (esbuild, which tsx brings), loaded side by side, and run over the same eval
 * turns in alternating passes (A B, B A, …), timed by CPU time (`process.cpuUsage()`), so a
 * busy minute slows both. It prints the min and median per pass of each and the median of
 * the pairwise ratios (B ÷ A: below 1, the working tree is cheaper), and checks first that
 * both give the same analysis for every turn (a speed change must change no verdict;
 * `npm run verdicts -- check` checks features and probabilities too).
 *
 * Groups: `history` only the turns with earlier turns (caving, reversal and stance read
 * those), `no-history` the others. Bundles go to bench-output/ab/ (not in git), as CommonJS:
 * `require` loads a file by its path, where a dynamic `import()` of one would trip the lint.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Analysis, Turn } from '../src/engine/types';
import type { CompiledRules } from '../src/engine/compile';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'bench-output/ab');
const evalDir = process.env.CANDOR_EVAL_DIR ?? path.resolve(ROOT, '../shared/eval');

const option = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const base = option('base', 'HEAD');
const passes = Number(option('passes', '15'));
const group = option('group', 'all');
if (!Number.isInteger(passes) || passes < 3) throw new Error('--passes must be a whole number, at least 3');
if (!['all', 'history', 'no-history'].includes(group)) throw new Error('--group must be all, history or no-history');

interface Engine {
  analyze(turn: Turn, rules: CompiledRules): Analysis;
  bundledRules(): CompiledRules;
}

const ENTRY = "export { analyze } from './src/engine/analyze';\nexport { bundledRules } from './src/engine/bundled-rules';\n";

/** Bundle the engine under `root` (a tree with src/ and rules/) into OUT/name.cjs. */
async function bundle(root: string, name: string): Promise<string> {
  const { build } = await import('esbuild');
  const entry = path.join(root, `.bench-ab-entry-${name}.ts`);
  writeFileSync(entry, ENTRY);
  const outfile = path.join(OUT, `${name}.cjs`);
  try {
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
  } finally {
    rmSync(entry);
  }
  return outfile;
}

/** The commit's src/ and rules/ in OUT/tree, from git (the working tree is left alone). */
function checkOut(rev: string): string {
  const tree = path.join(OUT, 'tree');
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  const archive = execFileSync('git', ['archive', rev, 'src', 'rules'], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', tree], { input: archive });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
  return tree;
}

function loadTurns(): Turn[] {
  const turns: Turn[] = [];
  for (const file of ['dev.jsonl', 'caving-dev.jsonl', 'everyday-dev.jsonl']) {
    const full = path.join(evalDir, file);
    if (!existsSync(full)) throw new Error(`missing ${full}`);
    for (const line of readFileSync(full, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as Turn;
      turns.push({ reply: row.reply, user: row.user, history: row.history });
    }
  }
  const hasHistory = (t: Turn) => Array.isArray(t.history) && t.history.length > 0;
  return group === 'history' ? turns.filter(hasHistory) : group === 'no-history' ? turns.filter((t) => !hasHistory(t)) : turns;
}

mkdirSync(OUT, { recursive: true });
const requireBundle = createRequire(import.meta.url);
const engines: Engine[] = [];
for (const file of [await bundle(checkOut(base), 'base'), await bundle(ROOT, 'working-tree')]) {
  engines.push(requireBundle(file) as Engine);
}
const rules = engines.map((e) => e.bundledRules());
const turns = loadTurns();
const bytes = turns.reduce((n, t) => n + Buffer.byteLength(t.reply), 0);

let differ = 0;
for (const turn of turns) {
  const [a, b] = engines.map((e, i) => JSON.stringify(e.analyze(turn, rules[i] as CompiledRules)));
  if (a !== b) differ++;
}

const cpuOf = (i: number): number => {
  const engine = engines[i] as Engine;
  const compiled = rules[i] as CompiledRules;
  const start = process.cpuUsage();
  for (const turn of turns) engine.analyze(turn, compiled);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
for (let warm = 0; warm < 3; warm++) for (const i of [0, 1]) cpuOf(i);
const times: [number[], number[]] = [[], []];
for (let p = 0; p < passes; p++) for (const i of p % 2 === 0 ? [0, 1] : [1, 0]) times[i as 0 | 1].push(cpuOf(i));

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[(xs.length - 1) >> 1] as number;
const describe = (xs: number[]) =>
  `min ${Math.min(...xs).toFixed(1)} ms, median ${median(xs).toFixed(1)} ms per pass (${(bytes / 1e3 / Math.min(...xs)).toFixed(1)} MB/s by CPU at the min)`;
const ratios = times[0].map((a, i) => (times[1][i] as number) / a);
console.log(`${turns.length} turns (${group}), ${(bytes / 1e6).toFixed(2)} MB of replies, ${passes} interleaved passes each, load average ${loadavg()[0]?.toFixed(1)}`);
console.log(`analyses: ${differ === 0 ? 'identical for every turn' : `${differ} turns DIFFER`}`);
console.log(`A (${base}):        ${describe(times[0])}`);
console.log(`B (working tree): ${describe(times[1])}`);
console.log(`B ÷ A, median of the pairwise ratios: ${median(ratios).toFixed(3)} (range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
if (differ > 0) process.exitCode = 1;
