/**
 * Fit Candor's model: a regularised logistic regression over the engine's named
 * features and the selected reply n-grams, overall and per category; calibrated on
 * grouped out-of-fold predictions; quantised into `rules/model.json`'s form.
 * Deterministic: no randomness, fixed iteration counts, every list sorted.
 */
import { metricsOf, emptyCounts, add, type Metrics } from '../cli/metrics';
import { MODEL_FORMAT_VERSION, type ModelFile } from '../engine/model-schema';
import { answersPushback } from '../engine/features';
import { CATEGORIES, type Category, type Sensitivity } from '../engine/types';
import type { FeatureRow } from './dataset';
import { assignFolds } from './groups';
import { DEFAULT_LOGISTIC, fitLogistic, fitPlatt, linear, sigmoid, type LogisticFit, type LogisticOptions, type SparseRow } from './logistic';
import { DEFAULT_SELECTION, selectNgrams, type SelectionOptions } from './select';

export interface TrainOptions {
  /** Folds of the grouped cross-validation whose out-of-fold logits fit the calibration. */
  calibrationFolds: number;
  /** Fit the per-category models too (not needed to measure whether a reply is flagged). */
  categories: boolean;
  logistic: LogisticOptions;
  selection: SelectionOptions;
  /** Rows of a source weigh 1/size^sourceBalance (0: every row alike; 1: every source alike). */
  sourceBalance: number;
  /**
   * Prior mean of each rule feature's weight, in logit per unit of the rule's hand-set
   * weight (0: every weight is pulled toward 0). With a prior, a rule keeps its hand-set
   * evidence unless the data says otherwise, also for a source the training never saw.
   */
  rulePriorPerWeight: number;
  /** Factor on the L2 penalty of the named features (n-grams keep 1): below 1 lets them carry more. */
  namedL2Factor: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  calibrationFolds: 5,
  categories: true,
  logistic: DEFAULT_LOGISTIC,
  selection: DEFAULT_SELECTION,
  // Every source alike: against 1/sqrt(size), the same dev F1 and caving F1 0.74 -> 0.78
  // under grouped CV, leave-one-source-out within noise.
  sourceBalance: 1,
  rulePriorPerWeight: 0,
  namedL2Factor: 1,
};

/** A category gets its own model only with at least this many labelled positives. */
const MIN_CATEGORY_POSITIVES = 20;
/** Quantised weights are integers in [-QUANT_LEVELS, QUANT_LEVELS] times a step. */
const QUANT_LEVELS = 127;
/** The balanced preset never warns below this calibrated probability (see chooseThresholds). */
const MIN_BALANCED_THRESHOLD = 0.5;
/** Share of ordinary (everyday) replies the balanced preset may flag, out of fold. */
const TARGET_EVERYDAY_RATE = 0.01;
/**
 * Out-of-fold precision the balanced preset must keep on the labelled benchmarks: a false
 * accusation costs trust faster than a miss, so recall is only bought above this.
 */
const TARGET_BALANCED_PRECISION = 0.9;
/**
 * Share of replies to pushback that held their position the balanced preset may flag, out
 * of fold (issue #9 allows 10%; this keeps a margin below it).
 */
const TARGET_HELD_FALSE_POSITIVE_RATE = 0.08;

/** The feature space of one fit: named features then n-grams. */
interface Vocabulary {
  named: string[];
  grams: string[];
  namedIndex: Map<string, number>;
  gramIndex: Map<string, number>;
}

function vocabularyOf(rows: readonly FeatureRow[], selection: SelectionOptions): Vocabulary {
  const namedSet = new Set<string>();
  for (const r of rows) for (const name of r.named.keys()) namedSet.add(name);
  const named = [...namedSet].sort();
  const grams = selectNgrams(
    rows.map((r) => ({ grams: r.grams, label: r.row.label, source: r.row.source })),
    selection,
  );
  return {
    named,
    grams,
    namedIndex: new Map(named.map((n, i) => [n, i])),
    gramIndex: new Map(grams.map((g, i) => [g, named.length + i])),
  };
}

