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
 * BENCH_BASE=<dir>[,<dir>…] (popup only): alternates BENCH_ROUNDS rounds (default 4) of RUNS
 * openings between those builds and BENCH_EXTENSION's, a fresh browser per round and build,
 * the order reversed every other round, and reports each build's figures from every opening.
 *
 * The popup's figure that is Candor's own (issue #11.6: 300 flags in under 200 ms): **from
 * the popup's first script to its first flag painted**. "First script" is the entry's first
 * statement (its first storage call, timed by a wrapper); "painted" is the browser's own
 * paint time of the first flag's text (Element Timing: the harness marks the text-bearing
 * elements of the first flag item as they are inserted, before any frame shows them). It is
 * reported beside the time from opening the tab and the blank page's floor, so what is the
 * browser's and what is Candor's stay apart; and, from BENCH_CPU_RUNS (3) extra traced
 * openings, the main thread's CPU time in that span, which a loaded machine blurs least.
 *
 * The true floor: the bench loads a copy of the build with one extra page, `bench-blank.html`
 * (a heading, no script, no stylesheet; never shipped), and times it like the popup. What
 * the browser alone takes to show an extension page is not Candor's to cut.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
const BASE_DIR = process.env.BENCH_BASE;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CPU_RUNS = Number(process.env.BENCH_CPU_RUNS ?? 3);
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

async function launch(extensionDir = EXTENSION_DIR): Promise<{ context: BrowserContext; worker: Worker; id: string; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'candor-bench-ui-'));
  // A copy of the build with the blank floor page added (the build itself stays as shipped).
  const extension = path.join(profile, 'extension');
  cpSync(extensionDir, extension, { recursive: true });
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
  `new MutationObserver((_, observer) => { const found = document.querySelector(${JSON.stringify(selector)}); if (found) { window.__firstContent = performance.now(); console.timeStamp(${JSON.stringify(FIRST_CONTENT_STAMP)}); observer.disconnect(); ` +
  // Element Timing for the found element's text: the browser reports when it was painted.
  `for (const element of [found, ...found.querySelectorAll('*')]) if ([...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '')) element.setAttribute('elementtiming', ${JSON.stringify(FIRST_PAINT_ID)}); } })` +
  `.observe(document, { childList: true, subtree: true });` +
  `new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.identifier === ${JSON.stringify(FIRST_PAINT_ID)}) { const t = e.renderTime || e.loadTime; if (!window.__firstPaint || t < window.__firstPaint) window.__firstPaint = t; } }).observe({ type: 'element', buffered: true });` +
  // The page's first script: its first storage call (the popup's entry makes one as its first statement).
  `(() => { const c = globalThis.chrome; if (!c || !c.storage) return; for (const area of [c.storage.local, c.storage.session]) { if (!area) continue; const get = area.get; area.get = function (...args) { window.__firstScript ??= performance.now(); return get.apply(this, args); }; } })();`;

/** The elementtiming name the harness gives the first content's text. */
const FIRST_PAINT_ID = 'bench-first-content';

interface PopupTimings {
  /** Navigation start to DOMContentLoaded's end: the module scripts are fetched, parsed and run by then. */
  scriptsDone: number;
  /** Navigation start to the first flag item (or the "not reading" heading) in the DOM. */
  firstContent: number;
  /** Navigation start to that content's text painted (Element Timing); NaN when the browser reported none. */
  firstPaint: number;
  /** Navigation start to the page's first storage call (the popup entry's first statement); NaN for a page without one. */
  firstScript: number;
}

async function popupTimings(popup: Page): Promise<PopupTimings> {
  // The paint is reported after the frame: wait for it (at most 2 s).
  await popup.waitForFunction(() => (window as unknown as { __firstPaint?: number }).__firstPaint !== undefined, undefined, { timeout: 2_000 }).catch(() => undefined);
  return popup.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const w = window as unknown as { __firstContent: number; __firstPaint?: number; __firstScript?: number };
    return { scriptsDone: navigation.domContentLoadedEventEnd, firstContent: w.__firstContent, firstPaint: w.__firstPaint ?? NaN, firstScript: w.__firstScript ?? NaN };
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

/**
 * One traced opening (not among the timed ones: tracing slows the page): the popup's
 * main-thread CPU (thread time, whatever else the machine runs) from its first script to
 * its first flag painted, the figure a loaded machine blurs least.
 */
async function cpuOpen(context: BrowserContext, url: string, selector: string): Promise<{ cpu: number; wall: number }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript({ content: MARK_FIRST_CONTENT(selector) });
  const trace = await startMainThreadTrace(page);
  await page.goto(url);
  await page.locator(selector).first().waitFor({ timeout: 60_000 });
  const timings = await popupTimings(page);
  const { tasks, firstContentTs } = await trace.stop(url.split('?')[0]!);
  await page.close();
  if (firstContentTs === null || !Number.isFinite(timings.firstPaint) || !Number.isFinite(timings.firstScript)) return { cpu: NaN, wall: NaN };
  // The page's clock (ms from navigation start) to the trace's (µs), by the stamp at first content.
  const toTrace = (ms: number) => firstContentTs + (ms - timings.firstContent) * 1000;
  const from = toTrace(timings.firstScript);
  const to = toTrace(timings.firstPaint);
  const cpu = tasks.filter((t) => t.ts + t.dur > from && t.ts < to).reduce((sum, t) => sum + t.tdur, 0) / 1000;
  return { cpu, wall: timings.firstPaint - timings.firstScript };
}

