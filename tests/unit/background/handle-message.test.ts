/** The background accepts only well-formed messages from our own content scripts. */
import { describe, expect, it } from 'vitest';
import { handleContentMessage, type BackgroundDeps } from '@/src/background/handle-message';
import { readTabState } from '@/src/background/tab-state';
import { parseContentMessage, type AnalysisReport } from '@/src/messaging/protocol';
import { sendWithRetry } from '@/src/messaging/send';
import type { KeyValueArea } from '@/src/storage/settings';

function setup() {
  const data: Record<string, unknown> = {};
  const session: KeyValueArea = {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
  const badges = new Map<number, string>();
  const deps: BackgroundDeps = { extensionId: 'candor-id', session, setBadge: async (tab, text) => void badges.set(tab, text) };
  return { data, session, badges, deps };
}

const report: AnalysisReport = {
  type: 'analysisReport',
  site: 'chatgpt',
  url: 'https://chatgpt.com/c/1',
  conversationId: '1',
  replyKey: 'msg-1',
  score: 62,
  level: 'medium',
  categories: ['flattery'],
  ruleIds: ['praise-for-the-users-idea'],
  excerpt: 'What a brilliant insight!',
  flaggedText: ['What a brilliant insight'],
  analysedAt: 1,
};
const ours = { id: 'candor-id', tab: { id: 7 } };

describe('handleContentMessage', () => {
  it('records a report and sets the badge to the number of flagged replies', async () => {
    const { deps, session, badges } = setup();
    expect(await handleContentMessage(report, ours, deps)).toBe(true);
    expect(await handleContentMessage({ ...report, replyKey: 'msg-2', level: 'none', score: 0, categories: [] }, ours, deps)).toBe(true);
    expect(badges.get(7)).toBe('1');
    // Reported again (settings changed): counted once.
    await handleContentMessage({ ...report, score: 70 }, ours, deps);
    expect(badges.get(7)).toBe('1');
    expect(Object.keys((await readTabState(session, 7))?.replies ?? {})).toEqual(['msg-1', 'msg-2']);
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
    const { deps, data, badges } = setup();
    expect(await handleContentMessage(message, sender, deps)).toBe(false);
    expect(data).toEqual({});
    expect(badges.size).toBe(0);
  });

  it('resets a tab when it moves to another page', async () => {
    const { deps, session } = setup();
    await handleContentMessage(report, ours, deps);
    await handleContentMessage({ type: 'pageStatus', site: 'chatgpt', url: 'https://chatgpt.com/c/2', status: 'unreadable' }, ours, deps);
    expect(await readTabState(session, 7)).toMatchObject({ status: 'unreadable', replies: {} });
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
