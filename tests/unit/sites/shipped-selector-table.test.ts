/**
 * The selector table as it ships (scripts/lib/vite-shipped-selector-table.ts): the page's
 * script gets every site's selectors, in order, with their last-resort marks, and none
 * of the review notes (evidence, generation, dates) the source keeps for reviewers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { stripSelectorNotes } from '@/scripts/lib/vite-shipped-selector-table';
import { SELECTOR_TABLE } from '@/src/sites/selector-table';

const SOURCE = readFileSync(path.resolve(import.meta.dirname, '../../../src/sites/selector-table.ts'), 'utf8');

/** Evaluates a version of the table module's TypeScript source, as the bundle would. */
async function tableOf(source: string): Promise<typeof SELECTOR_TABLE> {
  const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { SELECTOR_TABLE: typeof SELECTOR_TABLE };
  return module.SELECTOR_TABLE;
}

describe('the shipped selector table', () => {
  it('holds exactly the source selectors and last-resort marks, and no review notes', async () => {
    const shipped = await tableOf(stripSelectorNotes(SOURCE));
    expect(Object.keys(shipped)).toEqual(Object.keys(SELECTOR_TABLE));
    for (const [site, { lists }] of Object.entries(SELECTOR_TABLE)) {
      const shippedSite = shipped[site as keyof typeof shipped] as unknown as Record<string, unknown>;
      expect(Object.keys(shippedSite), site).toEqual(['lists']);
      const expected = Object.fromEntries(
        Object.entries(lists).map(([list, entries]) => [list, entries.map((e) => (e.lastResort === undefined ? { css: e.css } : { css: e.css, lastResort: e.lastResort }))]),
      );
      expect(shippedSite.lists, site).toEqual(expected);
    }
    expect(stripSelectorNotes(SOURCE).length).toBeLessThan(SOURCE.length * 0.6);
  });

  it.each([
    ['a double-quoted note', `evidence: "chat-sites §2.1"`],
    ['a template-literal note', 'since: `2026-09`'],
  ])('stops the build when %s would be left behind', (_name, note) => {
    const changed = SOURCE.replace(/evidence: '[^']*'/u, note);
    expect(() => stripSelectorNotes(changed)).toThrow(/a review note would ship/u);
  });

  it('stops the build when the table is no longer where the plugin looks', () => {
    expect(() => stripSelectorNotes(SOURCE.replace('const TABLE', 'const SITES'))).toThrow(/TABLE literal was not found/u);
  });
});
