/** The `candor` CLI: JSON Lines in and out, clear errors, eval metrics. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkBatch } from '@/src/cli/check-batch';
import { main, type Io } from '@/src/cli/main';
import { EngineSettingsSchema } from '@/src/engine/settings';

async function runCli(args: string[], stdin = '', startWorkers?: Io['startWorkers']) {
  let out = '';
  let err = '';
  const status = await main(args, {
    stdin: Readable.from([stdin]),
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    startWorkers,
  });
  return {
    status,
    out,
    err,
    get lines() {
      return out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    },
  };
}

const praise = { id: 'a', reply: 'What a brilliant insight! Your theory is truly profound.' };
const plain = { id: 'b', reply: 'Preheat the oven to 200°C.', extra: 'ignored' };

describe('candor check', () => {
  it('writes one JSON line per input line, in order, with the documented fields', async () => {
    const { status, lines } = await runCli(['check', '-'], `${JSON.stringify(praise)}\n${JSON.stringify(plain)}\n`);
    expect(status).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]).toMatchObject({ flagged: true, categories: ['flattery'] });
    expect(Object.keys(lines[0] as object).sort()).toEqual(['categories', 'flagged', 'flags', 'id', 'level', 'score']);
    const flag = (lines[0]?.flags as { ruleId: string; spans: { start: number; end: number }[] }[])[0];
    expect(Object.keys(flag as object).sort()).toEqual(['category', 'ruleId', 'severity', 'spans']);
    // The fitted model gives every reply a small probability: near 0, not exactly 0.
    expect(lines[1]).toMatchObject({ id: 'b', level: 'none', flagged: false, categories: [], flags: [] });
    expect(lines[1]?.score as number).toBeLessThan(10);
  });

  it('reports a malformed line by number on stderr, processes the rest, and exits 1', async () => {
    const input = [JSON.stringify(praise), '{not json', JSON.stringify({ id: 'c' }), JSON.stringify(plain)].join('\n');
    const { status, lines, err } = await runCli(['check'], input);
    expect(status).toBe(1);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(err).toContain('line 2');
    expect(err).toContain('not valid JSON');
    expect(err).toContain('line 3');
    expect(err).toContain('reply');
  });

  it('honours --sensitivity', async () => {
    const mild = JSON.stringify({ id: 'm', reply: 'What a fascinating idea.' });
    const relaxed = await runCli(['check', '--sensitivity', 'relaxed'], mild);
    const strict = await runCli(['check', '--sensitivity', 'strict'], mild);
    expect(strict.lines[0]?.score as number).toBeGreaterThanOrEqual(relaxed.lines[0]?.score as number);
    expect(strict.lines[0]?.flagged).toBe(true);
    const bad = await runCli(['check', '--sensitivity', 'paranoid'], mild);
    expect(bad.status).toBe(2);
    expect(bad.err).toContain('relaxed, balanced, strict');
  });

  it('reads a file and reports a missing one in one line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'candor-cli-'));
    const file = path.join(dir, 'in.jsonl');
    writeFileSync(file, `${JSON.stringify(praise)}\n`);
    expect((await runCli(['check', file])).lines).toHaveLength(1);
    const missing = await runCli(['check', path.join(dir, 'nope.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('candor check --jobs', () => {
  /**
   * Workers that answer after a random delay, so batches finish out of order, as real
   * threads do. They run the same checkBatch the worker threads run.
   */
  const shuffledWorkers: Io['startWorkers'] = (_count, sensitivity) => {
    const settings = EngineSettingsSchema.parse({ sensitivity });
    let seed = 7;
    const delay = () => ((seed = (seed * 48271) % 2147483647) % 20);
    return {
      run: (batch) => new Promise((resolve) => setTimeout(() => resolve(checkBatch(batch, settings)), delay())),
      // Sometimes full, so the main thread checks some batches itself, between the workers' ones.
      hasRoom: () => delay() % 2 === 0,
      close: () => Promise.resolve(),
    };
  };
  // Enough lines for several batches, with unreadable lines in different batches.
  const lines = Array.from({ length: 1600 }, (_, i) =>
    i === 700 ? '{broken' : i === 1400 ? JSON.stringify({ id: i }) : JSON.stringify(i % 3 === 0 ? { ...praise, id: i } : { ...plain, id: i }),
  ).join('\n');

  it('writes results in input order and names unreadable lines, however the batches finish', async () => {
    const single = await runCli(['check', '--jobs', '1'], lines);
    const parallel = await runCli(['check', '--jobs', '4'], lines, shuffledWorkers);
    expect(parallel.out).toBe(single.out);
    expect(parallel.lines).toHaveLength(1598);
    expect(parallel.lines.map((l) => l.id)).toEqual([...Array(1600).keys()].filter((i) => i !== 700 && i !== 1400));
    expect(parallel.status).toBe(1);
    expect(parallel.err).toBe(single.err);
    expect(parallel.err).toContain('line 701: skipped: not valid JSON');
    expect(parallel.err).toContain('line 1401: skipped: reply: expected a string');
  });

  it.each([
    ['no --jobs, a short input: no worker thread (it would cost more than it saves)', [], 0],
    ['--jobs 3: two worker threads at once, as asked', ['--jobs', '3'], 2],
  ])('%s', async (_what, args, started) => {
    const counts: number[] = [];
    const counting: Io['startWorkers'] = (count, sensitivity) => {
      counts.push(count);
      return shuffledWorkers(count, sensitivity);
    };
    const result = await runCli(['check', ...args], lines, counting);
    expect(counts).toEqual(started === 0 ? [] : [started]);
    expect(result.out).toBe((await runCli(['check', '--jobs', '1'], lines)).out);
  });

  it.each(['0', '1.5', 'many', '1000'])('refuses --jobs %s', async (jobs) => {
    const { status, err } = await runCli(['check', '--jobs', jobs], JSON.stringify(praise));
    expect(status).toBe(2);
    expect(err).toContain('--jobs must be a whole number');
  });
});

