// @vitest-environment happy-dom
// @vitest-environment-options {"url":"https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777","settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
/**
 * The host page never suffers from an extension update: the real content-script entry
 * point on the ChatGPT fixture, started as the build starts it (the overlay's script and
 * the site's, WXT's context inert; each copy announces itself on the document as it
 * starts, in the task after its evaluation).
 *
 * - An update leaves the old copy orphaned (runtime.id gone) in open tabs, and the browser
 *   may inject the new version beside it: the old one must take its flags away before the
 *   new one draws, so each reply has one flag.
 * - With no new copy, the orphaned one notices at its next timer.
 * - The page cannot stop a live copy by forging the announcement (script-lifetime.ts).
 * - Once invalidated, nothing is left in the page and nothing runs: no flag, highlight,
 *   style, timer, observer or listener; mutations, settings changes and navigation cause
 *   no work (no storage read, no message, no DOM change).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import contentScript from '@/entrypoints/chatgpt.content';
import { orphanEveryCopy, startCopy } from './orphan-copies';
import { announceScriptStarted, scriptStartedEventType } from '@/src/content/script-lifetime';
import { createJudge } from '@/src/background/judge-reply';
import { bundledRules } from '@/src/engine/bundled-rules';
import { DEFAULT_ENGINE_SETTINGS } from '@/src/engine/settings';
import { parseContentMessage } from '@/src/messaging/protocol';
import { SETTINGS_KEY } from '@/src/storage/settings';
import { readFixture } from '../../fixtures/read-fixture';
import type { FixtureHarness } from '../sites/load-fixture';

/** The CSS Custom Highlight API, which happy-dom lacks: a registry of named range sets. */
class FakeHighlight extends Set<AbstractRange> {}
let highlights: Map<string, FakeHighlight>;

/** Every MutationObserver the page script creates, and whether it was disconnected. */
let observers: { disconnected: boolean }[];

let sent: unknown[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  highlights = new Map();
  vi.stubGlobal('CSS', { highlights, supports: () => false, escape: (s: string) => s });
  vi.stubGlobal('Highlight', FakeHighlight);
  observers = [];
  const NativeObserver = window.MutationObserver;
  vi.stubGlobal(
    'MutationObserver',
    class extends NativeObserver {
      private readonly record = { disconnected: false };
      constructor(callback: MutationCallback) {
        super(callback);
        observers.push(this.record);
      }
      override disconnect(): void {
        this.record.disconnected = true;
        super.disconnect();
      }
    },
  );
  document.write(readFixture('chatgpt/current.html'));
  sent = [];
  // The background's side: a reply sent for analysis is judged as the real background judges it.
  const judge = createJudge(bundledRules, () => Promise.resolve(DEFAULT_ENGINE_SETTINGS));
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    sent.push(message);
    const parsed = parseContentMessage(message);
    return parsed?.type === 'analyseReply' ? (await judge(parsed)).answer : { ok: true };
  });
});

afterEach(() => {
  orphanEveryCopy();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const harness = () => (window as unknown as { __fixture: FixtureHarness }).__fixture;
const flags = () => [...document.querySelectorAll('candor-flag')];
/** Style elements holding ::highlight() rules (ours carry no id or name to find them by). */
const highlightStyles = () => [...document.querySelectorAll('style')].filter((style) => style.textContent?.includes('::highlight('));

/** Start one instance of the content script, as the browser would, and let it settle. */
async function startContentScript(): Promise<void> {
  await startCopy(contentScript);
  await vi.advanceTimersByTimeAsync(5_000);
}

async function streamReply(text: string): Promise<void> {
  harness().appendUserTurn('What do you think of my plan?');
  harness().startAssistantTurn();
  harness().appendChunk(text);
  harness().finishAssistantTurn();
  await vi.advanceTimersByTimeAsync(5_000);
}

/** Each reply turn holds exactly one flag. */
function expectOneFlagPerReply(): void {
  const counts = [...document.querySelectorAll('[data-message-author-role="assistant"]')]
    .map((message) => message.closest('section'))
    .filter((turn, i, all) => turn !== null && all.indexOf(turn) === i)
    .map((turn) => turn?.querySelectorAll('candor-flag').length);
  expect(counts.length).toBeGreaterThanOrEqual(3);
  expect(counts.every((n) => n === 1), String(counts)).toBe(true);
}

/** What an invalidated script must have left: nothing of its own, nothing running. */
function expectNothingLeft(): void {
  expect(flags()).toEqual([]);
  expect([...highlights.values()].every((h) => h.size === 0)).toBe(true);
  expect(highlightStyles()).toHaveLength(0);
  expect(vi.getTimerCount()).toBe(0);
  expect(observers.every((o) => o.disconnected)).toBe(true);
  // hasListeners() exists on the fake browser's events, though its types only declare hasListener(fn).
  expect((fakeBrowser.storage.onChanged as unknown as { hasListeners(): boolean }).hasListeners()).toBe(false);
}

/** Everything that would wake a live script; a dead one must not react at all. */
async function expectNoWork(): Promise<void> {
  const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
  const messagesBefore = sent.length;
  await streamReply('What a brilliant plan! Go for it, quit tomorrow.');
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, engine: { sensitivity: 'strict' } } });
  window.dispatchEvent(new PopStateEvent('popstate'));
  await vi.advanceTimersByTimeAsync(10_000);
  expect(reads).toHaveBeenCalledTimes(0);
  expect(sent).toHaveLength(messagesBefore);
  expectNothingLeft();
}

