/**
 * The settings as the popup's first screen reads them, without zod (issue #11.6): zod
 * builds its schemas when their module loads, and the settings' module builds all of them
 * (the engine's, the history's), which cost the popup more of its first screen than
 * anything it validates. Like the popup's other fast readers (popup/fast-readers.ts), this
 * answers only for a stored value it is sure of, exactly as `SettingsSchema` would: no
 * value (defaults) or a current, valid one. Anything else (older, corrupt, unreadable) goes
 * to `loadSettings` in settings.ts, imported then, which migrates or salvages it and sets
 * the original aside, so nothing the person set is lost. tests/unit/ui/fast-settings.test.ts
 * holds it to the schema on valid, mutated and random values.
 */
import { CATEGORIES, SENSITIVITIES } from '../engine/types';
import { SETTINGS_KEY } from '../storage/page-view';
import type { KeyValueArea, LoadedSettings, Settings } from '../storage/settings';
import { SITE_IDS } from '../sites/types';
import { everyItem, hasProtoKey, isOneOf, isPlainObject } from './plain-values';

/** SettingsSchema's version (SETTINGS_VERSION in settings.ts; a test keeps them equal). */
export const FAST_SETTINGS_VERSION = 2;

/** SettingsSchema.parse({ version }) (DEFAULT_SETTINGS; a test keeps them equal), a fresh copy each time. */
export function defaultSettings(): Settings {
  return {
    version: FAST_SETTINGS_VERSION,
    engine: { sensitivity: 'balanced', rules: {}, customPhrases: {} },
    disabledSites: [],
    history: { retentionDays: 180, maxEntries: 10_000, keep: 'excerpt', unflagged: 'count' },
  };
}

const isIntIn = (value: unknown, min: number, max: number): value is number => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
/** Only these keys, none of them present but undefined (what zod makes of that is zod's to say). */
function hasOnly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  for (const key of Object.keys(value)) if (!keys.includes(key) || value[key] === undefined) return false;
  return true;
}

function readEngine(raw: unknown): Settings['engine'] | undefined {
  if (raw === undefined) return defaultSettings().engine;
  if (!isPlainObject(raw) || !hasOnly(raw, ['sensitivity', 'rules', 'customPhrases'])) return undefined;
  const { sensitivity = 'balanced', rules = {}, customPhrases = {} } = raw;
  if (!isOneOf(SENSITIVITIES, sensitivity) || !isPlainObject(rules) || !isPlainObject(customPhrases)) return undefined;
  if (hasProtoKey(rules) || hasProtoKey(customPhrases)) return undefined;
  const readRules: Settings['engine']['rules'] = {};
  for (const id of Object.keys(rules)) {
    const override = rules[id];
    if (id.length > 64 || !isPlainObject(override) || !hasOnly(override, ['enabled', 'weightFactor'])) return undefined;
    const { enabled, weightFactor } = override;
    if (enabled !== undefined && typeof enabled !== 'boolean') return undefined;
    if (weightFactor !== undefined && !(typeof weightFactor === 'number' && weightFactor >= 0 && weightFactor <= 3)) return undefined;
    readRules[id] = { ...override };
  }
  const readPhrases: Settings['engine']['customPhrases'] = {};
  for (const category of Object.keys(customPhrases)) {
    const phrases = customPhrases[category];
    if (!isOneOf(CATEGORIES, category) || !Array.isArray(phrases) || phrases.length > 200) return undefined;
    if (!everyItem(phrases, (phrase) => typeof phrase === 'string' && phrase.length >= 1 && phrase.length <= 300)) return undefined;
    readPhrases[category] = [...(phrases as string[])];
  }
  return { sensitivity, rules: readRules, customPhrases: readPhrases };
}

function readHistory(raw: unknown): Settings['history'] | undefined {
  if (raw === undefined) return defaultSettings().history;
  if (!isPlainObject(raw) || !hasOnly(raw, ['retentionDays', 'maxEntries', 'keep', 'unflagged'])) return undefined;
  const { retentionDays = 180, maxEntries = 10_000, keep = 'excerpt', unflagged = 'count' } = raw;
  if (!isIntIn(retentionDays, 1, 3650) || !isIntIn(maxEntries, 100, 50_000)) return undefined;
  if (!isOneOf(['excerpt', 'spans'] as const, keep) || !isOneOf(['count', 'entry'] as const, unflagged)) return undefined;
  return { retentionDays, maxEntries, keep, unflagged };
}

/** The stored settings value as `parseStoredSettings` gives it when it needs no repair, or undefined: ask settings.ts. */
export function fastSettings(raw: unknown): Settings | undefined {
  if (raw === undefined) return defaultSettings();
  if (!isPlainObject(raw) || !hasOnly(raw, ['version', 'engine', 'disabledSites', 'history']) || raw.version !== FAST_SETTINGS_VERSION) return undefined;
  const engine = readEngine(raw.engine);
  const history = readHistory(raw.history);
  const { disabledSites = [] } = raw;
  if (!engine || !history || !Array.isArray(disabledSites) || disabledSites.length > SITE_IDS.length * 2) return undefined;
  if (!everyItem(disabledSites, (site) => isOneOf(SITE_IDS, site))) return undefined;
  return { version: FAST_SETTINGS_VERSION, engine, disabledSites: [...(disabledSites as Settings['disabledSites'])], history };
}

/**
 * `loadSettings` (settings.ts) for a page's first screen: the stored value by the fast
 * reader when it is sure, else settings.ts itself, which reads it again and does
 * everything `loadSettings` does (migration, salvage, setting the original aside).
 */
export async function loadSettingsFast(area: KeyValueArea): Promise<LoadedSettings> {
  try {
    const settings = fastSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
    if (settings) return { settings };
  } catch {
    // Unreadable: settings.ts says so (and uses defaults).
  }
  const { loadSettings } = await import('../storage/settings');
  return loadSettings(area);
}
