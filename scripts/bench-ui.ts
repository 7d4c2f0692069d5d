/**
 * What a person feels on Candor's own pages at scale (issue #11.6), in Chromium with the
 * built extension (`npx wxt build` first):
 * - the history page opening with 50,000 entries (navigation to the first row shown);
 * - the history page absorbing one new reply while open (the main-thread work it causes):
 *   the entry written and the open pages told by a `historyChanged` delta, as the
 *   background does;
 * - the popup opening on a tab with 300 flagged replies (to the first item shown), and
 *   the DOM nodes it builds.
 * Each figure is the median of RUNS runs. The IndexedDB and storage.session contents are
 * written directly, in the shapes the background writes (src/history, src/background).
 *
 *   npx tsx scripts/bench-ui.ts        (BENCH_ENTRIES=50000 BENCH_FLAGS=300 BENCH_RUNS=5)
 * BENCH_EXTENSION=<dir> measures another build (e.g. one of main, for before/after in one sitting).
 * BENCH_ONLY=popup measures only the popup (and the blank-page floor), not the history page.
 *
 * The true floor: the bench loads a copy of the build with one extra page, `bench-blank.html`
 * (a heading, no script, no stylesheet; never shipped), and times it like the popup. What
 * the browser alone takes to show an extension page is not Candor's to cut.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { benchFlaggedReport } from './lib/bench-flagged-report';
import { CHROMIUM_ARGS, extensionArgs, findChromium } from './lib/chromium';
import { describeReads, FIRST_CONTENT_STAMP, startMainThreadTrace, TIME_ASYNC_READS, timedReads, type MainThreadBreakdown, type TimedRead } from './lib/ui-trace';

const EXTENSION_DIR = path.resolve(process.env.BENCH_EXTENSION ?? '.output/chrome-mv3');
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 50_000);
const FLAGS = Number(process.env.BENCH_FLAGS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const POPUP_ONLY = process.env.BENCH_ONLY === 'popup';
const BLANK_PAGE = 'bench-blank.html';

declare const chrome: {
  storage: {
    session: { set(items: Record<string, unknown>): Promise<void>; get(keys: string[]): Promise<Record<string, unknown>> };
    local: { set(items: Record<string, unknown>): Promise<void> };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

function entry(i: number) {
  const conversation = `conv-${Math.floor(i / 20)}`;
  const flagged = i % 3 !== 0;
  return {
    id: JSON.stringify(['chatgpt', conversation, `reply-${i}`]),
    time: Date.now() - (ENTRIES - i) * 60_000,
    analysedAt: Date.now() - (ENTRIES - i) * 60_000,
    site: 'chatgpt',
    url: `https://chatgpt.com/c/${conversation}`,
    conversationId: conversation,
    conversationKey: conversation,
    replyKey: `reply-${i}`,
    excerpt: `Reply ${i}: What a brilliant idea! You clearly have a gift for spotting trends, and I love how you think about customers. `.repeat(2),
    flaggedText: flagged ? ['What a brilliant idea', 'You clearly have a gift'] : [],
    contexts: flagged ? [{ before: `Reply ${i}: `, flagged: 'What a brilliant idea', after: '! You clearly have' }] : [],
    score: flagged ? 40 + (i % 60) : 0,
    level: flagged ? (['low', 'medium', 'high'] as const)[i % 3] : 'none',
    categories: flagged ? ['flattery'] : [],
    ruleIds: flagged ? ['praise-for-the-users-idea'] : [],
    feedback: 'none',
  };
}

async function launch(): Promise<{ context: BrowserContext; worker: Worker; id: string; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'candor-bench-ui-'));
  // A copy of the build with the blank floor page added (the build itself stays as shipped).
  const extension = path.join(profile, 'extension');
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  writeFileSync(
    path.join(extension, BLANK_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Blank</title></head><body><h1>Blank extension page</h1></body></html>\n',
  );
  const context = await chromium.launchPersistentContext(path.join(profile, 'user-data'), {
    executablePath: await findChromium({ install: true }),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extensionArgs(extension)],
    viewport: { width: 1280, height: 900 },
  });
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
  return {
    context,
    worker,
    id: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function seedHistory(page: Page): Promise<void> {
  // The history cap must hold them all (the default is 10,000).
  await page.evaluate(() => chrome.storage.local.set({ settings: { version: 2, history: { maxEntries: 50_000 } } }));
  // Wait for the background to have created the database at its current version.
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'candor-history' && (d.version ?? 0) >= 2));
  for (let start = 0; start < ENTRIES; start += 5_000) {
    const batch = Array.from({ length: Math.min(5_000, ENTRIES - start) }, (_, k) => entry(start + k));
    await page.evaluate(async (records) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('candor-history');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      // Each entry with its summary, as the background writes them (src/history/store.ts);
      // a build from before summaries (database version 2) has no such store.
      const withSummaries = db.objectStoreNames.contains('summaries');
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(withSummaries ? ['entries', 'summaries'] : ['entries'], 'readwrite');
        for (const record of records) {
          tx.objectStore('entries').put(record);
          const { id, time, site, level, categories, feedback } = record;
          if (withSummaries) tx.objectStore('summaries').put({ id, time, site, level, categories, feedback });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, batch);
  }
}

/**
 * Runs in the popup before its scripts: notes when the first element matching `selector`
 * appears, so the popup's own time can be told apart from the tab the harness opens.
 * (A string, not a function: tsx would wrap a function in a helper the page lacks.)
 */
