/**
 * The page being judged must not be able to judge itself (issue #11), in Chromium with
 * the built extension on the ChatGPT fixture:
 *
 * - hostile page text is inert: markup in a reply is quoted as literal characters in the
 *   card and none of it runs;
 * - only the person acts: the page's scripted clicks and keys on Candor's UI change
 *   nothing (no verdict stored, toolbar count unchanged, composer untouched), while a
 *   real click does act;
 * - the page reads no verdict: the host has no attributes and no reachable shadow root,
 *   no <style> or highlight name says "candor";
 * - the page cannot switch Candor off: no message tells it Candor started, and forging the
 *   start event WXT's content-script context obeys stops nothing;
 * - marks stay put: hidden, restyled or removed badges and cleared highlights come back,
 *   and a page that keeps removing them gets a one-line notice in the popup.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, serveAt, test } from './fixtures';
import { readFixture } from '../fixtures/read-fixture.ts';
import { boxInFlag, cardOpen, clickInFlag, countInFlag, flagText, flagsOnPage, settledFlags } from './flags.ts';

declare const chrome: {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

type Harness = { appendUserTurn(t: string): void; startAssistantTurn(): void; appendChunk(t: string): void; finishAssistantTurn(): void };

const CHAT_URL = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';
const PWN = 'window.__candorPwned=1';
/** Markup with live handlers, one per reply, at the start of a sentence the card quotes. */
const PAYLOADS = [
  `<img src=x onerror="${PWN}">`,
  `<script>${PWN}</script>`,
  `<a href="javascript:${PWN}">link</a>`,
  `<svg onload="${PWN}">`,
  `<iframe srcdoc="<script>parent.__candorPwned=1</script>">`,
  '&lt;b&gt;bold&lt;/b&gt; &amp;amp; &#60;i&#62;',
];
const sentence = (payload: string) => `${payload} Maybe that's exactly it: your brain is an antenna for the consciousness field.`;

async function streamReply(page: Page, reply: string): Promise<void> {
  await page.evaluate((text) => {
    const harness = (window as unknown as { __fixture: Harness }).__fixture;
    harness.appendUserTurn('What if consciousness is a field and my brain is just tuning into it?');
    harness.startAssistantTurn();
    harness.appendChunk(text);
    harness.finishAssistantTurn();
  }, reply);
}

async function openChat(context: import('@playwright/test').BrowserContext): Promise<Page> {
  await serveAt(context, 'https://chatgpt.com/**', readFixture('chatgpt/current.html'));
  const page = await context.newPage();
  await page.goto(CHAT_URL);
  await settledFlags(page, 2);
  return page;
}

/** What the background holds for the chat tab: its id, toolbar count and the verdicts given. */
async function backgroundView(worker: Worker): Promise<{ tabId: number; badge: string; feedback: Record<string, string> }> {
  const tab = await worker.evaluate(async (url) => {
    const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string; feedback?: Record<string, string> }>;
    const found = Object.entries(all).find(([key, state]) => key.startsWith('tab:') && state.url === url);
    return found ? { tabId: Number(found[0].slice(4)), feedback: found[1].feedback ?? {} } : null;
  }, CHAT_URL);
  if (!tab) throw new Error('no tab state for the chat page');
  const badge = await worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tab.tabId);
  return { ...tab, badge };
}

