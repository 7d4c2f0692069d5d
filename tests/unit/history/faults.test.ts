/**
 * Fault injection on the history store (issue #11.3–11.5): corrupt records are moved
 * aside and neither fill the cap nor get valid entries pruned in their place; replies
 * judged "none" are counted, not stored; a full disk gives a clear error and removes
 * nothing the person has.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { containCorruptHistoryOnce } from '@/src/background/history-upkeep';
import { HISTORY_DB_NAME, HISTORY_DB_VERSION, HistoryQuotaError, HistoryStore } from '@/src/history/store';
import type { AnalysisReport } from '@/src/messaging/protocol';
import { DEFAULT_SETTINGS, type HistorySettings } from '@/src/storage/settings';
import { SAMPLE_REPORT } from '../background/sample-messages';

const settings: HistorySettings = { ...DEFAULT_SETTINGS.history, maxEntries: 100 };
const flagged = (i: number, extra: Partial<AnalysisReport> = {}): AnalysisReport => ({ ...SAMPLE_REPORT, replyKey: `r${i}`, analysedAt: 1_000 + i, ...extra });
const unflagged = (i: number) => flagged(i, { level: 'none', score: 0, categories: [], ruleIds: [], flaggedText: [] });
const NOW = 10_000;

let store: HistoryStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await HistoryStore.open();
});
afterEach(() => {
  store.close();
  vi.restoreAllMocks();
});

async function putRaw(records: unknown[]): Promise<void> {
  const db = await openDB(HISTORY_DB_NAME, HISTORY_DB_VERSION);
  for (const record of records) await db.put('entries', record);
  db.close();
}

// A valid stored entry, the base of each corrupt shape below.
const ENTRY_TEMPLATE = {
  time: 5,
  analysedAt: 5,
  site: 'chatgpt',
  url: 'https://chatgpt.com/c/1',
  conversationId: '1',
  conversationKey: '1',
  replyKey: 'x',
  excerpt: 'e',
  flaggedText: [],
  contexts: [],
  score: 50,
  level: 'medium',
  categories: ['flattery'],
  ruleIds: [],
  feedback: 'none',
};
const valid = (id: string) => ({ ...ENTRY_TEMPLATE, id });

describe('corrupt records', () => {
  it.each([
    ['a time that is a string', { time: 'yesterday' }],
    ['no time at all', { time: undefined }],
    ['a negative time', { time: -5 }],
    ['a time that is a Date', { time: new Date(5) }],
    ['an unknown site, with a valid time', { site: 'myspace' }],
    ['a score out of range', { score: 1e9 }],
    ['a wrong type of excerpt', { excerpt: { html: '<img>' } }],
  ])('100 records with %s neither fill a 100-entry cap nor get new entries pruned', async (_what, corruption) => {
    await putRaw(Array.from({ length: 100 }, (_, i) => ({ ...valid(`bad-${i}`), ...corruption })));
    // What the background does once per browser session, at start.
    const session = { data: {} as Record<string, unknown>, get: async (k: string) => ({ [k]: session.data[k] }), set: async (items: Record<string, unknown>) => void Object.assign(session.data, items) };
    await containCorruptHistoryOnce(session, async () => store, NOW);
    expect(await containCorruptHistoryOnce(session, async () => store, NOW)).toBe(0);
    for (let i = 0; i < 5; i++) await store.record(flagged(i), settings, NOW);
    const result = await store.readAll();
    expect(result.entries.map((e) => e.replyKey).sort()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(result.unreadable).toBe(0);
    // Moved aside, kept for recovery, and counted for the history page.
    expect(result.setAside).toBe(100);
  });

  it('contains records with a corrupt time without waiting for the start-up scan (they would block pruning)', async () => {
    await putRaw(Array.from({ length: 100 }, (_, i) => ({ ...valid(`bad-${i}`), time: `day ${i}` })));
    for (let i = 0; i < 5; i++) await store.record(flagged(i), settings, NOW);
    expect(await store.readAll()).toMatchObject({ unreadable: 0, setAside: 100 });
    expect((await store.readAll()).entries).toHaveLength(5);
  });

  it('still counts corrupt records as unreadable on a page read before the background contained them', async () => {
    await store.record(flagged(1), settings, NOW);
    await putRaw([{ ...valid('bad-time'), time: 'x' }, { ...valid('bad-site'), site: 'myspace' }]);
    expect(await store.readAll()).toMatchObject({ unreadable: 2, setAside: 0 });
    expect(await store.setAsideCorrupt(NOW)).toBe(2);
    expect(await store.readAll()).toMatchObject({ unreadable: 0, setAside: 2 });
  });
});

describe('replies judged "none"', () => {
  it('are counted, not stored, by default, and cannot push flagged entries out of the history', async () => {
    for (let i = 0; i < 50; i++) await store.record(flagged(i), settings, NOW);
    for (let i = 100; i < 1_100; i++) await store.record(unflagged(i), settings, NOW);
    const result = await store.readAll();
    expect(result.entries).toHaveLength(50);
    expect(result.unflagged).toBe(1_000);
  });

  it.each([
    ['a resend', [unflagged(1), unflagged(1)], { entries: 0, unflagged: 1 }],
    ['a reply flagged after a re-analysis', [unflagged(1), flagged(1)], { entries: 1, unflagged: 0 }],
    ['a flagged reply judged "none" after a re-analysis (its entry is kept in step)', [flagged(1), unflagged(1)], { entries: 1, unflagged: 0 }],
  ])('are counted once per reply: %s', async (_what, reports, expected) => {
    for (const report of reports) await store.record(report, settings, NOW);
    const result = await store.readAll();
    expect({ entries: result.entries.length, unflagged: result.unflagged }).toEqual(expected);
  });

  it('are counted per site from a given time (the weekly digest\'s week)', async () => {
    // analysedAt is 1_000 + i: markers 1_100..1_104 on ChatGPT, 1_105..1_107 on Claude, and two before `since`.
    for (let i = 98; i < 108; i++) await store.record({ ...unflagged(i), site: i < 105 ? 'chatgpt' : 'claude' }, settings, NOW);
    expect(await store.countUnflaggedBySite(1_100)).toEqual({ chatgpt: 5, claude: 3 });
    expect(await store.countUnflaggedBySite(2_000)).toEqual({});
  });

  it('are stored whole when the person chose so', async () => {
    await store.record(unflagged(1), { ...settings, unflagged: 'entry' }, NOW);
    expect((await store.readAll()).entries.map((e) => e.level)).toEqual(['none']);
  });
});

describe('a full disk', () => {
  function failPuts(times: number) {
    const realPut = IDBObjectStore.prototype.put;
    let failures = times;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'entries' && failures-- > 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
  }

  it.each([
    ['with unflagged markers to free', 10, 1, { recorded: true, markers: 5 }],
    ['with nothing but the person’s entries', 0, 1, { recorded: false, markers: 0 }],
    ['still full after freeing markers', 10, 2, { recorded: false, markers: 5 }],
  ])('%s: frees only markers, or fails with a clear message, and never removes an entry', async (_what, markers, failures, expected) => {
    for (let i = 0; i < 8; i++) await store.record(flagged(i), settings, NOW);
    for (let i = 0; i < markers; i++) await store.record(unflagged(100 + i), settings, NOW);
    failPuts(failures);
    const attempt = store.record(flagged(50), settings, NOW);
    if (expected.recorded) await attempt;
    else await expect(attempt).rejects.toThrow(HistoryQuotaError);
    vi.restoreAllMocks();
    const result = await store.readAll();
    expect(result.entries.map((e) => e.replyKey)).toEqual(
      expect.arrayContaining(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', ...(expected.recorded ? ['r50'] : [])]),
    );
    expect(result.entries).toHaveLength(expected.recorded ? 9 : 8);
    expect(result.unflagged).toBe(expected.markers);
  });

  it('says what happened and what to do', () => {
    expect(new HistoryQuotaError().message).toMatch(/disk is full.*Nothing already in it was removed/su);
  });
});
