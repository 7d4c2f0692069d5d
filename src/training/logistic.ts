/**
 * L2-regularised logistic regression on sparse rows, fitted by full-batch gradient
 * descent with Adam: deterministic (no sampling, fixed iteration count, fixed order).
 */

export interface SparseRow {
  indices: Int32Array;
  values: Float64Array;
}

export interface LogisticFit {
  bias: number;
  weights: Float64Array;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the bias), per unit of total sample weight. */
  l2: number;
  iterations: number;
  learningRate: number;
}

/** l2 1e-3: twice the earlier penalty, for the larger n-gram set (see select.ts). */
export const DEFAULT_LOGISTIC: LogisticOptions = { l2: 1e-3, iterations: 400, learningRate: 0.05 };

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function linear(fit: LogisticFit, row: SparseRow): number {
  let z = fit.bias;
  for (let j = 0; j < row.indices.length; j++) z += (fit.weights[row.indices[j] as number] as number) * (row.values[j] as number);
  return z;
}

/**
 * Fit weights minimising the weighted mean log loss plus l2/2·|w − priorMean|²: the penalty
 * pulls each weight toward its prior (0 when no prior is given), and the fit starts there.
 * @param sampleWeights per-row weights (e.g. to balance sources); all 1 when omitted
 * @param priorMean per-weight value the L2 penalty pulls toward (length `dimension`); zeros when omitted
 * @param l2Scale per-weight factor on the L2 penalty (length `dimension`), e.g. to let named
 *   features move more freely than n-grams; all 1 when omitted
 */
export function fitLogistic(
  rows: readonly SparseRow[],
  labels: readonly boolean[],
  dimension: number,
  options: LogisticOptions = DEFAULT_LOGISTIC,
  sampleWeights?: readonly number[],
  priorMean?: Float64Array,
  l2Scale?: Float64Array,
): LogisticFit {
  if (priorMean && priorMean.length !== dimension) throw new Error(`prior mean has ${priorMean.length} entries, expected ${dimension}`);
  if (l2Scale && l2Scale.length !== dimension) throw new Error(`L2 scale has ${l2Scale.length} entries, expected ${dimension}`);
  const prior = priorMean ?? new Float64Array(dimension);
  const weights = Float64Array.from(prior);
  let bias = 0;
  const grad = new Float64Array(dimension);
  const m = new Float64Array(dimension + 1);
  const v = new Float64Array(dimension + 1);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  let total = 0;
  for (let i = 0; i < rows.length; i++) total += sampleWeights?.[i] ?? 1;
  if (total === 0) return { bias, weights };
  for (let it = 1; it <= options.iterations; it++) {
    grad.fill(0);
    let gradBias = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as SparseRow;
      let z = bias;
      for (let j = 0; j < row.indices.length; j++) z += (weights[row.indices[j] as number] as number) * (row.values[j] as number);
      const err = ((sigmoid(z) - (labels[i] ? 1 : 0)) * (sampleWeights?.[i] ?? 1)) / total;
      gradBias += err;
      for (let j = 0; j < row.indices.length; j++) {
        const k = row.indices[j] as number;
        grad[k] = (grad[k] as number) + err * (row.values[j] as number);
      }
    }
    const step = (options.learningRate * Math.sqrt(1 - beta2 ** it)) / (1 - beta1 ** it);
    for (let k = 0; k <= dimension; k++) {
      const g = k === dimension ? gradBias : (grad[k] as number) + options.l2 * (l2Scale?.[k] ?? 1) * ((weights[k] as number) - (prior[k] as number));
      m[k] = beta1 * (m[k] as number) + (1 - beta1) * g;
      v[k] = beta2 * (v[k] as number) + (1 - beta2) * g * g;
      const delta = (step * (m[k] as number)) / (Math.sqrt(v[k] as number) + eps);
      if (k === dimension) bias -= delta;
      else weights[k] = (weights[k] as number) - delta;
    }
  }
  return { bias, weights };
}

/** Platt scaling: a, b with p = σ(a·z + b) fitted to (logit, label) pairs by Newton's method. */
export function fitPlatt(logits: readonly number[], labels: readonly boolean[]): { a: number; b: number } {
  // Platt's smoothed targets keep a separable fold from pushing a to infinity.
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let g1 = 0;
    let g2 = 0;
    let h11 = 1e-9;
    let h12 = 0;
    let h22 = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const z = logits[i] as number;
      const p = sigmoid(a * z + b);
      const t = labels[i] ? hi : lo;
      const d = p - t;
      const w = p * (1 - p);
      g1 += d * z;
      g2 += d;
      h11 += w * z * z;
      h12 += w * z;
      h22 += w;
    }
    const det = h11 * h22 - h12 * h12;
    if (det <= 0) break;
    const da = (h22 * g1 - h12 * g2) / det;
    const db = (h11 * g2 - h12 * g1) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a: a > 0 ? a : 1e-3, b };
}
