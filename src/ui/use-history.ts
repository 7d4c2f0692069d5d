/**
 * The history as the history page holds it (issue #11.6): first the newest flagged
 * entries for the first screen (one short cursor read), then the summary of every entry,
 * newest first, read once; whole entries only for the rows shown, each validated as it
 * is read; and every change the background reports applied by delta (the changed
 * entries read by id, deleted ones dropped) instead of reading everything again.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryEntry } from '../history/entry';
import { mergeSummaries } from '../history/query';
import { summaryOf, type EntrySummary } from '../history/store';
import type { HistoryChanged } from '../messaging/protocol';
import { useBackend } from './hooks';
import type { HistoryReader } from './history-reader';

/** Entries the first screen shows (the page's list size). */
export const FIRST_SCREEN = 100;

export interface HistoryData {
  loading: boolean;
  /** The first screen is shown but not every entry is counted yet: `summaries` holds only that screen. */
  counting: boolean;
  /** Every readable entry's summary, newest first. */
  summaries: EntrySummary[];
  /** Records that failed validation and were left out (found on opening, or as rows were read). */
  unreadable: number;
  /** Damaged records moved aside by the background (kept for recovery). */
  setAside: number;
  /** Replies judged "none" that were counted, not stored. */
  unflagged: number;
  /** Of those, per site, the ones since the `unflaggedSince` the page asked for (the weekly digest's week). */
  unflaggedBySite: Partial<Record<string, number>>;
  error?: string;
  /** Whole entries read so far: the rows shown and the entries changed since opening. */
  entries: ReadonlyMap<string, HistoryEntry>;
  /** Read these entries (rows about to be shown) into `entries`; ids already read or asked for are skipped. */
  load(ids: readonly string[]): void;
  /** For search and exports; null until the history is open. */
  reader: HistoryReader | null;
}

type Counts = Pick<HistoryData, 'loading' | 'counting' | 'summaries' | 'unreadable' | 'setAside' | 'unflagged' | 'unflaggedBySite' | 'error'>;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `unflaggedSince`: count replies judged "none" per site from this time on (the page's digest week). */
export function useHistoryData(unflaggedSince = 0): HistoryData {
  const backend = useBackend();
  const [counts, setCounts] = useState<Counts>({ loading: true, counting: true, summaries: [], unreadable: 0, setAside: 0, unflagged: 0, unflaggedBySite: {} });
  const [entries, setEntries] = useState<ReadonlyMap<string, HistoryEntry>>(() => new Map());
  const [reader, setReader] = useState<HistoryReader | null>(null);
  // Ids read or being read, so rows re-rendered while a read is on its way are not read twice.
  const requested = useRef(new Set<string>());

  /** Rows found unreadable: out of the list, counted. */
  const dropUnreadable = useCallback((ids: readonly string[]) => {
    if (ids.length === 0) return;
    const bad = new Set(ids);
    setCounts((c) => ({ ...c, unreadable: c.unreadable + bad.size, summaries: c.summaries.filter((s) => !bad.has(s.id)) }));
  }, []);

  useEffect(() => {
    let live = true;
    let opened: HistoryReader | null = null;
    const open = async () => (opened ??= await backend.historyReader());
    // Changes are applied one at a time, in the order they were reported.
    let queue = Promise.resolve();
    const run = (task: () => Promise<void>) => {
      queue = queue.then(task).catch((e: unknown) => {
        if (live) setCounts((c) => ({ ...c, loading: false, error: describe(e) }));
      });
    };

    let firstRead = true;
    const readEverything = async () => {
      const history = await open();
      if (firstRead) {
        // The first screen at once (newest flagged first, the default filter), before anything is counted.
        const first = await history.readNewest(FIRST_SCREEN, (entry) => entry.level !== 'none');
        if (!live) return;
        for (const entry of first) requested.current.add(entry.id);
        setEntries(new Map(first.map((entry) => [entry.id, entry])));
        setReader(history);
        setCounts((c) => ({ ...c, loading: false, counting: true, summaries: first.map(summaryOf) }));
      }
      const [read, unflaggedBySite] = await Promise.all([history.readSummaries(), history.countUnflaggedBySite(unflaggedSince)]);
      if (!live) return;
      if (!firstRead) {
        requested.current = new Set();
        setEntries(new Map());
      }
      firstRead = false;
      setReader(history);
      setCounts({ loading: false, counting: false, ...read, unflaggedBySite });
    };

    const applyChange = async (change: HistoryChanged) => {
      if (change.cleared) return readEverything();
      const history = await open();
      const [{ entries: changed, unreadable }, stored, unflaggedBySite] = await Promise.all([
        history.readByIds(change.upserted),
        history.readCounts(),
        history.countUnflaggedBySite(unflaggedSince),
      ]);
      if (!live) return;
      const found = new Set(changed.map((entry) => entry.id));
      // Changed, then deleted before we read it: gone too.
      const gone = new Set([...change.deleted, ...change.upserted.filter((id) => !found.has(id))]);
      // A transition: re-counting 50,000 summaries for the charts, digest and filters is
      // rendered in slices the browser can interrupt, not as one long task while the person
      // scrolls or types (issue #11.6: one new reply must not stall the open page).
      startTransition(() => {
        setCounts((c) => ({
          ...c,
          ...stored,
          unflaggedBySite,
          unreadable: c.unreadable + unreadable.length,
          summaries: mergeSummaries(c.summaries, changed.map(summaryOf), gone),
        }));
        setEntries((current) => {
          const next = new Map(current);
          for (const id of gone) next.delete(id);
          for (const entry of changed) next.set(entry.id, entry);
          return next;
        });
      });
      for (const id of changed) requested.current.add(id.id);
    };

    run(readEverything);
    const unsubscribe = backend.subscribe((what, change) => {
      if (what === 'history') run(change ? () => applyChange(change) : readEverything);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [backend, unflaggedSince]);

  const load = useCallback(
    (ids: readonly string[]) => {
      if (!reader) return;
      const missing = ids.filter((id) => !requested.current.has(id));
      if (missing.length === 0) return;
      for (const id of missing) requested.current.add(id);
      reader
        .readByIds(missing)
        .then(({ entries: read, unreadable }) => {
          setEntries((current) => {
            const next = new Map(current);
            // A newer version from a delta may have arrived meanwhile: it wins.
            for (const entry of read) if (!next.has(entry.id)) next.set(entry.id, entry);
            return next;
          });
          dropUnreadable(unreadable);
        })
        .catch((e: unknown) => {
          for (const id of missing) requested.current.delete(id);
          setCounts((c) => ({ ...c, error: describe(e) }));
        });
    },
    [reader, dropUnreadable],
  );

  return { ...counts, entries, load, reader };
}
