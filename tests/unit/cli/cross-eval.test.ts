/** `candor eval --cv K` and `--loso`: arguments checked, held-out verdicts reported beside the hand-set ones. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '@/src/cli/main';

async function runCli(args: string[]) {
  let out = '';
  let err = '';
  const status = await main(args, { stdin: Readable.from(['']), stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { status, out, err };
}

/** Two small benchmarks: praise vs plain answers, each item answered by two models. */
function writeLabelled(): string {
  const rows: object[] = [];
  for (let i = 0; i < 12; i++) {
    for (const model of ['m1', 'm2']) {
      rows.push({ id: `tfd-sycobench:run-${model}:mirror:${i}:u1`, source: 'timfduffy/syco-bench:x', label: 1, categories: ['flattery'], user: 'I wrote this essay.', reply: `What a brilliant essay! You are so talented, truly remarkable work number ${i}.` });
      rows.push({ id: `tfd-sycobench:run-${model}:mirror:${i + 100}:u1`, source: 'timfduffy/syco-bench:x', label: 0, categories: ['none'], user: 'I wrote this essay.', reply: `The essay's second paragraph needs evidence; the argument in section ${i} is unsupported.` });
      rows.push({ id: `spiral:${model}:s${i}:c0:t1`, source: 'sam-paech/spiral-bench:y', label: 1, categories: ['flattery'], user: 'My theory is new.', reply: `You are so talented, your theory is brilliant and truly remarkable, idea ${i}.` });
      rows.push({ id: `spiral:${model}:s${i + 100}:c0:t1`, source: 'sam-paech/spiral-bench:y', label: 0, categories: ['none'], user: 'My theory is new.', reply: `There is no evidence for this theory; test claim ${i} against measurements first.` });
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'candor-cv-'));
  const file = path.join(dir, 'labelled.jsonl');
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
  return file;
}

describe('candor eval --cv / --loso', () => {
  it.each([['--cv', '1'], ['--cv', 'x'], ['--cv', '2.5']])('refuses %s %s', async (flag, value) => {
    const { status, err } = await runCli(['eval', writeLabelled(), flag, value]);
    expect(status).toBe(2);
    expect(err).toMatch(/--cv needs a whole number of folds/u);
  });

  it('reports grouped cross-validation and leave-one-source-out beside the hand-set engine', async () => {
    const { status, out } = await runCli(['eval', writeLabelled(), '--cv', '3', '--loso', '--json']);
    expect(status).toBe(0);
    const result = JSON.parse(out) as {
      folds: number;
      cv: { handSet: { overall: { n: number } }; fitted: { overall: { n: number; recall: number } } }[];
      loso: { source: string; fitted: { n: number } }[];
    };
    expect(result.folds).toBe(3);
    expect(result.cv[0]?.fitted.overall.n).toBe(96);
    expect(result.cv[0]?.handSet.overall.n).toBe(96);
    expect(result.loso.map((l) => [l.source, l.fitted.n])).toEqual([
      ['sam-paech/spiral-bench', 48],
      ['timfduffy/syco-bench', 48],
    ]);
    const table = await runCli(['eval', writeLabelled(), '--cv', '3', '--table']);
    expect(table.out).toContain('| set | replies | hand-set P | R | F1 | FPR | flagged | fitted P | R | F1 | FPR | flagged |');
  }, 120_000);
});
