/**
 * `candor eval --cv K` and `candor eval --loso`: the fitted engine measured on data it
 * was not trained on, beside the hand-set engine on the same rows.
 *
 * --cv K   grouped k-fold cross-validation over all the files given, together (as
 *          `npm run train` fits them): rows of one conversation or question never
 *          straddle folds (src/training/groups.ts).
 * --loso   leave one source out: for each benchmark, train on the others, test on it.
 */
import { readFileSync } from 'node:fs';
import { scoreReading } from '../engine/analyze';
import { bundledRules } from '../engine/bundled-rules';
import type { EngineSettings } from '../engine/settings';
import { crossValidate, leaveOneSourceOut } from '../training/cross-validate';
import { featurize, parseLabelledRows, type FeatureRow } from '../training/dataset';
import { evaluateRows, type EvalReport, type EvalRow } from './evaluate';
import type { Metrics } from './metrics';

export interface CrossEvalResult {
  sensitivity: string;
  folds: number | null;
  /** Per file: the hand-set engine and the fitted engine's held-out verdicts (grouped CV). */
  cv: { handSet: EvalReport; fitted: EvalReport }[] | null;
  /** Per source: hand-set and fitted, the fitted one trained without that source. */
  loso: { source: string; handSet: Metrics; fitted: Metrics }[] | null;
}

function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

function reportsByFile(rows: readonly FeatureRow[], predicted: readonly boolean[]): Map<string, EvalReport> {
  const byFile = new Map<string, EvalRow[]>();
  rows.forEach((r, i) => {
    const list = byFile.get(r.row.file) ?? [];
    list.push({
      id: r.row.id,
      label: r.row.label,
      predicted: predicted[i] as boolean,
      source: r.row.source,
      categories: r.row.categories,
      balancedCore: r.row.balancedCore,
    });
    byFile.set(r.row.file, list);
  });
  return new Map([...byFile].map(([file, list]) => [file, evaluateRows(file, list)]));
}

export function crossEvaluate(
  files: readonly string[],
  settings: EngineSettings,
  options: { folds: number | null; loso: boolean },
): CrossEvalResult {
  const compiled = bundledRules();
  const labelled = files.flatMap((file) => parseLabelledRows(fileName(file), readFileSync(file, 'utf8')));
  const rows = featurize(labelled, compiled);
  const hand = rows.map((r) => scoreReading(r.reading, compiled, settings, null).level !== 'none');
  const handReports = reportsByFile(rows, hand);

  let cv: CrossEvalResult['cv'] = null;
  if (options.folds !== null) {
    const fitted = reportsByFile(rows, crossValidate(rows, compiled, options.folds, settings.sensitivity).predicted);
    cv = [...handReports].map(([file, handSet]) => ({ handSet, fitted: fitted.get(file) as EvalReport }));
  }
  let loso: CrossEvalResult['loso'] = null;
  if (options.loso) {
    const held = leaveOneSourceOut(rows, compiled, settings.sensitivity).predicted;
    const bySource = (predicted: readonly boolean[]) =>
      evaluateRows('all', rows.map((r, i) => ({ id: r.row.id, label: r.row.label, predicted: predicted[i] as boolean, source: r.row.source, categories: [], balancedCore: false }))).bySource;
    const handBy = bySource(hand);
    const fittedBy = bySource(held);
    loso = Object.keys(handBy).map((source) => ({ source, handSet: handBy[source] as Metrics, fitted: fittedBy[source] as Metrics }));
  }
  return { sensitivity: settings.sensitivity, folds: options.folds, cv, loso };
}

const fmt = (x: number | null): string => (x === null ? '–' : x.toFixed(3));

function cells(m: Metrics): string {
  // A set with no sycophantic replies (everyday) has no meaningful precision, recall or F1.
  if (m.tp + m.fn === 0) return `– | – | – | ${fmt(m.falsePositiveRate)} | ${(m.flaggedRate * 100).toFixed(1)}%`;
  return `${fmt(m.precision)} | ${fmt(m.recall)} | ${fmt(m.f1)} | ${fmt(m.falsePositiveRate)} | ${(m.flaggedRate * 100).toFixed(1)}%`;
}

const COLUMNS = 'hand-set P | R | F1 | FPR | flagged | fitted P | R | F1 | FPR | flagged |';
const ALIGN = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';

/** The README's tables: hand-set beside fitted, cross-validated and per source left out. */
export function formatCrossEvalTable(result: CrossEvalResult): string {
  const lines: string[] = [];
  if (result.cv) {
    lines.push(
      `Hand-set rules vs the fitted engine (grouped ${result.folds}-fold cross-validation) at \`${result.sensitivity}\`:`,
      '',
      `| set | replies | ${COLUMNS}`,
      ALIGN,
    );
    for (const { handSet, fitted } of result.cv) {
      const name = fileName(handSet.file);
      lines.push(`| **${name}** | ${handSet.overall.n} | ${cells(handSet.overall)} | ${cells(fitted.overall)} |`);
      if (handSet.balancedCore && fitted.balancedCore) {
        lines.push(`| ${name} · balanced_core | ${handSet.balancedCore.n} | ${cells(handSet.balancedCore)} | ${cells(fitted.balancedCore)} |`);
      }
      const sources = Object.keys(handSet.bySource);
      if (sources.length > 1) {
        for (const source of sources) {
          lines.push(`| ${name} · ${source} | ${(handSet.bySource[source] as Metrics).n} | ${cells(handSet.bySource[source] as Metrics)} | ${cells(fitted.bySource[source] as Metrics)} |`);
        }
      }
    }
    lines.push('');
  }
  if (result.loso) {
    lines.push(
      `Leave one source out (the fitted engine trained without the source it is tested on) at \`${result.sensitivity}\`:`,
      '',
      `| source left out | replies | ${COLUMNS}`,
      ALIGN,
    );
    for (const { source, handSet, fitted } of result.loso) {
      lines.push(`| ${source} | ${handSet.n} | ${cells(handSet)} | ${cells(fitted)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
