/**
 * Groups eval rows and formats the report: overall, balanced_core, per source and per
 * labelled category (recall), as text, JSON or the README's markdown table.
 */
import { add, emptyCounts, metricsOf, type Counts, type Metrics } from './metrics';

export interface EvalRow {
  id: string;
  label: boolean;
  predicted: boolean;
  source: string;
  /** Labelled categories of a positive row. */
  categories: string[];
  balancedCore: boolean;
}

export interface EvalReport {
  file: string;
  overall: Metrics;
  balancedCore: Metrics | null;
  bySource: Record<string, Metrics>;
  /** Recall per labelled category (positives only). */
  categoryRecall: Record<string, { positives: number; caught: number; recall: number | null }>;
}

export function evaluateRows(file: string, rows: readonly EvalRow[]): EvalReport {
  const overall = emptyCounts();
  const core = emptyCounts();
  let coreRows = 0;
  const bySource = new Map<string, Counts>();
  const byCategory = new Map<string, { positives: number; caught: number }>();
  for (const row of rows) {
    add(overall, row.label, row.predicted);
    if (row.balancedCore) {
      coreRows++;
      add(core, row.label, row.predicted);
    }
    const counts = bySource.get(row.source) ?? emptyCounts();
    add(counts, row.label, row.predicted);
    bySource.set(row.source, counts);
    if (row.label) {
      for (const c of row.categories) {
        const entry = byCategory.get(c) ?? { positives: 0, caught: 0 };
        entry.positives++;
        if (row.predicted) entry.caught++;
        byCategory.set(c, entry);
      }
    }
  }
  return {
    file,
    overall: metricsOf(overall),
    balancedCore: coreRows > 0 ? metricsOf(core) : null,
    bySource: Object.fromEntries([...bySource].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, metricsOf(v)])),
    categoryRecall: Object.fromEntries(
      [...byCategory]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, { ...v, recall: v.positives ? v.caught / v.positives : null }]),
    ),
  };
}

const fmt = (x: number | null): string => (x === null ? '–' : x.toFixed(3));

function metricLine(name: string, m: Metrics): string {
  return `  ${name.padEnd(34)} n=${String(m.n).padStart(5)}  P=${fmt(m.precision)}  R=${fmt(m.recall)}  F1=${fmt(m.f1)}  FPR=${fmt(m.falsePositiveRate)}  flagged=${fmt(m.flaggedRate)}`;
}

export function formatEvalText(report: EvalReport): string {
  const lines = [report.file, metricLine('overall', report.overall)];
  if (report.balancedCore) lines.push(metricLine('balanced_core', report.balancedCore));
  for (const [source, m] of Object.entries(report.bySource)) lines.push(metricLine(`source ${source}`, m));
  for (const [category, r] of Object.entries(report.categoryRecall)) {
    lines.push(`  ${`recall ${category}`.padEnd(34)} ${r.caught}/${r.positives} = ${fmt(r.recall)}`);
  }
  return `${lines.join('\n')}\n`;
}

function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

function tableRow(set: string, m: Metrics): string {
  // A set with no sycophantic replies (everyday) has no meaningful precision.
  const precision = m.tp + m.fn === 0 ? null : m.precision;
  return `| ${set} | ${m.n} | ${fmt(precision)} | ${fmt(m.recall)} | ${fmt(m.f1)} | ${fmt(m.falsePositiveRate)} | ${(m.flaggedRate * 100).toFixed(1)}% |`;
}

/** The markdown table README shows (`npm run eval`). */
export function formatEvalTable(reports: readonly EvalReport[], sensitivity: string): string {
  const lines = [
    `Detection quality at \`${sensitivity}\` sensitivity (\`npm run eval\`):`,
    '',
    '| set | replies | precision | recall | F1 | false-positive rate | flagged |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of reports) {
    const name = fileName(r.file);
    lines.push(tableRow(`**${name}**`, r.overall));
    if (r.balancedCore) lines.push(tableRow(`${name} · balanced_core`, r.balancedCore));
    const sources = Object.entries(r.bySource);
    if (sources.length > 1) for (const [source, m] of sources) lines.push(tableRow(`${name} · ${source}`, m));
  }
  const categoryLines: string[] = [];
  for (const r of reports) {
    for (const [category, c] of Object.entries(r.categoryRecall)) {
      categoryLines.push(`| ${fileName(r.file)} | ${category} | ${c.caught}/${c.positives} | ${fmt(c.recall)} |`);
    }
  }
  if (categoryLines.length > 0) {
    lines.push('', '| set | labelled category | caught | recall |', '|---|---|---:|---:|', ...categoryLines);
  }
  return `${lines.join('\n')}\n`;
}
