/**
 * What a chat page reads of storage, read without a schema library (the page's script
 * stays small and starts fast: issue #13.3). The items themselves are declared in
 * settings.ts and conversation-pauses.ts, with their zod schemas, migrations and salvage;
 * the readers here answer exactly what those give, for the little a page needs, and
 * tests/unit/storage/page-view.test.ts holds them to that on every stored shape it knows.
 *
 * Anything unreadable reads as "Candor on, nothing paused": the safe side is to keep
 * checking replies.
 */
import { SITE_IDS, type SiteId } from '../sites/types';

/** The storage.local key of the settings (declared here so pages need not load settings.ts). */
export const SETTINGS_KEY = 'settings';
/** The settings versions settings.ts reads (older ones are migrated there). */
const READABLE_SETTINGS_VERSIONS: readonly unknown[] = [1, 2];

export const PAUSES_KEY = 'conversationPauses';
export const PAUSES_VERSION = 1;
/** The oldest pauses go first beyond this many: a pause is a convenience, not a record. */
export const MAX_PAUSES = 500;

export interface Pause {
  site: SiteId;
  /** null: a page of the site with no conversation id (a new chat). */
  conversationId: string | null;
  /** Epoch ms when the pause ends; null: until the person resumes. */
  until: number | null;
  pausedAt: number;
}

export interface Pauses {
  version: typeof PAUSES_VERSION;
  pauses: Pause[];
}

/** The storage area a page reads (storage.local). */
export interface ReadableArea {
  get(key: string): Promise<Record<string, unknown>>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether Candor is on for `site`, from the raw stored settings value. */
export function siteEnabledIn(raw: unknown, site: SiteId): boolean {
  if (!isPlainObject(raw) || !READABLE_SETTINGS_VERSIONS.includes(raw.version)) return true;
  return !(Array.isArray(raw.disabledSites) && raw.disabledSites.includes(site));
}

export async function readSiteEnabled(area: ReadableArea, site: SiteId): Promise<boolean> {
  try {
    return siteEnabledIn((await area.get(SETTINGS_KEY))[SETTINGS_KEY], site);
  } catch {
    return true;
  }
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isPause(value: unknown): value is Pause {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 4 || !['site', 'conversationId', 'until', 'pausedAt'].every((key) => Object.hasOwn(value, key))) return false;
  const { site, conversationId, until, pausedAt } = value;
  return (
    typeof site === 'string' &&
    (SITE_IDS as readonly string[]).includes(site) &&
    (conversationId === null || (typeof conversationId === 'string' && conversationId.length <= 200)) &&
    (until === null || isCount(until)) &&
    isCount(pausedAt)
  );
}

/** The stored pauses as PausesSchema would take them, else none. */
export function pausesIn(raw: unknown): Pauses {
  const empty: Pauses = { version: PAUSES_VERSION, pauses: [] };
  if (!isPlainObject(raw) || Object.keys(raw).length !== 2 || raw.version !== PAUSES_VERSION) return empty;
  const { pauses } = raw;
  if (!Array.isArray(pauses) || pauses.length > MAX_PAUSES || !pauses.every((pause) => isPause(pause))) return empty;
  return { version: PAUSES_VERSION, pauses: pauses as Pause[] };
}

/** Whether Candor is paused on this conversation at `now`. */
export function isPaused(pauses: Pauses, site: SiteId, conversationId: string | null, now: number): boolean {
  return pauses.pauses.some((pause) => samePlace(pause, site, conversationId) && (pause.until === null || pause.until > now));
}

export async function readPausesForPage(area: ReadableArea): Promise<Pauses> {
  try {
    return pausesIn((await area.get(PAUSES_KEY))[PAUSES_KEY]);
  } catch {
    return { version: PAUSES_VERSION, pauses: [] };
  }
}

const samePlace = (pause: Pause, site: SiteId, conversationId: string | null) =>
  pause.site === site && pause.conversationId === conversationId;

/** Adds (or replaces) a pause, or removes it (`until` undefined), dropping expired ones. */
export function withPause(
  pauses: Pauses,
  change: { site: SiteId; conversationId: string | null; until?: number | null },
  now: number,
): Pauses {
  const kept = pauses.pauses.filter(
    (pause) => !samePlace(pause, change.site, change.conversationId) && (pause.until === null || pause.until > now),
  );
  if (change.until !== undefined) kept.push({ site: change.site, conversationId: change.conversationId, until: change.until, pausedAt: now });
  return { version: PAUSES_VERSION, pauses: kept.slice(-MAX_PAUSES) };
}
