// @vitest-environment happy-dom
// @vitest-environment-options {"url":"https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777","settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
/**
 * The page never runs the engine (issue #13.3): the real content-script entry point on
 * the ChatGPT fixture sends each finished reply to the background and draws the verdict
 * the background answers. A settings change sends the shown replies again and their
 * marks follow the new verdicts; an answer the page cannot use draws nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import contentScript from '@/entrypoints/chatgpt.content';
import { orphanEveryCopy, startCopy } from './orphan-copies';
import { createJudge } from '@/src/background/judge-reply';
import { shadowOf } from '@/src/content/overlay/flag-element';
import { bundledRules } from '@/src/engine/bundled-rules';
import { parseContentMessage, type AnalyseReply } from '@/src/messaging/protocol';
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadSettings, type Settings } from '@/src/storage/settings';
import { readFixture } from '../../fixtures/read-fixture';

class FakeHighlight extends Set<AbstractRange> {}

let received: AnalyseReply[];
/** What the fake background answers; by default, what the real one would. */
let answer: (message: AnalyseReply) => Promise<unknown>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.stubGlobal('CSS', { highlights: new Map(), supports: () => false, escape: (s: string) => s });
  vi.stubGlobal('Highlight', FakeHighlight);
  document.write(readFixture('chatgpt/current.html'));
  received = [];
  const judge = createJudge(bundledRules, async () => (await loadSettings(fakeBrowser.storage.local)).settings.engine);
  fakeBrowser.storage.onChanged.addListener(() => judge.forgetSettings());
  answer = async (message) => (await judge(message)).answer;
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseContentMessage(raw);
    if (message?.type !== 'analyseReply') return Promise.resolve({ ok: true });
    received.push(message);
    return answer(message);
  });
});

afterEach(() => {
  orphanEveryCopy();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  fakeBrowser.reset();
});

const levels = () =>
  [...document.querySelectorAll('candor-flag')].map((host) => shadowOf(host as HTMLElement)?.querySelector('[data-level]')?.getAttribute('data-level'));

async function start(): Promise<void> {
  await startCopy(contentScript);
  await vi.advanceTimersByTimeAsync(5_000);
}

describe('replies judged in the background', () => {
  it('sends each finished reply with its context, and draws the verdict it gets back', async () => {
    await start();
    expect(received.length).toBeGreaterThanOrEqual(3);
    for (const message of received) {
      expect(message.reply.length).toBeGreaterThan(0);
      expect(message.user?.length ?? 0).toBeGreaterThan(0);
    }
    expect(new Set(received.map((m) => m.replyKey)).size).toBe(received.length);
    expect(levels()).toHaveLength(received.length);
    expect(levels().some((level) => level !== 'none')).toBe(true);
  });

  it('a settings change sends the shown replies again, and the marks follow the new verdicts', async () => {
    await start();
    const first = received.length;
    expect(levels().some((level) => level !== 'none')).toBe(true);
    // Every rule switched off: nothing can be flagged any more.
    const rules = Object.fromEntries(bundledRules().rules.map((rule) => [rule.id, { enabled: false }]));
    const settings: Settings = { ...DEFAULT_SETTINGS, engine: { ...DEFAULT_SETTINGS.engine, rules } };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(received.length).toBe(2 * first);
    expect(levels()).toHaveLength(first);
    expect(levels().every((level) => level === 'none')).toBe(true);
  });

  it('draws the verdict of a reply on screen at once, and those off screen together a moment later', async () => {
    // The newest reply is on screen; happy-dom's own IntersectionObserver never reports anything.
    const replies = [...document.querySelectorAll('[data-message-author-role="assistant"]')];
    const newest = replies.at(-1);
    class FakeIntersectionObserver {
      constructor(private readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {}
      observe(target: Element): void {
        void Promise.resolve().then(() => this.callback([{ target, isIntersecting: target.contains(newest ?? null) }]));
      }
      unobserve(): void {}
      disconnect(): void {}
    }
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
    // When each answer left the background, and when each mark went into the page (fake clock).
    const answeredAt: number[] = [];
    const drawnAt: { at: number; onScreen: boolean }[] = [];
    const judgeFor = answer;
    answer = async (message) => {
      const result = await judgeFor(message);
      answeredAt.push(Date.now());
      return result;
    };
    const marks = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if ((node as Element).tagName?.toLowerCase() === 'candor-flag') drawnAt.push({ at: Date.now(), onScreen: node.parentElement?.closest('[data-message-author-role]')?.contains(newest ?? null) ?? false });
    });
    marks.observe(document.body, { childList: true, subtree: true });
    await start();
    await vi.advanceTimersByTimeAsync(5_000);
    marks.disconnect();

    // Every reply still gets its mark, once.
    expect(received.length).toBeGreaterThanOrEqual(3);
    expect(levels()).toHaveLength(received.length);
    expect(drawnAt).toHaveLength(received.length);
    const onScreen = drawnAt.filter((d) => d.onScreen);
    const offScreen = drawnAt.filter((d) => !d.onScreen);
    expect(onScreen).toHaveLength(1);
    expect(offScreen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(answeredAt).size).toBeGreaterThan(1);
    // The one on screen is drawn as its answer comes; the others wait for the batch.
    expect(answeredAt).toContain(onScreen[0]?.at);
    for (const { at } of offScreen) expect(at).toBeGreaterThanOrEqual(Math.min(...answeredAt) + 250);
    // Off-screen marks that were waiting together went in together.
    expect(new Set(offScreen.map((d) => d.at)).size).toBeLessThan(offScreen.length);
  });

  it.each([
    ['a plain acknowledgement', { ok: true }],
    ['a span past the end of the reply', { ok: true, analysis: { score: 90, level: 'high', flags: [{ ruleId: 'x', category: 'flattery', severity: 3, spans: [{ start: 0, end: 10_000_000 }], explanation: 'x', advice: 'x', sources: [] }] } }],
  ])('draws nothing for %s', async (_what, response) => {
    answer = () => Promise.resolve(response);
    await start();
    expect(received.length).toBeGreaterThanOrEqual(3);
    expect(document.querySelectorAll('candor-flag')).toHaveLength(0);
  });
});
