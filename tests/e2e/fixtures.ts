/**
 * Playwright fixtures: a persistent Chromium context with the built extension loaded,
 * and no network at all. Every http(s)/ws(s) request is aborted unless a test serves it
 * with `serveAt`, so fixture pages live at real chat URLs (https://chatgpt.com/…) and
 * the content scripts' `matches` apply exactly as in production.
 */
import { test as base, chromium, expect, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, extensionArgs, findChromium } from '../../scripts/lib/chromium.ts';
import { EXTENSION_DIR } from './paths.ts';

export { EXTENSION_DIR };

/** Everything that could leave the machine. chrome-extension://, data: and blob: stay local. */
const NETWORK_URL = /^(?:https?|wss?|ftp):/i;

export type HtmlSource = string | ((url: URL) => string);

/**
 * Serve `html` for every request matching `urlGlob` (e.g. 'https://chatgpt.com/**').
 * Registered after the catch-all abort, so it takes precedence (Playwright runs the
 * most recently registered matching route first).
 */
export async function serveAt(context: BrowserContext, urlGlob: string | RegExp, html: HtmlSource): Promise<void> {
  await context.route(urlGlob, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: typeof html === 'function' ? html(new URL(route.request().url())) : html,
    }),
  );
}

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Uncaught exceptions from every page in the context, as "url: message". */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  // Replaces Playwright's own `context`, so `page` is also a page of this context.
  context: async ({}, use) => {
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first (or \`npm run e2e\`)`);
    }
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'candor-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: await findChromium({ install: false }),
      headless: process.env.HEADED !== '1',
      args: [...CHROMIUM_ARGS, ...extensionArgs(EXTENSION_DIR)],
    });
    try {
      // No network: abort anything not served by a test (registered first = lowest priority).
      await context.route(NETWORK_URL, (route) => route.abort('blockedbyclient'));
      await context.routeWebSocket(NETWORK_URL, (ws) => ws.close());
      await use(context);
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  },

  serviceWorker: async ({ context }, use) => {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 }));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    // chrome-extension://<id>/background.js
    await use(new URL(serviceWorker.url()).host);
  },

  pageErrors: async ({ context }, use) => {
    const errors: string[] = [];
    const watch = (page: import('@playwright/test').Page) =>
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
    context.off('page', watch);
  },
});

export { expect };
