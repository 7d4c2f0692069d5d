/**
 * Issue #11.3 and #11.4 in Chromium with the built extension: a page flooding replies
 * cannot starve another tab, and a service worker stopped again and again during a burst
 * loses no reply and records none twice. Checked on the extension side (storage.session
 * and the history in IndexedDB), not in the page.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, serveAt, test } from './fixtures';
import { flagsOnPage } from './flags';
import { readFixture } from '../fixtures/read-fixture.ts';

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

const CHAT_URL = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';
const CLAUDE_URL = 'https://claude.ai/chat/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b';

type Harness = { appendUserTurn(t: string): void; startAssistantTurn(): void; appendChunk(t: string): void; finishAssistantTurn(): void };

const FLATTERY = "You're absolutely right, what a brilliant idea! Your plan is genius and you should go for it right away.";
const PLAIN = 'The capital of France is Paris. It has been the capital for most of the last thousand years.';

/** Append finished replies to a fixture chat, in the page (no round trip per reply). */
async function appendReplies(page: Page, from: number, count: number, padding = 0): Promise<void> {
  await page.evaluate(
    ({ from, count, flattery, plain, padding }) => {
      const h = (window as unknown as { __fixture: Harness }).__fixture;
      for (let i = from; i < from + count; i++) {
        h.appendUserTurn(`Question ${i}: what do you think of my plan?`);
        h.startAssistantTurn();
        // Odd replies flatter, even ones are plain; each one's text is unique.
        h.appendChunk(`${i % 2 ? flattery : plain} (${i}) ${'More words here. '.repeat(padding)}`);
        h.finishAssistantTurn();
      }
    },
    { from, count, flattery: FLATTERY, plain: PLAIN, padding },
  );
}

interface TabSummary {
  tabId: number;
  indexed: number;
  /** Indexed plus those counted after falling out of the index (the per-tab cap). */
  checked: number;
  flagged: number;
}

/** Per tab at `url`: replies indexed and flagged, from the background's storage.session. */
async function tabSummary(worker: Worker, url: string): Promise<TabSummary | null> {
  return worker.evaluate(async (wanted) => {
    const all = await chrome.storage.session.get(null);
    for (const [key, value] of Object.entries(all)) {
      const state = value as { url?: string; index?: Record<string, { level: string }>; earlierChecked?: number };
      if (!/^tab:\d+$/u.test(key) || state.url !== wanted || !state.index) continue;
      const summaries = Object.values(state.index);
      return {
        tabId: Number(key.slice(4)),
        indexed: summaries.length,
        checked: summaries.length + (state.earlierChecked ?? 0),
        flagged: summaries.filter((s) => s.level !== 'none').length,
      };
    }
    return null;
  }, url);
}

async function sessionBytes(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return Object.entries(all).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
  });
}

/** The history as IndexedDB holds it: each entry's reply key, and the replies only counted. */
async function historyKeys(extensionPage: Page): Promise<{ entries: string[]; counted: string[] }> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('candor-history');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const replyKeyOf = (id: string) => (JSON.parse(id) as string[])[2] as string;
    const entries = (await all('entries')).map((e) => (e as { replyKey: string }).replyKey);
    const counted = (await all('unflagged')).map((m) => replyKeyOf((m as { id: string }).id));
    db.close();
    return { entries, counted };
  });
}

test('a worker stopped at least 8 times during a burst of 60 replies: every reply in the history exactly once', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  await serveAt(context, 'https://chatgpt.com/**', readFixture('chatgpt/current.html'));
  const chat = await context.newPage();
  await chat.goto(CHAT_URL);
  await expect.poll(async () => (await flagsOnPage(chat)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await expect.poll(async () => (await tabSummary(serviceWorker, CHAT_URL))?.indexed ?? 0, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  const before = (await tabSummary(serviceWorker, CHAT_URL)) as TabSummary;

  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/options.html#history`);
  const cdp = await context.newCDPSession(history);
  let stopped = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped')) stopped++;
  });
  await cdp.send('ServiceWorker.enable');

  // 60 replies in six batches, 400 ms apart, while the worker is stopped every 300 ms from
  // the moment the first reports are on their way (about a second after a reply settles).
  const burst = (async () => {
    for (let batch = 0; batch < 6; batch++) {
      await appendReplies(chat, batch * 10, 10);
      await chat.waitForTimeout(400);
    }
  })();
  const stopper = (async () => {
    await chat.waitForTimeout(1_000);
    // 14 stops, and more (up to 30) while fewer than 8 hit a running worker: on a loaded
    // machine the worker can take longer than 300 ms to come back, and a stop that finds
    // it stopped does not count.
    for (let i = 0; i < 14 || (stopped < 8 && i < 30); i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await chat.waitForTimeout(300);
    }
  })();
  await Promise.all([burst, stopper]);
  // A stop while the worker is already stopped reports nothing: count the ones that hit a running worker.
  await expect.poll(() => stopped).toBeGreaterThanOrEqual(8);
  console.log(`[faults] service worker stopped ${stopped} times during the burst`);

  const total = before.indexed + 60;
  await expect
    .poll(
      async () => {
        const { entries, counted } = await historyKeys(history);
        return entries.length + counted.length;
      },
      { timeout: 120_000, intervals: [1_000] },
    )
    .toBe(total);
  const { entries, counted } = await historyKeys(history);
  // Exactly once: no reply both stored and counted, and no key twice.
  expect(new Set([...entries, ...counted]).size).toBe(total);
  expect(entries.length).toBe(before.flagged + 30);
  await expect.poll(async () => (await tabSummary(serviceWorker, CHAT_URL))?.indexed).toBe(total);
  expect(pageErrors).toEqual([]);
});