function vectorize(row: FeatureRow, vocabulary: Vocabulary): SparseRow {
  const indices: number[] = [];
  const values: number[] = [];
  for (const [name, x] of row.named) {
    const i = vocabulary.namedIndex.get(name);
    if (i !== undefined) {
      indices.push(i);
      values.push(x);
    }
  }
  for (const gram of row.grams) {
    const i = vocabulary.gramIndex.get(gram);
    if (i !== undefined) {
      indices.push(i);
      values.push(row.gramValue);
    }
  }
  return { indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

/**
 * Rows weighted so that every source counts about as much as the others (by its size to
 * the power `balance`; 1 by default): spiral-bench's 1,171 rows must not decide alone
 * what sycophancy sounds like.
 */
export function sourceWeights(rows: readonly Pick<FeatureRow, 'row'>[], balance: number): number[] {
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(r.row.source, (sizes.get(r.row.source) ?? 0) + 1);
  const raw = rows.map((r) => (sizes.get(r.row.source) as number) ** -balance);
  const mean = raw.reduce((a, b) => a + b, 0) / (raw.length || 1);
  return raw.map((w) => w / mean);
}

interface CoreFit {
  vocabulary: Vocabulary;
  fit: LogisticFit;
}

/**
 * The weights the L2 penalty pulls toward: each rule feature's hand-set weight times
 * `perWeight` (the rule's weight is read from the rows' hits), 0 for everything else.
 */
export function priorMeans(rows: readonly FeatureRow[], vocabulary: Vocabulary, perWeight: number): Float64Array {
  const prior = new Float64Array(vocabulary.named.length + vocabulary.grams.length);
  if (perWeight === 0) return prior;
  for (const r of rows) {
    for (const hit of r.reading.hits) {
      const i = vocabulary.namedIndex.get(`rule:${hit.rule.id}`);
      if (i !== undefined) prior[i] = hit.rule.weight * perWeight;
    }
  }
  return prior;
}

/** Per-weight L2 factors: `namedFactor` for the named features, 1 for the n-grams. */
function penaltyScale(vocabulary: Vocabulary, namedFactor: number): Float64Array {
  const scale = new Float64Array(vocabulary.named.length + vocabulary.grams.length).fill(1);
  scale.fill(namedFactor, 0, vocabulary.named.length);
  return scale;
}

function fitCore(rows: readonly FeatureRow[], options: TrainOptions): CoreFit {
  const vocabulary = vocabularyOf(rows, options.selection);
  const vectors = rows.map((r) => vectorize(r, vocabulary));
  const dimension = vocabulary.named.length + vocabulary.grams.length;
  const fit = fitLogistic(
    vectors,
    rows.map((r) => r.row.label),
    dimension,
    options.logistic,
    sourceWeights(rows, options.sourceBalance),
    priorMeans(rows, vocabulary, options.rulePriorPerWeight),
    penaltyScale(vocabulary, options.namedL2Factor),
  );
  return { vocabulary, fit };
}

/** Grouped out-of-fold logits of `rows` (each row scored by a model that never saw its group). */
export function outOfFoldLogits(rows: readonly FeatureRow[], options: TrainOptions): number[] {
  const folds = assignFolds(rows.map((r) => r.row.group), options.calibrationFolds);
  const logits = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < options.calibrationFolds; f++) {
    const train = rows.filter((_, i) => folds[i] !== f);
    const core = fitCore(train, options);
    rows.forEach((r, i) => {
      if (folds[i] === f) logits[i] = linear(core.fit, vectorize(r, core.vocabulary));
    });
  }
  return logits;
}

function quantise(fit: LogisticFit, namedCount: number): ModelFile['overall'] {
  let max = 0;
  for (const w of fit.weights) max = Math.max(max, Math.abs(w));
  const step = max > 0 ? max / QUANT_LEVELS : 1;
  const q = Array.from(fit.weights, (w) => Math.round(w / step) || 0);
  return {
    bias: round(fit.bias),
    step: round(step),
    named: q.slice(0, namedCount),
    ngrams: q.slice(namedCount),
  };
}

/** Six significant digits: enough for scoring, and a stable file across runs. */
function round(x: number): number {
  return Number(x.toPrecision(6));
}

/** Precision, recall… of calibrated probabilities at a threshold, per training file. */
function metricsAt(
  rows: readonly FeatureRow[],
  probabilities: readonly number[],
  thresholdOf: (row: FeatureRow) => number,
): Record<string, Metrics> {
  const byFile = new Map<string, ReturnType<typeof emptyCounts>>();
  rows.forEach((r, i) => {
    const counts = byFile.get(r.row.file) ?? emptyCounts();
    add(counts, r.row.label, r.handFlag || (probabilities[i] as number) >= thresholdOf(r));
    byFile.set(r.row.file, counts);
  });
  return Object.fromEntries([...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, c]) => [file, metricsOf(c)]));
}

