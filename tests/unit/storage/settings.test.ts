/** Settings are validated on read; anything unreadable falls back to defaults and is kept for recovery. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  parseImportedSettings,
  parseStoredSettings,
  persistMigratedSettings,
  saveSettings,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_QUARANTINE_KEY,
  SETTINGS_VERSION,
  type KeyValueArea,
} from '@/src/storage/settings';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('parseStoredSettings', () => {
  it('uses defaults, silently, when nothing is stored', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it.each([
    ['null', null],
    ['a string', 'balanced'],
    ['truncated JSON text', '{"version":1,"engine":{"sensi'],
    ['wrong types', { version: 1, engine: { sensitivity: 42 } }],
    ['an unknown key', { version: 1, surprise: true }],
    ['a __proto__ key', JSON.parse('{"version":1,"__proto__":{"polluted":true}}')],
    ['a huge array', { version: 1, disabledSites: Array.from({ length: 100_000 }, () => 'chatgpt') }],
  ])('falls back to defaults with a notice for %s', (_what, raw) => {
    const loaded = parseStoredSettings(raw);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toMatch(/reset to the defaults/u);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names a newer version as the reason', () => {
    expect(parseStoredSettings({ version: 99 }).notice).toContain('newer version');
  });
});

describe('loadSettings / saveSettings', () => {
  it('round-trips', async () => {
    const area = memoryArea();
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['grok' as const] };
    await saveSettings(area, settings);
    expect((await loadSettings(area)).settings).toEqual(settings);
    expect(isSiteEnabled(settings, 'grok')).toBe(false);
    expect(isSiteEnabled(settings, 'claude')).toBe(true);
  });

  it('keeps an unreadable value in quarantine instead of losing it', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { version: 1, engine: 'corrupt' } });
    const loaded = await loadSettings(area);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(area.data[SETTINGS_QUARANTINE_KEY]).toMatchObject({ value: { version: 1, engine: 'corrupt' } });
    expect(area.data[SETTINGS_KEY]).toEqual({ version: 1, engine: 'corrupt' });
  });

  it('survives a storage area that throws', async () => {
    const area: KeyValueArea = { get: () => Promise.reject(new Error('IO error')), set: () => Promise.resolve() };
    const loaded = await loadSettings(area);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toBeDefined();
  });

  it('refuses to save invalid settings', async () => {
    const area = memoryArea();
    await expect(saveSettings(area, { ...DEFAULT_SETTINGS, disabledSites: ['myspace' as never] })).rejects.toThrow();
    expect(area.data[SETTINGS_KEY]).toBeUndefined();
  });
});

describe('migrations', () => {
  // One fixture per earlier version, as that version wrote it. Add one when SETTINGS_VERSION goes up.
  const WRITTEN_BY_VERSION: Record<number, unknown> = {
    1: {
      version: 1,
      engine: { sensitivity: 'strict', rules: { 'reflexive-agreement': { enabled: false } }, customPhrases: { flattery: ['so wise'] } },
      disabledSites: ['poe'],
    },
  };

  it('has a fixture and a migration step for every earlier version', () => {
    for (let version = 1; version < SETTINGS_VERSION; version++) {
      expect(WRITTEN_BY_VERSION[version], `fixture for version ${version}`).toBeDefined();
      expect(SETTINGS_MIGRATIONS[version], `migration from version ${version}`).toBeTypeOf('function');
    }
  });

  it.each(Object.entries(WRITTEN_BY_VERSION))('migrates version %s to the current version keeping every choice', (version, raw) => {
    const loaded = parseStoredSettings(raw);
    expect(loaded.notice).toBeUndefined();
    expect(loaded.migratedFrom).toBe(Number(version));
    expect(loaded.settings).toMatchObject({
      version: SETTINGS_VERSION,
      engine: { sensitivity: 'strict', rules: { 'reflexive-agreement': { enabled: false } }, customPhrases: { flattery: ['so wise'] } },
      disabledSites: ['poe'],
      history: DEFAULT_SETTINGS.history,
    });
  });

  it('persists a migration once, through the one writer', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: WRITTEN_BY_VERSION[1] });
    await persistMigratedSettings(area);
    expect(area.data[SETTINGS_KEY]).toMatchObject({ version: SETTINGS_VERSION, disabledSites: ['poe'] });
    expect((await loadSettings(area)).migratedFrom).toBeUndefined();
  });

  it.each([
    ['version 0', { version: 0 }],
    ['a fractional version', { version: 1.5 }],
    ['an old version with corrupt content', { version: 1, engine: { sensitivity: 'maximum' } }],
  ])('refuses %s with a notice', (_what, raw) => {
    expect(parseStoredSettings(raw).notice).toMatch(/reset to the defaults/u);
  });
});

describe('parseImportedSettings', () => {
  it('accepts an exported file and an older version', () => {
    expect(parseImportedSettings(JSON.stringify(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(parseImportedSettings('{"version":1,"disabledSites":["grok"]}')).toMatchObject({ ok: true, settings: { disabledSites: ['grok'] } });
  });

  it.each([
    ['not JSON', '{"version": 2,', /not valid JSON/u],
    ['not settings', '[1,2,3]', /not a Candor settings file/u],
    ['a newer version', '{"version": 99}', /newer version/u],
    ['a wrong value', '{"version": 2, "engine": {"sensitivity": "maximum"}}', /engine\.sensitivity/u],
    ['an unknown site', '{"version": 2, "disabledSites": ["myspace"]}', /disabledSites/u],
    ['retention out of range', '{"version": 2, "history": {"retentionDays": 0}}', /history\.retentionDays/u],
  ])('refuses %s with the reason', (_what, text, reason) => {
    const result = parseImportedSettings(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });
});
