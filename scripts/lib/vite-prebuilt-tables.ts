/**
 * A Vite plugin that compiles the engine's bundled tables (rules, and whatever else
 * src/engine/bundled-sources.ts compiles) once, at build time, and ships them encoded
 * (src/engine/prebuilt-tables.ts), instead of compiling the rule files on every page
 * load.
 *
 * It replaces the module src/engine/bundled-tables.ts, which compiles on demand, with
 * one that decodes the prebuilt tables (prebuilt-tables-source.ts): the shipped code
 * then carries neither the rule sources nor the rule schema.
 *
 * Used by the extension build (wxt.config.ts), the CLI build and Vitest, so what the
 * tests exercise is what ships. A rules file with problems fails the build with the
 * compiler's message. The engine is loaded through Vite's module runner, in a fresh
 * module graph per build, so the tables always reflect the files as they are now.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REPLACED_MODULE = path.join(ROOT, 'src/engine/bundled-tables.ts');
const SOURCE_BUILDER = path.join(ROOT, 'scripts/lib/prebuilt-tables-source.ts');

type SourceBuilder = typeof import('./prebuilt-tables-source');

export function prebuiltEngineTables(): Plugin {
  let source: Promise<string> | undefined;
  return {
    name: 'candor-prebuilt-engine-tables',
    enforce: 'pre',
    load(id) {
      if (path.normalize(id.split('?')[0] ?? id) !== REPLACED_MODULE) return null;
      source ??= runnerImport<SourceBuilder>(SOURCE_BUILDER, { configFile: false }).then(({ module }) =>
        module.prebuiltTablesModule(),
      );
      return source;
    },
  };
}
