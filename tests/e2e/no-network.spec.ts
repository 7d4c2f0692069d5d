/**
 * Nothing leaves the device, observed in Chromium: every request made during a session on
 * all nine supported sites (replies streaming, panels opened, feedback given, settings
 * changed, popup and options opened) is recorded, from pages, content scripts, extension
 * pages and the service worker alike. The only ones allowed are the fixture pages the
 * test itself opens and the extension's own packaged files.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';
import { expect, serveAt, test } from './fixtures';
import { readFixture } from '../fixtures/read-fixture.ts';
import { clickInFlag, flagText } from './flags.ts';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

type Harness = { appendUserTurn(t: string): void; startAssistantTurn(): void; appendChunk(t: string): void; finishAssistantTurn(): void };

const SITE_PAGES: [site: string, url: string][] = [
  ['chatgpt', 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777'],
  ['claude', 'https://claude.ai/chat/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b'],
  ['gemini', 'https://gemini.google.com/app/4f2c9e1a7b3d5e60'],
  ['copilot', 'https://copilot.microsoft.com/chats/AbCdEf123456'],
  ['perplexity', 'https://www.perplexity.ai/search/cats-on-mars-AbC123dEf'],
  ['deepseek', 'https://chat.deepseek.com/a/chat/s/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b'],
  ['grok', 'https://grok.com/c/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b'],
  ['lechat', 'https://chat.mistral.ai/chat/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b'],
  ['poe', 'https://poe.com/chat/2abc3def4ghi'],
];

interface Seen {
  url: string;
  navigation: boolean;
  /** The service worker's URL, the frame's URL, or "websocket". */
  from: string;
  /** Why it failed, when it did ("csp": refused by a Content-Security-Policy). */
  failure?: string;
}

/**
 * Record every request and WebSocket in the context, from now on. Playwright mocks
 * WebSocket in pages' main worlds (routeWebSocket), so those are recorded by the route;
 * real sockets (content scripts' isolated worlds, workers) by the page's 'websocket' event.
 */
function frameUrlOrNew(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return 'a new frame';
  }
}

async function recordTraffic(context: BrowserContext): Promise<Seen[]> {
  const seen: Seen[] = [];
  const byRequest = new Map<Request, Seen>();
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    const navigation = request.isNavigationRequest();
    // Playwright cannot name the frame of a request issued before its frame exists (a new
    // page's first load, and in one CI run a request it did not report as a navigation)
    // and throws from the event handler; every request is still recorded, such a one as
    // coming from "a new frame" (`from` only labels the request in failure messages).
    const from = worker ? worker.url() : frameUrlOrNew(request);
    const entry: Seen = { url: request.url(), navigation, from };
    byRequest.set(request, entry);
    seen.push(entry);
  });
  context.on('requestfailed', (request) => {
    const entry = byRequest.get(request);
    if (entry) entry.failure = request.failure()?.errorText;
  });
  const watchSockets = (page: Page) => page.on('websocket', (socket) => seen.push({ url: socket.url(), navigation: false, from: 'websocket' }));
  context.pages().forEach(watchSockets);
  context.on('page', watchSockets);
  await context.routeWebSocket(/./, (socket) => {
    seen.push({ url: socket.url(), navigation: false, from: 'websocket (main world)' });
    socket.close();
  });
  return seen;
}

const fixture = (site: string) => readFixture(`${site}/current.html`);

