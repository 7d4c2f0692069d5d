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
import { SITE_IDS } from '../sites/types';
import type { KeyValueArea } from './settings';
import { MAX_PAUSES, PAUSES_KEY, PAUSES_VERSION, type Pauses } from './page-view';

// The key, the shapes and the pure helpers live in page-view.ts, which chat pages read
// without zod; re-exported so every import stays as it was.
export { isPaused, MAX_PAUSES, PAUSES_KEY, PAUSES_VERSION, withPause, type Pause, type Pauses } from './page-view';

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

export const PausesSchema = z
  .object({ version: z.literal(PAUSES_VERSION), pauses: z.array(PauseSchema).max(MAX_PAUSES) })
  .strict();
// The hand-written shapes in page-view.ts must stay the schema's shapes.
const _sameShape: [z.infer<typeof PausesSchema>, Pauses] extends [Pauses, z.infer<typeof PausesSchema>] ? true : never = true;

const EMPTY: Pauses = { version: PAUSES_VERSION, pauses: [] };

export async function readPauses(area: KeyValueArea): Promise<Pauses> {
  try {
    const parsed = PausesSchema.safeParse((await area.get(PAUSES_KEY))[PAUSES_KEY]);
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

export async function savePauses(area: KeyValueArea, pauses: Pauses): Promise<void> {
  await area.set({ [PAUSES_KEY]: PausesSchema.parse(pauses) });
}
