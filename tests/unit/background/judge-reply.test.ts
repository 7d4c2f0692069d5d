/**
 * The engine runs in the background: a reply sent for analysis (`analyseReply`) is
 * judged with the person's settings, stored like a report, and answered with the verdict
 * only once stored; resends are idempotent; anything malformed is refused unread.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps } from '@/src/background/handle-message';
import { createJudge } from '@/src/background/judge-reply';
import { readTabState } from '@/src/background/tab-state';
import { analyze } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from '@/src/engine/settings';
import { entryIdOf } from '@/src/history/entry';
import { HistoryStore } from '@/src/history/store';
import { readAnalysisAnswer } from '@/src/messaging/analysis-answer';
import { MAX_ANALYSED_REPLY_CHARS, type AnalyseReply } from '@/src/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/src/storage/settings';
import { memorySession } from './memory-session';
import { FROM_OUR_CONTENT_SCRIPT as ours } from './sample-messages';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const FLATTERING = "What a brilliant plan! You're clearly a visionary, and honestly it's genius. Go for it.";

const request: AnalyseReply = {
  type: 'analyseReply',
  site: 'chatgpt',
  url: 'https://chatgpt.com/c/1',
  conversationId: '1',
  replyKey: 'msg-1',
  reply: FLATTERING,
  user: 'I am going to quit my job tomorrow to sell ice to penguins. Thoughts?',
  history: [],
  analysedAt: 5,
};

function setup(settings: () => Promise<EngineSettings> = () => Promise.resolve(DEFAULT_ENGINE_SETTINGS)) {
  const session = memorySession();
  const badges = new Map<number, string>();
  const errors: string[] = [];
  let store: Promise<HistoryStore> | null = null;
  const history = () => (store ??= HistoryStore.open());
  let settingsReads = 0;
  const judge = createJudge(bundledRules, () => {
    settingsReads++;
    return settings();
  });
  const deps: BackgroundDeps = {
    extensionId: 'candor-id',
    extensionOrigin: 'chrome-extension://candor-id/',
    session,
    history,
    historySettings: async () => DEFAULT_SETTINGS.history,
    setBadge: async (tab, text) => void badges.set(tab, text),
    notifyTab: async () => undefined,
    onHistoryChanged: async () => undefined,
    now: () => 1_000,
    logError: (context) => void errors.push(context),
    judge,
  };
  const handlers = createBackgroundHandlers(deps);
  return { session, badges, errors, history, handlers, deps, judge, settingsReads: () => settingsReads };
}

describe('analyseReply in the background', () => {
  it('answers with the same analysis the engine gives, after storing the report', async () => {
    const { handlers, history, badges, session } = setup();
    const answer = await handlers.onContentMessage(request, ours);
    const expected = analyze({ reply: request.reply, user: request.user, history: [] }, bundledRules(), DEFAULT_ENGINE_SETTINGS);
    expect(expected.level).not.toBe('none');
    expect(answer).toMatchObject({ ok: true, analysis: expected });
    // Stored before the answer: the history entry and the tab's count are there.
    const entry = await (await history()).get(entryIdOf('chatgpt', '1', 'msg-1'));
    expect(entry?.level).toBe(expected.level);
    expect(entry?.excerpt).toBe(FLATTERING);
    expect(badges.get(7)).toBe('1');
    expect((await readTabState(session, 7))?.checked).toBe(1);
    // The card's example pair for each flagged rule that has one.
    const examples = (answer as { examples: { ruleId: string }[] }).examples;
    expect(examples.length).toBeGreaterThan(0);
    for (const pair of examples) expect(expected.flags.map((f) => f.ruleId)).toContain(pair.ruleId);
    // And the content script's own check accepts it.
    expect(readAnalysisAnswer(answer, request.reply.length)?.analysis).toEqual(expected);
  });

  it('a resend (worker restarted before the answer arrived) stores nothing twice', async () => {
    const { handlers, history, badges } = setup();
    const first = await handlers.onContentMessage(request, ours);
    const again = await handlers.onContentMessage(request, ours);
    expect(again).toEqual(first);
    expect(await (await history()).count()).toBe(1);
    expect(badges.get(7)).toBe('1');
  });

  it('judges with the settings it is given, read once until they change', async () => {
    let current: EngineSettings = DEFAULT_ENGINE_SETTINGS;
    const { handlers, judge, settingsReads } = setup(() => Promise.resolve(current));
    const before = (await handlers.onContentMessage(request, ours)) as { analysis: { flags: { ruleId: string }[] } };
    await handlers.onContentMessage({ ...request, replyKey: 'msg-2' }, ours);
    expect(settingsReads()).toBe(1);
    // Every rule that fired is switched off, and the new settings are read once. A rule that
    // reads what a reply leaves out stays quiet beside a worded rule of its category and
    // speaks once that one is off (analyze.ts, besideWordedRules): it is switched off in
    // turn, until the same reply is no longer flagged.
    const rules: Record<string, { enabled: boolean }> = {};
    let flags = before.analysis.flags;
    let reads = 1;
    while (flags.length > 0 && reads < 5) {
      for (const flag of flags) rules[flag.ruleId] = { enabled: false };
      current = { ...DEFAULT_ENGINE_SETTINGS, rules: { ...rules } };
      judge.forgetSettings();
      const after = (await handlers.onContentMessage(request, ours)) as { analysis: { level: string; flags: { ruleId: string }[] } };
      reads += 1;
      expect(settingsReads()).toBe(reads);
      flags = after.analysis.flags;
    }
    expect(await handlers.onContentMessage(request, ours)).toMatchObject({ ok: true, analysis: { level: 'none', flags: [] } });
    expect(settingsReads()).toBe(reads);
  });

  it('a failure to read settings is not acknowledged, so the page sends the reply again', async () => {
    const { handlers, history, errors } = setup(() => Promise.reject(new Error('storage unavailable')));
    expect(await handlers.onContentMessage(request, ours)).toMatchObject({ ok: false, retry: true });
    expect(errors).toContain('could not judge a reply');
    expect(await (await history()).count()).toBe(0);
  });

  it('a 300,000-character reply is accepted; one character more is refused', async () => {
    const { handlers } = setup();
    const long = `${FLATTERING} `.repeat(Math.ceil(MAX_ANALYSED_REPLY_CHARS / (FLATTERING.length + 1))).slice(0, MAX_ANALYSED_REPLY_CHARS);
    expect(await handlers.onContentMessage({ ...request, reply: long }, ours)).toMatchObject({ ok: true });
    expect(await handlers.onContentMessage({ ...request, reply: `${long}x` }, ours)).toMatchObject({ ok: false, retry: false });
  });

  it.each([
    ['an extra key', { ...request, extra: 1 }],
    ['a history turn with an unknown role', { ...request, history: [{ role: 'system', text: 'x' }] }],
    ['thirteen history turns', { ...request, history: Array.from({ length: 13 }, () => ({ role: 'user', text: 'x' })) }],
    ['a history turn of 8,001 characters', { ...request, history: [{ role: 'user', text: 'x'.repeat(8001) }] }],
    ['a reply that is not text', { ...request, reply: 42 }],
    ['an unknown site', { ...request, site: 'myspace' }],
  ])('refuses %s and stores nothing', async (_what, message) => {
    const { handlers, history, session } = setup();
    expect(await handlers.onContentMessage(message, ours)).toMatchObject({ ok: false, retry: false });
    expect(await (await history()).count()).toBe(0);
    expect(session.data).toEqual({});
  });

  it('is refused by a background without a judge', async () => {
    const { deps } = setup();
    const handlers = createBackgroundHandlers({ ...deps, judge: undefined });
    expect(await handlers.onContentMessage(request, ours)).toMatchObject({ ok: false, retry: false });
  });
});
