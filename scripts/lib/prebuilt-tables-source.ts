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

/**
 * JSON text with every character beyond ASCII written as a \u escape: the same value
 * once parsed, but a string of one byte a character. A few dozen curly quotes and
 * dashes in the rules' 1 MB made V8 hold, scan and parse the whole of it as two bytes a
 * character; as ASCII, a fresh `candor check` thread imports and parses it about 10 ms
 * sooner. (Code units, not code points: a character beyond U+FFFF becomes its two
 * surrogate escapes, which JSON.parse joins again.)
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function prebuiltTablesModule(): string {
  const { vocabulary, rules, model } = packTables(prepareBundledTables());
  // The tables as a JSON string parsed at first use: V8 parses JSON faster than the
  // same data as a JavaScript literal, and nothing is parsed before the engine is
  // needed. The vocabulary is replayed as the module is evaluated: before any other
  // interning can happen.
  return [
    `import { restoreVocabulary, unpackTables } from ${importPath('src/engine/prebuilt-tables.ts')};`,
    `restoreVocabulary(${JSON.stringify(vocabulary)});`,
    `const RULES = ${JSON.stringify(asciiJson(rules))};`,
    `const MODEL = ${JSON.stringify(asciiJson(model))};`,
    'export const TABLES_PREBUILT = true;',
    'export function loadPreparedTables() { return unpackTables(JSON.parse(RULES), JSON.parse(MODEL)); }',
    '',
  ].join('\n');
}
