/**
 * Candor's settings: declared once, versioned, migrated and validated on every read.
 *
 * Stored under `settings` in storage.local as `{ version, ... }`. A value from an older
 * version is migrated step by step (`SETTINGS_MIGRATIONS`). A value that still fails
 * validation (corrupt, hand-edited) is salvaged field by field (issue #11.5): every
 * field, rule, phrase and site id that is valid is kept, only what is not falls back to
 * its default (an unknown site id is dropped, so the sites the person switched off stay
 * off). A value that cannot be read at all, or comes from a future version, gives
 * defaults. Either way the original is never thrown away: it is set aside for recovery
 * (`settingsQuarantine`, the latest, and `settingsSetAside`, the last few, so a second
 * corruption does not overwrite the first), with `notice` telling the UI to say so.
 */
import { z } from 'zod';
import { EngineSettingsSchema } from '../engine/settings';
import { SETTINGS_KEY } from './page-view';
import { SITE_IDS, type SiteId } from '../sites/types';

// Declared in page-view.ts, which chat pages read without zod.
export { SETTINGS_KEY };
export const SETTINGS_QUARANTINE_KEY = 'settingsQuarantine';
/** The last few set-aside values, oldest first. */
export const SETTINGS_SET_ASIDE_KEY = 'settingsSetAside';
export const MAX_SET_ASIDE_SETTINGS = 5;
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
  /** Set when the stored value could not be used (wholly or in part); shown to the person. */
  notice?: string;
  /** Set when part of the stored value was salvaged (save it to persist the repaired value). */
  salvaged?: string[];
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

type AnySchema = z.ZodType;

/** The schema under defaults and optionals (zod keeps it in `def.innerType`). */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
    current = (current.def as unknown as { innerType: AnySchema }).innerType;
  }
  return current;
}

function describeDropped(path: string, value: unknown): string {
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : '';
  return shown ? `${path} ${shown}` : path;
}

/**
 * Keep whatever part of `raw` is valid under `schema`: object fields one by one, record
 * entries and array items one by one. Returns undefined when nothing usable is left
 * (the caller's default applies); names what was dropped in `dropped`.
 */
function salvage(schema: AnySchema, raw: unknown, path: string, dropped: string[]): unknown {
  if (schema.safeParse(raw).success) return raw;
  const inner = unwrap(schema);
  let candidate: unknown;
  if (inner instanceof z.ZodObject && isPlainObject(raw)) {
    const shape = inner.shape as Record<string, AnySchema>;
    const kept: Record<string, unknown> = {};
    for (const key of Object.keys(raw)) {
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!field) {
        dropped.push(describeDropped(`${path}${key}`, undefined));
        continue;
      }
      const value = salvage(field, raw[key], `${path}${key}.`, dropped);
      if (value !== undefined) kept[key] = value;
    }
    candidate = kept;
  } else if (inner instanceof z.ZodRecord && isPlainObject(raw)) {
    const { keyType, valueType } = inner.def as unknown as { keyType: AnySchema; valueType: AnySchema };
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (keyType.safeParse(key).success && valueType.safeParse(value).success) kept[key] = value;
      else dropped.push(describeDropped(`${path}${key}`, undefined));
    }
    candidate = kept;
  } else if (inner instanceof z.ZodArray && Array.isArray(raw)) {
    const element = inner.element as AnySchema;
    const kept = raw.filter((item: unknown) => {
      const ok = element.safeParse(item).success;
      if (!ok) dropped.push(describeDropped(path.replace(/\.$/u, ''), item));
      return ok;
    });
    // Duplicates are harmless but count against the length limit.
    candidate = [...new Set(kept)];
  } else {
    dropped.push(path.replace(/\.$/u, ''));
    return undefined;
  }
  if (schema.safeParse(candidate).success) return candidate;
  dropped.push(path.replace(/\.$/u, ''));
  return undefined;
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
  const fromTheFuture = typeof version === 'number' && version > SETTINGS_VERSION;
  // Field by field: a value from this or an older version, readable as an object.
  if (!fromTheFuture && isPlainObject(candidate) && candidate.version === SETTINGS_VERSION) {
    const dropped: string[] = [];
    const kept = salvage(SettingsSchema, candidate, '', dropped);
    const repaired = SettingsSchema.safeParse(isPlainObject(kept) ? { ...kept, version: SETTINGS_VERSION } : undefined);
    if (repaired.success) {
      const what = [...new Set(dropped.filter((d) => d !== ''))];
      return {
        settings: repaired.data,
        salvaged: what,
        ...(isOlder ? { migratedFrom: version } : {}),
        notice:
          `Some of your settings could not be read and were reset to their defaults (${what.join('; ') || 'unknown fields'}). ` +
          'Everything else is kept, and the old value is saved for recovery.',
      };
    }
  }
  const reason = fromTheFuture
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
  // Keep the unreadable value so nothing the person set is lost.
  if (loaded.notice) await setAsideSettings(area, raw).catch(() => undefined);
  return loaded;
}

/**
 * Keep `raw` for recovery: as the latest set-aside value, and in a list of the last few
 * (the same value read again is not added twice, so every reader may call this).
 */
export async function setAsideSettings(area: KeyValueArea, raw: unknown, now = Date.now()): Promise<void> {
  const stored = (await area.get(SETTINGS_SET_ASIDE_KEY))[SETTINGS_SET_ASIDE_KEY];
  const earlier = Array.isArray(stored) ? (stored as QuarantinedSettings[]).filter((item) => isPlainObject(item) && 'value' in item) : [];
  let json: string | undefined;
  try {
    json = JSON.stringify(raw);
  } catch {
    json = undefined;
  }
  if (earlier.length > 0 && json !== undefined && JSON.stringify(earlier.at(-1)?.value) === json) return;
  const entry: QuarantinedSettings = { savedAt: now, value: raw };
  await area.set({
    [SETTINGS_QUARANTINE_KEY]: entry,
    [SETTINGS_SET_ASIDE_KEY]: [...earlier, entry].slice(-MAX_SET_ASIDE_SETTINGS),
  });
}

/**
 * Persist a migrated or salvaged value (called by the background at start-up, the one
 * writer of upgrades); the original was set aside by loadSettings first.
 */
export async function persistMigratedSettings(area: KeyValueArea): Promise<LoadedSettings> {
  const loaded = await loadSettings(area);
  if (loaded.migratedFrom !== undefined || loaded.salvaged !== undefined) await saveSettings(area, loaded.settings);
  return loaded;
}

export async function saveSettings(area: KeyValueArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: SettingsSchema.parse(settings) });
}

export function isSiteEnabled(settings: Settings, site: SiteId): boolean {
  return !settings.disabledSites.includes(site);
}
