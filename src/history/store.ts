/**
 * The flag history, in IndexedDB on this device. The background is its only writer;
 * the popup and the history page read it directly (same extension origin) and ask the
 * background for every change.
 *
 * Every record is validated when read: a corrupt one is skipped and counted, never
 * allowed to break the page. The background moves corrupt records aside (`setAside`,
 * kept for recovery, counted on the history page), so they neither count against the
 * cap nor sort ahead of valid entries when pruning (issue #11.5). A quota error while
 * writing never deletes the person's entries: it frees the oldest half of the
 * unflagged-reply markers (counts, no content) and retries once; if the disk is still
 * full the write fails with HistoryQuotaError, a message the person can act on, and the
 * report stays unacknowledged so the content script sends it again later.
 *
 * Replies judged "none" are, by default, only counted: a marker per reply (its id, time
 * and site, no text) in `unflagged`, so re-reports stay idempotent and ordinary replies
 * cannot push flagged entries out of the capped history (issue #11.3).
 *
 * Fast at scale (issue #11.6): next to each entry, in the same transaction, a small
 * summary (id, time, site, level, categories, feedback; no page text) is kept in
 * `summaries`. The history page reads only those to count, chart and filter 50,000
 * entries, and reads and validates whole entries only for the rows it shows. Every
 * write below keeps the two stores in step; `readSummaries` notices when they are not
 * (records written by an older version, or by hand) and rebuilds the list from the
 * entries instead.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { CATEGORIES, LEVELS } from '../engine/types';
import { VERDICTS, type AnalysisReport, type Verdict } from '../messaging/protocol';
import { SITE_IDS } from '../sites/types';
import type { HistorySettings } from '../storage/settings';
import { entryFromReport, HistoryEntrySchema, type HistoryEntry } from './entry';

export const HISTORY_DB_NAME = 'candor-history';
/** Bump with an `upgrade` step below when stores or indexes change. */
export const HISTORY_DB_VERSION = 3;
const ENTRIES = 'entries';
const SUMMARIES = 'summaries';
const UNFLAGGED = 'unflagged';
const SET_ASIDE = 'setAside';

/** A reply judged "none", counted but not stored (no text). */
export interface UnflaggedMarker {
  id: string;
  time: number;
  site: string;
}

/** What the history page needs of every entry to count, chart and filter it: no page text. */
export const EntrySummarySchema = z
  .object({
    id: z.string().min(1).max(4096),
    time: z.number().int().nonnegative(),
    site: z.enum(SITE_IDS),
    level: z.enum(LEVELS),
    categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length),
    feedback: z.enum(VERDICTS),
  })
  .strict();
export type EntrySummary = z.infer<typeof EntrySummarySchema>;

export function summaryOf(entry: HistoryEntry): EntrySummary {
  return { id: entry.id, time: entry.time, site: entry.site, level: entry.level, categories: entry.categories, feedback: entry.feedback };
}

/** What a write changed, for telling open history pages by delta (entry ids). */
export interface HistoryChanges {
  upserted: string[];
  deleted: string[];
}

export interface SummaryRead {
  /** Newest first. */
  summaries: EntrySummary[];
  /** Records that failed validation and were left out. */
  unreadable: number;
  /** Corrupt records the background moved aside (kept for recovery, not shown). */
  setAside: number;
  /** Replies judged "none" that were counted, not stored. */
  unflagged: number;
}

/** A record that failed validation, moved out of the way and kept for recovery. */
export interface SetAsideRecord {
  savedAt: number;
  value: unknown;
}

interface HistoryDb extends DBSchema {
  entries: {
    key: string;
    value: HistoryEntry;
    indexes: { time: number; site: string; category: string; conversation: [string, string]; level: string };
  };
  unflagged: { key: string; value: UnflaggedMarker; indexes: { time: number } };
  summaries: { key: string; value: EntrySummary; indexes: { time: number } };
  setAside: { key: number; value: SetAsideRecord };
}

