/** Settings are validated on read; anything unreadable falls back to defaults and is kept for recovery. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  parseStoredSettings,
  saveSettings,
  SETTINGS_KEY,
  SETTINGS_QUARANTINE_KEY,
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
