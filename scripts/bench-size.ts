/**
 * `npm run bench:size`: what the content script weighs, and what each dependency costs it.
 *
 * Builds the Chrome extension with hidden source maps into bench-output/size-build
 * (the real .output is left alone), then attributes every byte of
 * content-scripts/content.js to the source it came from, grouped by npm package or by
 * folder of our own code. Sizes are raw bytes and gzip of each group's code on its own
 * (so the groups' gzip sizes add up to a little more than the file's). Target (issue
 * #13): the whole file ≤ 80 KB gzipped.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ByteAttribution, kb } from './lib/bundle-attribution';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'bench-output/size-build');
const FILE = path.join(OUT, 'chrome-mv3/content-scripts/content.js');

function main(): void {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, CANDOR_SOURCEMAP: '1', CANDOR_OUT_DIR: OUT } });
  const attribution = new ByteAttribution();
  const code = attribution.addFile(FILE);
  console.log(`content-scripts/content.js: ${kb(code.length)} KB raw, ${kb(gzipSync(code).length)} KB gzipped (target ≤ 80 KB gzipped)\n`);
  console.log(attribution.table());
}

main();
