/**
 * A real Firefox (Debian's firefox-esr) with the built Candor add-on, driven over
 * WebDriver BiDi by puppeteer-core: no geckodriver, no browser download.
 *
 * - A fresh profile in a temporary folder per session, removed on close; headless unless
 *   HEADED=1.
 * - The add-on is installed as a temporary add-on (BiDi `webExtension.install`) from
 *   .output/firefox-mv3, and its moz-extension:// UUID is pinned per session through the
 *   `extensions.webextensions.uuids` pref, so tests can open its popup and history pages.
 * - No network: chat pages get their HTML from the test through BiDi request interception
 *   at the real chat URL (so the manifest's `matches` apply as in production), every
 *   other request a page makes is aborted and recorded, and Firefox's proxy points at a
 *   closed local port, so even a request nobody intercepts cannot leave the machine.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { findFirefox, offlineFirefoxPrefs } from '../../scripts/lib/firefox.ts';

/** The Firefox MV3 build that `wxt build -b firefox` writes. */
export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');

/** Everything that could leave the machine; data:, blob: and moz-extension: stay local. */
const NETWORK_URL = /^(?:https?|wss?|ftp):/i;

/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'candor@candor.invalid';

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid>, the origin of Candor's own pages in this session. */
  extensionOrigin: string;
  /** Every network request a chat page made, as "METHOD url", in order (served or aborted). */
  requests: string[];
  /** Uncaught exceptions in chat pages, as "url: message". */
  pageErrors: string[];
  /** Open `url` in a new tab, answered with `html`; every other request of the tab is aborted. */
  openChat(url: string, html: string): Promise<Page>;
  /** Open one of Candor's own pages (e.g. "/popup.html?tab=3") in a new tab, loaded. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

/** A local TCP port that nothing listens on (bound, then released). */
async function closedLocalPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('could not reserve a local port');
  return address.port;
}

/**
 * Puppeteer's page.goto never resolves for a moz-extension:// page: the tab moves to the
 * extension process and Puppeteer's navigation tracking loses it (puppeteer-core 24.43,
 * Firefox 153). The BiDi command itself, `browsingContext.navigate` with wait "complete",
 * works, so call it on the page's browsing context directly.
 */
interface BidiNavigable {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}
async function navigateOverBidi(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as Partial<BidiNavigable>;
  if (typeof frame.browsingContext?.navigate !== 'function') {
    throw new Error('puppeteer-core no longer exposes the BiDi browsing context of a frame; update navigateOverBidi');
  }
  await frame.browsingContext.navigate(url, 'complete');
}

export interface LaunchOptions {
  /** Extra Firefox preferences for this session (e.g. a shorter background idle timeout). */
  prefs?: Record<string, unknown>;
}

export async function launchFirefoxWithCandor(options: LaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first (or \`npm run e2e:firefox\`)`);
  }
  const executablePath = findFirefox({ install: false });
  const uuid = randomUUID();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'candor-firefox-'));
  const requests: string[] = [];
  const pageErrors: string[] = [];

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      userDataDir: profile,
      headless: process.env.HEADED !== '1',
      // Firefox refuses BiDi navigation to moz-extension:// pages without it. It widens
      // what this test session may do to its own throwaway browser, nothing more.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...offlineFirefoxPrefs(await closedLocalPort()),
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
        ...options.prefs,
      },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Firefox (${executablePath}) did not start under WebDriver BiDi: ${String(error)}`, { cause: error });
  }

  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== ADDON_ID) throw new Error(`installed add-on id ${installed}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  const extensionOrigin = `moz-extension://${uuid}`;

  return {
    browser,
    extensionOrigin,
    requests,
    pageErrors,

    async openChat(url, html) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`));
      await page.setRequestInterception(true);
      const answer = async (request: HTTPRequest) => {
        // data: and blob: URLs never leave the page (the Claude fixture inlines a font).
        if (!NETWORK_URL.test(request.url())) return request.continue();
        requests.push(`${request.method()} ${request.url()}`);
        if (request.url() === url) {
          await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        } else {
          await request.abort('blockedbyclient');
        }
      };
      page.on('request', (request) => {
        // A request can be cancelled by the page (or the tab closed) while we answer it.
        answer(request).catch(() => {});
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },

    async openExtensionPage(pathAndQuery) {
      const page = await browser.newPage();
      await navigateOverBidi(page, `${extensionOrigin}${pathAndQuery}`);
      return page;
    },

    async close() {
      try {
        await browser.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
