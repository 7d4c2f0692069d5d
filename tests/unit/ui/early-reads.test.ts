/**
 * The popup's early reads (issue #11.6): started before the UI loads, in as few storage
 * round trips as the key layout allows, and answering the UI's first reads exactly as
 * storage would, with every value still validated by the UI's own readers.
 */
import { describe, expect, it, vi } from 'vitest';
import { INTERFERENCE_PREFIX, interferenceKey } from '@/src/background/card-actions';
import { replyRecordKey, TAB_STATE_PREFIX, tabStateKey, updateTabState } from '@/src/background/tab-state';
import { loadSettings, SETTINGS_KEY } from '@/src/storage/settings';
import {
  EARLY_INTERFERENCE_PREFIX,
  EARLY_REPORT_COUNT,
  EARLY_TAB_STATE_PREFIX,
  earlyInterferenceKey,
  earlyReplyRecordKey,
  earlyReportKeys,
  earlyTabStateKey,
  primedArea,
  startPopupReads,
  type EarlyApi,
} from '@/src/ui/popup/early-reads';
import { POPUP_PAGE_SIZE } from '@/src/ui/popup/popup';
import { listedReplyKeys, readTabView } from '@/src/ui/popup/tab-reads';
import { memorySession, type MemorySession } from '../background/memory-session';
import { flaggedReport } from './flagged-report';

const TAB = 7;

async function sessionWith(flagged: number): Promise<MemorySession> {
  const session = memorySession();
  for (let i = 0; i < flagged; i++) await updateTabState(session, TAB, flaggedReport(i));
  await session.set({ [interferenceKey(TAB)]: { url: 'https://chatgpt.com/c/abc', restored: 3, gaveUp: false } });
  return session;
}

/** Counts each area's get() calls and what they asked for. */
function counted<Area extends { get(keys: string | string[]): Promise<Record<string, unknown>> }>(area: Area) {
  const calls: string[][] = [];
  const get = area.get.bind(area);
  area.get = (async (keys: string | string[]) => {
    calls.push(typeof keys === 'string' ? [keys] : [...keys]);
    return get(keys);
  }) as Area['get'];
  return calls;
}

function apiOver(session: MemorySession, local: MemorySession, activeTab: number | null = TAB): EarlyApi {
  return {
    storage: { local, session },
    tabs: { query: async () => (activeTab === null ? [] : [{ id: activeTab }]) },
  };
}

describe('popup early reads', () => {
  it('name the keys the background writes and the first screen the popup shows', () => {
    expect(earlyTabStateKey(TAB)).toBe(tabStateKey(TAB));
    expect(earlyReplyRecordKey(TAB, 'a:b')).toBe(replyRecordKey(TAB, 'a:b'));
    expect(earlyInterferenceKey(TAB)).toBe(interferenceKey(TAB));
    // The prefixes the popup follows changes by (browser-backend.ts, without the schemas' modules).
    expect(EARLY_TAB_STATE_PREFIX).toBe(TAB_STATE_PREFIX);
    expect(EARLY_INTERFERENCE_PREFIX).toBe(INTERFERENCE_PREFIX);
    expect(EARLY_REPORT_COUNT).toBe(POPUP_PAGE_SIZE);
  });

  it('read the index and notice in one session read, the worst reports in one more, the settings in parallel', async () => {
    const session = await sessionWith(300);
    const local = memorySession({ [SETTINGS_KEY]: { version: 2, disabledSites: ['claude'] } });
    const sessionCalls = counted(session);
    const localCalls = counted(local);
    const early = startPopupReads(apiOver(session, local), '');
    // Settings are asked for at once, before the tab id is known.
    expect(localCalls).toEqual([[SETTINGS_KEY]]);
    const index = (await early.session.values)[tabStateKey(TAB)] as { index: Record<string, never> };
    expect(sessionCalls).toEqual([
      [tabStateKey(TAB), interferenceKey(TAB)],
      listedReplyKeys(index).slice(0, EARLY_REPORT_COUNT).map((key) => replyRecordKey(TAB, key)),
    ]);
  });

  it('answer the UI’s first reads as storage would, without asking it again', async () => {
    const session = await sessionWith(300);
    const local = memorySession({ [SETTINGS_KEY]: { version: 2, disabledSites: ['claude'] } });
    const expected = { view: await readTabView(session, TAB, POPUP_PAGE_SIZE), settings: await loadSettings(local) };
    const sessionCalls = counted(session);
    const localCalls = counted(local);
    const early = startPopupReads(apiOver(session, local), '?tab=7');
    const primedSession = primedArea(session, early.session);
    const primedLocal = primedArea(local, early.local);
    expect(await early.tabId).toBe(TAB);
    expect(await readTabView(primedSession, TAB, POPUP_PAGE_SIZE)).toEqual(expected.view);
    expect(await loadSettings(primedLocal)).toEqual(expected.settings);
    expect((await primedSession.get(interferenceKey(TAB)))[interferenceKey(TAB)]).toMatchObject({ restored: 3 });
    // The only calls are the early reads' own: two session reads, one local.
    expect([sessionCalls.length, localCalls.length]).toEqual([2, 1]);
    // A later read sees what changed since: each prefetched key is answered once.
    await updateTabState(session, TAB, flaggedReport(300));
    const before = sessionCalls.length;
    const again = await readTabView(primedSession, TAB, POPUP_PAGE_SIZE);
    expect(sessionCalls.length).toBeGreaterThan(before);
    expect(again?.checked).toBe(301);
  });

  it('leave validation to the UI: a corrupt index reads as no state, as from storage', async () => {
    const session = memorySession({ [tabStateKey(TAB)]: { site: 'chatgpt', index: { r1: { level: 'medium', score: 'high', seq: 0, bytes: 9 } } } });
    const early = startPopupReads(apiOver(session, memorySession()), '');
    expect(await readTabView(primedArea(session, early.session), TAB, POPUP_PAGE_SIZE)).toBeNull();
  });

  it.each([
    ['not an object', 'tab state'],
    ['no index', { site: 'chatgpt' }],
    ['an index that is a list', { index: [] }],
    ['a summary without a score', { index: { r1: { level: 'medium', seq: 0, bytes: 9 } } }],
    ['a summary that is null', { index: { r1: null } }],
  ])('ask for no reports when the raw index has %s', (_, raw) => {
    expect(earlyReportKeys(raw, EARLY_REPORT_COUNT)).toEqual([]);
  });

  it('fall back to storage when a prefetch failed, and never reject unhandled', async () => {
    const session = await sessionWith(30);
    const get = session.get.bind(session);
    session.get = vi.fn().mockRejectedValueOnce(new Error('storage busy')).mockImplementation(get);
    const early = startPopupReads(apiOver(session, memorySession()), '');
    await expect(early.session.values).rejects.toThrow('storage busy');
    const view = await readTabView(primedArea(session, early.session), TAB, POPUP_PAGE_SIZE);
    expect(Object.keys(view?.replies ?? {})).toHaveLength(POPUP_PAGE_SIZE);
  });

  it('read nothing of a tab when there is no active tab', async () => {
    const session = await sessionWith(3);
    const calls = counted(session);
    const early = startPopupReads(apiOver(session, memorySession(), null), '');
    expect(await early.tabId).toBeNull();
    expect(await early.session.keys).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('keep the area’s other methods working on the area itself', async () => {
    const session = memorySession();
    const area = primedArea(session, { keys: Promise.resolve([]), values: Promise.resolve({}) });
    await area.set({ a: 1 });
    expect(await area.get('a')).toEqual({ a: 1 });
    await area.remove('a');
    expect(session.data).toEqual({});
  });
});
