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
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'bench-output/popup-size-build');
const EXTENSION = path.join(OUT, 'chrome-mv3');

/** "zod", "react-dom", "src/ui", … */
function groupOf(source: string): string {
  const normalized = source.replace(/\\/g, '/');
  const inModules = normalized.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = normalized.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? normalized);
  }
  const own = /(?:^|\/)(src\/[^/]+|entrypoints\/[^/]+|rules|scripts\/lib|\.wxt)\//.exec(normalized);
  return own ? (own[1] as string) : normalized;
}

/** The chunks a page loads before it runs: its module scripts and module preloads. */
function chunksOf(page: string): string[] {
  const html = readFileSync(path.join(EXTENSION, page), 'utf8');
  return [...html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\/([^"]+)"/gu)].map((m) => m[1] as string);
}

function main(): void {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, CANDOR_SOURCEMAP: '1', CANDOR_OUT_DIR: OUT } });
  const byGroup = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    const list = byGroup.get(group);
    if (list) list.push(text);
    else byGroup.set(group, [text]);
  };
  const chunks = chunksOf('popup.html');
  let total = '';
  for (const chunk of chunks) {
    const file = path.join(EXTENSION, chunk);
    const code = readFileSync(file, 'utf8');
    total += code;
    const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap);
    const lines = code.split('\n');
    // Each mapping covers its generated line from its column to the next mapping's.
    const segments: { line: number; column: number; source: string | null }[] = [];
    consumer.eachMapping((m) => segments.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }));
    segments.sort((a, b) => a.line - b.line || a.column - b.column);
    segments.forEach((segment, i) => {
      const next = segments[i + 1];
      const lineText = lines[segment.line - 1] ?? '';
      const end = next && next.line === segment.line ? next.column : lineText.length;
      add(segment.source ? groupOf(segment.source) : '(unmapped)', lineText.slice(segment.column, end));
    });
  }
  const rows = [...byGroup]
    .map(([group, parts]) => {
      const text = parts.join('');
      return { group, raw: text.trim().length, gzip: gzipSync(text).length };
    })
    .filter((r) => r.raw > 0)
    .sort((a, b) => b.raw - a.raw);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`popup.html loads ${chunks.length} chunks: ${kb(total.length)} KB raw, ${kb(gzipSync(total).length)} KB gzipped\n  ${chunks.join('\n  ')}\n`);
  console.log(['| part | raw KB | gzipped alone, KB |', '|---|---:|---:|', ...rows.map((r) => `| ${r.group} | ${kb(r.raw)} | ${kb(r.gzip)} |`)].join('\n'));
}

main();
