// @vitest-environment happy-dom
/**
 * The selector table is data: valid against its schema, every selector parses as CSS,
 * every entry is dated and names its evidence, and each list keeps newest markup first.
 */
import { describe, expect, it } from 'vitest';
import { SELECTOR_TABLE } from '../../../src/sites/selector-table';
import { LAYOUT_GENERATIONS, SelectorTableSchema } from '../../../src/sites/selector-schema';
import { SITE_IDS } from '../../../src/sites/types';

const entries = SITE_IDS.flatMap((site) =>
  Object.entries(SELECTOR_TABLE[site].lists).flatMap(([list, ranked]) =>
    (ranked ?? []).map((entry, rank) => ({ site, list, rank, entry })),
  ),
);

describe('the selector table', () => {
  it('covers every site and validates against its schema', () => {
    expect(Object.keys(SELECTOR_TABLE).sort()).toEqual([...SITE_IDS].sort());
    expect(SelectorTableSchema.safeParse(SELECTOR_TABLE).success).toBe(true);
  });

  it.each(entries.map((e) => [`${e.site}.${e.list}[${e.rank}]`, e.entry.css] as const))('%s parses as CSS: %s', (_where, css) => {
    expect(() => document.querySelectorAll(css)).not.toThrow();
  });

  it('has late-2026 entries for the sites the 2026 survey found changed', () => {
    for (const site of ['chatgpt', 'claude', 'deepseek', 'grok', 'gemini', 'poe'] as const) {
      const generations = Object.values(SELECTOR_TABLE[site].lists).flatMap((list) => (list ?? []).map((e) => e.generation));
      expect(generations, site).toContain('late-2026');
    }
  });

  it.each([
    ['an unknown list', { chatgpt: { reviewed: '2026-12', lists: { cookies: [] } } }],
    ['an entry without evidence', { chatgpt: { reviewed: '2026-12', lists: { turn: [{ css: 'div', generation: 'late-2026', since: '2026-09' }] } } }],
    ['a made-up generation', { chatgpt: { reviewed: '2026-12', lists: { turn: [{ css: 'div', generation: '2030', since: '2026-09', evidence: 'x y z' }] } } }],
    ['a control character in a selector', { chatgpt: { reviewed: '2026-12', lists: { turn: [{ css: 'div\u0000', generation: 'late-2026', since: '2026-09', evidence: 'x y z' }] } } }],
    ['an undated entry', { chatgpt: { reviewed: '2026-12', lists: { turn: [{ css: 'div', generation: 'late-2026', since: 'soon', evidence: 'x y z' }] } } }],
  ])('refuses %s', (_what, change) => {
    expect(SelectorTableSchema.safeParse({ ...SELECTOR_TABLE, ...change }).success).toBe(false);
  });

  it('names the generations in time order', () => {
    expect(LAYOUT_GENERATIONS).toEqual(['before-2026', 'early-2026', 'late-2026']);
  });
});
