/**
 * scripts/lib/firefox.ts: which Firefox the Firefox smoke uses, and the one-line errors
 * when there is none. Never installs anything (install is off in every case).
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { FIREFOX_HINT, findFirefox } from '../../scripts/lib/firefox.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'candor-find-firefox-'));
const executable = path.join(dir, 'firefox');
writeFileSync(executable, '#!/bin/sh\n');
chmodSync(executable, 0o755);
const notExecutable = path.join(dir, 'readme.txt');
writeFileSync(notExecutable, 'not a browser');
const missing = path.join(dir, 'missing');

const savedEnv = process.env.FIREFOX_PATH;
afterEach(() => {
  if (savedEnv === undefined) delete process.env.FIREFOX_PATH;
  else process.env.FIREFOX_PATH = savedEnv;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findFirefox', () => {
  test.each([
    { why: 'FIREFOX_PATH wins over the system paths', env: executable, candidates: [missing], found: executable },
    { why: 'the first executable system path', env: undefined, candidates: [missing, notExecutable, executable], found: executable },
    { why: 'a folder is not a browser', env: undefined, candidates: [dir, executable], found: executable },
  ])('$why', ({ env, candidates, found }) => {
    if (env === undefined) delete process.env.FIREFOX_PATH;
    else process.env.FIREFOX_PATH = env;
    expect(findFirefox({ candidates, install: false })).toBe(found);
  });

  test.each([
    { why: 'FIREFOX_PATH names a missing file', env: missing, message: `FIREFOX_PATH=${missing} does not exist or is not executable` },
    { why: 'FIREFOX_PATH names a file that is not executable', env: notExecutable, message: 'is not executable' },
    { why: 'nothing found', env: undefined, message: FIREFOX_HINT },
  ])('a clear error when $why', ({ env, message }) => {
    if (env === undefined) delete process.env.FIREFOX_PATH;
    else process.env.FIREFOX_PATH = env;
    expect(() => findFirefox({ candidates: [missing, notExecutable], install: false })).toThrow(message);
  });
});