const MARK_FIRST_CONTENT = (selector: string) =>
  `new MutationObserver((_, observer) => { if (document.querySelector(${JSON.stringify(selector)})) { window.__firstContent = performance.now(); console.timeStamp(${JSON.stringify(FIRST_CONTENT_STAMP)}); observer.disconnect(); } })` +
  `.observe(document, { childList: true, subtree: true });`;

interface PopupTimings {
  /** Navigation start to DOMContentLoaded's end: the module scripts are fetched, parsed and run by then. */
  scriptsDone: number;
  /** Navigation start to the first flag item (or the "not reading" heading). */
  firstContent: number;
}

async function popupTimings(popup: Page): Promise<PopupTimings> {
  return popup.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { scriptsDone: navigation.domContentLoadedEventEnd, firstContent: (window as unknown as { __firstContent: number }).__firstContent };
  });
}

interface TracedOpen {
  label: string;
  firstContent: number;
  mainThread: MainThreadBreakdown;
  reads: TimedRead[];
}

/** One extra, traced opening (not among the timed runs: tracing slows the page): where its time went. */
async function tracedOpen(context: BrowserContext, label: string, url: string, selector: string, viewport?: { width: number; height: number }): Promise<TracedOpen> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.addInitScript({ content: MARK_FIRST_CONTENT(selector) + TIME_ASYNC_READS });
  const trace = await startMainThreadTrace(page);
  await page.goto(url);
  await page.locator(selector).first().waitFor({ timeout: 60_000 });
  // Let the first screen's remaining reads and paints finish before the trace ends.
  await page.waitForTimeout(500);
  const firstContent = await page.evaluate(() => (window as unknown as { __firstContent: number }).__firstContent);
  const reads = await timedReads(page);
  const mainThread = await trace.stop(url.split('?')[0]!.split('#')[0]!);
  await page.close();
  return { label, firstContent, mainThread, reads };
}

function printTracedOpen({ label, firstContent, mainThread, reads }: TracedOpen): void {
  console.log(`  where the time goes, ${label} (one traced opening; first content at ${firstContent.toFixed(0)} ms from navigation start; main thread busy ${mainThread.busy.toFixed(0)} ms until 0.5 s after it):`);
  for (const [group, ms] of Object.entries(mainThread.groups)) if (ms >= 0.5) console.log(`      ${group}: ${ms.toFixed(1)} ms`);
  const before = mainThread.beforeFirstContent;
  if (before) {
    const parts = Object.entries(before.groups).flatMap(([group, ms]) => (ms >= 0.5 ? [`${group} ${ms.toFixed(1)}`] : []));
    console.log(`      before first content only: main thread busy ${before.busy.toFixed(0)} ms (${parts.join(', ')} ms)`);
  }
  for (const line of describeReads(reads)) console.log(`      ${line}`);
}

