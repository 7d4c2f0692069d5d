/**
 * The pages name sites from a small table (src/ui/site-names.ts) instead of loading the
 * adapters; the table must say exactly what the adapters say, in their order.
 */
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '@/src/sites';
import { SITE_NAMES, siteName } from '@/src/ui/site-names';

describe('site names for the extension pages', () => {
  it('lists every adapter with its name, in the adapters’ order', () => {
    expect(SITE_NAMES).toEqual(SITE_ADAPTERS.map((adapter) => ({ id: adapter.id, name: adapter.name })));
  });

  it.each([
    ['copilot', 'Microsoft Copilot'],
    ['lechat', 'Le Chat'],
    ['a-site-from-an-older-version', 'a-site-from-an-older-version'],
  ])('names %s as %s', (id, name) => {
    expect(siteName(id)).toBe(name);
  });
});