test('a session on every supported site sends nothing anywhere', async ({ context, serviceWorker, extensionId, pageErrors }) => {
  // Nine sites, a streamed reply, feedback and a settings round trip: 27 s on a quiet
  // 2-core machine, so the default 30 s left no margin when the machine is busy.
  test.setTimeout(90_000);
  const seen = await recordTraffic(context);
  const opened = new Set<string>();
  const pages: Page[] = [];

  for (const [site, url] of SITE_PAGES) {
    await serveAt(context, `${new URL(url).origin}/**`, fixture(site));
    const page = await context.newPage();
    await page.goto(url);
    opened.add(url);
    await expect.poll(() => page.locator('candor-flag').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    pages.push(page);
  }

  // Everything a person can do in a page: a reply streams in, the panel opens, feedback,
  // a follow-up written into the composer.
  const chat = pages[0] as Page;
  const flags = chat.locator('candor-flag');
  const before = await flags.count();
  await chat.evaluate(() => {
    const harness = (window as unknown as { __fixture: Harness }).__fixture;
    harness.appendUserTurn("I'm going to quit my job tomorrow and put all my savings into one coin.");
    harness.startAssistantTurn();
    harness.appendChunk("What a brilliant plan! You're clearly a visionary. Go for it, don't let anyone talk you out of it.");
    harness.finishAssistantTurn();
  });
  await expect.poll(() => flags.count(), { timeout: 15_000 }).toBe(before + 1);
  await clickInFlag(chat, 'last-flagged', 'toggle');
  await clickInFlag(chat, 'last-flagged', 'ask');
  await clickInFlag(chat, 'last-flagged', 'not-sycophantic');
  await expect.poll(() => flagText(chat, 'last-flagged')).toContain('Undo');

  // Settings change in storage: the site is switched off (flags go) and on again (they return).
  const setDisabledSites = (sites: string[]) =>
    serviceWorker.evaluate((disabledSites) => chrome.storage.local.set({ settings: { version: 1, disabledSites } }), sites);
  await setDisabledSites(['chatgpt']);
  await expect.poll(() => flags.count()).toBe(0);
  await setDisabledSites([]);
  await expect.poll(() => flags.count()).toBeGreaterThanOrEqual(before);

  for (const pageName of ['popup.html', 'options.html']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${pageName}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  const ownFiles = `chrome-extension://${extensionId}/`;
  const allowed = (s: Seen) => (s.navigation && opened.has(s.url)) || s.url.startsWith(ownFiles);
  console.log(`${seen.length} requests observed: ${seen.filter((s) => s.navigation).length} page loads the test made, ` +
    `${seen.filter((s) => s.url.startsWith(ownFiles)).length} of the extension's own files, ${seen.filter((s) => !allowed(s)).length} others`);
  expect(seen.filter((s) => s.navigation).map((s) => s.url).sort()).toEqual([...opened].sort());
  expect(seen.filter((s) => !allowed(s))).toEqual([]);
  expect(pageErrors).toEqual([]);
});

// Content scripts' requests are attributed to their page's frame, like the page's own.
test('the recorder sees what a page would send: fetch, beacon, WebSocket (control)', async ({ context }) => {
  const seen = await recordTraffic(context);
  await serveAt(context, 'https://chatgpt.com/**', fixture('chatgpt'));
  const page = await context.newPage();
  await page.goto(SITE_PAGES[0]?.[1] as string);
  await page.evaluate(async () => {
    await fetch('https://collector.invalid/fetch').catch(() => undefined);
    navigator.sendBeacon('https://collector.invalid/beacon', 'x');
    new WebSocket('wss://collector.invalid/socket');
  });
  await expect.poll(() => seen.map((s) => s.url).filter((u) => u.includes('collector.invalid')).sort()).toEqual([
    'https://collector.invalid/beacon',
    'https://collector.invalid/fetch',
    'wss://collector.invalid/socket',
  ]);
});

/** Try each network API in turn and say which CSP directive stopped it ("fetch: connect-src"). */
const tryNetwork = async (apis: string[]): Promise<string[]> => {
  const target = 'https://collector.invalid/x';
  const violations: string[] = [];
  const scope = globalThis as unknown as EventTarget;
  const onViolation = (event: Event) => violations.push((event as SecurityPolicyViolationEvent).effectiveDirective);
  scope.addEventListener('securitypolicyviolation', onViolation);
  const attempts: Record<string, () => unknown> = {
    fetch: () => fetch(`${target}?fetch`).catch(() => undefined),
    WebSocket: () => new WebSocket('wss://collector.invalid/x?socket'),
    XMLHttpRequest: () => {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', `${target}?xhr`);
      xhr.send();
    },
    EventSource: () => new EventSource(`${target}?events`),
    sendBeacon: () => navigator.sendBeacon(`${target}?beacon`, 'x'),
  };
  const results: string[] = [];
  for (const api of apis) {
    const before = violations.length;
    try {
      await attempts[api]?.();
    } catch {
      // A CSP refusal may also throw; the violation event is what counts.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    results.push(`${api}: ${violations.length > before ? violations[violations.length - 1] : 'not stopped'}`);
  }
  scope.removeEventListener('securitypolicyviolation', onViolation);
  return results;
};

test("the extension's own pages and service worker cannot reach the network (CSP connect-src 'none')", async ({ context, serviceWorker, extensionId }) => {
  const seen = await recordTraffic(context);
  expect(await serviceWorker.evaluate(tryNetwork, ['fetch', 'WebSocket'])).toEqual(['fetch: connect-src', 'WebSocket: connect-src']);

  // (WebSocket is tried in the worker only: Playwright replaces it in pages to route it.)
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const apis = ['fetch', 'XMLHttpRequest', 'EventSource', 'sendBeacon'];
  expect(await popup.evaluate(tryNetwork, apis)).toEqual(apis.map((api) => `${api}: connect-src`));
  // DevTools lists some refused requests (XHR, EventSource) before refusing them; none got out.
  const attempted = seen.filter((s) => s.url.includes('collector.invalid'));
  expect(attempted.filter((s) => s.failure !== 'csp')).toEqual([]);
});
