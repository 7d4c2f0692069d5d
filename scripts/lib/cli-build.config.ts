/**
 * Builds the `candor` CLI into plain JavaScript (dist/cli/), so running it needs only
 * Node: no tsx, no esbuild, no TypeScript at run time. `npm run build:cli`; `npm install`
 * runs it through `prepare`. Everything (engine, zod) is bundled in, and the rules are
 * prebuilt into it as in the extension.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { prebuiltEngineTables } from './vite-prebuilt-tables.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  root: ROOT,
  logLevel: 'warn',
  plugins: [prebuiltEngineTables()],
  resolve: { alias: { '@': ROOT } },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: path.join(ROOT, 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      input: {
        candor: path.join(ROOT, 'src/cli/node-main.ts'),
        'check-worker': path.join(ROOT, 'src/cli/check-worker.ts'),
      },
      output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs' },
    },
  },
});