describe('the content script across an extension update', () => {
  it('a new copy starting makes the orphaned old one remove its flags before it draws; one flag per reply', async () => {
    await startContentScript();
    expect(flags().length).toBeGreaterThanOrEqual(3);
    expect(highlights.size).toBeGreaterThan(0);
    // Held by reference: the host carries no attributes (the mark guard would strip any).
    const old = flags();

    // The new version starts in the same page. The old copy, hearing it, checks its
    // extension: orphaned, as an update leaves it (the new copy reads its live id first, to
    // name its announcement; the one read the announcement causes is the old copy's).
    const liveId = fakeBrowser.runtime.id;
    let reads = 0;
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockImplementation(() => (reads++ === 1 ? (undefined as unknown as string) : liveId));
    await startContentScript();
    expect(reads).toBeGreaterThan(1);
    expect(old.filter((flag) => flag.isConnected)).toHaveLength(0);
    expectOneFlagPerReply();

    await streamReply("What a brilliant plan! You're clearly a visionary. Go for it.");
    expectOneFlagPerReply();
    expect(highlightStyles()).toHaveLength(1);
  });

  it('Chrome: an orphaned script notices on its next timer and cleans up', async () => {
    await startContentScript();
    expect(flags().length).toBeGreaterThanOrEqual(3);
    // What Chrome does to the old script when the extension reloads.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    harness().appendUserTurn('Still there?');
    await vi.advanceTimersByTimeAsync(5_000);
    expectNothingLeft();
    await expectNoWork();
  });

  it('after invalidation nothing is left and nothing runs', async () => {
    await startContentScript();
    expect(flags().length).toBeGreaterThanOrEqual(3);
    expect(observers.length).toBeGreaterThan(0);
    const type = scriptStartedEventType(fakeBrowser.runtime.id, import.meta.env.ENTRYPOINT);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    announceScriptStarted(document, type); // a newer copy announcing itself
    expectNothingLeft();
    await expectNoWork();
  });

  it('a forged announcement from the page stops nothing: flags stay and new replies are judged', async () => {
    await startContentScript();
    const before = flags();
    expect(before.length).toBeGreaterThanOrEqual(3);
    // What a page script can send: WXT's event, named from the extension's public id.
    const type = scriptStartedEventType(fakeBrowser.runtime.id, import.meta.env.ENTRYPOINT);
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(before.every((flag) => flag.isConnected)).toBe(true);
    await streamReply("What a brilliant plan! You're clearly a visionary. Go for it.");
    expect(flags().length).toBe(before.length + 1);
    expectOneFlagPerReply();
  });

  it('starts in the task after its evaluation, and a script orphaned before then never starts', async () => {
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const ids = vi.spyOn(fakeBrowser.runtime, 'id', 'get');
    await startCopy(contentScript);
    // The evaluating tasks did nothing beyond scheduling the start (issue #13.3: one task per
    // frame), not even a read of the extension's id (the first sets up its API in the page).
    expect(reads).toHaveBeenCalledTimes(0);
    expect(ids).not.toHaveBeenCalled();
    expect(observers).toHaveLength(0);
    ids.mockReturnValue(undefined as unknown as string);
    await expectNoWork();
    expect(observers).toHaveLength(0);
  });
});
