/**
 * The settings' hand-written reader (src/ui/fast-settings.ts) held to settings.ts: what it
 * accepts, SettingsSchema accepts and gives the same way, with no notice, migration or
 * salvage to do; everything else goes to loadSettings itself, which still sets the
 * original aside (corrupt storage falls back safely and loses nothing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, parseStoredSettings, SETTINGS_QUARANTINE_KEY, SETTINGS_SET_ASIDE_KEY, SETTINGS_VERSION, SettingsSchema } from '@/src/storage/settings';
import { defaultSettings, FAST_SETTINGS_VERSION, fastSettings, loadSettingsFast } from '@/src/ui/fast-settings';
import { memorySession } from '../background/memory-session';

const VALID: Record<string, unknown>[] = [
  { version: 2 },
  structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>,
  {
    version: 2,
    engine: { sensitivity: 'strict', rules: { 'praise-for-the-users-idea': { enabled: false }, ['x'.repeat(64)]: { weightFactor: 3 }, other: { enabled: true, weightFactor: 0 } }, customPhrases: { flattery: ['what a take'], agreement: [] } },
    disabledSites: ['claude', 'poe'],
    history: { retentionDays: 1, maxEntries: 50_000, keep: 'spans', unflagged: 'entry' },
  },
  { version: 2, engine: { sensitivity: 'relaxed' }, history: { keep: 'spans' } },
  { version: 2, disabledSites: ['chatgpt', 'chatgpt'] },
];

/** Values near the schema's edges, which fc.anything() seldom makes. */
const tricky: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.integer({ min: -2, max: 60_000 }),
  fc.constantFrom(0, 1, 2, 3, 3.5, 99, 100, 180, 3650, 3651, 50_000, 50_001, -0, 0.5, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, true, {}, []),
  fc.constantFrom('', 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(300), 'x'.repeat(301), 'balanced', 'strict', 'spans', 'entry', 'count', 'excerpt', 'claude', 'flattery', 'agreement', 'nope', '__proto__'),
  fc.array(fc.constantFrom('chatgpt', 'claude', 'nope', 1), { maxLength: 20 }),
  fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.constant('x'.repeat(301))), { maxLength: 3 }),
  fc.record({ enabled: fc.oneof(fc.boolean(), fc.constant(1)), weightFactor: fc.oneof(fc.double({ min: -1, max: 4 }), fc.constant(undefined)) }, { requiredKeys: [] }),
);

/** `value` with one field (top level, or one or two levels down) replaced, removed or added. */
function mutated(value: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== 'object' || node === null || path.length > 2) return;
    for (const key of Object.keys(node)) {
      paths.push([...path, key]);
      walk((node as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(value, []);
  const at = (path: string[], change: (parent: Record<string, unknown>, key: string) => void) => {
    const copy = structuredClone(value);
    let parent: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    change(parent, path.at(-1)!);
    return copy;
  };
  return fc.oneof(
    fc.record({ path: fc.constantFrom(...paths), replacement: tricky }).map(({ path, replacement }) => at(path, (parent, key) => (parent[key] = replacement))),
    fc.constantFrom(...paths).map((path) => at(path, (parent, key) => delete parent[key])),
    fc.record({ path: fc.constantFrom(...paths), key: fc.oneof(fc.string(), fc.constantFrom('enabled', 'keep', 'flattery', 'x')), extra: tricky }).map(({ path, key, extra }) =>
      at(path, (parent, last) => {
        const target = parent[last];
        // An array's `length` takes only a valid length (anything else throws, in the
        // generator rather than the reader: a flaky failure, seen once); stored values never
        // carry another.
        if (Array.isArray(target) && key === 'length') return;
        if (typeof target === 'object' && target !== null) (target as Record<string, unknown>)[key] = extra;
      }),
    ),
  );
}

describe('the settings’ hand-written reader', () => {
  it('gives the defaults for no value, as settings.ts does, in the same version', () => {
    expect(FAST_SETTINGS_VERSION).toBe(SETTINGS_VERSION);
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
    expect(fastSettings(undefined)).toEqual(parseStoredSettings(undefined).settings);
  });

  it('reads current, valid settings as the schema does', () => {
    for (const value of VALID) {
      const read = fastSettings(structuredClone(value));
      expect(read).toBeDefined();
      expect(read).toEqual(SettingsSchema.parse(value));
      expect(parseStoredSettings(value)).toEqual({ settings: read });
    }
  });

  it('never accepts a value settings.ts would read another way (mutated and random values)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...VALID).chain(mutated), fc.anything()), (value) => {
        const read = fastSettings(value);
        if (read === undefined) return;
        expect(parseStoredSettings(value)).toEqual({ settings: read });
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ['an older version', { version: 1, engine: { sensitivity: 'strict' } }],
    ['an unknown site id', { version: 2, disabledSites: ['claude', 'myspace'] }],
    ['a newer version', { version: 3 }],
    ['a field present but undefined', { version: 2, engine: undefined }],
    ['not an object', 'settings'],
  ])('leaves %s to settings.ts, which reads it as before and sets the original aside', async (_, stored) => {
    expect(fastSettings(stored)).toBeUndefined();
    const fast = memorySession({ settings: stored });
    const slow = memorySession({ settings: stored });
    const [viaFast, viaSlow] = [await loadSettingsFast(fast), await loadSettings(slow)];
    expect(viaFast).toEqual(viaSlow);
    expect(fast.data[SETTINGS_QUARANTINE_KEY] !== undefined).toBe(slow.data[SETTINGS_QUARANTINE_KEY] !== undefined);
    expect((fast.data[SETTINGS_SET_ASIDE_KEY] as unknown[] | undefined)?.length).toBe((slow.data[SETTINGS_SET_ASIDE_KEY] as unknown[] | undefined)?.length);
  });

  it('keeps a disabled site disabled when another id is unknown (salvaged by settings.ts)', async () => {
    const area = memorySession({ settings: { version: 2, disabledSites: ['claude', 'myspace'] } });
    const loaded = await loadSettingsFast(area);
    expect(loaded.settings.disabledSites).toEqual(['claude']);
    expect(loaded.notice).toBeDefined();
    expect(area.data[SETTINGS_QUARANTINE_KEY]).toMatchObject({ value: { version: 2, disabledSites: ['claude', 'myspace'] } });
  });

  it('says so when storage cannot be read, as settings.ts does', async () => {
    const failing = { get: () => Promise.reject(new Error('no storage')), set: () => Promise.resolve() };
    expect(await loadSettingsFast(failing)).toEqual(await loadSettings(failing));
  });
});
