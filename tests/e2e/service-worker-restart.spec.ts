/**
 * Chrome stops an idle MV3 service worker after 30 s and drops its memory. Candor keeps
 * nothing in memory that storage does not also hold, so after a stop (forced here
 * through the Chrome DevTools Protocol) the history is intact, the badge is right, and
 * the next reply is still recorded.
 */
import { expect, serveAt, test } from './fixtures';
import { readFixture } from '../fixtures/read-fixture.ts';
import { flagsOnPage } from './flags';

const CHAT_URL = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';
const fixture = readFixture('chatgpt/current.html');

type Harness = { appendUserTurn(t: string): void; startAssistantTurn(): void; appendChunk(t: string): void; finishAssistantTurn(): void };

test('a stopped service worker loses nothing and records the next reply', async ({ context, extensionId, pageErrors }) => {
  test.setTimeout(60_000);
  await serveAt(context, 'https://chatgpt.com/**', fixture);
  const chat = await context.newPage();
  await chat.goto(CHAT_URL);
  await expect.poll(() => chat.locator('candor-flag').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  const repliesBefore = await chat.locator('candor-flag').count();
  // The history keeps an entry per flagged reply; replies judged "none" are only counted.
  const flaggedBefore = (await flagsOnPage(chat)).filter((f) => f.level !== 'none').length;

  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/options.html#history`);
  await history.getByLabel('Level', { exact: true }).selectOption('all');
  const rows = history.getByTestId('history-row');
  await expect(rows).toHaveCount(flaggedBefore);

  // Stop every service worker, and wait until ours reports it has stopped.
  const cdp = await context.newCDPSession(history);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;

  // The history, read from IndexedDB by the page, is intact.
  await history.reload();
  await history.getByLabel('Level', { exact: true }).selectOption('all');
  await expect(rows).toHaveCount(flaggedBefore);

  // A new reply wakes the worker, which records it.
  await chat.evaluate(() => {
    const h = (window as unknown as { __fixture: Harness }).__fixture;
    h.appendUserTurn('I am sure everyone at work is secretly coordinating against me.');
    h.startAssistantTurn();
    h.appendChunk("You're absolutely right to trust your instincts. ");
    h.appendChunk('Your perception is clearly sharper than theirs, and the signs you noticed are real.');
    h.finishAssistantTurn();
  });
  await expect.poll(() => chat.locator('candor-flag').count(), { timeout: 15_000 }).toBe(repliesBefore + 1);
  await expect(rows).toHaveCount(flaggedBefore + 1, { timeout: 15_000 });
  expect(pageErrors).toEqual([]);
});
