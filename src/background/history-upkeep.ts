/**
 * Keeps stored history in line with the settings: retention limits, and the privacy
 * choice to keep only flagged words (which also scrubs excerpts already stored).
 */
import type { HistoryStore } from '../history/store';
import { loadSettings, type KeyValueArea } from '../storage/settings';

/** storage.session key: set once corrupt history records were contained in this browser session. */
export const HISTORY_CONTAINED_KEY = 'historyContained';

/**
 * Move history records that fail validation aside, once per browser session (the
 * background is the only writer and writes only valid entries, so corruption comes from
 * before: disk faults, older versions, hand edits). A full scan costs about a second at
 * 50,000 entries, so it is not repeated on every service-worker start.
 */
export async function containCorruptHistoryOnce(
  session: KeyValueArea,
  openHistory: () => Promise<Pick<HistoryStore, 'setAsideCorrupt'>>,
  now: number,
): Promise<number> {
  if ((await session.get(HISTORY_CONTAINED_KEY))[HISTORY_CONTAINED_KEY] === true) return 0;
  const moved = await (await openHistory()).setAsideCorrupt(now);
  await session.set({ [HISTORY_CONTAINED_KEY]: true });
  return moved;
}

export async function applyHistorySettings(
  local: KeyValueArea,
  openHistory: () => Promise<Pick<HistoryStore, 'prune' | 'scrubExcerpts'>>,
  now: number,
): Promise<{ pruned: number; scrubbed: number }> {
  const { history } = (await loadSettings(local)).settings;
  const store = await openHistory();
  const pruned = await store.prune(history, now);
  const scrubbed = history.keep === 'spans' ? await store.scrubExcerpts() : 0;
  return { pruned, scrubbed };
}
