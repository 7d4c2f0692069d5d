/**
 * The history at scale (issue #11.6): the summaries kept beside the entries, reads of
 * only the rows shown, the batched scan, the changes each write reports for deltas, and
 * the upgrade that builds summaries for a history written by an older version.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/src/history/entry';
import { HISTORY_DB_NAME, HISTORY_DB_VERSION, HistoryStore, summaryOf, type HistoryChanges } from '@/src/history/store';
import type { AnalysisReport } from '@/src/messaging/protocol';
import { DEFAULT_SETTINGS, type HistorySettings } from '@/src/storage/settings';
import { sampleEntry } from './sample-entry';

const keepAll: HistorySettings = DEFAULT_SETTINGS.history;

function report(replyKey: string, analysedAt: number, extra: Partial<AnalysisReport> = {}): AnalysisReport {
  return {
    type: 'analysisReport',
    site: 'claude',
    url: 'https://claude.ai/chat/abc',
    conversationId: 'abc',
    replyKey,
    score: 55,
    level: 'medium',
    categories: ['flattery'],
    ruleIds: ['praise-for-the-users-idea'],
    excerpt: `Reply ${replyKey}: what a brilliant plan.`,
    flaggedText: ['what a brilliant plan'],
    contexts: [],
    analysedAt,
    ...extra,
  };
}

const noChanges = (): HistoryChanges => ({ upserted: [], deleted: [] });

/** Write records straight into the database, as an older version or a hand edit would. */
async function putRaw(store: string, records: unknown[]): Promise<void> {
  const db = await openDB(HISTORY_DB_NAME);
  const tx = db.transaction(store, 'readwrite');
  for (const record of records) await tx.store.put(record);
  await tx.done;
  db.close();
}

let store: HistoryStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await HistoryStore.open();
});
afterEach(() => store.close());

/** The summaries must always say what a full read of the entries says. */
async function expectSummariesInStep(): Promise<void> {
  const { entries, unreadable } = await store.readAll();
  const read = await store.readSummaries();
  expect(read.summaries).toEqual(entries.map(summaryOf));
  expect(read.unreadable).toBe(unreadable);
}

describe('summaries stay in step with the entries', () => {
  const writes: [string, (s: HistoryStore) => Promise<unknown>][] = [
    ['a new entry', (s) => s.record(report('r9', 900), keepAll, 900)],
    ['an update of an entry', (s) => s.record(report('r1', 950, { level: 'high', score: 90, categories: ['agreement'] }), keepAll, 950)],
    ['feedback', async (s) => s.setFeedback((await s.readAll()).entries[0]!.id, 'confirmed')],
    ['a deletion', async (s) => s.delete([(await s.readAll()).entries[1]!.id])],
    ['pruning by the cap', (s) => s.prune({ ...keepAll, maxEntries: 2 }, 1_000)],
    ['clearing', (s) => s.clear()],
    ['a reply judged none, only counted', (s) => s.record(report('quiet', 960, { level: 'none', score: 0, categories: [] }), { ...keepAll, unflagged: 'count' }, 960)],
  ];
  it.each(writes)('after %s', async (_name, write) => {
    for (let i = 0; i < 4; i++) await store.record(report(`r${i}`, 100 * (i + 1)), keepAll, 500);
    await write(store);
    await expectSummariesInStep();
  });

  it('moves a corrupt record aside with its summary', async () => {
    const entry = (await store.record(report('r1', 100), keepAll, 100)) as HistoryEntry;
    await putRaw('entries', [{ ...entry, level: 'catastrophic' }]);
    expect(await store.setAsideCorrupt(200)).toBe(1);
    expect((await store.readSummaries()).summaries).toEqual([]);
  });
});

describe('readSummaries', () => {
  it('lists summaries newest first with the counts the page shows', async () => {
    for (const [key, time] of [['a', 3], ['b', 1], ['c', 2]] as const) await store.record(report(key, time), keepAll, 3);
    await store.record(report('quiet', 4, { level: 'none', score: 0, categories: [] }), { ...keepAll, unflagged: 'count' }, 4);
    const read = await store.readSummaries();
    expect(read.summaries.map((s) => s.time)).toEqual([3, 2, 1]);
    expect(read.summaries[0]).toEqual({ id: expect.any(String), time: 3, site: 'claude', level: 'medium', categories: ['flattery'], feedback: 'none' });
    expect(read).toMatchObject({ unreadable: 0, setAside: 0, unflagged: 1 });
  });

  it('rebuilds the list from the entries when records were written without summaries', async () => {
    await store.record(report('a', 10), keepAll, 10);
    await putRaw('entries', [sampleEntry('by-hand', { time: 20 }), { ...sampleEntry('broken', { time: 30 }), level: 'catastrophic' }]);
    const read = await store.readSummaries();
    expect(read.summaries.map((s) => s.id)).toEqual(['by-hand', expect.stringContaining('"a"')]);
    expect(read.unreadable).toBe(1);
  });

  it('counts entries with a corrupt time as unreadable', async () => {
    await store.record(report('a', 10), keepAll, 10);
    await putRaw('entries', [{ ...sampleEntry('bad-time'), time: 'yesterday' }]);
    const read = await store.readSummaries();
    expect(read.summaries).toHaveLength(1);
    expect(read.unreadable).toBe(1);
  });
});

