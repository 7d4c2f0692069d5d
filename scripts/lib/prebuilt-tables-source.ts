/**
 * The source of the module that stands in for src/engine/bundled-tables.ts in every
 * build (see vite-prebuilt-tables.ts): the bundled tables prepared now, packed, with
 * the vocabulary their word ids refer to.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBundledTables } from '../../src/engine/bundled-sources';
import { packTables } from '../../src/engine/prebuilt-tables';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const importPath = (file: string): string => JSON.stringify(path.join(ROOT, file).split(path.sep).join('/'));

export function prebuiltTablesModule(): string {
  const { vocabulary, rules, model } = packTables(prepareBundledTables());
  // The tables as a JSON string parsed at first use: V8 parses JSON faster than the
  // same data as a JavaScript literal, and nothing is parsed before the engine is
  // needed. The vocabulary is replayed as the module is evaluated: before any other
  // interning can happen.
  return [
    `import { restoreVocabulary, unpackTables } from ${importPath('src/engine/prebuilt-tables.ts')};`,
    `restoreVocabulary(${JSON.stringify(vocabulary)});`,
    `const RULES = ${JSON.stringify(JSON.stringify(rules))};`,
    `const MODEL = ${JSON.stringify(JSON.stringify(model))};`,
    'export const TABLES_PREBUILT = true;',
    'export function loadPreparedTables() { return unpackTables(JSON.parse(RULES), JSON.parse(MODEL)); }',
    '',
  ].join('\n');
}
