/**
 * What the history page reads: summaries of every entry (to count, chart and filter),
 * whole entries only for the rows shown, and a batched scan for search and exports.
 * The extension reads IndexedDB (HistoryStore); `memoryHistoryReader` serves a plain list
 * (component tests, and any caller that already holds the entries).
 */
import type { HistoryEntry } from '../history/entry';
import { summaryOf, type HistoryStore } from '../history/store';

export type HistoryReader = Pick<HistoryStore, 'readNewest' | 'readSummaries' | 'readByIds' | 'readCounts' | 'countUnflaggedBySite' | 'forEachEntry'>;

/** A reader over entries held in memory, newest first as given; reads the list afresh on every call. */
export function memoryHistoryReader(entries: () => readonly HistoryEntry[]): HistoryReader {
  return {
    readSummaries: async () => ({ summaries: entries().map(summaryOf), unreadable: 0, setAside: 0, unflagged: 0 }),
    readCounts: async () => ({ setAside: 0, unflagged: 0 }),
    // Entries in memory are every reply kept, judged "none" or not: no separate markers.
    countUnflaggedBySite: async () => ({}),
    readNewest: async (limit, accept = () => true) => entries().filter(accept).slice(0, limit),
    async readByIds(ids) {
      const byId = new Map(entries().map((entry) => [entry.id, entry]));
      return { entries: ids.flatMap((id) => byId.get(id) ?? []), unreadable: [] };
    },
    async forEachEntry(visit) {
      entries().forEach((entry) => visit(entry));
      return 0;
    },
  };
}
