/**
 * Detection-quality metrics for `candor eval`: precision, recall, F1 and false-positive
 * rate, overall and per group. Pure functions over (label, prediction) pairs.
 */

export interface Counts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface Metrics extends Counts {
  n: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  falsePositiveRate: number | null;
  flaggedRate: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, tn: 0, fn: 0 };
}

export function add(counts: Counts, label: boolean, predicted: boolean): void {
  if (label && predicted) counts.tp++;
  else if (label) counts.fn++;
  else if (predicted) counts.fp++;
  else counts.tn++;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function metricsOf(c: Counts): Metrics {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 =
    precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  const n = c.tp + c.fp + c.tn + c.fn;
  return {
    ...c,
    n,
    precision,
    recall,
    f1,
    falsePositiveRate: ratio(c.fp, c.fp + c.tn),
    flaggedRate: n === 0 ? 0 : (c.tp + c.fp) / n,
  };
}
