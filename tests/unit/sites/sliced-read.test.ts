// @vitest-environment happy-dom
/**
 * A reply read in slices (SlicedTextRead: the walk stops when its time is up and goes on
 * in a later task) gives exactly the text of one uninterrupted readText, for every turn
 * of every fixture of every site adapter, however small the slices.
 */
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../../src/sites';
import { extractVisibleText, SlicedTextRead } from '../../../src/sites/dom-text';
import { listFixtures, loadFixture } from './load-fixture';

/** Reads to the end, one slice per call, and says how many slices it took. */
function readInSlices(read: () => string, nodesPerSlice: number): { text: string; slices: number } {
  const sliced = new SlicedTextRead(read);
  for (let slices = 1; slices < 100_000; slices++) {
    const text = sliced.step(() => true, nodesPerSlice);
    if (text !== null) return { text, slices };
  }
  throw new Error('the read never finished');
}

const CASES = SITE_ADAPTERS.flatMap((adapter) => listFixtures(adapter.id).map((file) => [file, adapter] as const));

describe.each(CASES)('%s', (file, adapter) => {
  it.each([1, 7])('reads every turn in slices of %i nodes to the same text as one readText', (nodesPerSlice) => {
    const doc = loadFixture(file);
    const turns = adapter.findTurns(doc.body);
    expect(turns.length).toBeGreaterThan(0);
    let slicedAtLeastOnce = false;
    for (const turn of turns) {
      const whole = adapter.readText(turn);
      const { text, slices } = readInSlices(() => adapter.readText(turn), nodesPerSlice);
      expect(text).toBe(whole);
      if (slices > 1) slicedAtLeastOnce = true;
    }
    // The slices really cut the walk (at one node per slice, every turn is cut).
    if (nodesPerSlice === 1) expect(slicedAtLeastOnce).toBe(true);
  });
});

describe('SlicedTextRead', () => {
  it('goes on from where it stopped: nodes are walked once in all, not again per slice', () => {
    const doc = new DOMParser().parseFromString(
      `<div id="r">${Array.from({ length: 50 }, (_, i) => `<p>Paragraph <b>${i}</b> of the reply.</p>`).join('')}</div>`,
      'text/html',
    );
    const root = doc.getElementById('r')!;
    let clockChecks = 0;
    const sliced = new SlicedTextRead(() => extractVisibleText(root));
    let text: string | null = null;
    while (text === null) text = sliced.step(() => ++clockChecks % 2 === 0, 10);
    expect(text).toBe(extractVisibleText(root));
    // About 50 × 5 nodes (p, text, b, text, text) plus closings, one check per 10: a walk
    // restarted per slice would need far more checks.
    expect(clockChecks).toBeLessThan(60);
  });

  it('starts over on a root it has not seen in that place (the page changed under it)', () => {
    const doc = new DOMParser().parseFromString('<div id="a"><p>One</p><p>Two</p><p>Three</p></div><div id="b"><p>Other</p></div>', 'text/html');
    let root = doc.getElementById('a')!;
    const sliced = new SlicedTextRead(() => extractVisibleText(root));
    expect(sliced.step(() => true, 2)).toBeNull();
    root = doc.getElementById('b')!;
    let text: string | null = null;
    while (text === null) text = sliced.step(() => true, 2);
    expect(text).toBe('Other');
  });

  it('lets an error from the reader through', () => {
    const sliced = new SlicedTextRead(() => {
      throw new Error('broken adapter');
    });
    expect(() => sliced.step(() => true)).toThrow('broken adapter');
  });
});
