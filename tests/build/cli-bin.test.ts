/**
 * The `candor` command as npm installs it: the prebuilt plain-JavaScript CLI
 * (dist/cli/, `npm run build:cli`), run as a real process. Runs after the builds
 * (`npm run test:build`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/candor.mjs');
const DIST = path.join(ROOT, 'dist/cli');

const praise = JSON.stringify({ id: 'a', reply: 'What a brilliant insight! Your theory is truly profound.' });
const plain = JSON.stringify({ id: 'b', reply: 'Preheat the oven to 200°C.' });
/** About 600 KB of lines: several batches, and ten times what a pipe buffer holds. */
const LINES = 8000;
const manyLines = `${Array.from({ length: LINES }, (_, i) => (i % 2 === 0 ? praise : plain).replace(/"id":"\w"/, `"id":${i}`)).join('\n')}\n`;

function runBin(args: string[], input: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

// Real processes on a shared 2-core machine: seconds, not milliseconds.
describe('the built candor CLI', { timeout: 120_000 }, () => {
  it('imports only Node built-ins and its own files: no tsx, esbuild or TypeScript at run time', () => {
    const files = readdirSync(DIST).filter((f) => f.endsWith('.mjs'));
    expect(files).toEqual(expect.arrayContaining(['candor.mjs', 'check-worker.mjs']));
    for (const file of files) {
      const code = readFileSync(path.join(DIST, file), 'utf8');
      // Bundled ES modules: every static import is a statement at the start of a line.
      const specifiers = [...code.matchAll(/^import\b[^'"]*["']([^"']+)["']/gm)].map((m) => m[1]);
      expect(code, `${file} imports dynamically`).not.toMatch(/\bimport\(/);
      for (const specifier of specifiers) expect(specifier, `${file} imports ${specifier}`).toMatch(/^(node:|\.\/)/);
    }
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
    expect(Object.keys(manifest.dependencies)).not.toContain('esbuild');
  });

  it('gives the same output with --jobs 2 as with --jobs 1, in input order', () => {
    const one = runBin(['check', '-', '--jobs', '1'], manyLines);
    const two = runBin(['check', '-', '--jobs', '2'], manyLines);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter(Boolean)).toHaveLength(LINES);
  });

  it('names a malformed line by number with worker threads too', () => {
    const lines = manyLines.split('\n');
    lines[5432] = '{broken';
    const run = runBin(['check', '-', '--jobs', '2'], lines.join('\n'));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('candor: line 5433: skipped: not valid JSON (' + run.stderr.split('(')[1]);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(LINES - 1);
  });

  // `candor check big.jsonl | head`: the reader closes the pipe early.
  it.each(['1', '2'])('ends quietly when the reader closes the pipe (--jobs %s)', async (jobs) => {
    const child = spawn(process.execPath, [BIN, 'check', '-', '--jobs', jobs], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => undefined); // the child may stop reading first
    child.stdin.end(manyLines);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says what eval needs on an unlabelled file, in one sentence', () => {
    const run = runBin(['eval', '-'], `${praise}\n${plain}\n`);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^candor: - has no "label" on any line: eval scores Candor against labelled replies: .*candor check\.$/m);
  });
});
