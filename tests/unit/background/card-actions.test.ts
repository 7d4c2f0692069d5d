/** The in-page card's actions in the background: rule switches, pauses, the interference notice, the shortcut. */
import { describe, expect, it, vi } from 'vitest';
import { applyCardMessage, interferenceKey, readInterference, withRuleEnabled } from '@/src/background/card-actions';
import { onCommand, OPEN_LATEST_FLAG_COMMAND } from '@/src/background/commands';
import { createBackgroundHandlers, type BackgroundDeps } from '@/src/background/handle-message';
import type { SessionArea } from '@/src/background/tab-state';
import { PAUSES_KEY, isPaused, readPauses, withPause, MAX_PAUSES } from '@/src/storage/conversation-pauses';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_KEY, type KeyValueArea, type Settings } from '@/src/storage/settings';
import { FROM_OUR_CONTENT_SCRIPT } from './sample-messages';

function memoryArea(initial: Record<string, unknown> = {}): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  const keysOf = (keys: string | string[]) => (Array.isArray(keys) ? keys : [keys]);
  return {
    data,
    get: async (keys) => Object.fromEntries(keysOf(keys).filter((key) => key in data).map((key) => [key, structuredClone(data[key])])),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (keys) => keysOf(keys).forEach((key) => delete data[key]),
  };
}

const withRules = (rules: Settings['engine']['rules']): Settings => ({ ...DEFAULT_SETTINGS, engine: { ...DEFAULT_SETTINGS.engine, rules } });

describe('withRuleEnabled', () => {
  it.each([
    ['off, no override before', {}, false, { r: { enabled: false } }],
    ['off, keeps the weight', { r: { weightFactor: 2 } }, false, { r: { weightFactor: 2, enabled: false } }],
    ['undo: the override goes when it only held the switch', { r: { enabled: false } }, true, {}],
    ['undo: the weight stays', { r: { enabled: false, weightFactor: 2 } }, true, { r: { weightFactor: 2 } }],
    ['other rules untouched', { other: { enabled: false } }, false, { other: { enabled: false }, r: { enabled: false } }],
  ])('%s', (_name, rules, enabled, expected) => {
    expect(withRuleEnabled(withRules(rules), 'r', enabled).engine.rules).toEqual(expected);
  });
});

describe('applyCardMessage', () => {
  const deps = (local: KeyValueArea, session = memoryArea()) => ({ local, session, now: () => 1_000 });

  it('switches a rule off in the saved settings and back on (undo)', async () => {
    const local = memoryArea();
    await applyCardMessage(deps(local), 7, { type: 'ruleSwitch', ruleId: 'praise-for-the-users-idea', enabled: false });
    expect((await loadSettings(local)).settings.engine.rules).toEqual({ 'praise-for-the-users-idea': { enabled: false } });
    await applyCardMessage(deps(local), 7, { type: 'ruleSwitch', ruleId: 'praise-for-the-users-idea', enabled: true });
    expect((await loadSettings(local)).settings.engine.rules).toEqual({});
  });

  it('never writes defaults over settings it cannot read', async () => {
    const local = memoryArea({ [SETTINGS_KEY]: 'corrupt' });
    await expect(applyCardMessage(deps(local), 7, { type: 'ruleSwitch', ruleId: 'r', enabled: false })).rejects.toThrow(/unreadable/u);
    expect(local.data[SETTINGS_KEY]).toBe('corrupt');
  });

  it('pauses a conversation (until resumed or for a time) and resumes it', async () => {
    const local = memoryArea();
    const pause = { type: 'conversationPause', site: 'chatgpt', conversationId: 'c1' } as const;
    await applyCardMessage(deps(local), 7, { ...pause, until: null, resume: false });
    expect(isPaused(await readPauses(local), 'chatgpt', 'c1', 5_000_000)).toBe(true);
    expect(isPaused(await readPauses(local), 'chatgpt', 'c2', 5_000_000)).toBe(false);
    await applyCardMessage(deps(local), 7, { ...pause, until: 3_600_000, resume: false });
    expect(isPaused(await readPauses(local), 'chatgpt', 'c1', 3_599_999)).toBe(true);
    expect(isPaused(await readPauses(local), 'chatgpt', 'c1', 3_600_000)).toBe(false);
    await applyCardMessage(deps(local), 7, { ...pause, until: null, resume: true });
    expect((await readPauses(local)).pauses).toEqual([]);
  });

  it('keeps the page-interference notice per tab', async () => {
    const session = memoryArea();
    await applyCardMessage(deps(memoryArea(), session), 7, { type: 'pageInterference', site: 'chatgpt', url: 'https://chatgpt.com/c/1', restored: 20, gaveUp: true });
    expect(await readInterference(session, 7)).toEqual({ url: 'https://chatgpt.com/c/1', restored: 20, gaveUp: true, at: 1_000 });
    expect(await readInterference(session, 8)).toBeNull();
  });
});

