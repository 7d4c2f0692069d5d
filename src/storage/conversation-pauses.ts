/**
 * Conversations the person paused Candor on from the in-page card ("Pause on this
 * conversation", or for an hour). Declared once here, versioned, validated on read.
 *
 * Stored under `conversationPauses` in storage.local as `{ version, pauses }`. Written
 * only by the background (on a `conversationPause` message); read by content scripts
 * when they start. A value that fails validation is read as "nothing paused" (Candor
 * keeps checking, the safe side) and is overwritten by the next pause.
 */
import { z } from 'zod';
import { SITE_IDS, type SiteId } from '../sites/types';
import type { KeyValueArea } from './settings';

export const PAUSES_KEY = 'conversationPauses';
export const PAUSES_VERSION = 1;
/** The oldest pauses go first beyond this many: a pause is a convenience, not a record. */
export const MAX_PAUSES = 500;

const PauseSchema = z
  .object({
    site: z.enum(SITE_IDS),
    /** null: a page of the site with no conversation id (a new chat). */
    conversationId: z.string().max(200).nullable(),
    /** Epoch ms when the pause ends; null: until the person resumes. */
    until: z.number().int().nonnegative().nullable(),
    pausedAt: z.number().int().nonnegative(),
  })
  .strict();
export type Pause = z.infer<typeof PauseSchema>;

export const PausesSchema = z
  .object({ version: z.literal(PAUSES_VERSION), pauses: z.array(PauseSchema).max(MAX_PAUSES) })
  .strict();
export type Pauses = z.infer<typeof PausesSchema>;

const EMPTY: Pauses = { version: PAUSES_VERSION, pauses: [] };

export async function readPauses(area: KeyValueArea): Promise<Pauses> {
  try {
    const parsed = PausesSchema.safeParse((await area.get(PAUSES_KEY))[PAUSES_KEY]);
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

const samePlace = (pause: Pause, site: SiteId, conversationId: string | null) =>
  pause.site === site && pause.conversationId === conversationId;

/** Whether Candor is paused on this conversation at `now`. */
export function isPaused(pauses: Pauses, site: SiteId, conversationId: string | null, now: number): boolean {
  return pauses.pauses.some((pause) => samePlace(pause, site, conversationId) && (pause.until === null || pause.until > now));
}

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

export async function savePauses(area: KeyValueArea, pauses: Pauses): Promise<void> {
  await area.set({ [PAUSES_KEY]: PausesSchema.parse(pauses) });
}
