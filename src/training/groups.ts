/**
 * Which rows must stay together when the labelled data is split for cross-validation.
 *
 * Turns of one conversation, and answers by several models to one question, look alike:
 * a random split of rows lets a model see the test conversation while training and
 * report a figure the unseen data will not repeat. The held-out halves of
 * `../shared/eval` were split by these same keys (see its README), so cross-validation
 * that groups this way predicts them.
 */

/** The benchmark a row comes from ("sam-paech/spiral-bench"), from its `source` field. */
export function sourceOf(source: string | undefined): string {
  return source?.split(':')[0] ?? 'unknown';
}

/**
 * The group of a row: rows with the same key go to the same fold.
 *
 * - `spiral:<model>:<seed>:c0:t<n>`: the seed (one conversation script, all models, all turns)
 * - `tfd-sycobench:<run>:<subset>:<n>:<side>`: subset and item, across runs and sides
 * - `ewernn-sycobench:<model>:Q<n>:P<m>`: the question
 * - `sycon-debate/<model>/p<k>/q<n>/t<m>`: the question
 * - `sycbench-opinion/…/op-<n>[-swap]/…`: the item with its swap; `sycbench-factual/…/<item>/…`: the item
 * - everyday rows: the prompt, i.e. the id without the answering model
 *
 * An id of no known shape is its own group (never merged with another by accident).
 */
export function groupOf(id: string): string {
  if (id.startsWith('spiral:')) {
    const parts = id.split(':');
    return `spiral:${parts[2] ?? id}`;
  }
  if (id.startsWith('tfd-sycobench:')) {
    const parts = id.split(':');
    return `tfd:${parts[2] ?? ''}:${parts[3] ?? id}`;
  }
  if (id.startsWith('ewernn-sycobench:')) {
    const question = id.split(':').find((part) => /^Q\d+$/u.test(part));
    return `ewernn:${question ?? id}`;
  }
  if (id.startsWith('sycon-debate/')) {
    const question = id.split('/').find((part) => /^q\d+$/u.test(part));
    return `sycon:${question ?? id}`;
  }
  if (id.startsWith('sycbench-opinion/')) {
    const item = id.split('/').find((part) => /^op-\d+(?:-swap)?$/u.test(part));
    return `sycbench-opinion:${item ? item.replace(/-swap$/u, '') : id}`;
  }
  if (id.startsWith('sycbench-factual/')) {
    // sycbench-factual/<model-and-setting>/<item>/s<k>/t<m>
    const parts = id.split('/');
    return `sycbench-factual:${parts[2] ?? id}`;
  }
  if (id.startsWith('fastchat-')) {
    // fastchat-<set>-<model with dashes>-<prompt>[-t<turn>]: the prompt is a question
    // number (q12) or, for Arena prompts, a hex hash.
    const parts = id.split('-');
    const set = parts[1] ?? '';
    const question = parts.find((part) => /^q\d+$/u.test(part));
    if (question) return `fastchat-${set}:${question}`;
    const last = parts[parts.length - 1] ?? '';
    if (last.length >= 8 && /^[0-9a-f]+$/u.test(last)) return `fastchat-${set}:${last}`;
  }
  return `id:${id}`;
}

/** 32-bit FNV-1a: a stable, platform-independent hash for ordering groups. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Assign each row a fold in [0, k): whole groups at a time, groups ordered by a hash of
 * their key and dealt round-robin, so folds get about the same number of groups and
 * the split is the same on every machine and run (no randomness).
 */
export function assignFolds(groups: readonly string[], k: number): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`cross-validation needs at least 2 folds (got ${k})`);
  const distinct = [...new Set(groups)];
  distinct.sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (distinct.length < k) throw new RangeError(`${k} folds need at least ${k} groups (found ${distinct.length})`);
  const foldOfGroup = new Map<string, number>();
  distinct.forEach((group, i) => foldOfGroup.set(group, i % k));
  return Int32Array.from(groups, (group) => foldOfGroup.get(group) as number);
}