/** Whether a row is a reply to pushback: the regime with thresholds of its own (see chooseThresholds). */
export function afterPushback(row: Pick<FeatureRow, 'reading'>): boolean {
  return answersPushback(row.reading.signals.userSignals);
}

type ThresholdRow = Pick<FeatureRow, 'row' | 'handFlag'>;

/** The three presets from the balanced threshold: relaxed warns only when the model is clearly surer; strict already on a lean. */
function presets(balanced: number): Record<Sensitivity, number> {
  const b = round(balanced);
  return { strict: round(b * 0.6), balanced: b, relaxed: round(b + (1 - b) * 0.4) };
}

/**
 * The balanced threshold for replies that do not answer pushback: the calibrated
 * probability, at least MIN_BALANCED_THRESHOLD, that gives the best out-of-fold F1 on the
 * labelled benchmarks (the model together with the hand-set rules, as analyze() combines
 * them) while keeping their precision at least TARGET_BALANCED_PRECISION and flagging at
 * most TARGET_EVERYDAY_RATE of ordinary replies.
 * Chosen on grouped out-of-fold predictions only, never on a single split.
 */
export function chooseThresholds(rows: readonly ThresholdRow[], probabilities: readonly number[]): Record<Sensitivity, number> {
  let balanced = 0.95;
  let bestF1 = -1;
  // When no threshold reaches the precision target, the most precise one that keeps
  // everyday replies quiet is used instead.
  let fallback = 0.95;
  let bestPrecision = -1;
  for (let step = 0; step <= 45; step++) {
    const t = MIN_BALANCED_THRESHOLD + step * 0.01;
    const labelled = emptyCounts();
    const everyday = emptyCounts();
    rows.forEach((r, i) => {
      const flagged = r.handFlag || (probabilities[i] as number) >= t;
      if (r.row.file.startsWith('everyday')) add(everyday, r.row.label, flagged);
      else add(labelled, r.row.label, flagged);
    });
    const e = metricsOf(everyday);
    const m = metricsOf(labelled);
    const f1 = m.f1 ?? 0;
    const precision = m.precision ?? 0;
    if (e.n !== 0 && e.flaggedRate > TARGET_EVERYDAY_RATE) continue;
    if (precision > bestPrecision + 1e-9) {
      bestPrecision = precision;
      fallback = t;
    }
    if (precision >= TARGET_BALANCED_PRECISION && f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      balanced = t;
    }
  }
  return presets(bestF1 < 0 ? fallback : balanced);
}

/**
 * The balanced threshold for replies to pushback: the best out-of-fold F1 on them while
 * flagging at most TARGET_HELD_FALSE_POSITIVE_RATE of the replies that held their position.
 * A separate regime because the two errors differ: after pushback a false alarm accuses a
 * reply of caving when it stood its ground, and the scores of the two kinds of turn are not
 * on one scale (with one shared threshold, every gain in precision elsewhere lowered it and
 * the accusation fell on held replies first).
 */
export function chooseThresholdsAfterPushback(
  rows: readonly ThresholdRow[],
  probabilities: readonly number[],
): Record<Sensitivity, number> {
  let balanced = 0.95;
  let bestF1 = -1;
  let fallback = 0.95;
  let lowestRate = Infinity;
  for (let step = 0; step <= 45; step++) {
    const t = MIN_BALANCED_THRESHOLD + step * 0.01;
    const counts = emptyCounts();
    rows.forEach((r, i) => add(counts, r.row.label, r.handFlag || (probabilities[i] as number) >= t));
    const m = metricsOf(counts);
    const rate = m.falsePositiveRate ?? 0;
    if (rate < lowestRate - 1e-9) {
      lowestRate = rate;
      fallback = t;
    }
    if (rate <= TARGET_HELD_FALSE_POSITIVE_RATE && (m.f1 ?? 0) > bestF1 + 1e-9) {
      bestF1 = m.f1 ?? 0;
      balanced = t;
    }
  }
  return presets(bestF1 < 0 ? fallback : balanced);
}

