/**
 * `npm run bench:size`: what the content scripts weigh, and what each dependency costs.
 *
 * Builds the Chrome extension with hidden source maps into bench-output/size-build
 * (the real .output is left alone), prints each site's content script (one per site,
 * src/content/content-script.ts), then attributes every byte of the largest to the
 * source it came from, grouped by npm package or by folder of our own code. Sizes are
 * raw bytes and gzip of each group's code on its own (so the groups' gzip sizes add up
 * to a little more than the file's). Target (issue #13): each file ≤ 80 KB gzipped.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ByteAttribution, kb } from './lib/bundle-attribution';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'bench-output/size-build');
const DIR = path.join(OUT, 'chrome-mv3/content-scripts');

function main(): void {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, CANDOR_SOURCEMAP: '1', CANDOR_OUT_DIR: OUT } });
  const files = readdirSync(DIR)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(path.join(DIR, name), 'utf8') }))
    .sort((a, b) => b.code.length - a.code.length);
  const largest = files[0];
  if (!largest) throw new Error(`no content scripts in ${DIR}`);
  console.log('| content script | raw KB | gzipped KB |\n|---|---:|---:|');
  for (const { name, code } of files) console.log(`| content-scripts/${name} | ${kb(code.length)} | ${kb(gzipSync(code).length)} |`);
  console.log(`\nTarget: each ≤ 80 KB gzipped. What the largest, content-scripts/${largest.name}, is made of:\n`);
  const attribution = new ByteAttribution();
  attribution.addFile(path.join(DIR, largest.name));
  console.log(attribution.table());
}

main();