/** Markers of unflagged replies kept at most (about 150 bytes each). */
export const MAX_UNFLAGGED_MARKERS = 100_000;
/** Set-aside corrupt records kept at most (the oldest go first). */
export const MAX_SET_ASIDE = 1_000;
/**
 * Every valid time: corrupt ones (strings, dates, negative, missing) fall outside it.
 * (IndexedDB orders numbers before dates and strings, so the upper bound matters.)
 */
const validTimes = () => IDBKeyRange.bound(0, Number.MAX_VALUE);

const DAY_MS = 24 * 60 * 60 * 1000;
/** Share of the oldest unflagged-reply markers dropped when the disk quota is full. */
const QUOTA_MARKER_FRACTION = 0.5;

export function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || /quota/iu.test(error.message));
}

/** The disk is full: said plainly, with what was and was not kept. */
export class HistoryQuotaError extends Error {
  constructor() {
    super(
      'The disk is full, so Candor could not add to your history. Nothing already in it was removed; ' +
        'free some disk space, or delete old entries on the history page.',
    );
    this.name = 'HistoryQuotaError';
  }
}

export interface ReadResult {
  /** Newest first. */
  entries: HistoryEntry[];
  /** Records that failed validation and were left out. */
  unreadable: number;
  /** Corrupt records the background moved aside (kept for recovery, not shown). */
  setAside?: number;
  /** Replies judged "none" that were counted, not stored. */
  unflagged?: number;
}

export class HistoryStore {
  private constructor(private readonly db: IDBPDatabase<HistoryDb>) {}

