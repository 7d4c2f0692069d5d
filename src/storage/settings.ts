/**
 * Candor's settings: declared once, versioned, validated on every read.
 *
 * Stored under `settings` in storage.local as `{ version, ... }`. A value that fails
 * validation (corrupt, from an unknown future version, hand-edited) is never used and
 * never thrown away: it is copied to `settingsQuarantine` for recovery and Candor runs
 * on defaults, with `notice` telling the UI to say so.
 */
import { z } from 'zod';
import { EngineSettingsSchema } from '../engine/settings';
import { SITE_IDS, type SiteId } from '../sites/types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_QUARANTINE_KEY = 'settingsQuarantine';
export const SETTINGS_VERSION = 1;

export const SettingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    engine: EngineSettingsSchema.default(EngineSettingsSchema.parse({})),
    /** Sites where Candor is switched off (all are on by default). */
    disabledSites: z.array(z.enum(SITE_IDS)).max(SITE_IDS.length * 2).default([]),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({ version: SETTINGS_VERSION });

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value could not be used; shown to the person. */
  notice?: string;
}

/** Validate a raw stored value; never throws. */
export function parseStoredSettings(raw: unknown): LoadedSettings {
  if (raw === undefined) return { settings: DEFAULT_SETTINGS };
  const parsed = SettingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data };
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  const reason =
    typeof version === 'number' && version > SETTINGS_VERSION
      ? `they were saved by a newer version of Candor (settings version ${version})`
      : 'they could not be read';
  return {
    settings: DEFAULT_SETTINGS,
    notice: `Your settings were reset to the defaults because ${reason}. The old value is kept for recovery.`,
  };
}

/** The storage operations settings need; `browser.storage.local` in the extension. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
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
    await area.set({ [SETTINGS_QUARANTINE_KEY]: { savedAt: Date.now(), value: raw } }).catch(() => undefined);
  }
  return loaded;
}

export async function saveSettings(area: KeyValueArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: SettingsSchema.parse(settings) });
}

export function isSiteEnabled(settings: Settings, site: SiteId): boolean {
  return !settings.disabledSites.includes(site);
}