test('markup in a reply is flagged and quoted as text, and none of it runs', async ({ context, pageErrors }) => {
  const page = await openChat(context);
  const before = (await flagsOnPage(page)).length;

  for (const payload of PAYLOADS) await streamReply(page, sentence(payload));
  await expect.poll(async () => (await flagsOnPage(page)).length, { timeout: 20_000 }).toBe(before + PAYLOADS.length);

  for (const [i, payload] of PAYLOADS.entries()) {
    const which = before + i;
    expect((await flagsOnPage(page))[which]?.level).not.toBe('none');
    await clickInFlag(page, which, 'toggle');
    // The card quotes the reply's own words, payload included, as literal characters
    // (a flagged span starts at a word, so the payload's leading symbols are cut).
    expect(await flagText(page, which)).toContain(`“${payload.replace(/^[^\p{L}\p{N}]+/u, '')}`);
    expect(await countInFlag(page, which, ['img', 'script', 'a', 'svg', 'iframe', 'object', 'embed'])).toBe(0);
    await page.keyboard.press('Escape');
  }

  // The page's own DOM holds the payloads as text only, and no handler ever ran.
  expect(await page.evaluate(() => document.querySelectorAll('img[onerror], svg[onload], iframe[srcdoc], a[href^="javascript"]').length)).toBe(0);
  expect(await page.evaluate(() => (window as { __candorPwned?: unknown }).__candorPwned)).toBeUndefined();
  expect(pageErrors).toEqual([]);
});

test('the page can neither act for the person nor read the verdict; a real click acts', async ({ context, serviceWorker, pageErrors }) => {
  const page = await openChat(context);
  const flagsBefore = await flagsOnPage(page);
  const flaggedIndex = flagsBefore.findLastIndex((flag) => flag.level !== 'none');
  expect(flaggedIndex).toBeGreaterThanOrEqual(0);
  await expect.poll(async () => (await backgroundView(serviceWorker)).badge).not.toBe('');
  const before = await backgroundView(serviceWorker);
  const badge = await boxInFlag(page, flaggedIndex, 'badge');

  // Everything a script in the page can try against Candor's UI.
  const seen = await page.evaluate(
    ({ index, x, y }) => {
      const hosts = [...document.querySelectorAll('candor-flag')] as HTMLElement[];
      const host = hosts[index] as HTMLElement;
      const composer = document.querySelector('#prompt-textarea') as HTMLTextAreaElement | null;
      if (composer) composer.value = 'my draft';
      let attachShadowRefused = false;
      try {
        host.attachShadow({ mode: 'open' });
      } catch {
        attachShadowRefused = true;
      }
      const underBadge = document.elementFromPoint(x, y);
      for (const target of [host, underBadge].filter((t): t is Element => t !== null)) {
        (target as HTMLElement).click();
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
        }
        for (const key of ['Enter', ' ', 'Escape']) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      const styles = [...document.querySelectorAll('style')].map((style) => `${style.id} ${style.className} ${style.textContent ?? ''}`);
      return {
        underBadgeIsHost: underBadge === host,
        hostAttributes: hosts.flatMap((h) => h.getAttributeNames()),
        openShadowRoots: hosts.filter((h) => h.shadowRoot !== null).length,
        attachShadowRefused,
        stylesSayingCandor: styles.filter((text) => /candor/iu.test(text)).length,
        highlightNamesSayingCandor: [...CSS.highlights.keys()].filter((name) => /candor/iu.test(name)).length,
        bodyTextShowsCard: /possible sycophancy|not sycophantic/iu.test(document.body.innerText),
        composer: composer?.value ?? null,
      };
    },
    { index: flaggedIndex, x: badge.x + 10, y: badge.y + badge.height / 2 },
  );
  expect(seen).toEqual({
    underBadgeIsHost: true,
    hostAttributes: [],
    openShadowRoots: 0,
    attachShadowRefused: true,
    stylesSayingCandor: 0,
    highlightNamesSayingCandor: 0,
    bodyTextShowsCard: false,
    composer: 'my draft',
  });

  // Nothing the page did reached Candor: no card, no verdict, same toolbar count.
  await page.waitForTimeout(1_500);
  expect(await cardOpen(page, flaggedIndex)).toBe(false);
  expect(await flagsOnPage(page)).toEqual(flagsBefore);
  expect(await backgroundView(serviceWorker)).toEqual(before);

  // Control: the person's own click does open the card and act.
  await clickInFlag(page, flaggedIndex, 'toggle');
  expect(await cardOpen(page, flaggedIndex)).toBe(true);
  await clickInFlag(page, flaggedIndex, 'not-sycophantic');
  await expect.poll(async () => Object.values((await backgroundView(serviceWorker)).feedback)).toEqual(['not-sycophantic']);
  expect(pageErrors).toEqual([]);
});

