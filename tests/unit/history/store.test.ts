/** The history store: upserts per reply, privacy, retention, quota errors and corrupt records. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entryIdOf } from '@/src/history/entry';
import { HISTORY_DB_NAME, HISTORY_DB_VERSION, HistoryStore } from '@/src/history/store';
import type { AnalysisReport } from '@/src/messaging/protocol';
import { DEFAULT_SETTINGS, type HistorySettings } from '@/src/storage/settings';

const DAY = 24 * 60 * 60 * 1000;
const keepAll: HistorySettings = DEFAULT_SETTINGS.history;

function reportFor(replyKey: string, analysedAt: number, extra: Partial<AnalysisReport> = {}): AnalysisReport {
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
    excerpt: `Reply ${replyKey}: what a brilliant plan, truly.`,
    flaggedText: ['what a brilliant plan'],
    contexts: [{ before: `Reply ${replyKey}: `, flagged: 'what a brilliant plan', after: ', truly.' }],
    analysedAt,
    ...extra,
  };
}

let store: HistoryStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await HistoryStore.open();
});
afterEach(() => {
  store.close();
  vi.restoreAllMocks();
});

describe('HistoryStore.record', () => {
  it('updates the same reply instead of adding a duplicate, keeping first-seen time and feedback', async () => {
    const first = await store.record(reportFor('r1', 100), keepAll, 100);
    await store.setFeedback(first!.id, 'confirmed');
    await store.record(reportFor('r1', 200, { score: 80, level: 'high' }), keepAll, 200);
    const { entries } = await store.readAll();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ time: 100, analysedAt: 200, score: 80, level: 'high', feedback: 'confirmed' });
  });

  it('keeps only the flagged words when privacy says so', async () => {
    const entry = await store.record(reportFor('r1', 100), { ...keepAll, keep: 'spans' }, 100);
    expect(entry).toMatchObject({ excerpt: '', contexts: [], flaggedText: ['what a brilliant plan'] });
  });

  it('returns entries newest first', async () => {
    for (const [key, time] of [['a', 3], ['b', 1], ['c', 2]] as const) await store.record(reportFor(key, time), keepAll, 3);
    expect((await store.readAll()).entries.map((e) => e.replyKey)).toEqual(['a', 'c', 'b']);
  });

  it('tells conversations without an id apart by URL', async () => {
    await store.record(reportFor('r1', 1, { conversationId: null, url: 'https://claude.ai/new#x' }), keepAll, 1);
    expect((await store.readAll()).entries[0]?.id).toBe(entryIdOf('claude', 'https://claude.ai/new', 'r1'));
  });
});

describe('retention', () => {
  it('drops entries older than the retention period', async () => {
    const now = 400 * DAY;
    await store.record(reportFor('old', now - 181 * DAY), keepAll, now - 181 * DAY);
    await store.record(reportFor('recent', now - 179 * DAY), keepAll, now);
    expect((await store.readAll()).entries.map((e) => e.replyKey)).toEqual(['recent']);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const settings = { ...keepAll, maxEntries: 100 };
    for (let i = 0; i < 105; i++) await store.record(reportFor(`r${i}`, 1_000 + i), settings, 2_000);
    const { entries } = await store.readAll();
    expect(entries).toHaveLength(100);
    expect(entries.at(-1)?.replyKey).toBe('r5');
  });
});

describe('faults', () => {
  it('skips and counts corrupt records instead of failing', async () => {
    await store.record(reportFor('good', 1), keepAll, 1);
    const db = await openDB(HISTORY_DB_NAME, HISTORY_DB_VERSION);
    await db.put('entries', { id: 'bad', time: 2, site: 'myspace' });
    db.close();
    const { entries, unreadable } = await store.readAll();
    expect(entries.map((e) => e.replyKey)).toEqual(['good']);
    expect(unreadable).toBe(1);
    expect(await store.setFeedback('bad', 'confirmed')).toBeNull();
  });
});

describe('changes', () => {
  it('deletes by id, clears, and scrubs excerpts', async () => {
    const a = await store.record(reportFor('a', 1), keepAll, 1);
    await store.record(reportFor('b', 2), keepAll, 2);
    await store.record(reportFor('c', 3), keepAll, 3);
    expect(await store.delete([a!.id, 'missing'])).toBe(1);
    expect(await store.scrubExcerpts()).toBe(2);
    const { entries } = await store.readAll();
    expect(entries.every((e) => e.excerpt === '' && e.contexts.length === 0 && e.flaggedText.length === 1)).toBe(true);
    await store.clear();
    expect(await store.count()).toBe(0);
  });
});
