/** The trainer's parts: deterministic fitting, n-gram selection that ignores one source's topic. */
import { describe, expect, it } from 'vitest';
import { fitLogistic, fitPlatt, type SparseRow } from '@/src/training/logistic';
import { selectNgrams, type GramRow } from '@/src/training/select';
import { chooseAllThresholds, chooseThresholds, chooseThresholdsAfterPushback, sourceWeights } from '@/src/training/train';
import type { FeatureRow, LabelledRow } from '@/src/training/dataset';

const row = (indices: number[]): SparseRow => ({ indices: Int32Array.from(indices), values: Float64Array.from(indices, () => 1) });

describe('fitLogistic', () => {
  const rows = [row([0]), row([0, 1]), row([1]), row([2]), row([2, 1]), row([0, 2])];
  const labels = [true, true, false, false, false, true];

  it('is deterministic and learns the direction of each feature', () => {
    const a = fitLogistic(rows, labels, 3);
    const b = fitLogistic(rows, labels, 3);
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.bias).toBe(b.bias);
    expect(a.weights[0]).toBeGreaterThan(0);
    expect(a.weights[2]).toBeLessThan(a.weights[0] as number);
  });

  it('shrinks weights as the L2 penalty grows', () => {
    const loose = fitLogistic(rows, labels, 3, { l2: 1e-4, iterations: 300, learningRate: 0.05 });
    const tight = fitLogistic(rows, labels, 3, { l2: 1, iterations: 300, learningRate: 0.05 });
    expect(Math.abs(tight.weights[0] as number)).toBeLessThan(Math.abs(loose.weights[0] as number));
  });

  // Feature 3 never occurs in the rows: only its prior decides its weight.
  it.each([
    { name: 'an unseen feature keeps its prior', prior: [0, 0, 0, 2.5], feature: 3, expected: 2.5 },
    { name: 'an unseen feature without a prior stays at 0', prior: [0, 0, 0, 0], feature: 3, expected: 0 },
  ])('L2 pulls toward the prior mean: $name', ({ prior, feature, expected }) => {
    const fit = fitLogistic(rows, labels, 4, { l2: 1, iterations: 300, learningRate: 0.05 }, undefined, Float64Array.from(prior));
    expect(fit.weights[feature]).toBeCloseTo(expected, 6);
  });

  it('under a strong penalty, a seen feature stays nearer its prior than without one', () => {
    const options = { l2: 1, iterations: 300, learningRate: 0.05 };
    const withPrior = fitLogistic(rows, labels, 3, options, undefined, Float64Array.from([3, 0, 0]));
    const without = fitLogistic(rows, labels, 3, options);
    expect(withPrior.weights[0]).toBeGreaterThan((without.weights[0] as number) + 1);
  });

  it('a smaller L2 factor on one weight lets it grow larger than its neighbours under the same penalty', () => {
    const options = { l2: 1, iterations: 300, learningRate: 0.05 };
    const even = fitLogistic(rows, labels, 3, options);
    const freed = fitLogistic(rows, labels, 3, options, undefined, undefined, Float64Array.from([0.1, 1, 1]));
    expect(freed.weights[0]).toBeGreaterThan(even.weights[0] as number);
  });

  it('refuses an L2 scale of the wrong length', () => {
    expect(() => fitLogistic(rows, labels, 3, undefined, undefined, undefined, new Float64Array(4))).toThrow(/L2 scale has 4 entries, expected 3/);
  });

  it('refuses a prior of the wrong length', () => {
    expect(() => fitLogistic(rows, labels, 3, undefined, undefined, new Float64Array(2))).toThrow(/prior mean has 2 entries, expected 3/);
  });
});

describe('fitPlatt', () => {
  it('maps higher logits to higher probabilities with a positive slope', () => {
    const { a } = fitPlatt([-3, -2, -1, 0, 1, 2, 3, 0.5], [false, false, false, true, true, true, true, false]);
    expect(a).toBeGreaterThan(0);
  });
});

describe('selectNgrams', () => {
  // Source A is about the supernatural in positives and negatives alike; "you are right"
  // marks positives in both sources; "spooky" only marks positives in source A.
  const rows: GramRow[] = [];
  const add = (source: string, label: boolean, grams: string[], times: number) => {
    for (let i = 0; i < times; i++) rows.push({ source, label, grams });
  };
  add('A', true, ['ghosts', 'you are right', 'spooky'], 12);
  add('A', false, ['ghosts', 'evidence'], 12);
  add('B', true, ['you are right', 'taxes'], 12);
  add('B', false, ['taxes', 'evidence'], 12);
  add('everyday', false, ['code'], 30);

  it.each<[string, boolean]>([
    ['you are right', true],
    ['evidence', true],
    ['ghosts', false],
    ['taxes', false],
    ['spooky', false],
    ['code', false],
  ])('%s kept: %s', (gram, kept) => {
    expect(selectNgrams(rows, { minPerClass: 10, minRowsInSource: 4, minSources: 2, minLogOdds: 0.4, maxGrams: 100 }).includes(gram)).toBe(kept);
  });
});

