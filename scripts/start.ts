/**
 * `npm start`: build the extension and show Candor working on a bundled demo chat.
 *
 * 1. `npx wxt build` (Chrome MV3, .output/chrome-mv3).
 * 2. Find Chromium (installing one if needed: scripts/lib/chromium.ts).
 * 3. Launch it with only Candor loaded and no network at all: every request is aborted
 *    except https://chatgpt.com/**, which serves demo/chat.html (a replica of ChatGPT's
 *    DOM, clearly labelled as a local demo). The content script only runs on the real chat
 *    hosts, so the demo has to live at that address.
 * 4. Play the demo conversations (demo/conversations.json).
 *    - With a display (DISPLAY or WAYLAND_DISPLAY set, or macOS/Windows): a window opens
 *      and stays until you close it.
 *    - Without one, or with CANDOR_HEADLESS=1: headless; writes a screenshot per
 *      conversation (plus the first warning's panel) and summary.md to demo-output/,
 *      prints the summary and exits 0, or 1 if Candor produced no flags at all.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, extensionArgs, findChromium } from './lib/chromium.ts';
import { clickInFlag, flagsOnPage } from './lib/flag-reader.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEMO_DIR = path.join(ROOT, 'demo');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const OUTPUT_DIR = path.join(ROOT, 'demo-output');

/** The address the demo is served at: the content script's `matches` include it. */
export const DEMO_ORIGIN = 'https://chatgpt.com';

/** Everything that could leave the machine (as in tests/e2e/fixtures.ts). */
const NETWORK_URL = /^(?:https?|wss?|ftp):/i;

/** How long to wait for Candor's flags on a conversation's replies once it has finished. */
const FLAG_TIMEOUT_MS = 6_000;
/** Once a conversation has shown no flag at all, later ones wait only this long. */
const FLAG_TIMEOUT_NONE_SEEN_MS = 1_500;
/** After the flags appear, before the screenshot (badge rendering, scrolling). */
const SETTLE_MS = 800;
/** Headless safety net: the whole run should take well under a minute. */
const HEADLESS_DEADLINE_MS = 120_000;

interface DemoConversation {
  id: string;
  title: string;
  /** What Candor should do on the conversation as a whole: `warn` or `quiet`. */
  expect: string;
  /** The same per assistant reply, in order. */
  replies: string[];
}

interface FlagRow {
  reply: number;
  level: string | null;
  categories: string | null;
}

/** Files the demo page loads, by URL path. Anything else under the origin gets chat.html. */
const DEMO_FILES: Record<string, { file: string; contentType: string }> = {
  '/demo/demo.js': { file: 'demo.js', contentType: 'text/javascript; charset=utf-8' },
  '/demo/conversations.json': { file: 'conversations.json', contentType: 'application/json; charset=utf-8' },
};

/**
 * Serve the demo at https://chatgpt.com/ (any path) in `context`. Register it after any
 * catch-all abort route: Playwright runs the most recently registered matching route first.
 * Files are read on every request, so a reload picks up edits.
 */
export async function serveDemo(context: BrowserContext): Promise<void> {
  await context.route(`${DEMO_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const asset = DEMO_FILES[pathname];
    if (pathname === '/favicon.ico') {
      await route.fulfill({ status: 404, body: '' });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: asset?.contentType ?? 'text/html; charset=utf-8',
      body: readFileSync(path.join(DEMO_DIR, asset?.file ?? 'chat.html'), 'utf8'),
    });
  });
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

function fail(message: string): never {
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(1);
}

function build(): void {
  log('npm start: building the extension (npx wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) fail(`could not run \`npx wxt build\`: ${result.error.message}`);
  if (result.status !== 0) fail(`\`npx wxt build\` failed (exit ${result.status ?? result.signal}); see the errors above`);
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) fail(`the build wrote no ${EXTENSION_DIR}/manifest.json`);
}

function wantsHeaded(): boolean {
  if (process.env.CANDOR_HEADLESS === '1') return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function launch(executablePath: string, headless: boolean, userDataDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    args: [...CHROMIUM_ARGS, ...extensionArgs(EXTENSION_DIR)],
    viewport: { width: 1280, height: 860 },
  });
  // No network: abort everything the demo does not serve (registered first = lowest priority).
  await context.route(NETWORK_URL, (route) => route.abort('blockedbyclient'));
  await context.routeWebSocket(NETWORK_URL, (ws) => ws.close());
  await serveDemo(context);
  return context;
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ------------------------------------------------------------------ headed