  /** Open (creating or upgrading) the history database of this origin. */
  static async open(): Promise<HistoryStore> {
    const db = await openDB<HistoryDb>(HISTORY_DB_NAME, HISTORY_DB_VERSION, {
      async upgrade(database, oldVersion, _newVersion, transaction) {
        if (oldVersion < 1) {
          const store = database.createObjectStore(ENTRIES, { keyPath: 'id' });
          store.createIndex('time', 'time');
          store.createIndex('site', 'site');
          store.createIndex('category', 'categories', { multiEntry: true });
          store.createIndex('conversation', ['site', 'conversationKey']);
          store.createIndex('level', 'level');
        }
        if (oldVersion < 2) {
          database.createObjectStore(UNFLAGGED, { keyPath: 'id' }).createIndex('time', 'time');
          database.createObjectStore(SET_ASIDE, { autoIncrement: true });
        }
        if (oldVersion < 3) {
          database.createObjectStore(SUMMARIES, { keyPath: 'id' }).createIndex('time', 'time');
          // Summaries of the entries already stored; unreadable ones get none (they are set aside later).
          const summaries = transaction.objectStore(SUMMARIES);
          for (let cursor = await transaction.objectStore(ENTRIES).openCursor(); cursor; cursor = await cursor.continue()) {
            const parsed = HistoryEntrySchema.safeParse(cursor.value);
            if (parsed.success) await summaries.put(summaryOf(parsed.data));
          }
        }
      },
    });
    return new HistoryStore(db);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Record one analysis: a new entry, or an update of the same reply's entry that keeps
   * its first-seen time and feedback. A reply judged "none" with no entry yet is only
   * counted when the settings say so (returns null). Resolves only after the write has
   * committed. Prunes by the retention settings afterwards.
   */
  async record(report: AnalysisReport, settings: HistorySettings, now: number, changes?: HistoryChanges): Promise<HistoryEntry | null> {
    const entry = await this.withQuotaRetry(async () => {
      const tx = this.db.transaction([ENTRIES, UNFLAGGED, SUMMARIES], 'readwrite');
      const entries = tx.objectStore(ENTRIES);
      const unflagged = tx.objectStore(UNFLAGGED);
      const fresh = entryFromReport(report, settings.keep);
      const previous = HistoryEntrySchema.safeParse(await entries.get(fresh.id));
      let next: HistoryEntry | null;
      if (!previous.success && report.level === 'none' && settings.unflagged === 'count') {
        // Idempotent by reply: a resend or a re-analysis keeps the one marker.
        const marker = await unflagged.get(fresh.id);
        await unflagged.put({ id: fresh.id, time: typeof marker?.time === 'number' ? marker.time : report.analysedAt, site: report.site });
        next = null;
      } else {
        next = previous.success ? entryFromReport(report, settings.keep, previous.data) : fresh;
        await entries.put(next);
        await tx.objectStore(SUMMARIES).put(summaryOf(next));
        await unflagged.delete(fresh.id);
      }
      await tx.done;
      return next;
    });
    if (entry) changes?.upserted.push(entry.id);
    await this.prune(settings, now, changes);
    return entry;
  }

  /** Set the person's verdict on an entry; null when there is no such entry. */
  async setFeedback(id: string, verdict: Verdict): Promise<HistoryEntry | null> {
    return this.withQuotaRetry(async () => {
      const tx = this.db.transaction([ENTRIES, SUMMARIES], 'readwrite');
      const current = HistoryEntrySchema.safeParse(await tx.objectStore(ENTRIES).get(id));
      if (!current.success) {
        await tx.done;
        return null;
      }
      const next = { ...current.data, feedback: verdict };
      await tx.objectStore(ENTRIES).put(next);
      await tx.objectStore(SUMMARIES).put(summaryOf(next));
      await tx.done;
      return next;
    });
  }

  /** Find an entry by id; null when absent or unreadable. */
  async get(id: string): Promise<HistoryEntry | null> {
    const parsed = HistoryEntrySchema.safeParse(await this.db.get(ENTRIES, id));
    return parsed.success ? parsed.data : null;
  }

  /** Every readable entry, newest first, with the counts the history page shows. */
  async readAll(): Promise<ReadResult> {
    const tx = this.db.transaction([ENTRIES, UNFLAGGED, SET_ASIDE], 'readonly');
    const [raw, total, setAside, unflagged] = await Promise.all([
      tx.objectStore(ENTRIES).index('time').getAll(validTimes()),
      tx.objectStore(ENTRIES).count(),
      tx.objectStore(SET_ASIDE).count(),
      tx.objectStore(UNFLAGGED).count(),
    ]);
    await tx.done;
    const entries: HistoryEntry[] = [];
    // Records with no valid time are not in the index range: counted as unreadable.
    let unreadable = total - raw.length;
    for (let i = raw.length - 1; i >= 0; i--) {
      const parsed = HistoryEntrySchema.safeParse(raw[i]);
      if (parsed.success) entries.push(parsed.data);
      else unreadable++;
    }
    return { entries, unreadable, setAside, unflagged };
  }

  /** Entries by id (for applying a change by delta); absent or unreadable ones are left out. */
  async getMany(ids: readonly string[]): Promise<HistoryEntry[]> {
    const tx = this.db.transaction(ENTRIES, 'readonly');
    const raw = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return raw.flatMap((value) => {
      const parsed = HistoryEntrySchema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /**
   * The newest `limit` readable entries that `accept` (the first screen), by a cursor on
   * the time index that looks at no more than `scanLimit` records: what the history page
   * shows before it has read anything else.
   */
  async readNewest(limit: number, accept: (entry: HistoryEntry) => boolean = () => true, scanLimit = limit * 20): Promise<HistoryEntry[]> {
    const tx = this.db.transaction(ENTRIES, 'readonly');
    const found: HistoryEntry[] = [];
    let scanned = 0;
    for (let cursor = await tx.store.index('time').openCursor(validTimes(), 'prev'); cursor; cursor = await cursor.continue()) {
      const parsed = HistoryEntrySchema.safeParse(cursor.value);
      if (parsed.success && accept(parsed.data)) found.push(parsed.data);
      if (found.length >= limit || ++scanned >= scanLimit) break;
    }
    await tx.done;
    return found;
  }

  /**
   * Entries by id, each validated as it is read (the rows a page shows); those that fail
   * validation are named in `unreadable`, absent ones are simply left out.
   */
  async readByIds(ids: readonly string[]): Promise<{ entries: HistoryEntry[]; unreadable: string[] }> {
    const tx = this.db.transaction(ENTRIES, 'readonly');
    const raw = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    const entries: HistoryEntry[] = [];
    const unreadable: string[] = [];
    raw.forEach((value, i) => {
      if (value === undefined) return;
      const parsed = HistoryEntrySchema.safeParse(value);
      if (parsed.success) entries.push(parsed.data);
      else unreadable.push(ids[i] as string);
    });
    return { entries, unreadable };
  }

  /**
   * The summary of every entry, newest first, with the counts the history page shows:
   * what the page needs to open with 50,000 entries without reading any of them whole.
   * When the summaries are out of step with the entries (records from an older version
   * or written by hand), they are rebuilt from the entries in memory: slower, still right.
   */
  async readSummaries(): Promise<SummaryRead> {
    const tx = this.db.transaction([ENTRIES, UNFLAGGED, SET_ASIDE, SUMMARIES], 'readonly');
    const [raw, timed, total, setAside, unflagged] = await Promise.all([
      tx.objectStore(SUMMARIES).index('time').getAll(validTimes()),
      tx.objectStore(ENTRIES).index('time').count(validTimes()),
      tx.objectStore(ENTRIES).count(),
      tx.objectStore(SET_ASIDE).count(),
      tx.objectStore(UNFLAGGED).count(),
    ]);
    await tx.done;
    if (raw.length !== timed) {
      const { entries, unreadable } = await this.readAll();
      return { summaries: entries.map(summaryOf), unreadable, setAside, unflagged };
    }
    const summaries: EntrySummary[] = [];
    // Records with no valid time are not in the index range: counted as unreadable.
    let unreadable = total - timed;
    for (let i = raw.length - 1; i >= 0; i--) {
      const parsed = EntrySummarySchema.safeParse(raw[i]);
      if (parsed.success) summaries.push(parsed.data);
      else unreadable++;
    }
    return { summaries, unreadable, setAside, unflagged };
  }

  /**
   * Per site, the replies judged "none" since `since` that were counted, not stored: the
   * weekly digest's share flagged needs them (the history holds only flagged replies by
   * default, so without them every site would read "12 of 12 flagged"). Markers carry no
   * text; a week of them is a small read beside the summaries.
   */
  async countUnflaggedBySite(since: number): Promise<Partial<Record<string, number>>> {
    const markers = await this.db.getAllFromIndex(UNFLAGGED, 'time', IDBKeyRange.bound(since, Number.MAX_VALUE));
    const bySite: Partial<Record<string, number>> = {};
    for (const marker of markers) if (typeof marker.site === 'string') bySite[marker.site] = (bySite[marker.site] ?? 0) + 1;
    return bySite;
  }

  /** The counts shown beside the list, cheap enough to re-read on every change. */
  async readCounts(): Promise<Pick<SummaryRead, 'setAside' | 'unflagged'>> {
    const [setAside, unflagged] = await Promise.all([this.db.count(SET_ASIDE), this.db.count(UNFLAGGED)]);
    return { setAside, unflagged };
  }

  /**
   * Visit every readable entry, newest first, without holding them all in memory (search
   * and exports). Reads in batches of `batchSize` so the page stays responsive between
   * them; returns how many records failed validation.
   */
  async forEachEntry(visit: (entry: HistoryEntry) => void, batchSize = 500): Promise<number> {
    let unreadable = 0;
    let upper: IDBKeyRange = validTimes();
    let skipAtUpper = new Set<string>();
    for (;;) {
      const tx = this.db.transaction(ENTRIES, 'readonly');
      const batch: { time: number; id: string; value: unknown }[] = [];
      for (let cursor = await tx.store.index('time').openCursor(upper, 'prev'); cursor; cursor = await cursor.continue()) {
        if (skipAtUpper.has(cursor.primaryKey)) continue;
        batch.push({ time: cursor.key, id: cursor.primaryKey, value: cursor.value });
        if (batch.length >= batchSize) break;
      }
      await tx.done;
      for (const { value } of batch) {
        const parsed = HistoryEntrySchema.safeParse(value);
        if (parsed.success) visit(parsed.data);
        else unreadable++;
      }
      if (batch.length < batchSize) return unreadable;
      // Resume at the last time seen (inclusive: several entries can share it), skipping those already visited.
      const last = batch[batch.length - 1] as { time: number };
      const atLast = batch.filter((item) => item.time === last.time).map((item) => item.id);
      skipAtUpper = last.time === (batch[0] as { time: number }).time ? new Set([...skipAtUpper, ...atLast]) : new Set(atLast);
      upper = IDBKeyRange.bound(0, last.time);
    }
  }

  /**
   * Move every record that fails validation out of `entries` into `setAside` (kept for
   * recovery, at most MAX_SET_ASIDE). Returns how many were moved.
   */
  async setAsideCorrupt(now: number): Promise<number> {
    const tx = this.db.transaction([ENTRIES, SET_ASIDE, SUMMARIES], 'readwrite');
    const aside = tx.objectStore(SET_ASIDE);
    let moved = 0;
    for (let cursor = await tx.objectStore(ENTRIES).openCursor(); cursor; cursor = await cursor.continue()) {
      if (HistoryEntrySchema.safeParse(cursor.value).success) continue;
      await aside.add({ savedAt: now, value: cursor.value });
      await tx.objectStore(SUMMARIES).delete(cursor.primaryKey);
      await cursor.delete();
      moved++;
    }
    let excess = (await aside.count()) - MAX_SET_ASIDE;
    for (let cursor = excess > 0 ? await aside.openCursor() : null; cursor && excess > 0; cursor = await cursor.continue()) {
      await cursor.delete();
      excess--;
    }
    await tx.done;
    return moved;
  }

  async count(): Promise<number> {
    return this.db.count(ENTRIES);
  }

  /** Delete entries by id; returns how many existed. */
  async delete(ids: readonly string[], changes?: HistoryChanges): Promise<number> {
    const tx = this.db.transaction([ENTRIES, SUMMARIES], 'readwrite');
    const entries = tx.objectStore(ENTRIES);
    const gone: string[] = [];
    for (const id of ids) {
      if ((await entries.getKey(id)) === undefined) continue;
      await entries.delete(id);
      await tx.objectStore(SUMMARIES).delete(id);
      gone.push(id);
    }
    await tx.done;
    changes?.deleted.push(...gone);
    return gone.length;
  }

  /** Delete everything the history holds, counts and set-aside records included. */
  async clear(): Promise<void> {
    const tx = this.db.transaction([ENTRIES, UNFLAGGED, SET_ASIDE, SUMMARIES], 'readwrite');
    await Promise.all([
      tx.objectStore(ENTRIES).clear(),
      tx.objectStore(UNFLAGGED).clear(),
      tx.objectStore(SET_ASIDE).clear(),
      tx.objectStore(SUMMARIES).clear(),
    ]);
    await tx.done;
  }

  /** Drop the excerpt and context of every entry (the person chose to keep only flagged words). */
  async scrubExcerpts(): Promise<number> {
    const tx = this.db.transaction(ENTRIES, 'readwrite');
    let scrubbed = 0;
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      const value = cursor.value;
      if (value.excerpt === '' && value.contexts.length === 0) continue;
      await cursor.update({ ...value, excerpt: '', contexts: [] });
      scrubbed++;
    }
    await tx.done;
    return scrubbed;
  }

  /**
   * Apply retention: drop entries older than `retentionDays`, then the oldest beyond
   * `maxEntries`. Only valid entries count against the cap: corrupt records are first
   * moved aside, so they can neither fill the cap nor make pruning delete valid entries
   * in their place. Unflagged markers follow the same retention. Returns how many
   * entries were removed.
   */
  async prune(settings: Pick<HistorySettings, 'retentionDays' | 'maxEntries'>, now: number, changes?: HistoryChanges): Promise<number> {
    // A record whose time is not a valid number is outside the index range: contain it first.
    const [total, timed] = await Promise.all([this.db.count(ENTRIES), this.db.countFromIndex(ENTRIES, 'time', validTimes())]);
    if (total !== timed) await this.setAsideCorrupt(now);
    const tx = this.db.transaction([ENTRIES, UNFLAGGED, SET_ASIDE, SUMMARIES], 'readwrite');
    const index = tx.objectStore(ENTRIES).index('time');
    const summaries = tx.objectStore(SUMMARIES);
    const gone: string[] = [];
    let removed = 0;
    const cutoff = now - settings.retentionDays * DAY_MS;
    const expired = cutoff > 0 ? await index.openCursor(IDBKeyRange.bound(0, cutoff, false, true)) : null;
    for (let cursor = expired; cursor; cursor = await cursor.continue()) {
      await summaries.delete(cursor.primaryKey);
      gone.push(cursor.primaryKey);
      await cursor.delete();
      removed++;
    }
    let excess = (await index.count(validTimes())) - settings.maxEntries;
    for (let cursor = excess > 0 ? await index.openCursor(validTimes()) : null; cursor && excess > 0; cursor = await cursor.continue()) {
      // A corrupt record with a valid time is moved aside, not counted as pruned.
      if (HistoryEntrySchema.safeParse(cursor.value).success) removed++;
      else await tx.objectStore(SET_ASIDE).add({ savedAt: now, value: cursor.value });
      await summaries.delete(cursor.primaryKey);
      gone.push(cursor.primaryKey);
      await cursor.delete();
      excess--;
    }
    const markers = tx.objectStore(UNFLAGGED).index('time');
    for (let cursor = await markers.openCursor(IDBKeyRange.upperBound(cutoff, true)); cursor; cursor = await cursor.continue()) {
      await cursor.delete();
    }
    let extraMarkers = (await markers.count()) - MAX_UNFLAGGED_MARKERS;
    for (let cursor = extraMarkers > 0 ? await markers.openCursor() : null; cursor && extraMarkers > 0; cursor = await cursor.continue()) {
      await cursor.delete();
      extraMarkers--;
    }
    await tx.done;
    changes?.deleted.push(...gone);
    return removed;
  }

  /** Drop the oldest share of the unflagged-reply markers (counts only, no content). */
  async pruneOldestMarkers(fraction: number): Promise<number> {
    const total = await this.db.count(UNFLAGGED);
    const toRemove = Math.ceil(total * fraction);
    const tx = this.db.transaction(UNFLAGGED, 'readwrite');
    let removed = 0;
    for (let cursor = toRemove > 0 ? await tx.store.index('time').openCursor() : null; cursor && removed < toRemove; cursor = await cursor.continue()) {
      await cursor.delete();
      removed++;
    }
    await tx.done;
    return removed;
  }

  private async withQuotaRetry<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // Only what holds no content of the person's may go; their entries never do.
      if ((await this.pruneOldestMarkers(QUOTA_MARKER_FRACTION)) === 0) throw new HistoryQuotaError();
      try {
        return await write();
      } catch (retryError) {
        throw isQuotaError(retryError) ? new HistoryQuotaError() : retryError;
      }
    }
  }
}
