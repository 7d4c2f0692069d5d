/**
 * `npm run verdicts -- record|check`: every eval row's verdict, to prove that a performance change
 * changed no verdict.
 *
 *   tsx scripts/verdict-snapshot.ts record [FILE]   write the snapshot (default bench-output/verdicts.jsonl)
 *   tsx scripts/verdict-snapshot.ts check  [FILE]   compare with it; exit 1 at the first difference
 *
 * For each row of the three labelled files in ../shared/eval (or CANDOR_EVAL_DIR) it
 * records, at every sensitivity, the full analysis (score, level, flags with their
 * categories, spans and explanations), and once per row what the model reads: the
 * turn's signals, the named feature vector, the n-grams found (with their sentences)
 * and the calibrated probability. Snapshots stay out of git (bench-output/): the eval
 * data and the rules change on other branches, so record on the base commit, then check.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, readTurn } from '../src/engine/analyze';
import { bundledRules } from '../src/engine/bundled-rules';
import { namedFeatures } from '../src/engine/features';
import { SENSITIVITIES, type Turn } from '../src/engine/types';
import { DEFAULT_ENGINE_SETTINGS } from '../src/engine/settings';

const [mode, fileArg] = process.argv.slice(2);
if (mode !== 'record' && mode !== 'check') {
  console.error('usage: verdict-snapshot.ts record|check [FILE]');
  process.exit(2);
}
const snapshotFile = path.resolve(fileArg ?? 'bench-output/verdicts.jsonl');
const evalDir = process.env.CANDOR_EVAL_DIR ?? path.resolve(process.cwd(), '../shared/eval');
const compiled = bundledRules();
const model = compiled.model;

/** Maps become sorted entry lists, so that the JSON does not depend on insertion order by accident. */
const entries = (m: ReadonlyMap<string, number>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

function verdictOf(id: string, turn: Turn): string {
  const analyses = SENSITIVITIES.map((sensitivity) => analyze(turn, compiled, { ...DEFAULT_ENGINE_SETTINGS, sensitivity }));
  const reading = readTurn(turn, compiled);
  const named = namedFeatures(reading.signals, () => 1);
  const ngrams = model ? model.ngramIndex.scan(reading.reply) : null;
  let probability: number | null = null;
  if (model && ngrams) {
    let z = model.overall.bias;
    for (const [name, x] of named) z += (model.overall.named.get(name) ?? 0) * x;
    for (const f of ngrams.features) z += (model.overall.ngrams[f] as number) * ngrams.value;
    probability = 1 / (1 + Math.exp(-(model.calibration.a * z + model.calibration.b)));
  }
  return JSON.stringify({
    id,
    analyses,
    signals: {
      ...reading.signals,
      replySignals: entries(reading.signals.replySignals),
      counters: entries(reading.signals.counters),
    },
    hits: reading.hits.map((h) => ({ rule: h.rule.id, strength: h.strength, spans: h.spans })),
    named: entries(named),
    ngrams,
    probability,
  });
}

const lines: string[] = [];
for (const file of ['dev.jsonl', 'caving-dev.jsonl', 'everyday-dev.jsonl']) {
  const full = path.join(evalDir, file);
  if (!existsSync(full)) throw new Error(`missing ${full}`);
  for (const line of readFileSync(full, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Turn & { id: string };
    lines.push(verdictOf(`${file}:${row.id}`, { reply: row.reply, user: row.user, history: row.history }));
  }
}

if (mode === 'record') {
  mkdirSync(path.dirname(snapshotFile), { recursive: true });
  writeFileSync(snapshotFile, `${lines.join('\n')}\n`);
  console.log(`recorded ${lines.length} verdicts in ${snapshotFile}`);
} else {
  const expected = readFileSync(snapshotFile, 'utf8').split('\n').filter((l) => l !== '');
  let differences = 0;
  for (let i = 0; i < Math.max(expected.length, lines.length); i++) {
    if (expected[i] === lines[i]) continue;
    if (differences++ < 3) console.error(`row ${i + 1} differs:\n  was ${expected[i]?.slice(0, 400)}\n  now ${lines[i]?.slice(0, 400)}`);
  }
  if (differences > 0) {
    console.error(`${differences} of ${expected.length} verdicts differ from ${snapshotFile}`);
    process.exit(1);
  }
  console.log(`all ${lines.length} verdicts identical to ${snapshotFile}`);
}
