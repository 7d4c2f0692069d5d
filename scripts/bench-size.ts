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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'bench-output/size-build');
const FILE = path.join(OUT, 'chrome-mv3/content-scripts/content.js');

/** "zod", "@wxt-dev/browser", "src/engine", "rules", … */
function groupOf(source: string): string {
  const normalized = source.replace(/\\/g, '/');
  // The module the build writes in place of bundled-tables.ts: the rules, prebuilt.
  if (normalized.endsWith('src/engine/bundled-tables.ts')) return 'rules, prebuilt (src/engine/bundled-tables.ts as built)';
  const inModules = normalized.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = normalized.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? normalized);
  }
  const own = /(?:^|\/)(src\/[^/]+|entrypoints|rules|scripts\/lib|\.wxt)\//.exec(normalized);
  if (own) return own[1] as string;
  return normalized;
}

function main(): void {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, CANDOR_SOURCEMAP: '1', CANDOR_OUT_DIR: OUT } });
  const code = readFileSync(FILE, 'utf8');
  const map = JSON.parse(readFileSync(`${FILE}.map`, 'utf8')) as RawSourceMap;
  const consumer = new SourceMapConsumer(map);
  const lines = code.split('\n');
  const byGroup = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    const list = byGroup.get(group);
    if (list) list.push(text);
    else byGroup.set(group, [text]);
  };
  // Each mapping covers its generated line from its column to the next mapping's.
  const segments: { line: number; column: number; source: string | null }[] = [];
  consumer.eachMapping((m) => segments.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }));
  segments.sort((a, b) => a.line - b.line || a.column - b.column);
  let covered = 0;
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    const lineText = lines[segment.line - 1] ?? '';
    const end = next && next.line === segment.line ? next.column : lineText.length;
    const text = lineText.slice(segment.column, end);
    covered += text.length;
    add(segment.source ? groupOf(segment.source) : '(unmapped)', text);
  });
  add('(unmapped)', ' '.repeat(Math.max(0, code.length - covered)));
  const rows = [...byGroup]
    .map(([group, parts]) => {
      const text = parts.join('');
      return { group, raw: text.trim().length, gzip: gzipSync(text).length };
    })
    .filter((r) => r.raw > 0)
    .sort((a, b) => b.raw - a.raw);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`content-scripts/content.js: ${kb(code.length)} KB raw, ${kb(gzipSync(code).length)} KB gzipped (target ≤ 80 KB gzipped)\n`);
  console.log(['| part | raw KB | gzipped alone, KB |', '|---|---:|---:|', ...rows.map((r) => `| ${r.group} | ${kb(r.raw)} | ${kb(r.gzip)} |`)].join('\n'));
}

main();
