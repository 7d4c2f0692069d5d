/**
 * The engine boundary (eslint.config.js): src/engine may not import WXT/React/extension
 * modules nor touch DOM globals; the same code elsewhere in src/ is fine.
 * (The XSS rules are tested in lint-xss.test.ts.)
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
});

async function errors(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  const fatal = result?.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`parse error in test snippet: ${fatal.message}`);
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const IMPORT_WXT = "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;\n";
const USE_DOCUMENT = 'export const body = document.body;\n';

describe('engine boundary lint rule', () => {
  it('rejects wxt imports in src/engine', async () => {
    expect(await errors(IMPORT_WXT, 'src/engine/x.ts')).toContain('no-restricted-imports');
  });

  it('rejects DOM globals in src/engine', async () => {
    expect(await errors(USE_DOCUMENT, 'src/engine/x.ts')).toContain('no-restricted-globals');
  });

  it.each([
    "import { useState } from 'react';\nexport { useState };\n",
    "import type { SiteAdapter } from '../sites/types';\nexport type A = SiteAdapter;\n",
    "import { x } from '@/src/content/watcher';\nexport { x };\n",
    "import { storage } from '#imports';\nexport { storage };\n",
  ])('rejects forbidden import in src/engine: %s', async (code) => {
    expect(await errors(code, 'src/engine/x.ts')).toContain('no-restricted-imports');
  });

  it('allows engine-internal imports and Intl in src/engine', async () => {
    const code = "import { buildTextModel } from './text';\nexport const f = buildTextModel;\nexport const s = new Intl.Segmenter('en');\n";
    expect(await errors(code, 'src/engine/x.ts')).toEqual([]);
  });

  it('allows the same code in src/content', async () => {
    expect(await errors(IMPORT_WXT, 'src/content/x.ts')).toEqual([]);
    expect(await errors(USE_DOCUMENT, 'src/content/x.ts')).toEqual([]);
  });
});
