/**
 * Candor's settings: declared once, versioned, migrated and validated on every read.
 *
 * Stored under `settings` in storage.local as `{ version, ... }`. A value from an older
 * version is migrated step by step (`SETTINGS_MIGRATIONS`). A value that still fails
 * validation (corrupt, from an unknown future version, hand-edited) is never used and
 * never thrown away: it is copied to `settingsQuarantine` for recovery and Candor runs
 * on defaults, with `notice` telling the UI to say so.
 */
import { z } from 'zod';
import { EngineSettingsSchema } from '../engine/settings';
import { SITE_IDS, type SiteId } from '../sites/types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_QUARANTINE_KEY = 'settingsQuarantine';
export const SETTINGS_VERSION = 2;

/** What the history keeps and for how long. */
export const HistorySettingsSchema = z
  .object({
    /** Entries older than this are pruned. */
    retentionDays: z.number().int().min(1).max(3650).default(180),
    /** At most this many entries; the oldest go first. */
    maxEntries: z.number().int().min(100).max(50_000).default(10_000),
    /**
     * `excerpt`: a short excerpt of each reply plus the flagged words;
     * `spans`: only the flagged words (nothing else of the conversation is stored).
     */
    keep: z.enum(['excerpt', 'spans']).default('excerpt'),
    /**
     * Replies judged "none": `count` (default) keeps only a marker per reply (no text),
     * so a page streaming thousands of ordinary replies cannot push flagged entries out of
     * the history; `entry` keeps a full entry for them too.
     */
    unflagged: z.enum(['count', 'entry']).default('count'),
  })
  .strict();
export type HistorySettings = z.infer<typeof HistorySettingsSchema>;

export const SettingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    engine: EngineSettingsSchema.default(EngineSettingsSchema.parse({})),
    /** Sites where Candor is switched off (all are on by default). */
    disabledSites: z.array(z.enum(SITE_IDS)).max(SITE_IDS.length * 2).default([]),
    history: HistorySettingsSchema.default(HistorySettingsSchema.parse({})),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({ version: SETTINGS_VERSION });

type RawSettings = Record<string, unknown>;

/**
 * `SETTINGS_MIGRATIONS[n]` turns a version-n value into a version-(n+1) value. Each step
 * only reshapes; validation happens once, after the last step. Add a step (and a test
 * fixture of the old shape) whenever SETTINGS_VERSION goes up.
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (old: RawSettings) => RawSettings>> = {
  // 1 → 2: history retention and privacy arrived; version 1 had no history, so defaults.
  1: (old) => ({ ...old, version: 2, history: HistorySettingsSchema.parse({}) }),
};

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value could not be used; shown to the person. */
  notice?: string;
  /** Set when the stored value was an older version, migrated in memory (save it to persist). */
  migratedFrom?: number;
}

function isPlainObject(value: unknown): value is RawSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Run the migrations from the value's own version up to the current one. */
function migrate(raw: RawSettings, from: number): RawSettings {
  let value = raw;
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const step = SETTINGS_MIGRATIONS[version];
    if (!step) throw new Error(`no migration from settings version ${version}`);
    value = step(value);
  }
  return value;
}

/** Validate (and migrate) a raw stored value; never throws. */
export function parseStoredSettings(raw: unknown): LoadedSettings {
  if (raw === undefined) return { settings: DEFAULT_SETTINGS };
  const version = isPlainObject(raw) ? raw.version : undefined;
  const isOlder = typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < SETTINGS_VERSION;
  let candidate: unknown = raw;
  if (isOlder && isPlainObject(raw)) {
    try {
      candidate = migrate(raw, version);
    } catch {
      candidate = undefined;
    }
  }
  const parsed = SettingsSchema.safeParse(candidate);
  if (parsed.success) return isOlder ? { settings: parsed.data, migratedFrom: version } : { settings: parsed.data };
  const reason =
    typeof version === 'number' && version > SETTINGS_VERSION
      ? `they were saved by a newer version of Candor (settings version ${version})`
      : 'they could not be read';
  return {
    settings: DEFAULT_SETTINGS,
    notice: `Your settings were reset to the defaults because ${reason}. The old value is kept for recovery.`,
  };
}

/** Parse settings a person imports from a file: same schema, but errors are explained, not replaced. */
export function parseImportedSettings(text: string): { ok: true; settings: Settings } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  if (!isPlainObject(raw) || typeof raw.version !== 'number') {
    return { ok: false, reason: 'The file is not a Candor settings file (no "version" field).' };
  }
  if (raw.version > SETTINGS_VERSION) {
    return { ok: false, reason: `The file is from a newer version of Candor (settings version ${raw.version}).` };
  }
  let candidate: unknown = raw;
  if (raw.version < SETTINGS_VERSION) {
    try {
      candidate = migrate(raw, raw.version);
    } catch {
      return { ok: false, reason: `Settings version ${raw.version} is not one Candor ever wrote.` };
    }
  }
  const parsed = SettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
  return { ok: false, reason: `The file has an invalid value${where}: ${issue?.message ?? 'unknown problem'}.` };
}

/** The storage operations settings need; `browser.storage.local` in the extension. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface QuarantinedSettings {
  savedAt: number;
  value: unknown;
}

export async function loadSettings(area: KeyValueArea): Promise<LoadedSettings> {
  let raw: unknown;
  try {
    raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return { settings: DEFAULT_SETTINGS, notice: 'Your settings could not be read from storage; Candor is using defaults.' };
  }
  const loaded = parseStoredSettings(raw);
  if (loaded.notice) {
    // Keep the unreadable value so nothing the person set is lost.
    const quarantine: QuarantinedSettings = { savedAt: Date.now(), value: raw };
    await area.set({ [SETTINGS_QUARANTINE_KEY]: quarantine }).catch(() => undefined);
  }
  return loaded;
}

/** Persist a migrated value (called by the background at start-up, the one writer of upgrades). */
export async function persistMigratedSettings(area: KeyValueArea): Promise<LoadedSettings> {
  const loaded = await loadSettings(area);
  if (loaded.migratedFrom !== undefined) await saveSettings(area, loaded.settings);
  return loaded;
}

export async function saveSettings(area: KeyValueArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: SettingsSchema.parse(settings) });
}

export function isSiteEnabled(settings: Settings, site: SiteId): boolean {
  return !settings.disabledSites.includes(site);
}