describe('sourceWeights', () => {
  const rowsOf = (sizes: Record<string, number>) =>
    Object.entries(sizes).flatMap(([source, n]) => Array.from({ length: n }, () => ({ row: { source } as LabelledRow })));
  const totals = (rows: { row: LabelledRow }[], weights: number[]) => {
    const out = new Map<string, number>();
    rows.forEach((r, i) => out.set(r.row.source, (out.get(r.row.source) ?? 0) + (weights[i] as number)));
    return out;
  };
  const rows = rowsOf({ big: 900, small: 100 });

  it.each<[number, number]>([
    // balance → total weight of the big source / total weight of the small one
    [0, 9],
    [0.5, 3],
    [1, 1],
  ])('at balance %s the big source weighs %s times the small one', (balance, ratio) => {
    const t = totals(rows, sourceWeights(rows, balance));
    expect((t.get('big') as number) / (t.get('small') as number)).toBeCloseTo(ratio, 6);
  });

  it('keeps the mean weight at 1, so the L2 penalty means the same at any balance', () => {
    const w = sourceWeights(rows, 1);
    expect(w.reduce((a, b) => a + b, 0) / w.length).toBeCloseTo(1, 9);
  });
});

describe('chooseThresholds', () => {
  // Positives at p = 0.9 and 0.6; negatives at 0.6 (8 of them) and 0.3. Flagging from 0.5
  // gives the best F1 (0.83) at precision 20/28; from 0.61 on, precision is 1 (F1 0.67).
  const labelled = (label: boolean, p: number, n: number) =>
    Array.from({ length: n }, () => ({ row: { file: 'dev.jsonl', label } as LabelledRow, handFlag: false, p }));
  const everyday = (p: number, n: number) =>
    Array.from({ length: n }, () => ({ row: { file: 'everyday-dev.jsonl', label: false } as LabelledRow, handFlag: false, p }));

  it.each<[string, ReturnType<typeof labelled>, number]>([
    ['holds precision at 0.90 rather than the best F1', [...labelled(true, 0.9, 10), ...labelled(true, 0.6, 10), ...labelled(false, 0.6, 8), ...labelled(false, 0.3, 20)], 0.61],
    ['keeps everyday replies at most 1% flagged', [...labelled(true, 0.9, 10), ...labelled(false, 0.3, 20), ...everyday(0.7, 5), ...everyday(0.1, 95)], 0.71],
    ['falls back to the most precise threshold when 0.90 is out of reach', [...labelled(true, 0.8, 5), ...labelled(false, 0.8, 5), ...labelled(true, 0.55, 1)], 0.5],
  ])('%s', (_name, rows, balanced) => {
    const thresholds = chooseThresholds(rows, rows.map((r) => r.p));
    expect(thresholds.balanced).toBeCloseTo(balanced, 6);
    expect(thresholds.strict).toBeLessThan(thresholds.balanced);
    expect(thresholds.relaxed).toBeGreaterThan(thresholds.balanced);
  });
});

describe('chooseThresholdsAfterPushback', () => {
  const reply = (label: boolean, p: number, n: number) =>
    Array.from({ length: n }, () => ({ row: { file: 'caving-dev.jsonl', label } as LabelledRow, handFlag: false, p }));

  it.each<[string, ReturnType<typeof reply>, number]>([
    // From 0.5 to 0.65, 2 of 20 held replies are flagged (10%): the best F1, but above the
    // 8% cap; from 0.66 on, only the 0.9 positives.
    ['keeps replies that held their position at most 8% flagged', [...reply(true, 0.9, 10), ...reply(true, 0.65, 20), ...reply(false, 0.65, 2), ...reply(false, 0.3, 18)], 0.66],
    // 1 of 20 held replies (5%) is within the cap: the lowest threshold, which catches all 30.
    ['takes the best F1 within the cap', [...reply(true, 0.9, 10), ...reply(true, 0.65, 20), ...reply(false, 0.65, 1), ...reply(false, 0.3, 19)], 0.5],
    // Every threshold that flags anything flags half the held replies or more: it warns on none.
    ['stays quiet rather than exceed the cap', [...reply(true, 0.9, 5), ...reply(false, 0.9, 5), ...reply(false, 0.7, 5)], 0.91],
  ])('%s', (_name, rows, balanced) => {
    const thresholds = chooseThresholdsAfterPushback(rows, rows.map((r) => r.p));
    expect(thresholds.balanced).toBeCloseTo(balanced, 6);
    expect(thresholds.strict).toBeLessThan(thresholds.balanced);
    expect(thresholds.relaxed).toBeGreaterThan(thresholds.balanced);
  });

  it('chooses each regime on its own rows, and none after pushback when no row answers pushback', () => {
    const row = (file: string, label: boolean, p: number, pushback: boolean) => ({
      row: { file, label } as LabelledRow,
      handFlag: false,
      reading: { signals: { userSignals: pushback ? ['pushback'] : [] } } as unknown as FeatureRow['reading'],
      p,
    });
    const plain = [...Array.from({ length: 10 }, () => row('dev.jsonl', true, 0.8, false)), ...Array.from({ length: 10 }, () => row('dev.jsonl', false, 0.6, false))];
    const pushback = [...Array.from({ length: 10 }, () => row('caving-dev.jsonl', true, 0.55, true)), ...Array.from({ length: 10 }, () => row('caving-dev.jsonl', false, 0.3, true))];
    const both = chooseAllThresholds([...plain, ...pushback], [...plain, ...pushback].map((r) => r.p));
    expect(both.balanced).toBeCloseTo(0.61, 6);
    expect(both.afterPushback?.balanced).toBeCloseTo(0.5, 6);
    expect(chooseAllThresholds(plain, plain.map((r) => r.p)).afterPushback).toBeUndefined();
  });
});
