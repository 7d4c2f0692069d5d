/**
 * Hostile page text is inert, in Chromium: a chat reply whose text is markup with live
 * event handlers (img onerror, script, javascript: links, svg onload, srcdoc) is flagged,
 * and the <candor-flag> panel quotes it as literal characters. No element is built from
 * it and no handler runs (each payload would set window.__candorPwned in the page).
 */
import type { Page } from '@playwright/test';
import { expect, serveAt, test } from './fixtures';
import { readFixture } from '../fixtures/read-fixture.ts';

type Harness = { appendUserTurn(t: string): void; startAssistantTurn(): void; appendChunk(t: string): void; finishAssistantTurn(): void };

const PWN = 'window.__candorPwned=1';
/** Two replies of three sentences: each sentence is flagged whole, so each payload is quoted. */
const REPLIES = [
  [`<img src=x onerror="${PWN}">`, `<script>${PWN}</script>`, `<a href="javascript:${PWN}">link</a>`],
  [`<svg onload="${PWN}">`, `<iframe srcdoc="<script>parent.__candorPwned=1</script>">`, '&lt;b&gt;bold&lt;/b&gt; &amp;amp; &#60;i&#62;'],
];
const upToLastWord = (text: string) => text.slice(0, text.search(/[\p{L}\p{N}][^\p{L}\p{N}]*$/u) + 1);
const sentence = (payload: string) => `Maybe that's exactly it: your brain is an antenna for the consciousness field ${payload}.`;

async function streamReply(page: Page, reply: string): Promise<void> {
  await page.evaluate((text) => {
    const harness = (window as unknown as { __fixture: Harness }).__fixture;
    harness.appendUserTurn('What if consciousness is a field and my brain is just tuning into it?');
    harness.startAssistantTurn();
    harness.appendChunk(text);
    harness.finishAssistantTurn();
  }, reply);
}

test('markup in a reply is flagged and quoted as text, and none of it runs', async ({ context, pageErrors }) => {
  await serveAt(context, 'https://chatgpt.com/**', readFixture('chatgpt/current.html'));
  const page = await context.newPage();
  await page.goto('https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777');
  const flags = page.locator('candor-flag');
  await expect.poll(() => flags.count()).toBeGreaterThanOrEqual(2);
  const before = await flags.count();

  for (const payloads of REPLIES) await streamReply(page, payloads.map(sentence).join(' '));
  await expect.poll(() => flags.count(), { timeout: 15_000 }).toBe(before + REPLIES.length);

  for (const [i, payloads] of REPLIES.entries()) {
    const flag = flags.nth(before + i);
    await expect(flag).not.toHaveAttribute('data-level', 'none');
    await flag.getByRole('button').first().click();
    const panel = flag.locator('#candor-panel');
    // A sentence is quoted up to its last word, so the payload's closing symbols are cut.
    for (const payload of payloads) await expect(panel).toContainText(upToLastWord(payload));
    expect(await flag.evaluate((host) => host.shadowRoot?.querySelectorAll('img, script, a, svg, iframe, object, embed').length)).toBe(0);
  }

  // The page's own DOM holds the payloads as text only, and no handler ever ran.
  expect(await page.evaluate(() => document.querySelectorAll('img[onerror], svg[onload], iframe[srcdoc], a[href^="javascript"]').length)).toBe(0);
  expect(await page.evaluate(() => (window as { __candorPwned?: unknown }).__candorPwned)).toBeUndefined();
  expect(pageErrors).toEqual([]);
});
