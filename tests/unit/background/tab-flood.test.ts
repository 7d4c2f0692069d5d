/**
 * Issue #11.3: one page cannot starve or evict another. Tab state is a compact index
 * plus one key per flagged reply; caps per tab and a global budget keep storage.session
 * bounded, and the flooding tab trims its own oldest reports, never another tab's.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundHandlers, type MessageSender } from '@/src/background/handle-message';
import { createTabQueues, QueueFullError } from '@/src/background/tab-queues';
import {
  flaggedCount,
  MAX_INDEXED_PER_TAB,
  MAX_REPORTS_PER_TAB,
  readTabState,
  recordTabUsage,
  replyRecordKey,
  tabStateKey,
  TAB_USAGE_KEY,
  updateTabState,
} from '@/src/background/tab-state';
import { HistoryStore } from '@/src/history/store';
import type { AnalysisReport } from '@/src/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/src/storage/settings';
import { memorySession } from './memory-session';
import { EXTENSION_ID, SAMPLE_REPORT } from './sample-messages';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const flagged = (i: number, extra: Partial<AnalysisReport> = {}): AnalysisReport => ({ ...SAMPLE_REPORT, replyKey: `r${i}`, ...extra });
const unflagged = (i: number): AnalysisReport => flagged(i, { level: 'none', score: 0, categories: [], ruleIds: [], flaggedText: [] });
/** The largest report the protocol allows (about 18 KB). */
const big = (i: number) =>
  flagged(i, {
    excerpt: 'x'.repeat(300),
    flaggedText: Array.from({ length: 20 }, () => 'y'.repeat(200)),
    contexts: Array.from({ length: 20 }, () => ({ before: 'b'.repeat(80), flagged: 'f'.repeat(200), after: 'a'.repeat(80) })),
    ruleIds: Array.from({ length: 100 }, (_, r) => `rule-${r}`.padEnd(64, '-')),
  });
const sessionBytes = (data: Record<string, unknown>) =>
  Object.entries(data).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);

describe('tab state per reply', () => {
  it('writes only the index and the new reply, never earlier replies', async () => {
    const session = memorySession();
    for (let i = 0; i < 50; i++) await updateTabState(session, 7, flagged(i));
    expect(session.writes.at(-1)?.sort()).toEqual([replyRecordKey(7, 'r49'), tabStateKey(7)].sort());
    expect(session.writes.every((keys) => keys.length <= 2)).toBe(true);
  });

  it('indexes a reply judged "none" without storing its report', async () => {
    const session = memorySession();
    await updateTabState(session, 7, unflagged(1));
    expect(replyRecordKey(7, 'r1') in session.data).toBe(false);
    expect(await readTabState(session, 7)).toMatchObject({ checked: 1, replies: {} });
  });

  it('removes a stored report when a re-analysis finds nothing, and counts the reply once', async () => {
    const session = memorySession();
    await updateTabState(session, 7, flagged(1));
    await updateTabState(session, 7, unflagged(1));
    expect(replyRecordKey(7, 'r1') in session.data).toBe(false);
    const state = await readTabState(session, 7);
    expect([state?.checked, state?.bytes, flaggedCount(state)]).toEqual([1, 0, 0]);
  });

  it.each([
    ['flagged replies', MAX_REPORTS_PER_TAB + 200, flagged, { checked: MAX_REPORTS_PER_TAB + 200, listed: MAX_REPORTS_PER_TAB, unlisted: 200 }],
    ['unflagged replies', MAX_INDEXED_PER_TAB + 100, unflagged, { checked: MAX_INDEXED_PER_TAB + 100, listed: 0, unlisted: 0 }],
    // 1 MB of reports per tab holds 54 of the largest reports the protocol allows.
    ['large flagged replies', 120, big, { checked: 120, listed: 54, unlisted: 66 }],
  ])('caps one tab flooding %s, keeping counts exact', async (_what, count, make, expected) => {
    const session = memorySession();
    for (let i = 0; i < count; i++) await updateTabState(session, 7, make(i));
    const state = await readTabState(session, 7);
    expect({ checked: state?.checked, listed: Object.keys(state?.replies ?? {}).length, unlisted: state?.unlisted }).toEqual(expected);
    // The badge still counts every flagged reply, listed or not.
    expect(flaggedCount(state)).toBe(make === unflagged ? 0 : count);
    // The newest reports are the ones kept.
    if (expected.listed > 0) expect(state?.replies[`r${count - 1}`]).toBeDefined();
    expect(Object.keys(session.data).length).toBeLessThanOrEqual(MAX_REPORTS_PER_TAB + 1);
    expect(sessionBytes(session.data)).toBeLessThan(1.5 * 1024 * 1024);
  }, 30_000);

  it('starts afresh, removing the old reports, when the tab moves to another conversation', async () => {
    const session = memorySession();
    for (let i = 0; i < 5; i++) await updateTabState(session, 7, flagged(i));
    await updateTabState(session, 7, flagged(9, { url: 'https://chatgpt.com/c/2' }));
    expect(Object.keys(session.data).sort()).toEqual([replyRecordKey(7, 'r9'), tabStateKey(7)].sort());
  });
});

