/**
 * `npm run bench:popup-size`: what the popup loads before its first screen, and what
 * each dependency costs it (issue #11.6).
 *
 * Builds the Chrome extension with hidden source maps into bench-output/popup-size-build
 * (the real .output is left alone), reads the chunks popup.html loads (its module script
 * and every `modulepreload`), and attributes every byte to the source it came from,
 * grouped by npm package or by folder of our own code. Sizes are raw bytes and gzip of
 * each group's code on its own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ByteAttribution, kb } from './lib/bundle-attribution';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'bench-output/popup-size-build');
const EXTENSION = path.join(OUT, 'chrome-mv3');

/** The chunks a page loads before it runs: its module scripts and module preloads. */
function chunksOf(page: string): string[] {
  const html = readFileSync(path.join(EXTENSION, page), 'utf8');
  return [...html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\/([^"]+)"/gu)].map((m) => m[1] as string);
}

function main(): void {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, CANDOR_SOURCEMAP: '1', CANDOR_OUT_DIR: OUT } });
  const attribution = new ByteAttribution();
  const chunks = chunksOf('popup.html');
  let total = '';
  for (const chunk of chunks) total += attribution.addFile(path.join(EXTENSION, chunk));
  console.log(`popup.html loads ${chunks.length} chunks: ${kb(total.length)} KB raw, ${kb(gzipSync(total).length)} KB gzipped\n  ${chunks.join('\n  ')}\n`);
  console.log(attribution.table());
}

main();
