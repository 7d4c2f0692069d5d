/**
 * Candor in a real Firefox (Debian's firefox-esr), end to end: the built
 * .output/firefox-mv3 add-on, a chat page of each layout generation served at its real
 * URL with no network, the sycophantic reply flagged at the reply and the healthy one
 * not, and both the popup and the history page listing the flagged reply.
 *
 * Run with `npm run e2e:firefox` (builds first); `npm test` runs it after the Chromium e2e.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { readFixture } from '../fixtures/read-fixture.ts';
import { launchFirefoxWithCandor, type FirefoxSession } from './firefox-session.ts';
import { flagHostAt, repliesOfTab, tabIdOf, type ReplyVerdict } from './flags.ts';
import { FIREFOX_SMOKE_CASES } from './sites.ts';

const FLAGGED_LEVELS = ['medium', 'high'];
const UNFLAGGED_LEVELS = ['none', 'low'];
/** Generous: two cores shared with other test runs; a healthy run needs about a second. */
const SETTLE = { timeout: 20_000, interval: 250 };

const BACKGROUND_IDLE_MS = 1_000;
const STREAMED_START = 'clearly a visionary';
const STREAMED_END = "Go for it and don't let anyone talk you out of it";

/** Calls on the fixture's streaming harness (tests/fixtures/sites/<site>/harness.js), in order. */
type HarnessStep = [method: 'appendUserTurn' | 'appendChunk', text: string] | [method: 'startAssistantTurn' | 'finishAssistantTurn'];
const streamStep = (page: Page, steps: HarnessStep[]) =>
  page.evaluate((calls) => {
    const harness = (window as unknown as { __fixture: Record<string, (text?: string) => void> }).__fixture;
    for (const [method, text] of calls) harness[method]!(text);
  }, steps);

/** On failure, what the chat page looked like, in test-results/ (as Playwright keeps its traces). */
async function screenshotForDiagnosis(page: Page, name: string): Promise<void> {
  const dir = path.resolve(import.meta.dirname, '../../test-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `firefox-${name}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true }).then(
    () => console.error(`Firefox smoke failed: the chat page is in ${file}`),
    (error: unknown) => console.error(`Firefox smoke failed; no screenshot: ${String(error)}`),
  );
}

const count = (page: Page, selector: string) => page.$$eval(selector, (els) => els.length);
const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((el) => el.textContent ?? ''));

describe.each(FIREFOX_SMOKE_CASES)('Firefox: $site, $generation', (smoke) => {
  let session: FirefoxSession;

  beforeAll(async () => {
    // Firefox suspends an MV3 background page after 30 s without events; after 1 s here, so
    // that, as for a person who reads for a while, later reports must wake it. (Firefox gives
    // an MV3 add-on no way to observe the suspension itself, so the smoke does not assert it.)
    session = await launchFirefoxWithCandor({ prefs: { 'extensions.background.idle.timeout': BACKGROUND_IDLE_MS } });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('flags the sycophantic reply and not the healthy one; the popup and the history list it', async () => {
    const chat = await session.openChat(smoke.url, readFixture(smoke.fixture));
    onTestFailed(() => screenshotForDiagnosis(chat, smoke.site));
    const probe = await session.openExtensionPage('/options.html#settings');

    // From the extension's side: every reply analysed, with its verdict.
    let tabId: number | null = null;
    await expect.poll(async () => (tabId = await tabIdOf(probe, smoke.url)), SETTLE).not.toBeNull();
    const verdictOf = async (words: string): Promise<ReplyVerdict | undefined> =>
      (await repliesOfTab(probe, tabId!)).find((reply) => reply.excerpt.includes(words));
    await expect.poll(async () => (await verdictOf(smoke.sycophantic))?.level, SETTLE).toSatisfy((level) =>
      FLAGGED_LEVELS.includes(String(level)),
    );
    // Replies judged "none" are only indexed (level, no text), so the healthy reply has either
    // no stored report (none) or one at an unflagged level (low); some reply is indexed unflagged.
    await expect
      .poll(async () => (await repliesOfTab(probe, tabId!)).filter((reply) => UNFLAGGED_LEVELS.includes(reply.level)).length, SETTLE)
      .toBeGreaterThan(0);
    expect(UNFLAGGED_LEVELS).toContain((await verdictOf(smoke.healthy))?.level ?? 'none');

    // A new reply streams in (the fixture's harness, as the site does): not checked while
    // it grows (for longer than the background's idle timeout), flagged once it is done.
    await streamStep(chat, [
      ['appendUserTurn', "I'm going to quit my job tomorrow and put all my savings into one coin."],
      ['startAssistantTurn'],
      ['appendChunk', "What a brilliant plan! You're clearly a visionary. "],
    ]);
    await new Promise((resolve) => setTimeout(resolve, BACKGROUND_IDLE_MS + 3_000));
    expect(await verdictOf(STREAMED_START)).toBeUndefined();
    await streamStep(chat, [['appendChunk', `${STREAMED_END}, life is too short.`], ['finishAssistantTurn']]);
    await expect.poll(async () => (await verdictOf(STREAMED_END))?.categories, SETTLE).toContain('harmful_endorsement');

    const replies = await repliesOfTab(probe, tabId!);
    const flagged = replies.filter((reply) => reply.level !== 'none');
    const flaggedWords = (await verdictOf(smoke.sycophantic))!.flaggedText[0]!;
    expect(flaggedWords.length).toBeGreaterThan(0);

    // On the page: a flag sits at the sycophantic reply, its own, and takes space.
    expect(await flagHostAt(chat, smoke.sycophantic, smoke.healthy)).toEqual({ hosts: 1, sharedWithOther: false, visible: true });

    // The popup for that tab lists the flagged replies, the sycophantic one among them, with explanations.
    const popup = await session.openExtensionPage(`/popup.html?tab=${tabId}`);
    await expect.poll(() => count(popup, '[data-testid="flag-item"]'), SETTLE).toBe(flagged.length);
    const items = await texts(popup, '[data-testid="flag-item"]');
    expect(items.some((item) => item.includes(flaggedWords))).toBe(true);
    expect(items.some((item) => item.includes(smoke.healthy))).toBe(false);
    // Explanations are built on "Why?", not rendered hidden.
    expect(await count(popup, '[data-testid="flag-explanation"]')).toBe(0);
    await popup.$$eval('[data-testid="flag-item"] button[aria-expanded="false"]', (buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
    await expect.poll(() => count(popup, '[data-testid="flag-explanation"]'), SETTLE).toBeGreaterThanOrEqual(flagged.length);

    // The history page (IndexedDB, written by the background) shows the same entries.
    const history = await session.openExtensionPage('/options.html#history');
    await expect.poll(() => count(history, '[data-testid="history-row"]'), SETTLE).toBe(flagged.length);
    const rows = await texts(history, '[data-testid="history-row"]');
    expect(rows.some((row) => row.includes(flaggedWords))).toBe(true);

    expect(session.pageErrors).toEqual([]);
    // Over the network, the page asked for nothing but its own origin (the page, perhaps its favicon, refused).
    expect(session.requests.filter((request) => !request.startsWith(`GET ${new URL(smoke.url).origin}/`))).toEqual([]);
  });

  test('a request that no test answers fails locally instead of reaching the network', async () => {
    const page = await session.browser.newPage();
    await expect(page.goto('https://example.com/', { timeout: 10_000 })).rejects.toThrow(/NS_ERROR_PROXY_CONNECTION_REFUSED/u);
  });
});