describe('the global session budget', () => {
  it('names the largest tab to shrink by the overflow', async () => {
    const session = memorySession();
    await recordTabUsage(session, 1, 100, 1000);
    await recordTabUsage(session, 2, 700, 1000);
    expect(await recordTabUsage(session, 3, 300, 1000)).toEqual({ shrink: { tabId: 2, toBytes: 600 } });
    expect((await recordTabUsage(session, 2, null, 1000)).shrink).toBeNull();
    expect(session.data[TAB_USAGE_KEY]).toEqual({ 1: 100, 3: 300 });
  });

  it('trims the flooding tab, not the innocent one, when all tabs together are over budget', async () => {
    const session = memorySession();
    const handlers = createBackgroundHandlers({
      extensionId: EXTENSION_ID,
      extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
      session,
      history: () => HistoryStore.open(),
      historySettings: async () => DEFAULT_SETTINGS.history,
      setBadge: async () => undefined,
      notifyTab: async () => undefined,
      onHistoryChanged: async () => undefined,
      now: () => 1,
      logError: (context, error) => {
        throw new Error(`${context}: ${String(error)}`);
      },
      queueOptions: { ratePerSecond: 1e9, burst: 1e9 },
    });
    const tab = (id: number): MessageSender => ({ id: EXTENSION_ID, tab: { id } });
    // Eight flooding tabs at their per-tab cap (about 1 MB each) exceed the 6 MB budget.
    for (let t = 1; t <= 8; t++) {
      for (let i = 0; i < 60; i++) expect(await handlers.onContentMessage(big(i), tab(t))).toEqual({ ok: true });
    }
    await handlers.onContentMessage(flagged(0, { url: 'https://claude.ai/chat/1', site: 'claude' }), tab(99));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sessionBytes(session.data)).toBeLessThan(6.5 * 1024 * 1024);
    expect(Object.keys((await readTabState(session, 99))?.replies ?? {})).toEqual(['r0']);
  }, 60_000);
});

describe('per-tab queues', () => {
  it('run an innocent tab’s task while another tab’s backlog waits for its rate limit', async () => {
    let clock = 0;
    const sleeps: (() => void)[] = [];
    const queues = createTabQueues({
      ratePerSecond: 10,
      burst: 2,
      maxPending: 1000,
      now: () => clock,
      sleep: () => new Promise<void>((resolve) => sleeps.push(resolve)),
    });
    const done: string[] = [];
    for (let i = 0; i < 20; i++) void queues.run('flood', async () => void done.push(`flood ${i}`));
    await queues.run('innocent', async () => void done.push('innocent'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The flood got its burst of two; the innocent tab did not wait behind the other 18.
    expect(done).toContain('innocent');
    expect(done.filter((d) => d.startsWith('flood'))).toEqual(['flood 0', 'flood 1']);
    expect(queues.pending('flood')).toBe(18);
    clock += 100;
    sleeps.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done.at(-1)).toBe('flood 2');
  });

  it('refuses work beyond the pending cap, so a flood cannot grow memory without bound', async () => {
    const queues = createTabQueues({ maxPending: 3, sleep: () => new Promise(() => undefined), burst: 0, ratePerSecond: 1 });
    for (let i = 0; i < 3; i++) void queues.run('flood', async () => undefined);
    await expect(queues.run('flood', async () => undefined)).rejects.toBeInstanceOf(QueueFullError);
    expect(queues.pending('other')).toBe(0);
  });
});