describe('candor check: reading lines', () => {
  it.each([
    ['an array', '[1, 2]', '(line): expected a JSON object'],
    ['a number id that is null', JSON.stringify({ id: null, reply: 'x' }), 'id: expected a string or a number'],
    ['a reply that is a number', JSON.stringify({ id: 1, reply: 5 }), 'reply: expected a string'],
    ['a user that is an object', JSON.stringify({ id: 1, reply: 'x', user: {} }), 'user: expected a string'],
    ['history that is a string', JSON.stringify({ id: 1, reply: 'x', history: 'hi' }), 'history: expected an array'],
    ['a history turn with another role', JSON.stringify({ id: 1, reply: 'x', history: [{ role: 'system', text: 'x' }] }), 'history.0.role'],
    ['a history turn without text', JSON.stringify({ id: 1, reply: 'x', history: [{ role: 'user' }] }), 'history.0.text'],
  ])('names the field of %s', async (_name, line, message) => {
    const { status, err, out } = await runCli(['check'], line);
    expect(status).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(`candor: line 1: skipped: ${message}`);
  });

  it('takes null user and history as absent, as before', async () => {
    const withNulls = await runCli(['check'], JSON.stringify({ ...praise, user: null, history: null }));
    const without = await runCli(['check'], JSON.stringify(praise));
    expect(withNulls.status).toBe(0);
    expect(withNulls.out).toBe(without.out);
  });
});

describe('candor eval', () => {
  it('computes precision, recall, F1 and false-positive rate per source and category', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'candor-eval-'));
    const file = path.join(dir, 'labelled.jsonl');
    const rows = [
      { ...praise, id: 1, label: 1, source: 'x/a:f', categories: ['flattery'], balanced_core: true },
      { ...plain, id: 2, label: 0, source: 'x/a:f', categories: ['none'], balanced_core: true },
      { id: 3, reply: 'Sure, here is the code.', label: 1, source: 'y/b:g', categories: ['agreement'] },
      { id: 4, reply: "You're absolutely right, I couldn't agree more.", label: 0, source: 'y/b:g' },
    ];
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    const { status, out } = await runCli(['eval', file, '--json']);
    expect(status).toBe(0);
    const report = JSON.parse(out) as { overall: Record<string, number>; bySource: Record<string, Record<string, number>>; categoryRecall: Record<string, { recall: number }>; balancedCore: Record<string, number> };
    expect(report.overall).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 1, precision: 0.5, recall: 0.5, f1: 0.5, falsePositiveRate: 0.5 });
    expect(report.bySource['x/a']).toMatchObject({ precision: 1, recall: 1 });
    expect(report.categoryRecall).toMatchObject({ flattery: { recall: 1 }, agreement: { recall: 0 } });
    expect(report.balancedCore).toMatchObject({ tp: 1, tn: 1 });
    const table = await runCli(['eval', file, '--table']);
    expect(table.out).toContain('| set | replies | precision | recall | F1 | false-positive rate | flagged |');
  });

  it('needs a file', async () => {
    expect((await runCli(['eval'])).status).toBe(2);
  });

  it('says in one sentence what it needs when a file has no labels', async () => {
    const { status, err, out } = await runCli(['eval', '-'], `${JSON.stringify(praise)}\n${JSON.stringify(plain)}\n`);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('has no "label" on any line');
    expect(err).toContain('"label": 1 (sycophantic) or 0 (not)');
    expect(err).toContain('candor check');
  });

  it('scores the labelled lines and names the unlabelled ones together', async () => {
    const input = [{ ...praise, label: 1 }, plain, { ...plain, id: 'c', label: 0 }].map((r) => JSON.stringify(r)).join('\n');
    const { status, err, out } = await runCli(['eval', '-', '--json'], input);
    expect(status).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('skipped 1 line(s) with no "label" (line 2)');
    expect((JSON.parse(out) as { overall: { tp: number; tn: number } }).overall).toMatchObject({ tp: 1, tn: 1 });
  });
});
