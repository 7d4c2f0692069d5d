/** The background accepts only well-formed messages from our own content scripts. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps, type MessageSender } from '@/src/background/handle-message';
import { readTabState } from '@/src/background/tab-state';
import { entryIdOf } from '@/src/history/entry';
import { HistoryStore } from '@/src/history/store';
import { parseContentMessage, type AnalysisReport, type HistoryChanged } from '@/src/messaging/protocol';
import { FROM_OUR_CONTENT_SCRIPT, SAMPLE_REPORT } from './sample-messages';
import { sendWithRetry } from '@/src/messaging/send';
import { DEFAULT_SETTINGS } from '@/src/storage/settings';
import { memorySession } from './memory-session';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

function setup() {
  const session = memorySession();
  const data = session.data;
  const badges = new Map<number, string>();
  const notified: unknown[] = [];
  const errors: string[] = [];
  const revisions = { count: 0, changes: [] as (HistoryChanged | undefined)[] };
  let store: Promise<HistoryStore> | null = null;
  const history = () => (store ??= HistoryStore.open());
  const deps: BackgroundDeps = {
    extensionId: 'candor-id',
    extensionOrigin: 'chrome-extension://candor-id/',
    session,
    history,
    historySettings: async () => DEFAULT_SETTINGS.history,
    setBadge: async (tab, text) => void badges.set(tab, text),
    notifyTab: async (tab, message) => void notified.push({ tab, ...message }),
    onHistoryChanged: async (change) => {
      revisions.count += 1;
      revisions.changes.push(change);
    },
    now: () => 1_000,
    logError: (context) => void errors.push(context),
  };
  const handlers = createBackgroundHandlers(deps);
  const handleContentMessage = (raw: unknown, sender: MessageSender) => handlers.onContentMessage(raw, sender);
  return { data, session, badges, deps, handlers, handleContentMessage, history, notified, errors, revisions };
}

const report: AnalysisReport = SAMPLE_REPORT;
const ours = FROM_OUR_CONTENT_SCRIPT;

describe('handleContentMessage', () => {
  it('records a report and sets the badge to the number of flagged replies', async () => {
    const { session, badges, handleContentMessage } = setup();
    expect(await handleContentMessage(report, ours)).toEqual({ ok: true });
    expect(await handleContentMessage({ ...report, replyKey: 'msg-2', level: 'none', score: 0, categories: [] }, ours)).toEqual({ ok: true });
    expect(badges.get(7)).toBe('1');
    // Reported again (settings changed): counted once.
    await handleContentMessage({ ...report, score: 70 }, ours);
    expect(badges.get(7)).toBe('1');
    // Both indexed and counted; only the flagged one's report is stored.
    expect(Object.keys((await readTabState(session, 7))?.index ?? {})).toEqual(['msg-1', 'msg-2']);
    expect(Object.keys((await readTabState(session, 7))?.replies ?? {})).toEqual(['msg-1']);
    expect((await readTabState(session, 7))?.checked).toBe(2);
  });

  it.each([
    ['another extension', report, { id: 'evil', tab: { id: 7 } }],
    ['no tab', report, { id: 'candor-id' }],
    ['an extra key', { ...report, extra: 1 }, ours],
    ['a wrong type', { ...report, score: '62' }, ours],
    ['an unknown site', { ...report, site: 'myspace' }, ours],
    ['a 1 MB excerpt', { ...report, excerpt: 'x'.repeat(1_000_000) }, ours],
    ['a 1 MB unknown field', { ...report, padding: 'x'.repeat(1_000_000) }, ours],
    ['null', null, ours],
    ['a string', 'analysisReport', ours],
  ])('refuses %s and changes nothing', async (_what, message, sender) => {
    const { data, badges, handleContentMessage, history } = setup();
    expect(await handleContentMessage(message, sender)).toMatchObject({ ok: false, retry: false });
    expect(data).toEqual({});
    expect(badges.size).toBe(0);
    expect(await (await history()).count()).toBe(0);
  });

  it('resets a tab when it moves to another page', async () => {
    const { session, handleContentMessage } = setup();
    await handleContentMessage(report, ours);
    await handleContentMessage({ type: 'pageStatus', site: 'chatgpt', url: 'https://chatgpt.com/c/2', status: 'unreadable' }, ours);
    expect(await readTabState(session, 7)).toMatchObject({ status: 'unreadable', replies: {} });
  });

  it('loses no report when many arrive at once (writes are serialised)', async () => {
    const { session, badges, handleContentMessage, history } = setup();
    await Promise.all(Array.from({ length: 25 }, (_, i) => handleContentMessage({ ...report, replyKey: `msg-${i}` }, ours)));
    expect(Object.keys((await readTabState(session, 7))?.replies ?? {})).toHaveLength(25);
    expect(badges.get(7)).toBe('25');
    expect(await (await history()).count()).toBe(25);
  });

  it('records every report in the history, once per reply', async () => {
    const { handleContentMessage, history, revisions } = setup();
    await handleContentMessage(report, ours);
    await handleContentMessage({ ...report, score: 80, level: 'high', analysedAt: 5 }, ours);
    expect(revisions.count).toBe(2);
    const { entries } = await (await history()).readAll();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ score: 80, level: 'high', time: 1, analysedAt: 5, excerpt: report.excerpt });
  });

  it('records in-page feedback in tab state and history, and the badge stops counting a dismissed reply', async () => {
    const { session, badges, handleContentMessage, history } = setup();
    await handleContentMessage(report, ours);
    const feedback = { type: 'feedback', site: 'chatgpt', conversationId: '1', replyKey: 'msg-1', verdict: 'not-sycophantic' };
    expect(await handleContentMessage(feedback, ours)).toEqual({ ok: true });
    expect((await readTabState(session, 7))?.feedback).toEqual({ 'msg-1': 'not-sycophantic' });
    expect(badges.get(7)).toBe('');
    const entry = await (await history()).get(entryIdOf('chatgpt', '1', 'msg-1'));
    expect(entry?.feedback).toBe('not-sycophantic');
  });

  it('still updates the badge when the history cannot be opened, and does not acknowledge the report', async () => {
    const { deps, badges, errors } = setup();
    const handlers = createBackgroundHandlers({ ...deps, history: () => Promise.reject(new Error('IndexedDB is broken')) });
    // Not acknowledged: the content script keeps it and sends it again later.
    expect(await handlers.onContentMessage(report, ours)).toMatchObject({ ok: false, retry: true });
    expect(badges.get(7)).toBe('1');
    expect(errors).toEqual(['could not record history']);
  });
});

describe('UI messages', () => {
  const page: MessageSender = { id: 'candor-id', url: 'chrome-extension://candor-id/popup.html' };
  const entryId = entryIdOf('chatgpt', '1', 'msg-1');

  it('records popup feedback in history and tab state, updates the badge and tells the tab', async () => {
    const { handlers, handleContentMessage, session, badges, history, notified } = setup();
    await handleContentMessage(report, ours);
    expect(await handlers.onUiMessage({ type: 'recordFeedback', entryId, tabId: 7, verdict: 'not-sycophantic' }, page)).toEqual({ ok: true });
    expect((await (await history()).get(entryId))?.feedback).toBe('not-sycophantic');
    expect((await readTabState(session, 7))?.feedback['msg-1']).toBe('not-sycophantic');
    expect(badges.get(7)).toBe('');
    expect(notified).toEqual([{ tab: 7, type: 'feedbackChanged', replyKey: 'msg-1', verdict: 'not-sycophantic' }]);
  });

  it('deletes entries and clears the history', async () => {
    const { handlers, handleContentMessage, history } = setup();
    await handleContentMessage(report, ours);
    await handleContentMessage({ ...report, replyKey: 'msg-2' }, ours);
    expect(await handlers.onUiMessage({ type: 'deleteHistory', entryIds: [entryId] }, page)).toEqual({ ok: true });
    expect(await (await history()).count()).toBe(1);
    expect(await handlers.onUiMessage({ type: 'clearHistory' }, page)).toEqual({ ok: true });
    expect(await (await history()).count()).toBe(0);
  });

  it('tells open history pages each change by delta: what was written, changed, deleted or cleared', async () => {
    const { handlers, handleContentMessage, revisions } = setup();
    const delta = (upserted: string[], deleted: string[], cleared = false) => ({ type: 'historyChanged', upserted, deleted, cleared });
    const second = entryIdOf('chatgpt', '1', 'msg-2');
    await handleContentMessage(report, ours);
    await handleContentMessage({ ...report, replyKey: 'msg-2' }, ours);
    await handlers.onUiMessage({ type: 'recordFeedback', entryId, verdict: 'confirmed' }, page);
    await handlers.onUiMessage({ type: 'deleteHistory', entryIds: [entryId, 'no-such-entry'] }, page);
    await handlers.onUiMessage({ type: 'clearHistory' }, page);
    expect(revisions.changes).toEqual([
      delta([entryId], []),
      delta([second], []),
      delta([entryId], []),
      delta([], [entryId]),
      delta([], [], true),
    ]);
  });

  it.each([
    ['a content script in a web page', { id: 'candor-id', tab: { id: 7 }, url: 'https://chatgpt.com/c/1' }, { type: 'clearHistory' }],
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/popup.html' }, { type: 'clearHistory' }],
    ['a malformed message', page, { type: 'clearHistory', everything: true }],
    ['an unknown type', page, { type: 'dropDatabase' }],
    ['a wrong verdict', page, { type: 'recordFeedback', entryId, verdict: 'maybe' }],
  ])('refuses %s and changes nothing', async (_what, sender, message) => {
    const { handlers, handleContentMessage, history } = setup();
    await handleContentMessage(report, ours);
    expect(await handlers.onUiMessage(message, sender)).toMatchObject({ ok: false });
    expect(await (await history()).count()).toBe(1);
  });
});

describe('parseContentMessage', () => {
  it('accepts every message type', () => {
    expect(parseContentMessage(report)).toEqual(report);
    expect(parseContentMessage({ type: 'feedback', site: 'claude', conversationId: null, replyKey: 'k', verdict: 'not-sycophantic' })).not.toBeNull();
  });
  it('survives values JSON cannot encode', () => {
    const cyclic: Record<string, unknown> = { type: 'pageStatus' };
    cyclic.self = cyclic;
    expect(parseContentMessage(cyclic)).toBeNull();
    expect(parseContentMessage({ type: 'pageStatus', n: 10n })).toBeNull();
  });
});

describe('sendWithRetry', () => {
  it('retries while the service worker starts, then succeeds', async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await sendWithRetry(send, report, 3, async () => undefined);
    expect(calls).toBe(3);
  });
  it('gives up at once when the extension context is gone', async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      throw new Error('Extension context invalidated.');
    };
    await expect(sendWithRetry(send, report, 3, async () => undefined)).rejects.toThrow('invalidated');
    expect(calls).toBe(1);
  });
});