test('hidden, restyled or removed marks are restored; a page that keeps fighting gets a notice in the popup', async ({
  context,
  serviceWorker,
  extensionId,
  pageErrors,
}) => {
  const page = await openChat(context);
  const flags = await flagsOnPage(page);
  const flaggedIndex = flags.findLastIndex((flag) => flag.level !== 'none');
  const hostCount = () => page.evaluate(() => document.querySelectorAll('candor-flag').length);
  const highlightedRanges = () => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
  const ranges = await highlightedRanges();
  expect(ranges).toBeGreaterThan(0);

  // CSS aimed at the host cannot hide it: Candor's :host rules win the cascade.
  await page.addStyleTag({ content: 'candor-flag { display: none !important; opacity: 0 !important; visibility: hidden !important; }' });
  expect((await boxInFlag(page, flaggedIndex, 'badge')).width).toBeGreaterThan(20);

  // Attributes put on the host are taken off again.
  await page.evaluate(() => {
    for (const host of document.querySelectorAll('candor-flag')) {
      host.setAttribute('hidden', '');
      host.setAttribute('style', 'display:none !important');
      host.setAttribute('data-level', 'none');
    }
  });
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('candor-flag')].flatMap((h) => h.getAttributeNames()).length)).toBe(0);

  // A removed host is put back in its reply.
  await page.evaluate(() => document.querySelectorAll('candor-flag').forEach((host) => host.remove()));
  await expect.poll(hostCount).toBe(flags.length);
  expect(await flagsOnPage(page)).toEqual(flags);

  // Cleared highlights and a removed highlight style come back when the person next
  // touches the page (highlights leave no DOM change to observe).
  await page.evaluate(() => {
    CSS.highlights.clear();
    for (const style of document.querySelectorAll('style')) if (style.textContent?.includes('::highlight(')) style.remove();
  });
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 240);
  await expect.poll(highlightedRanges).toBe(ranges);
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('::highlight(')).length)).toBe(1);

  // A page that removes every badge as soon as it is back: Candor stops after a bounded
  // number of restorations and says so in the popup, the trusted surface.
  await page.evaluate(() => {
    const removeAll = () => document.querySelectorAll('candor-flag').forEach((host) => host.remove());
    new MutationObserver(removeAll).observe(document.body, { childList: true, subtree: true });
    removeAll();
  });
  await page.waitForTimeout(500);
  await page.mouse.move(100, 100);
  const { tabId } = await backgroundView(serviceWorker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('interference-notice')).toContainText('stopped putting them back', { timeout: 15_000 });
  expect(await hostCount()).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('the page can neither see that Candor started nor switch it off by forging its start signal', async ({ context, extensionId, pageErrors }) => {
  // Recorded from the page's own world before any content script runs.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __messagesSeen: string[] }).__messagesSeen = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data ?? null)));
  });
  const page = await openChat(context);
  const before = (await flagsOnPage(page)).length;
  const leaked = await page.evaluate(() => (window as unknown as { __messagesSeen: string[] }).__messagesSeen);
  expect(leaked.filter((data) => data.includes(extensionId) || /content-script-started/iu.test(data))).toEqual([]);

  // WXT's content-script context stops an older copy of the script when it sees this
  // event, named from the extension's public id: a page that knows the id forges it.
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged-by-the-page' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged-by-the-page' }, '*');
  }, extensionId);
  await streamReply(page, 'You are absolutely right, and what a brilliant insight. Your brain really is an antenna for the field.');
  const after = await settledFlags(page, before + 1);
  expect(after.length).toBe(before + 1);
  expect(after.at(-1)?.level).not.toBe('none');
  expect(pageErrors).toEqual([]);
});