interface PopupRun {
  reads: Record<'index' | 'first' | 'all', { ms: number; bytes: number }>;
  blankOpens: number[];
  blankInPage: PopupTimings[];
  emptyOpens: number[];
  emptyInPage: PopupTimings[];
  popupOpens: number[];
  popupInPage: PopupTimings[];
  whyClicks: number[];
  nodes: number;
  traces: TracedOpen[];
  /** Main-thread CPU from first script to first flag painted, per traced opening (BENCH_CPU_RUNS of them). */
  cpu: number[];
}

/** The popup on a tab with FLAGS flagged replies (tab state as the background keeps it), RUNS openings, in one browser. */
async function measurePopup(context: BrowserContext, worker: Worker, id: string, traced: boolean): Promise<PopupRun> {
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
    // Each run opens the blank page (the true floor: an extension page with no script at
    // all), the popup on a tab Candor is not reading (page, scripts, settings; no flags) and
    // the popup with the flags, in turn, so a change in the machine's load touches all three.
    const blankOpens: number[] = [];
    const blankInPage: PopupTimings[] = [];
    const emptyOpens: number[] = [];
    const emptyInPage: PopupTimings[] = [];
    const popupOpens: number[] = [];
    const popupInPage: PopupTimings[] = [];
    const whyClicks: number[] = [];
    let nodes = 0;
    for (let run = 0; run < RUNS; run++) {
      const blank = await context.newPage();
      await blank.setViewportSize({ width: 400, height: 600 });
      await blank.addInitScript({ content: MARK_FIRST_CONTENT('h1') });
      const blankStarted = Date.now();
      await blank.goto(`chrome-extension://${id}/${BLANK_PAGE}`);
      await blank.locator('h1').waitFor();
      blankOpens.push(Date.now() - blankStarted);
      blankInPage.push(await popupTimings(blank));
      await blank.close();

      const empty = await context.newPage();
      await empty.setViewportSize({ width: 400, height: 600 });
      await empty.addInitScript({ content: MARK_FIRST_CONTENT('h2') });
      const emptyStarted = Date.now();
      await empty.goto(`chrome-extension://${id}/popup.html?tab=999999`);
      await empty.getByRole('heading', { name: /isn’t reading this page/u }).waitFor();
      emptyOpens.push(Date.now() - emptyStarted);
      emptyInPage.push(await popupTimings(empty));
      await empty.close();

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
    const cpu: number[] = [];
    for (let run = 0; run < CPU_RUNS; run++) cpu.push((await cpuOpen(context, `chrome-extension://${id}/popup.html?tab=${tabId}`, '[data-testid="flag-item"]')).cpu);
    const traces = traced
      ? [
          await tracedOpen(context, `popup, ${FLAGS} flagged replies`, `chrome-extension://${id}/popup.html?tab=${tabId}`, '[data-testid="flag-item"]', { width: 400, height: 600 }),
          await tracedOpen(context, 'popup, not reading', `chrome-extension://${id}/popup.html?tab=999999`, 'h2', { width: 400, height: 600 }),
        ]
      : [];
    return { reads, blankOpens, blankInPage, emptyOpens, emptyInPage, popupOpens, popupInPage, whyClicks, nodes, traces, cpu };

}

const spread = (values: number[]) => {
  const known = values.filter((v) => Number.isFinite(v));
  if (known.length === 0) return 'n/a';
  const missing = values.length - known.length;
  return `${median(known).toFixed(0)} ms [${Math.min(...known).toFixed(0)}–${Math.max(...known).toFixed(0)}]${missing > 0 ? ` (${missing} of ${values.length} with no paint reported)` : ''}`;
};

/** The figures this bench is for (issue #11.6), one line each; `label` names the build. */
function headline(run: PopupRun, label = ''): string[] {
  const at = label ? ` (${label})` : '';
  const candor = run.popupInPage.map((t) => t.firstPaint - t.firstScript);
  const candorEmpty = run.emptyInPage.map((t) => t.firstPaint - t.firstScript);
  return [
    `  popup, ${FLAGS} flags${at}: CANDOR'S PART, first script to first flag painted: ${spread(candor)}  (target < 200 ms); n=${candor.length}`,
    `  popup, ${FLAGS} flags${at}: main-thread CPU (thread time) in that span, traced openings: ${spread(run.cpu)}; n=${run.cpu.length}`,
    `  popup, ${FLAGS} flags${at}: first flag painted from the popup's navigation start ${spread(run.popupInPage.map((t) => t.firstPaint))}; in the DOM ${spread(run.popupInPage.map((t) => t.firstContent))}; first script at ${spread(run.popupInPage.map((t) => t.firstScript))}`,
    `  popup, ${FLAGS} flags${at}: first item shown from opening the tab ${spread(run.popupOpens)}`,
    `  blank extension page${at} (the floor, no script): painted from its navigation start ${spread(run.blankInPage.map((t) => t.firstPaint))}; from opening the tab ${spread(run.blankOpens)}`,
    `  popup, not reading${at}: first script to heading painted ${spread(candorEmpty)}; from opening the tab ${spread(run.emptyOpens)}`,
  ];
}

function printPopup(run: PopupRun): void {
  const { reads, blankOpens, blankInPage, emptyOpens, emptyInPage, popupOpens, popupInPage, whyClicks, nodes } = run;
  for (const line of headline(run)) console.log(line);
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
}

/**
 * BENCH_BASE: the popup of two builds, ROUNDS rounds alternated in one sitting (a fresh
 * browser per round and build; each build goes first in half the rounds), every opening
 * pooled per build.
 */
async function popupAb(baseDir: string): Promise<void> {
  // Several bases may be listed, comma-separated: each is named by its folder (…/<name>/chrome-mv3).
  const bases = baseDir.split(',').map((dir) => path.resolve(dir));
  const builds = [
    ...bases.map((dir, i) => ({ label: bases.length === 1 ? 'base' : `base ${i + 1} (${path.basename(path.dirname(dir))})`, dir })),
    { label: 'new', dir: EXTENSION_DIR },
  ];
  const pooled = new Map<string, PopupRun[]>(builds.map((b) => [b.label, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? builds : [...builds].reverse();
    for (const build of order) {
      const { context, worker, id, close } = await launch(build.dir);
      try {
        const run = await measurePopup(context, worker, id, false);
        pooled.get(build.label)!.push(run);
        const candor = run.popupInPage.map((t) => t.firstPaint - t.firstScript);
        console.log(`round ${round + 1}, ${build.label}: Candor's part ${spread(candor)}, its CPU ${spread(run.cpu)}; blank page painted ${spread(run.blankInPage.map((t) => t.firstPaint))}; load average ${loadavg()[0]!.toFixed(1)}`);
      } finally {
        await close();
      }
    }
  }
  const merge = (runs: PopupRun[]): PopupRun => ({
    reads: runs[0]!.reads,
    blankOpens: runs.flatMap((r) => r.blankOpens),
    blankInPage: runs.flatMap((r) => r.blankInPage),
    emptyOpens: runs.flatMap((r) => r.emptyOpens),
    emptyInPage: runs.flatMap((r) => r.emptyInPage),
    popupOpens: runs.flatMap((r) => r.popupOpens),
    popupInPage: runs.flatMap((r) => r.popupInPage),
    whyClicks: runs.flatMap((r) => r.whyClicks),
    nodes: runs.at(-1)!.nodes,
    traces: [],
    cpu: runs.flatMap((r) => r.cpu),
  });
  console.log(`Candor's popup, ${ROUNDS} rounds of ${RUNS} openings per build, alternated (${builds.map((b) => `${b.label}: ${b.dir}`).join('; ')}):`);
  for (const build of builds) for (const line of headline(merge(pooled.get(build.label)!), build.label)) console.log(line);
}

async function main(): Promise<void> {
  if (BASE_DIR) return popupAb(BASE_DIR);
  const { context, worker, id, close } = await launch();
  try {
    // 1. The popup (measured first, before the history is seeded, so nothing else runs).
    const popupRun = await measurePopup(context, worker, id, true);

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
    printPopup(popupRun);
    for (const traced of [...popupRun.traces, ...(history ? [history.historyTrace] : [])]) printTracedOpen(traced);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
