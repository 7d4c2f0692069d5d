/**
 * Keeps stored history in line with the settings: retention limits, and the privacy
 * choice to keep only flagged words (which also scrubs excerpts already stored).
 */
import type { HistoryStore } from '../history/store';
import { loadSettings, type KeyValueArea } from '../storage/settings';

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
