/**
 * `npm run bench:popup-reads`: what validating the popup's first screen costs when cold,
 * as it is on every opening (issue #11.6): a tab index of 300 flagged replies and the
 * worst 25 reports, by the zod schemas (interpreted, as in extension pages where eval is
 * forbidden) and by the popup's hand-written readers (src/ui/popup/fast-readers.ts).
 * Each measurement runs in a fresh Node process (cold code, like a freshly opened popup);
 * medians of BENCH_RUNS (default 7) per reader, alternating, wall and CPU time.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TabIndexSchema } from '../src/background/tab-state';
import { AnalysisReportSchema, LayoutHealthSchema } from '../src/messaging/protocol';
import { fastReport, fastTabIndex } from '../src/ui/popup/fast-readers';
import { benchFlaggedReport } from './lib/bench-flagged-report';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FLAGS = 300;
const SHOWN = 25;

function measureOnce(reader: 'zod' | 'fast'): { wall: number; cpu: number } {
  // As the extension build does (scripts/lib/vite-zod-without-eval.ts): no compiled parsers.
  z.config({ jitless: true });
  const index = Object.fromEntries(Array.from({ length: FLAGS }, (_, i) => [`reply-${i}`, { level: 'medium', score: 40 + (i % 60), seq: i, bytes: 500 }]));
  const tab = { site: 'chatgpt', url: 'https://chatgpt.com/c/bench', status: 'watching', index, feedback: {}, nextSeq: FLAGS, earlierChecked: 0, earlierFlagged: 0, bytes: FLAGS * 500 };
  const reports = Array.from({ length: SHOWN }, (_, i) => benchFlaggedReport(i));
  const cpu = process.cpuUsage();
  const started = performance.now();
  let accepted = 0;
  if (reader === 'fast') {
    if (fastTabIndex(tab, (raw) => LayoutHealthSchema.safeParse(raw).data)) accepted++;
    for (const report of reports) if (fastReport(report)) accepted++;
  } else {
    if (TabIndexSchema.safeParse(tab).success) accepted++;
    for (const report of reports) if (AnalysisReportSchema.safeParse(report).success) accepted++;
  }
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (accepted !== SHOWN + 1) throw new Error(`${reader} accepted ${accepted} of ${SHOWN + 1} values`);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function main(): void {
  const mode = process.argv[2];
  if (mode === 'zod' || mode === 'fast') {
    console.log(JSON.stringify(measureOnce(mode)));
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const results: Record<'zod' | 'fast', { wall: number; cpu: number }[]> = { zod: [], fast: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const reader of ['zod', 'fast'] as const) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', self, reader], { encoding: 'utf8' });
      results[reader].push(JSON.parse(output.trim().split('\n').at(-1) as string) as { wall: number; cpu: number });
    }
  }
  console.log(`Popup's first screen validated cold (tab index of ${FLAGS} replies + ${SHOWN} reports), median of ${RUNS} fresh processes each:`);
  for (const reader of ['zod', 'fast'] as const) {
    const wall = results[reader].map((r) => r.wall);
    console.log(
      `  ${reader === 'zod' ? 'zod schemas (interpreted)' : 'hand-written readers'}: ${median(wall).toFixed(1)} ms wall [${wall.map((w) => w.toFixed(1)).join(', ')}], ` +
        `${median(results[reader].map((r) => r.cpu)).toFixed(1)} ms CPU`,
    );
  }
}

main();
