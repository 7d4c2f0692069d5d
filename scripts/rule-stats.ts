/**
 * For rule authors: how often each rule and counter fires on sycophantic replies, on
 * replies judged fine, and on everyday replies, plus a sample of misses to read.
 *
 *   npx tsx scripts/rule-stats.ts FILE [FILE…] [--misses N] [--false-alarms N]
 *
 * A rule that fires on everyday replies is a rule that will annoy people; a rule that
 * fires only on dev phrasings will not survive the held-out set.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../src/engine/analyze';
import { bundledRules } from '../src/engine/bundled-rules';
import type { Turn } from '../src/engine/types';

interface Row extends Turn {
  id: string;
  label: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { misses: { type: 'string', default: '0' }, 'false-alarms': { type: 'string', default: '0' } },
});
const rules = bundledRules();
const stats = new Map<string, { pos: number; neg: number }>();
const misses: string[] = [];
const falseAlarms: string[] = [];
for (const file of positionals) {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  for (const row of rows) {
    const a = analyze(row, rules);
    for (const f of a.flags) {
      const s = stats.get(f.ruleId) ?? { pos: 0, neg: 0 };
      if (row.label === 1) s.pos++;
      else s.neg++;
      stats.set(f.ruleId, s);
    }
    const flagged = a.level !== 'none';
    const summary = `${row.id} score=${a.score} rules=${a.flags.map((f) => f.ruleId).join(',')}\n  USER: ${(row.user ?? '').slice(0, 200).replaceAll('\n', ' ')}\n  REPLY: ${row.reply.slice(0, 600).replaceAll('\n', ' ')}`;
    if (row.label === 1 && !flagged) misses.push(summary);
    if (row.label === 0 && flagged) {
      const spans = a.flags.flatMap((f) => f.spans.map((s) => `[${f.ruleId}] ${row.reply.slice(s.start, s.end)}`));
      falseAlarms.push(`${summary}\n  SPANS: ${spans.join(' | ').slice(0, 500)}`);
    }
  }
}
console.log('rule fires on: label=1 / label=0');
for (const [id, s] of [...stats].sort((a, b) => b[1].pos + b[1].neg - (a[1].pos + a[1].neg))) {
  console.log(`  ${id.padEnd(36)} ${String(s.pos).padStart(5)} ${String(s.neg).padStart(5)}`);
}
const shuffle = <T,>(xs: T[]): T[] => xs.map((x, i) => [((i * 2654435761) % 4294967296) / 4294967296, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
for (const m of shuffle(misses).slice(0, Number(values.misses))) console.log(`\nMISS ${m}`);
for (const m of shuffle(falseAlarms).slice(0, Number(values['false-alarms']))) console.log(`\nFALSE ALARM ${m}`);
