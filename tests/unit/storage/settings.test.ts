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
  MAX_SET_ASIDE_SETTINGS,
  setAsideSettings,
  SETTINGS_QUARANTINE_KEY,
  SETTINGS_SET_ASIDE_KEY,
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
    ['an array', [{ version: 2 }]],
  ])('falls back to defaults with a notice for %s', (_what, raw) => {
    const loaded = parseStoredSettings(raw);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toMatch(/reset to the defaults/u);
  });

  const v2 = (extra: Record<string, unknown>) => ({ version: 2, ...extra });
  it.each([
    // The case: an older value with one unknown site id keeps claude.ai switched off.
    ['an older value with one unknown site id', { version: 1, disabledSites: ['claude', 'myspace'] }, { disabledSites: ['claude'] }, ['disabledSites "myspace"']],
    ['wrong types in one field', { version: 1, engine: { sensitivity: 42 }, disabledSites: ['poe'] }, { disabledSites: ['poe'] }, ['engine.sensitivity']],
    ['an unknown key', v2({ surprise: true, disabledSites: ['grok'] }), { disabledSites: ['grok'] }, ['surprise']],
    ['a __proto__ key', JSON.parse('{"version":2,"__proto__":{"polluted":true},"disabledSites":["gemini"]}'), { disabledSites: ['gemini'] }, ['__proto__']],
    ['a huge array of one site', v2({ disabledSites: Array.from({ length: 100_000 }, () => 'chatgpt') }), { disabledSites: ['chatgpt'] }, []],
    [
      'one bad rule override among good ones',
      v2({ engine: { sensitivity: 'strict', rules: { 'praise-for-the-users-idea': { enabled: false }, broken: { weightFactor: 99 } } } }),
      { engine: { ...DEFAULT_SETTINGS.engine, sensitivity: 'strict', rules: { 'praise-for-the-users-idea': { enabled: false } } } },
      ['engine.rules.broken'],
    ],
    [
      'a history limit out of range',
      v2({ history: { retentionDays: 30, maxEntries: 5, keep: 'spans' }, disabledSites: ['poe'] }),
      { history: { ...DEFAULT_SETTINGS.history, retentionDays: 30, keep: 'spans' }, disabledSites: ['poe'] },
      ['history.maxEntries'],
    ],
  ])('salvages %s field by field, keeping the rest', (_what, raw, kept, dropped) => {
    const loaded = parseStoredSettings(raw);
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, ...kept });
    for (const name of dropped) expect(loaded.salvaged).toContain(name);
    expect(loaded.notice).toMatch(/reset to their defaults.*Everything else is kept/su);
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

  it('keeps the last few set-aside values: a second corruption does not overwrite the first', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: 'first corruption' });
    await loadSettings(area);
    await loadSettings(area); // read again: not set aside twice
    area.data[SETTINGS_KEY] = 'second corruption';
    await loadSettings(area);
    for (let i = 0; i < 10; i++) await setAsideSettings(area, `later ${i}`, i);
    const kept = (area.data[SETTINGS_SET_ASIDE_KEY] as { value: unknown }[]).map((q) => q.value);
    expect(kept).toHaveLength(MAX_SET_ASIDE_SETTINGS);
    area.data[SETTINGS_SET_ASIDE_KEY] = [];
    area.data[SETTINGS_KEY] = 'first corruption';
    await loadSettings(area);
    area.data[SETTINGS_KEY] = 'second corruption';
    await loadSettings(area);
    expect((area.data[SETTINGS_SET_ASIDE_KEY] as { value: unknown }[]).map((q) => q.value)).toEqual(['first corruption', 'second corruption']);
    expect(area.data[SETTINGS_QUARANTINE_KEY]).toMatchObject({ value: 'second corruption' });
  });

  it('persists a salvaged value at start-up, after setting the original aside', async () => {
    const original = { version: 1, disabledSites: ['claude', 'myspace'] };
    const area = memoryArea({ [SETTINGS_KEY]: original });
    await persistMigratedSettings(area);
    expect(area.data[SETTINGS_KEY]).toMatchObject({ version: SETTINGS_VERSION, disabledSites: ['claude'] });
    expect(area.data[SETTINGS_QUARANTINE_KEY]).toMatchObject({ value: original });
    expect((await loadSettings(area)).notice).toBeUndefined();
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
    expect(parseStoredSettings(raw).notice).toMatch(/reset to the(ir)? defaults/u);
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
