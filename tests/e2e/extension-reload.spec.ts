/**
 * The host page never suffers when Candor is reloaded or updated under an open chat. In
 * Chromium the old content script is orphaned (Chrome injects no new one into open tabs):
 * it must take its flags, highlights and styles away, raise no error in the page, and
 * then do no work at all: measured by V8's own call counters for its script, which must
 * stay at zero while replies stream in and time passes. A reload of the page brings
 * Candor back with one flag per reply.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, serveAt, test } from './fixtures';
import { readFixture } from '../fixtures/read-fixture.ts';

declare const chrome: {
  runtime: { reload(): void };
  developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void };
};

type Harness = { appendUserTurn(t: string): void; startAssistantTurn(): void; appendChunk(t: string): void; finishAssistantTurn(): void };

const URL_OF_CHAT = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';

async function streamReply(page: Page, text: string): Promise<void> {
  await page.evaluate((reply) => {
    const harness = (window as unknown as { __fixture: Harness }).__fixture;
    harness.appendUserTurn('What do you think of my plan?');
    harness.startAssistantTurn();
    harness.appendChunk(reply);
    harness.finishAssistantTurn();
  }, text);
}

/** Function calls per content script since the last call (V8 precise coverage resets on each take). */
async function contentScriptCalls(cdp: CDPSession): Promise<Map<string, number>> {
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  const calls = new Map<string, number>();
  for (const script of result) {
    if (!/^chrome-extension:\/\/[a-p]{32}\/content-scripts\//.test(script.url)) continue;
    calls.set(script.scriptId, script.functions.reduce((sum, fn) => sum + (fn.ranges[0]?.count ?? 0), 0));
  }
  return calls;
}

/** Each assistant turn holds exactly one flag. */
async function flagsPerReply(page: Page): Promise<number[]> {
  return page.locator('section[data-turn="assistant"]:has([data-message-author-role="assistant"])').evaluateAll((turns) => turns.map((turn) => turn.querySelectorAll('candor-flag').length));
}

const candorLeftovers = (page: Page) =>
  page.evaluate(() => ({
    flags: document.querySelectorAll('candor-flag').length,
    // Candor's style and highlight names are random and say nothing about Candor; the
    // fixture page has none of its own, so any left is Candor's.
    styles: [...document.querySelectorAll('style')].filter((style) => style.textContent?.includes('::highlight(')).length,
    highlightedRanges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
  }));

test('reloading the extension under an open chat leaves nothing behind and no work running', async ({ context, serviceWorker, pageErrors }) => {
  // Chromium reloads an unpacked extension only in developer mode; otherwise it disables
  // it ("unsupported developer extension") instead of starting the new version.
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(() => new Promise<void>((done) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done)));
  await settings.close();

  await serveAt(context, 'https://chatgpt.com/**', readFixture('chatgpt/current.html'));
  const page = await context.newPage();
  await page.goto(URL_OF_CHAT);
  const flags = page.locator('candor-flag');
  await expect.poll(() => flags.count()).toBeGreaterThanOrEqual(2);
  const initial = await flags.count();

  // Control: the call counters see the live content script at work on a new reply.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await streamReply(page, "What a brilliant plan! You're clearly a visionary. Go for it.");
  await expect.poll(() => flags.count(), { timeout: 15_000 }).toBe(initial + 1);
  const whileLive = await contentScriptCalls(cdp);
  expect([...whileLive.values()].some((calls) => calls > 0)).toBe(true);
  const oldScripts = [...whileLive.keys()];

  const restarted = context.waitForEvent('serviceworker', { predicate: (w) => w !== serviceWorker, timeout: 15_000 });
  // The worker stops as it runs this, so the evaluation itself may report a closed target.
  await serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await restarted;

  // The orphaned script cleans up (a DOM change wakes it if nothing else has).
  await page.evaluate(() => (window as unknown as { __fixture: Harness }).__fixture.appendUserTurn('Still there?'));
  await expect.poll(() => candorLeftovers(page)).toEqual({ flags: 0, styles: 0, highlightedRanges: 0 });

  // From now on the old script must not run at all: replies stream, time passes.
  await contentScriptCalls(cdp);
  await streamReply(page, 'What a brilliant plan! Go for it, quit tomorrow.');
  await streamReply(page, "You're absolutely right, I apologize.");
  await page.waitForTimeout(3_000); // several times the watcher's debounce and settle delays
  const afterReload = await contentScriptCalls(cdp);
  expect(oldScripts.map((id) => afterReload.get(id) ?? 0)).toEqual(oldScripts.map(() => 0));
  expect(await candorLeftovers(page)).toEqual({ flags: 0, styles: 0, highlightedRanges: 0 });

  // Reloading the page starts the new version: one flag per reply, also for a new one.
  await page.reload();
  await expect.poll(() => flags.count(), { timeout: 15_000 }).toBe(initial);
  await streamReply(page, "What a brilliant plan! You're clearly a visionary. Go for it.");
  await expect.poll(() => flags.count(), { timeout: 15_000 }).toBe(initial + 1);
  expect(new Set(await flagsPerReply(page))).toEqual(new Set([1]));
  expect(pageErrors).toEqual([]);
});
