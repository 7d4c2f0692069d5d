/**
 * `npm run bench:cli`: how fast `candor check` is, beyond the cost of merely reading and
 * writing the same JSON Lines.
 *
 * The labelled dev set (../shared/eval/dev.jsonl, or CANDOR_EVAL_DIR) is repeated to
 * 10 MB. In each round, three processes run on it, output to /dev/null:
 *   - the I/O floor (scripts/lib/jsonl-floor.mjs: read, JSON.parse, JSON.stringify, write);
 *   - the built CLI, `candor check --jobs 1`;
 *   - the built CLI, `candor check --jobs 2`;
 *   - the built CLI, `candor check` (no --jobs: the default, which starts its worker
 *     threads only once the input is long enough to repay them).
 * Throughput beyond the floor is size / (time − floor time), from the same round, so a
 * slower or busier machine shifts both. Rounds are interleaved (the machine is shared and
 * timings are noisy) and the table shows medians [min–max]. `--rounds=N` (default 3).
 * Wall time is what a person waits; CPU time (from /proc) is what the work costs, and
 * is the steadier figure on a machine shared with other work. The speed-up of --jobs 2
 * only shows in wall time, on a machine with two idle cores.
 * Targets (issue #13): ≥ 15 MB/s beyond the floor with one job; --jobs 2 ≥ 1.7× that.
 *
 * `--mb=N` repeats the set to N MB instead of 10 (threads repay their start-up on long
 * inputs only: try 50).
 * Needs the built CLI (npm run build:cli, which npm install runs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
const EVAL_DIR = process.env.CANDOR_EVAL_DIR ?? path.join(ROOT, '../shared/eval');

const TARGET_MB = Number(/^--mb=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--mb=')) ?? '')?.[1] ?? 10);
const TARGET_BYTES = TARGET_MB * 1024 * 1024;
const INPUT = path.join(ROOT, `bench-output/cli-${TARGET_MB}mb.jsonl`);
const ROUNDS = Number(/^--rounds=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--rounds=')) ?? '')?.[1] ?? 3);

function makeInput(): number {
  const lines = readFileSync(path.join(EVAL_DIR, 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const line = lines[i % lines.length] as string;
    out.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  mkdirSync(path.dirname(INPUT), { recursive: true });
  writeFileSync(INPUT, `${out.join('\n')}\n`);
  return out.length;
}

/**
 * CPU time (user + system) of this process's finished children, from /proc (Linux; 10 ms
 * ticks). On a machine shared with others, wall time measures the neighbours too; CPU
 * time measures the work.
 */
function childCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** One process, output to /dev/null. */
function time(args: string[]): Timing {
  const devNull = openSync('/dev/null', 'w');
  const cpuBefore = childCpuMs();
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', devNull, 'inherit'] });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited with ${run.status}`);
  return { wallMs, cpuMs: childCpuMs() - cpuBefore };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
const range = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} [${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}]`;

function main(): void {
  const bin = path.join(ROOT, 'bin/candor.mjs');
  if (!existsSync(path.join(ROOT, 'dist/cli/candor.mjs'))) throw new Error('build the CLI first: npm run build:cli');
  const lines = makeInput();
  const mb = statSync(INPUT).size / 1e6;
  console.log(`${lines} lines, ${mb.toFixed(1)} MB; ${os.availableParallelism()} cores; ${ROUNDS} rounds (load average ${os.loadavg()[0]?.toFixed(1)})`);
  const rounds: { floor: Timing; one: Timing; two: Timing; auto: Timing }[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    const floor = time([path.join(ROOT, 'scripts/lib/jsonl-floor.mjs'), INPUT]);
    const one = time([bin, 'check', INPUT, '--jobs', '1']);
    const two = time([bin, 'check', INPUT, '--jobs', '2']);
    const auto = time([bin, 'check', INPUT]);
    rounds.push({ floor, one, two, auto });
    const show = (t: Timing) => `${t.wallMs.toFixed(0)} ms (CPU ${t.cpuMs.toFixed(0)} ms)`;
    console.log(`round ${r}: floor ${show(floor)}, --jobs 1 ${show(one)}, --jobs 2 ${show(two)}, no --jobs ${show(auto)}`);
  }
  const beyond = (t: number, floor: number) => mb / ((t - floor) / 1000);
  const wallOne = rounds.map((r) => beyond(r.one.wallMs, r.floor.wallMs));
  const wallTwo = rounds.map((r) => beyond(r.two.wallMs, r.floor.wallMs));
  const wallAuto = rounds.map((r) => beyond(r.auto.wallMs, r.floor.wallMs));
  const cpuOne = rounds.map((r) => beyond(r.one.cpuMs, r.floor.cpuMs));
  const speedup = rounds.map((_, i) => (wallTwo[i] as number) / (wallOne[i] as number));
  const rows = [
    ['I/O floor (parse and re-serialise only), wall / CPU', `${range(rounds.map((r) => mb / (r.floor.wallMs / 1000)), 1)} / ${range(rounds.map((r) => mb / (r.floor.cpuMs / 1000)), 1)} MB/s`, '—'],
    ['candor check --jobs 1, beyond the floor, wall time', `${range(wallOne, 1)} MB/s`, '≥ 15 MB/s'],
    ['candor check --jobs 1, beyond the floor, CPU time', `${range(cpuOne, 1)} MB/s`, '—'],
    ['candor check --jobs 2, beyond the floor, wall time', `${range(wallTwo, 1)} MB/s`, '—'],
    ['candor check (no --jobs, the default), beyond the floor, wall time', `${range(wallAuto, 1)} MB/s`, 'not slower than --jobs 1'],
    ['--jobs 2 ÷ --jobs 1 (wall time)', `${range(speedup, 2)}×`, '≥ 1.7×'],
    ['CPU used by --jobs 2 ÷ --jobs 1 (the cost of threads)', `${range(rounds.map((r) => r.two.cpuMs / r.one.cpuMs), 2)}×`, '—'],
  ];
  console.log(`\nMedians of ${ROUNDS} rounds [min–max], ${mb.toFixed(1)} MB, load average now ${os.loadavg()[0]?.toFixed(1)}:\n`);
  console.log(['| measure | result | target |', '|---|---:|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n'));
}

main();
