/**
 * Which n-grams may become evidence: only those whose association with the label points
 * the same way inside several benchmarks.
 *
 * Comparing positives with negatives *within* one source cancels that source's subject:
 * in spiral-bench both sycophantic and honest replies talk about consciousness, so
 * "consciousness" has no consistent within-source sign and is dropped, while "you are
 * right" or "brilliant" point the same way in spiral-bench, syco-bench and the caving
 * benchmarks and are kept. An n-gram measured in only one source is dropped too: nothing
 * says it would carry to a source Candor has never seen.
 */

export interface GramRow {
  grams: readonly string[];
  label: boolean;
  source: string;
}

export interface SelectionOptions {
  /** A source takes part in the vote only with at least this many positives and negatives. */
  minPerClass: number;
  /** An n-gram is measured in a source when it occurs in at least this many of its rows. */
  minRowsInSource: number;
  /** Sources that must measure it, all with the same sign. */
  minSources: number;
  /** Smallest |log-odds ratio| a source's vote must have to count as agreement. */
  minLogOdds: number;
  /** Keep at most this many (the most consistent first). */
  maxGrams: number;
}

export const DEFAULT_SELECTION: SelectionOptions = {
  minPerClass: 10,
  minRowsInSource: 4,
  minSources: 2,
  // A weaker but consistent vote still counts: 0.4 kept too few n-grams for recall (grouped
  // CV and leave-one-source-out both improved at 0.2 with up to 3,000 n-grams).
  minLogOdds: 0.2,
  maxGrams: 3000,
};

export function selectNgrams(rows: readonly GramRow[], options: SelectionOptions = DEFAULT_SELECTION): string[] {
  const classSizes = new Map<string, { pos: number; neg: number }>();
  for (const row of rows) {
    const size = classSizes.get(row.source) ?? { pos: 0, neg: 0 };
    if (row.label) size.pos++;
    else size.neg++;
    classSizes.set(row.source, size);
  }
  const voters = [...classSizes]
    .filter(([, s]) => s.pos >= options.minPerClass && s.neg >= options.minPerClass)
    .map(([source]) => source)
    .sort();
  const voterIndex = new Map(voters.map((s, i) => [s, i]));
  // gram → [pos, neg] counts per voting source, flattened.
  const counts = new Map<string, Int32Array>();
  for (const row of rows) {
    const v = voterIndex.get(row.source);
    if (v === undefined) continue;
    const slot = 2 * v + (row.label ? 0 : 1);
    for (const gram of row.grams) {
      let c = counts.get(gram);
      if (!c) {
        c = new Int32Array(2 * voters.length);
        counts.set(gram, c);
      }
      c[slot] = (c[slot] as number) + 1;
    }
  }
  const scored: [string, number][] = [];
  for (const [gram, c] of counts) {
    let sign = 0;
    let measured = 0;
    let weakest = Infinity;
    let consistent = true;
    for (let v = 0; v < voters.length && consistent; v++) {
      const pos = c[2 * v] as number;
      const neg = c[2 * v + 1] as number;
      if (pos + neg < options.minRowsInSource) continue;
      const size = classSizes.get(voters[v] as string) as { pos: number; neg: number };
      const lor = Math.log((pos + 0.5) / (size.pos - pos + 0.5)) - Math.log((neg + 0.5) / (size.neg - neg + 0.5));
      measured++;
      const s = Math.sign(lor);
      if (Math.abs(lor) < options.minLogOdds || (sign !== 0 && s !== sign)) consistent = false;
      sign = s;
      weakest = Math.min(weakest, Math.abs(lor));
    }
    if (consistent && measured >= options.minSources) scored.push([gram, weakest * Math.sqrt(measured)]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return scored
    .slice(0, options.maxGrams)
    .map(([gram]) => gram)
    .sort();
}
