/** The trainer's parts: deterministic fitting, n-gram selection that ignores one source's topic. */
import { describe, expect, it } from 'vitest';
import { fitLogistic, fitPlatt, type SparseRow } from '@/src/training/logistic';
import { selectNgrams, type GramRow } from '@/src/training/select';

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