async function main(): Promise<void> {
  const { context, worker, id, close } = await launch();
  try {
    // 1. The popup (measured first, before the history is seeded, so nothing else runs) on a tab with FLAGS flagged replies (tab state as the background keeps it).
    const tabId = 4242;
    const index = Object.fromEntries(Array.from({ length: FLAGS }, (_, i) => [`reply-${i}`, { level: 'medium', score: 40 + (i % 60), seq: i, bytes: 500 }]));
    const items: Record<string, unknown> = {
      [`tab:${tabId}`]: { site: 'chatgpt', url: 'https://chatgpt.com/c/bench', status: 'watching', index, feedback: {}, nextSeq: FLAGS, earlierChecked: 0, earlierFlagged: 0, bytes: FLAGS * 500 },
    };
    for (let i = 0; i < FLAGS; i++) items[`tab:${tabId}:reply:reply-${i}`] = benchFlaggedReport(i);
    await worker.evaluate((values) => chrome.storage.session.set(values), items);
    // Where the popup's time goes: the storage.session reads it makes, timed in an extension page.
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${id}/popup.html?tab=999999`);
    // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
    const [indexRead, firstRead, allRead] = await probe.evaluate(
      async ({ tabId, flags }) => {
        const keys = Array.from({ length: flags }, (_, i) => `tab:${tabId}:reply:reply-${i}`);
        const timings: { ms: number; bytes: number }[] = [];
        for (const wanted of [[`tab:${tabId}`], keys.slice(0, 25), keys]) {
          const started = performance.now();
          const value = await chrome.storage.session.get(wanted);
          timings.push({ ms: performance.now() - started, bytes: JSON.stringify(value).length });
        }
        return timings;
      },
      { tabId, flags: FLAGS },
    );
    const reads = { index: indexRead!, first: firstRead!, all: allRead! };
    await probe.close();
    // The true floor: an extension page with no script at all, opened the same way.
    const blankOpens: number[] = [];
    const blankInPage: PopupTimings[] = [];
    for (let run = 0; run < RUNS; run++) {
      const blank = await context.newPage();
      await blank.setViewportSize({ width: 400, height: 600 });
      await blank.addInitScript({ content: MARK_FIRST_CONTENT('h1') });
      const started = Date.now();
      await blank.goto(`chrome-extension://${id}/${BLANK_PAGE}`);
      await blank.locator('h1').waitFor();
      blankOpens.push(Date.now() - started);
      blankInPage.push(await popupTimings(blank));
      await blank.close();
    }
    // The floor: the same popup on a tab Candor is not reading (page, scripts, settings; no flags).
    const emptyOpens: number[] = [];
    const emptyInPage: PopupTimings[] = [];
    for (let run = 0; run < RUNS; run++) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.addInitScript({ content: MARK_FIRST_CONTENT('h2') });
      const started = Date.now();
      await popup.goto(`chrome-extension://${id}/popup.html?tab=999999`);
      await popup.getByRole('heading', { name: /isn’t reading this page/u }).waitFor();
      emptyOpens.push(Date.now() - started);
      emptyInPage.push(await popupTimings(popup));
      await popup.close();
    }
    const popupOpens: number[] = [];
    const popupInPage: PopupTimings[] = [];
    const whyClicks: number[] = [];
    let nodes = 0;
    for (let run = 0; run < RUNS; run++) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.addInitScript({ content: MARK_FIRST_CONTENT('[data-testid="flag-item"]') });
      const started = Date.now();
      await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
      await popup.getByTestId('flag-item').first().waitFor();
      popupOpens.push(Date.now() - started);
      popupInPage.push(await popupTimings(popup));
      nodes = await popup.evaluate(() => document.getElementsByTagName('*').length);
      // Explanations are built on demand: what the first "Why?" costs.
      const clicked = Date.now();
      await popup.getByRole('button', { name: 'Why?' }).first().click();
      await popup.getByTestId('flag-explanation').first().waitFor();
      whyClicks.push(Date.now() - clicked);
      await popup.close();
    }
    const popupTraces = [
      await tracedOpen(context, `popup, ${FLAGS} flagged replies`, `chrome-extension://${id}/popup.html?tab=${tabId}`, '[data-testid="flag-item"]', { width: 400, height: 600 }),
      await tracedOpen(context, 'popup, not reading', `chrome-extension://${id}/popup.html?tab=999999`, 'h2', { width: 400, height: 600 }),
    ];

    // 2 and 3: the history page (skipped with BENCH_ONLY=popup).
    const history = POPUP_ONLY
      ? null
      : await (async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/options.html#settings`);
      await seedHistory(page);
      // Let the background finish its upkeep of the seeded history (retention, containment).
      await page.waitForTimeout(5_000);

      // 2. The history page opening with ENTRIES entries (a full load each time, not a hash change).
      const opens: number[] = [];
      const counted: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await page.goto('about:blank');
        const started = Date.now();
        await page.goto(`chrome-extension://${id}/options.html#history`);
        await page.getByTestId('history-row').first().waitFor({ timeout: 60_000 });
        opens.push(Date.now() - started);
        // Until every entry is counted: leaving earlier would leave the read of every summary
        // running in the browser's IndexedDB, and the next opening would wait behind it (runs
        // 2 to 5 measured that wait, 0.7 s, not the page).
        await page.getByText('counting the whole history…', { exact: false }).waitFor({ state: 'detached', timeout: 120_000 });
        counted.push(Date.now() - started);
      }

      const historyTrace = await tracedOpen(context, `history page, ${ENTRIES.toLocaleString('en')} entries`, `chrome-extension://${id}/options.html#history`, '[data-testid="history-row"]');

      // 3. One new reply while the page is open: the main-thread work the change causes.
      const stalls: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await page.evaluate(() => {
          (window as unknown as { __longest: number }).__longest = 0;
          new PerformanceObserver((list) => {
            for (const task of list.getEntries()) {
              const w = window as unknown as { __longest: number };
              w.__longest = Math.max(w.__longest, task.duration);
            }
          }).observe({ type: 'longtask' });
        });
        // What the background does for a new reply: write the entry (and its summary), then tell open pages.
        await worker.evaluate(async (record) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('candor-history');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const withSummaries = db.objectStoreNames.contains('summaries');
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(withSummaries ? ['entries', 'summaries'] : ['entries'], 'readwrite');
            tx.objectStore('entries').put(record);
            const { id, time, site, level, categories, feedback } = record;
            if (withSummaries) tx.objectStore('summaries').put({ id, time, site, level, categories, feedback });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          db.close();
          if (withSummaries) await chrome.runtime.sendMessage({ type: 'historyChanged', upserted: [record.id], deleted: [], cleared: false }).catch(() => undefined);
          // A build from before deltas re-reads everything on a revision bump.
          else await chrome.storage.session.set({ historyRevision: Date.now() });
        }, { ...entry(ENTRIES + run), time: Date.now(), analysedAt: Date.now() });
        await page.waitForTimeout(3_000);
        stalls.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
      }
        return { opens, counted, stalls, historyTrace };
      })();

    console.log(`Candor UI at scale (Chromium, built extension, median of ${RUNS}; shared 2-core machine):`);
    if (history) {
      const { opens, counted, stalls } = history;
      console.log(`  history page, ${ENTRIES.toLocaleString('en')} entries: first row shown after ${median(opens)} ms  [${opens.join(', ')}]`);
      console.log(`  history page, ${ENTRIES.toLocaleString('en')} entries: everything counted (digest, charts, filters) after ${median(counted)} ms  [${counted.join(', ')}]`);
      console.log(`  history page, one new reply while open: longest main-thread task ${median(stalls).toFixed(0)} ms  [${stalls.map((s) => s.toFixed(0)).join(', ')}]`);
    }
    console.log(`  popup, ${FLAGS} flagged replies: first item shown after ${median(popupOpens)} ms  [${popupOpens.join(', ')}], ${nodes} DOM nodes`);
    console.log(`  popup on a tab Candor is not reading: shown after ${median(emptyOpens)} ms  [${emptyOpens.join(', ')}]`);
    console.log(`  blank extension page, no script (the true floor): shown after ${median(blankOpens)} ms  [${blankOpens.join(', ')}]`);
    const inPage = (label: string, timings: PopupTimings[]) =>
      console.log(
        `  ${label}, inside the popup from navigation start: scripts loaded and run (DOMContentLoaded) ${median(timings.map((t) => t.scriptsDone)).toFixed(0)} ms, ` +
          `first content ${median(timings.map((t) => t.firstContent)).toFixed(0)} ms  [${timings.map((t) => t.firstContent.toFixed(0)).join(', ')}]`,
      );
    inPage(`popup, ${FLAGS} flagged replies`, popupInPage);
    inPage('popup, not reading', emptyInPage);
    inPage('blank extension page', blankInPage);
    console.log(`  popup, first "Why?": explanations shown after ${median(whyClicks)} ms  [${whyClicks.join(', ')}]`);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    console.log(
      `  popup's storage.session reads: tab index ${reads.index.ms.toFixed(1)} ms (${kb(reads.index.bytes)}), ` +
        `worst 25 reports ${reads.first.ms.toFixed(1)} ms (${kb(reads.first.bytes)}), all ${FLAGS} reports ${reads.all.ms.toFixed(1)} ms (${kb(reads.all.bytes)})`,
    );
    for (const traced of [...popupTraces, ...(history ? [history.historyTrace] : [])]) printTracedOpen(traced);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