test('a tab flooding replies neither starves nor evicts an innocent tab', async ({ context, extensionId, serviceWorker, pageErrors }, testInfo) => {
  test.setTimeout(300_000);
  await serveAt(context, 'https://chatgpt.com/**', readFixture('chatgpt/current.html'));
  await serveAt(context, 'https://claude.ai/**', readFixture('claude/current.html'));
  const flood = await context.newPage();
  await flood.goto(CHAT_URL);
  await expect.poll(async () => (await flagsOnPage(flood)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);

  // 300 long replies (about 3 KB each), 40 every 200 ms, from inside the page.
  const FLOOD = 300;
  await flood.evaluate(
    ({ total, flattery }) => {
      const h = (window as unknown as { __fixture: Harness }).__fixture;
      let i = 0;
      const timer = setInterval(() => {
        for (let n = 0; n < 40 && i < total; n++, i++) {
          h.appendUserTurn(`Question ${i}`);
          h.startAssistantTurn();
          h.appendChunk(`${flattery} (${i}) ${'Padding words for a long reply. '.repeat(100)}`);
          h.finishAssistantTurn();
        }
        if (i >= total) clearInterval(timer);
      }, 200);
    },
    { total: FLOOD, flattery: FLATTERY },
  );
  await expect.poll(async () => (await tabSummary(serviceWorker, CHAT_URL))?.indexed ?? 0, { timeout: 30_000 }).toBeGreaterThan(100);

  // The innocent tab opens while the flood goes on.
  const innocent = await context.newPage();
  await innocent.goto(CLAUDE_URL);
  await expect.poll(async () => (await flagsOnPage(innocent)).filter((f) => f.level !== 'none').length, { timeout: 15_000 }).toBeGreaterThan(0);
  const flagShownAt = Date.now();
  await expect.poll(async () => (await tabSummary(serviceWorker, CLAUDE_URL))?.flagged ?? 0, { timeout: 10_000, intervals: [50] }).toBeGreaterThan(0);
  const latency = Date.now() - flagShownAt;
  const floodAtThatMoment = (await tabSummary(serviceWorker, CHAT_URL))?.indexed ?? 0;
  testInfo.annotations.push({ type: 'innocent tab state after its first in-page flag (ms)', description: String(latency) });
  console.log(`[floods] innocent tab state ${latency} ms after its first in-page flag; flooding tab had ${floodAtThatMoment} replies indexed`);
  // The flood was still going on: the innocent tab did not wait for it to end.
  expect(floodAtThatMoment).toBeLessThan(FLOOD);

  // The innocent tab's history entry is written too.
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/options.html#history`);
  await expect.poll(async () => (await historyKeys(history)).entries.length, { timeout: 15_000 }).toBeGreaterThan(0);

  // Storage.session stays bounded while the flood runs to its end.
  const floodStart = Date.now();
  await expect
    .poll(async () => (await tabSummary(serviceWorker, CHAT_URL))?.checked ?? 0, { timeout: 200_000, intervals: [2_000] })
    .toBeGreaterThanOrEqual(FLOOD);
  console.log(`[floods] all ${FLOOD} flood replies in the tab state ${((Date.now() - floodStart) / 1000).toFixed(0)} s after the innocent tab's`);
  const bytes = await sessionBytes(serviceWorker);
  console.log(`[floods] storage.session after the flood: ${(bytes / 1024).toFixed(0)} KB`);
  expect(bytes).toBeLessThan(6.5 * 1024 * 1024);
  expect((await tabSummary(serviceWorker, CLAUDE_URL))?.flagged).toBeGreaterThan(0);
  expect(pageErrors).toEqual([]);
});
