/**
 * The flag history, in IndexedDB on this device. The background is its only writer;
 * the popup and the history page read it directly (same extension origin) and ask the
 * background for every change.
 *
 * Every record is validated when read: a corrupt one is skipped and counted, never
 * allowed to break the page. A quota error while writing prunes the oldest quarter of
 * the history and retries once, so recording keeps working on a full disk.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AnalysisReport, Verdict } from '../messaging/protocol';
import type { HistorySettings } from '../storage/settings';
import { entryFromReport, HistoryEntrySchema, type HistoryEntry } from './entry';

export const HISTORY_DB_NAME = 'candor-history';
/** Bump with an `upgrade` step below when stores or indexes change. */
export const HISTORY_DB_VERSION = 1;
const ENTRIES = 'entries';

interface HistoryDb extends DBSchema {
  entries: {
    key: string;
    value: HistoryEntry;
    indexes: { time: number; site: string; category: string; conversation: [string, string]; level: string };
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Share of the oldest entries dropped when the browser says the disk quota is full. */
const QUOTA_PRUNE_FRACTION = 0.25;

export function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || /quota/iu.test(error.message));
}

export interface ReadResult {
  /** Newest first. */
  entries: HistoryEntry[];
  /** Records that failed validation and were left out. */
  unreadable: number;
}

export class HistoryStore {
  private constructor(private readonly db: IDBPDatabase<HistoryDb>) {}

  /** Open (creating or upgrading) the history database of this origin. */
  static async open(): Promise<HistoryStore> {
    const db = await openDB<HistoryDb>(HISTORY_DB_NAME, HISTORY_DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          const store = database.createObjectStore(ENTRIES, { keyPath: 'id' });
          store.createIndex('time', 'time');
          store.createIndex('site', 'site');
          store.createIndex('category', 'categories', { multiEntry: true });
          store.createIndex('conversation', ['site', 'conversationKey']);
          store.createIndex('level', 'level');
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
   * its first-seen time and feedback. Prunes by the retention settings afterwards.
   */
  async record(report: AnalysisReport, settings: HistorySettings, now: number): Promise<HistoryEntry> {
    const entry = await this.withQuotaRetry(async () => {
      const tx = this.db.transaction(ENTRIES, 'readwrite');
      const fresh = entryFromReport(report, settings.keep);
      const previous = HistoryEntrySchema.safeParse(await tx.store.get(fresh.id));
      const next = previous.success ? entryFromReport(report, settings.keep, previous.data) : fresh;
      await tx.store.put(next);
      await tx.done;
      return next;
    });
    await this.prune(settings, now);
    return entry;
  }

  /** Set the person's verdict on an entry; null when there is no such entry. */
  async setFeedback(id: string, verdict: Verdict): Promise<HistoryEntry | null> {
    return this.withQuotaRetry(async () => {
      const tx = this.db.transaction(ENTRIES, 'readwrite');
      const current = HistoryEntrySchema.safeParse(await tx.store.get(id));
      if (!current.success) {
        await tx.done;
        return null;
      }
      const next = { ...current.data, feedback: verdict };
      await tx.store.put(next);
      await tx.done;
      return next;
    });
  }

  /** Find an entry by id; null when absent or unreadable. */
  async get(id: string): Promise<HistoryEntry | null> {
    const parsed = HistoryEntrySchema.safeParse(await this.db.get(ENTRIES, id));
    return parsed.success ? parsed.data : null;
  }

  /** Every readable entry, newest first. */
  async readAll(): Promise<ReadResult> {
    const raw = await this.db.getAllFromIndex(ENTRIES, 'time');
    const entries: HistoryEntry[] = [];
    let unreadable = 0;
    for (let i = raw.length - 1; i >= 0; i--) {
      const parsed = HistoryEntrySchema.safeParse(raw[i]);
      if (parsed.success) entries.push(parsed.data);
      else unreadable++;
    }
    return { entries, unreadable };
  }

  async count(): Promise<number> {
    return this.db.count(ENTRIES);
  }

  /** Delete entries by id; returns how many existed. */
  async delete(ids: readonly string[]): Promise<number> {
    const tx = this.db.transaction(ENTRIES, 'readwrite');
    let deleted = 0;
    for (const id of ids) {
      if ((await tx.store.getKey(id)) === undefined) continue;
      await tx.store.delete(id);
      deleted++;
    }
    await tx.done;
    return deleted;
  }

  async clear(): Promise<void> {
    await this.db.clear(ENTRIES);
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
   * `maxEntries`. Returns how many were removed.
   */
  async prune(settings: Pick<HistorySettings, 'retentionDays' | 'maxEntries'>, now: number): Promise<number> {
    const tx = this.db.transaction(ENTRIES, 'readwrite');
    const index = tx.store.index('time');
    let removed = 0;
    const cutoff = now - settings.retentionDays * DAY_MS;
    for (let cursor = await index.openCursor(IDBKeyRange.upperBound(cutoff, true)); cursor; cursor = await cursor.continue()) {
      await cursor.delete();
      removed++;
    }
    let excess = (await tx.store.count()) - settings.maxEntries;
    for (let cursor = excess > 0 ? await index.openCursor() : null; cursor && excess > 0; cursor = await cursor.continue()) {
      await cursor.delete();
      removed++;
      excess--;
    }
    await tx.done;
    return removed;
  }

  /** Drop the oldest share of the history (used when the disk quota is exceeded). */
  async pruneOldest(fraction: number): Promise<number> {
    const total = await this.count();
    const toRemove = Math.max(1, Math.ceil(total * fraction));
    const tx = this.db.transaction(ENTRIES, 'readwrite');
    let removed = 0;
    for (let cursor = await tx.store.index('time').openCursor(); cursor && removed < toRemove; cursor = await cursor.continue()) {
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
      await this.pruneOldest(QUOTA_PRUNE_FRACTION);
      return write();
    }
  }
}