describe('conversation pauses', () => {
  it.each([
    ['a missing value', undefined],
    ['a corrupt value', { version: 1, pauses: [{ site: 'nowhere' }] }],
    ['a future version', { version: 9, pauses: [] }],
  ])('%s reads as nothing paused', async (_name, raw) => {
    expect((await readPauses(memoryArea(raw === undefined ? {} : { [PAUSES_KEY]: raw }))).pauses).toEqual([]);
  });

  it('drops expired pauses and keeps at most MAX_PAUSES', () => {
    let pauses = { version: 1 as const, pauses: [] as never[] } as ReturnType<typeof withPause>;
    for (let i = 0; i < MAX_PAUSES + 10; i += 1) pauses = withPause(pauses, { site: 'claude', conversationId: `c${i}`, until: null }, i);
    expect(pauses.pauses).toHaveLength(MAX_PAUSES);
    expect(isPaused(pauses, 'claude', 'c0', 0)).toBe(false);
    pauses = withPause(pauses, { site: 'claude', conversationId: 'short', until: 50 }, 10);
    pauses = withPause(pauses, { site: 'claude', conversationId: 'other', until: null }, 60);
    expect(pauses.pauses.some((p) => p.conversationId === 'short')).toBe(false);
  });
});

describe('the background routes card messages', () => {
  function handlers(local?: KeyValueArea) {
    const session = memoryArea();
    const errors: string[] = [];
    const deps: BackgroundDeps = {
      extensionId: 'candor-id',
      extensionOrigin: 'chrome-extension://candor-id/',
      session,
      history: () => Promise.reject(new Error('not used')),
      historySettings: async () => DEFAULT_SETTINGS.history,
      setBadge: async () => undefined,
      notifyTab: async () => undefined,
      onHistoryChanged: async () => undefined,
      now: () => 1_000,
      logError: (context) => void errors.push(context),
      ...(local ? { local } : {}),
    };
    return { ...createBackgroundHandlers(deps), session, errors };
  }

  it('applies a rule switch from our content script, refuses one from elsewhere or malformed', async () => {
    const local = memoryArea();
    const { onContentMessage } = handlers(local);
    const message = { type: 'ruleSwitch', ruleId: 'r', enabled: false };
    // Refused for good (retry: false): sending these again would change nothing.
    expect(await onContentMessage(message, { id: 'someone-else', tab: { id: 7 } })).toMatchObject({ ok: false, retry: false });
    expect(await onContentMessage({ ...message, enabled: 'no' }, FROM_OUR_CONTENT_SCRIPT)).toMatchObject({ ok: false, retry: false });
    expect(await onContentMessage({ ...message, ruleId: '' }, FROM_OUR_CONTENT_SCRIPT)).toMatchObject({ ok: false, retry: false });
    expect(local.data[SETTINGS_KEY]).toBeUndefined();
    expect(await onContentMessage(message, FROM_OUR_CONTENT_SCRIPT)).toEqual({ ok: true });
    expect((await loadSettings(local)).settings.engine.rules).toEqual({ r: { enabled: false } });
  });

  it('without storage for settings it refuses card messages instead of guessing', async () => {
    const { onContentMessage, session } = handlers();
    expect(await onContentMessage({ type: 'ruleSwitch', ruleId: 'r', enabled: false }, FROM_OUR_CONTENT_SCRIPT)).toMatchObject({
      ok: false,
      retry: false,
    });
    expect(session.data).toEqual({});
  });

  it('does not acknowledge a rule switch it could not save, so the content script sends it again', async () => {
    const local = memoryArea();
    const failing: SessionArea = { ...local, set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    const { onContentMessage, errors } = handlers(failing);
    expect(await onContentMessage({ type: 'ruleSwitch', ruleId: 'r', enabled: false }, FROM_OUR_CONTENT_SCRIPT)).toMatchObject({
      ok: false,
      retry: true,
    });
    expect(errors).toEqual(['could not apply ruleSwitch']);
  });

  it('forgets the page-interference notice with the rest of a closed tab', async () => {
    const { onContentMessage, onTabRemoved, session } = handlers(memoryArea());
    const notice = { type: 'pageInterference', site: 'claude', url: 'https://claude.ai/chat/1', restored: 20, gaveUp: true };
    expect(await onContentMessage(notice, FROM_OUR_CONTENT_SCRIPT)).toEqual({ ok: true });
    expect(Object.keys(session.data)).toContain(interferenceKey(7));
    await onTabRemoved(7);
    expect(Object.keys(session.data)).not.toContain(interferenceKey(7));
  });
});

describe('keyboard shortcut', () => {
  it('asks the active tab to open its latest flag; ignores other commands and tabs without Candor', async () => {
    const sendToTab = vi.fn(async () => undefined);
    await onCommand({ activeTabId: async () => 3, sendToTab }, OPEN_LATEST_FLAG_COMMAND);
    await onCommand({ activeTabId: async () => 3, sendToTab }, 'something-else');
    await onCommand({ activeTabId: async () => null, sendToTab }, OPEN_LATEST_FLAG_COMMAND);
    expect(sendToTab.mock.calls).toEqual([[3, { type: 'openLatestFlag' }]]);
    const failing = vi.fn(async () => Promise.reject(new Error('Receiving end does not exist')));
    await expect(onCommand({ activeTabId: async () => 4, sendToTab: failing }, OPEN_LATEST_FLAG_COMMAND)).resolves.toBeUndefined();
  });
});
