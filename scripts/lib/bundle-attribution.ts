/**
 * Attributes every byte of built JavaScript to the source it came from, through its
 * source map, grouped by npm package or by folder of our own code: what `npm run
 * bench:size` (the content script) and `bench:popup-size` (the popup's first chunks)
 * report per dependency. Sizes are raw bytes and gzip of each group's code on its own
 * (so the groups' gzip sizes add up to a little more than the whole).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

/** "zod", "@wxt-dev/browser", "src/engine", "entrypoints/popup", "rules", … */
export function groupOf(source: string): string {
  const normalized = source.replace(/\\/g, '/');
  // The module the build writes in place of bundled-tables.ts: the rules, prebuilt.
  if (normalized.endsWith('src/engine/bundled-tables.ts')) return 'rules, prebuilt (src/engine/bundled-tables.ts as built)';
  const inModules = normalized.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = normalized.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? normalized);
  }
  const own = /(?:^|\/)(src\/[^/]+|entrypoints\/[^/]+|entrypoints|rules|scripts\/lib|\.wxt)\//.exec(normalized);
  return own ? (own[1] as string) : normalized;
}

/** Text per group, added to by each file attributed. */
export class ByteAttribution {
  private readonly byGroup = new Map<string, string[]>();

  /** Adds the code of `file` (beside its `.map`), each byte to its group. */
  addFile(file: string): string {
    const code = readFileSync(file, 'utf8');
    const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap);
    const lines = code.split('\n');
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
      this.add(segment.source ? groupOf(segment.source) : '(unmapped)', text);
    });
    this.add('(unmapped)', ' '.repeat(Math.max(0, code.length - covered)));
    return code;
  }

  /** The groups, largest first, as a Markdown table. */
  table(): string {
    const rows = [...this.byGroup]
      .map(([group, parts]) => {
        const text = parts.join('');
        return { group, raw: text.trim().length, gzip: gzipSync(text).length };
      })
      .filter((r) => r.raw > 0)
      .sort((a, b) => b.raw - a.raw);
    return ['| part | raw KB | gzipped alone, KB |', '|---|---:|---:|', ...rows.map((r) => `| ${r.group} | ${kb(r.raw)} | ${kb(r.gzip)} |`)].join('\n');
  }

  private add(group: string, text: string): void {
    const list = this.byGroup.get(group);
    if (list) list.push(text);
    else this.byGroup.set(group, [text]);
  }
}

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