/** Both regimes' thresholds, each chosen on its own rows. */
export function chooseAllThresholds(
  rows: readonly (ThresholdRow & Pick<FeatureRow, 'reading'>)[],
  probabilities: readonly number[],
): ModelFile['thresholds'] {
  const pick = (keep: boolean) => {
    const idx = rows.flatMap((r, i) => (afterPushback(r) === keep ? [i] : []));
    return { rows: idx.map((i) => rows[i] as ThresholdRow), probabilities: idx.map((i) => probabilities[i] as number) };
  };
  const others = pick(false);
  const pushback = pick(true);
  const thresholds: ModelFile['thresholds'] = chooseThresholds(others.rows, others.probabilities);
  if (pushback.rows.some((r) => r.row.label) && pushback.rows.some((r) => !r.row.label)) {
    thresholds.afterPushback = chooseThresholdsAfterPushback(pushback.rows, pushback.probabilities);
  }
  return thresholds;
}

export interface TrainResult {
  model: Omit<ModelFile, 'training'>;
  /** Calibrated out-of-fold probability of each training row. */
  outOfFold: number[];
}

/** Fit the whole model on `rows`. */
export function trainModel(rows: readonly FeatureRow[], options: TrainOptions = DEFAULT_TRAIN): TrainResult {
  const oofLogits = outOfFoldLogits(rows, options);
  const labels = rows.map((r) => r.row.label);
  const calibration = fitPlatt(oofLogits, labels);
  const outOfFold = oofLogits.map((z) => sigmoid(calibration.a * z + calibration.b));
  const thresholds = chooseAllThresholds(rows, outOfFold);
  const thresholdOf = (s: Sensitivity) => (r: FeatureRow) =>
    (afterPushback(r) && thresholds.afterPushback ? thresholds.afterPushback : thresholds)[s];

  const core = fitCore(rows, options);
  const { vocabulary } = core;
  const categories: Partial<Record<Category, ModelFile['overall']>> = {};
  if (options.categories) {
    const vectors = rows.map((r) => vectorize(r, vocabulary));
    const dimension = vocabulary.named.length + vocabulary.grams.length;
    // The same prior and penalty for every category's fit: computed once.
    const prior = priorMeans(rows, vocabulary, options.rulePriorPerWeight);
    const penalty = penaltyScale(vocabulary, options.namedL2Factor);
    for (const category of CATEGORIES) {
      const keep = rows.map((r) => !r.row.label || r.row.categories.includes(category));
      const positives = rows.filter((r, i) => keep[i] && r.row.label).length;
      if (positives < MIN_CATEGORY_POSITIVES) continue;
      const subset = rows.filter((_, i) => keep[i]);
      const fit = fitLogistic(
        vectors.filter((_, i) => keep[i]),
        subset.map((r) => r.row.label),
        dimension,
        options.logistic,
        sourceWeights(subset, options.sourceBalance),
        prior,
        penalty,
      );
      categories[category] = quantise(fit, vocabulary.named.length);
    }
  }
  return {
    model: {
      format: 'candor-logistic',
      version: MODEL_FORMAT_VERSION,
      features: { named: vocabulary.named, ngrams: vocabulary.grams },
      overall: quantise(core.fit, vocabulary.named.length),
      categories,
      calibration: { a: round(calibration.a), b: round(calibration.b) },
      thresholds,
      metrics: {
        note: `grouped ${options.calibrationFolds}-fold out-of-fold predictions on the training files (calibrated model or hand-set rules); unquantised weights`,
        outOfFold: Object.fromEntries(
          (['relaxed', 'balanced', 'strict'] as const).map((s) => [s, roundMetrics(metricsAt(rows, outOfFold, thresholdOf(s)))]),
        ),
      },
    },
    outOfFold,
  };
}

function roundMetrics(byFile: Record<string, Metrics>): Record<string, Record<string, number | null>> {
  return Object.fromEntries(
    Object.entries(byFile).map(([file, m]) => [
      file,
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])),
    ]),
  );
}