async function runHeaded(context: BrowserContext): Promise<number> {
  const page = await firstPage(context);
  await page.goto(`${DEMO_ORIGIN}/?autoplay=all`);
  log('npm start: Chromium is open with Candor on the demo chat (all conversations play in turn; click one to replay it). Close the window to quit.');
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    // Closing the last tab leaves Chromium running in some window managers: treat it as quitting.
    context.on('page', (p) => p.on('close', () => context.pages().length === 0 && resolve()));
    page.on('close', () => context.pages().length === 0 && resolve());
  });
  return 0;
}

// ------------------------------------------------------------------ headless

declare global {
  interface Window {
    __demo: {
      ready: Promise<string[]>;
      conversations: DemoConversation[];
      play(id: string): Promise<void>;
      playAll(): Promise<void>;
      stop(): void;
      done: Promise<void>;
      streaming: boolean;
    };
  }
}

/**
 * Per assistant turn (in order), that turn's flag, if it has one. The verdict is inside
 * Candor's closed shadow root, read through the DevTools protocol (lib/flag-reader.ts);
 * the page tells which turn holds the n-th <candor-flag> host.
 */
async function readFlags(page: Page): Promise<FlagRow[]> {
  const flags = await flagsOnPage(page);
  const hostIndexes = await page.$$eval('#demo-turns section[data-turn="assistant"]', (turns) => {
    const hosts = [...document.querySelectorAll('candor-flag')];
    return turns.map((turn) => {
      const host = turn.querySelector('candor-flag');
      return host ? hosts.indexOf(host) : -1;
    });
  });
  return hostIndexes.map((index, turn) => ({
    reply: turn + 1,
    level: flags[index]?.level ?? null,
    categories: flags[index]?.categories ?? null,
  }));
}

/** Wait until every assistant reply on the page carries a <candor-flag>, or `timeout`. */
async function waitForFlags(page: Page, timeout: number): Promise<boolean> {
  try {
    await page.waitForFunction(
      () => {
        const turns = Array.from(document.querySelectorAll('#demo-turns section[data-turn="assistant"]'));
        return turns.length > 0 && turns.every((turn) => turn.querySelector('candor-flag') !== null);
      },
      undefined,
      { timeout, polling: 100 },
    );
    return true;
  } catch {
    return false;
  }
}

function cell(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '–' : value.replace(/\|/g, '\\|');
}

function summaryMarkdown(
  results: { n: number; conversation: DemoConversation; flags: FlagRow[]; screenshots: string[] }[],
  meta: { chromium: string; seconds: number; anyFlag: boolean; pageErrors: string[] },
): string {
  const lines = [
    '# Candor demo: flags',
    '',
    `Written by \`npm start\` (headless) on ${new Date().toISOString()} with ${meta.chromium}, in ${meta.seconds.toFixed(1)} s.`,
    'One row per assistant reply; `expected` is what the reply was written to show (`warn`: a badge, level low or higher).',
    '',
  ];
  if (!meta.anyFlag) {
    lines.push(
      '**No flags were produced**: no `<candor-flag>` element appeared on any reply. Is the content script built',
      '(`.output/chrome-mv3/content-scripts/chatgpt.js`) and does it match https://chatgpt.com/*?',
      '',
    );
  }
  lines.push('| conversation | reply # | level | categories | expected | as expected |', '|---|---:|---|---|---|---|');
  let matched = 0;
  let total = 0;
  for (const { n, conversation, flags } of results) {
    const name = `${n}. ${conversation.title} (\`${conversation.id}\`)`;
    if (flags.length === 0) lines.push(`| ${name} | – | – | – | ${conversation.expect} | no |`);
    for (const flag of flags) {
      const expected = conversation.replies[flag.reply - 1] ?? conversation.expect;
      // A badge shows for low, medium and high; `none` (or no flag element) is quiet.
      const warned = flag.level !== null && flag.level !== 'none';
      const ok = flag.level !== null && warned === (expected === 'warn');
      total += 1;
      if (ok) matched += 1;
      const categories = flag.categories?.split(',').filter(Boolean).join(', ');
      lines.push(
        `| ${name} | ${flag.reply} | ${flag.level ?? 'no flag'} | ${cell(categories)} | ${expected} | ${ok ? 'yes' : '**no**'} |`,
      );
    }
  }
  lines.push('', `${matched} of ${total} replies as expected.`);
  lines.push('', 'Screenshots (in demo-output/):', '');
  for (const { screenshots } of results) for (const file of screenshots) lines.push(`- ${file}`);
  if (meta.pageErrors.length > 0) {
    lines.push('', 'Page errors:', '', ...meta.pageErrors.map((e) => `- ${e}`));
  }
  return `${lines.join('\n')}\n`;
}