describe('readNewest', () => {
  it('reads the newest accepted entries by cursor, skipping unreadable ones, within its scan limit', async () => {
    await putRaw('entries', [
      ...Array.from({ length: 6 }, (_, i) => sampleEntry(`e${i}`, { time: 100 + i, level: i % 2 === 0 ? 'medium' : 'none' })),
      { ...sampleEntry('bad', { time: 200 }), level: 'catastrophic' },
    ]);
    const flagged = (entry: HistoryEntry) => entry.level !== 'none';
    expect((await store.readNewest(2, flagged)).map((e) => e.id)).toEqual(['e4', 'e2']);
    expect((await store.readNewest(10, flagged)).map((e) => e.id)).toEqual(['e4', 'e2', 'e0']);
    expect((await store.readNewest(10, flagged, 3)).map((e) => e.id)).toEqual(['e4']);
  });
});

describe('readByIds', () => {
  it('validates each entry read, names the unreadable ones and leaves absent ones out', async () => {
    await putRaw('entries', [sampleEntry('good'), { ...sampleEntry('bad'), score: 900 }]);
    const read = await store.readByIds(['good', 'bad', 'absent']);
    expect(read.entries.map((e) => e.id)).toEqual(['good']);
    expect(read.unreadable).toEqual(['bad']);
  });
});

describe('forEachEntry', () => {
  it.each([1, 2, 3, 500])('visits every readable entry once, newest first, in batches of %i (ties in time included)', async (batchSize) => {
    // Three entries share each time, so batches end in the middle of a tie.
    const entries = Array.from({ length: 9 }, (_, i) => sampleEntry(`e${i}`, { time: 1_000 + Math.floor(i / 3) }));
    await putRaw('entries', [...entries, { ...sampleEntry('bad', { time: 1_001 }), level: 'catastrophic' }]);
    const seen: HistoryEntry[] = [];
    const unreadable = await store.forEachEntry((entry) => seen.push(entry), batchSize);
    expect(unreadable).toBe(1);
    expect(seen.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
    expect(seen.map((e) => e.time)).toEqual([...seen.map((e) => e.time)].sort((a, b) => b - a));
  });
});

describe('changes reported for deltas', () => {
  it('names the new entry and the entries the cap pruned to make room', async () => {
    const small = { ...keepAll, maxEntries: 2 };
    const first = (await store.record(report('a', 1), small, 1)) as HistoryEntry;
    await store.record(report('b', 2), small, 2);
    const changes = noChanges();
    const third = (await store.record(report('c', 3), small, 3, changes)) as HistoryEntry;
    expect(changes).toEqual({ upserted: [third.id], deleted: [first.id] });
  });

  it('names nothing upserted for a reply that is only counted', async () => {
    const changes = noChanges();
    await store.record(report('quiet', 1, { level: 'none', score: 0, categories: [] }), { ...keepAll, unflagged: 'count' }, 1, changes);
    expect(changes).toEqual({ upserted: [], deleted: [] });
  });

  it('names only the entries a deletion found', async () => {
    const entry = (await store.record(report('a', 1), keepAll, 1)) as HistoryEntry;
    const changes = noChanges();
    expect(await store.delete([entry.id, 'never-existed'], changes)).toBe(1);
    expect(changes.deleted).toEqual([entry.id]);
  });
});

describe('upgrade from version 2', () => {
  it('builds the summaries of the entries already stored, leaving unreadable ones without', async () => {
    store.close();
    globalThis.indexedDB = new IDBFactory();
    const old = await openDB(HISTORY_DB_NAME, 2, {
      upgrade(db) {
        const entries = db.createObjectStore('entries', { keyPath: 'id' });
        entries.createIndex('time', 'time');
        db.createObjectStore('unflagged', { keyPath: 'id' }).createIndex('time', 'time');
        db.createObjectStore('setAside', { autoIncrement: true });
      },
    });
    await old.put('entries', sampleEntry('old-1', { time: 5 }));
    await old.put('entries', sampleEntry('old-2', { time: 6, feedback: 'confirmed' }));
    await old.put('entries', { ...sampleEntry('old-bad', { time: 7 }), level: 'catastrophic' });
    old.close();
    store = await HistoryStore.open();
    expect(HISTORY_DB_VERSION).toBe(3);
    const db = await openDB(HISTORY_DB_NAME);
    expect((await db.getAll('summaries')).map((s: { id: string }) => s.id).sort()).toEqual(['old-1', 'old-2']);
    db.close();
    await expectSummariesInStep();
  });
});