async function runHeadless(context: BrowserContext, started: number): Promise<number> {
  const page = await firstPage(context);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(`${DEMO_ORIGIN}/?autoplay=none`);
  await page.waitForFunction(() => typeof window.__demo === 'object');
  await page.evaluate(() => window.__demo.ready);
  const conversations = await page.evaluate(() => window.__demo.conversations);

  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIR, { recursive: true });

  const results: { n: number; conversation: DemoConversation; flags: FlagRow[]; screenshots: string[] }[] = [];
  let anyFlag = false;
  for (const [index, conversation] of conversations.entries()) {
    const n = index + 1;
    const t0 = Date.now();
    await page.evaluate((id) => window.__demo.play(id), conversation.id);
    const flagged = await waitForFlags(page, anyFlag || index === 0 ? FLAG_TIMEOUT_MS : FLAG_TIMEOUT_NONE_SEEN_MS);
    await sleep(SETTLE_MS);
    const screenshots = [`${n}-${conversation.id}.png`];
    await page.screenshot({ path: path.join(OUTPUT_DIR, screenshots[0] as string) });

    const flags = await readFlags(page);
    if (flags.some((f) => f.level !== null)) anyFlag = true;
    const firstFlagged = (await flagsOnPage(page)).findIndex((flag) => flag.level !== null && flag.level !== 'none');
    if (firstFlagged >= 0) {
      try {
        // A real (trusted) click on the badge inside Candor's closed shadow root.
        await clickInFlag(page, firstFlagged, 'toggle');
        await sleep(300);
        const panel = `${n}-${conversation.id}-card.png`;
        await page.screenshot({ path: path.join(OUTPUT_DIR, panel) });
        screenshots.push(panel);
        await page.keyboard.press('Escape');
      } catch (error) {
        log(`npm start: could not open the first warning in "${conversation.id}": ${(error as Error).message.split('\n')[0]}`);
      }
    }
    results.push({ n, conversation, flags, screenshots });
    const levels = flags.map((f) => f.level ?? '–').join(', ');
    log(`npm start: ${n}/${conversations.length} ${conversation.id}: ${flagged ? levels : 'no flags'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }

  const userAgent = await page.evaluate(() => navigator.userAgent);
  const summary = summaryMarkdown(results, {
    chromium: `Chromium ${/Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? '(unknown version)'}`,
    seconds: (Date.now() - started) / 1000,
    anyFlag,
    pageErrors,
  });
  writeFileSync(path.join(OUTPUT_DIR, 'summary.md'), summary);
  log('');
  log(summary);
  log(`npm start: screenshots and summary.md written to ${path.relative(process.cwd(), OUTPUT_DIR) || OUTPUT_DIR}/`);
  if (!anyFlag) {
    process.stderr.write(
      'npm start: Candor produced no flags on the demo chat: the content script did not run or did not mark any reply.\n',
    );
    return 1;
  }
  if (pageErrors.length > 0) process.stderr.write(`npm start: the demo page reported ${pageErrors.length} error(s); see summary.md\n`);
  return 0;
}

// ------------------------------------------------------------------ main

async function main(): Promise<number> {
  const started = Date.now();
  build();
  const executablePath = await findChromium({ install: true, log }).catch((error: Error) => fail(error.message));
  const headless = !wantsHeaded();
  log(`npm start: launching ${headless ? 'headless ' : ''}Chromium (${executablePath})`);

  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'candor-demo-'));
  let context: BrowserContext | undefined;
  const cleanup = () => rmSync(userDataDir, { recursive: true, force: true });
  const onSignal = () => {
    void (context?.close() ?? Promise.resolve()).finally(() => {
      cleanup();
      process.exit(130);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let deadline: NodeJS.Timeout | undefined;
  try {
    context = await launch(executablePath, headless, userDataDir);
    if (!headless) return await runHeaded(context);
    deadline = setTimeout(() => fail(`the headless demo took longer than ${HEADLESS_DEADLINE_MS / 1000} s; giving up`), HEADLESS_DEADLINE_MS);
    deadline.unref();
    return await runHeadless(context, started);
  } finally {
    if (deadline) clearTimeout(deadline);
    await context?.close().catch(() => {});
    cleanup();
  }
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().then(
    (status) => process.exit(status),
    (error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );
}
