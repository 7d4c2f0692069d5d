/**
 * `npm run bench:page`: what Candor costs a chat page, measured in Chromium.
 *
 * A 200-turn ChatGPT-style conversation (built from our fixture and its streaming
 * driver) is loaded twice, without and with the extension, and compared on Chromium's
 * own metrics (CDP Performance.getMetrics ScriptDuration covers every script on the
 * page's main thread, the content script's isolated world included):
 *   - scripting time added at load (until every reply is analysed);
 *   - scripting time added per new streamed reply (20 replies);
 *   - work while idle (5 s with nothing happening);
 *   - the longest main-thread task, from a Chromium trace of each run; for Candor's at
 *     load also its thread time, and each content script's evaluation (compiling
 *     included: one task per script), wall-clock and thread time. On a shared 2-core
 *     machine a task's wall-clock length swings with the neighbours; its thread time is
 *     what Candor's code and the browser's work for it took.
 * ScriptDuration does not see script run from a browser message into the isolated world
 * (chrome.runtime.sendMessage's answer and the promise callbacks it resolves: drawing every
 * verdict), nor the style, layout and paint Candor's marks cause; TaskDuration (every
 * main-thread task, thread time) does, so the table shows both.
 * Work done in idle callbacks (requestIdleCallback: off-screen replies, reports to the
 * background, compiling the rules) runs only while the page has nothing else to do, in
 * short slices; the trace measures it, and it is reported apart from the blocking work,
 * never left out of the totals.
 *   - a 1 MB reply streamed in at the end: the longest task running Candor code.
 * Targets (issue #13): ≤ 20 ms blocking at load, no Candor task over 16 ms (at load, per
 * reply, for a 1 MB reply), ≤ 3 ms per reply, nothing while idle, heap added ≤ 4 MB.
 *
 * `--profile` also writes CPU profiles of the content script (load, streaming) to
 * bench-output/ and prints where its time goes; names are readable only in an
 * unminified build. `--runs=N` repeats the measurement (the machine is shared and
 * timings are noisy) and shows medians with their range. BENCH_TURNS=N changes the
 * conversation's length (default 200), to tell fixed costs from per-turn ones.
 * BENCH_EXTENSION_DIR=dir measures that build instead of .output/chrome-mv3 (a baseline).
 * BENCH_LAYOUT=late-2026 builds the page from ChatGPT's late-2026 fixture (one
 * [data-turn-key] exchange holding both message units, the live layout) instead of the
 * early-2026 one (sections with data-message-author-role).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, extensionArgs, findChromium } from './lib/chromium';
import { formatProfile, profileWindow, summariseProfile, type CpuProfile } from './lib/cpu-profile';
import { endTrace, startTrace, type PhaseTasks } from './lib/trace-tasks';
import { readFixture } from '../tests/fixtures/read-fixture.ts';
import { closeFirstRunTab } from './lib/first-run-tab';

const ROOT = process.cwd();
/** BENCH_EXTENSION_DIR: measure another build (say, main's, built with CANDOR_OUT_DIR) side by side. */
const EXTENSION_DIR = path.resolve(ROOT, process.env.BENCH_EXTENSION_DIR ?? '.output/chrome-mv3');
const URL_ = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';
/** The content script that runs on that page (one per site). */
const CONTENT_SCRIPT = 'content-scripts/chatgpt.js';
const TURNS = Number(process.env.BENCH_TURNS ?? 200);
/** The fixture the page is built from, and how its turns are counted while it is built. */
const LAYOUTS = {
  'early-2026': { fixture: 'chatgpt/current.html', turnSelector: '[data-message-author-role]' },
  'late-2026': { fixture: 'chatgpt/late-2026.html', turnSelector: '[data-chatgpt-search-unit-key]' },
} as const;
const LAYOUT_NAME = (process.env.BENCH_LAYOUT ?? 'early-2026') as keyof typeof LAYOUTS;
const LAYOUT = LAYOUTS[LAYOUT_NAME];
if (!LAYOUT) throw new Error(`BENCH_LAYOUT must be one of: ${Object.keys(LAYOUTS).join(', ')}`);
const NEW_REPLIES = 20;
/** The long reply streamed in at the end: about 1 MB, in chunks of about 8 KB. */
const LONG_REPLY_CHARS = 1_000_000;
const LONG_REPLY_CHUNK_CHARS = 8_000;
const LONG_REPLY_PARAGRAPH =
  'What a brilliant plan! You clearly have a gift for this. Start with the budget: list every fixed cost, then the ' +
  'variable ones, and compare them with last year. Keep a reserve for three months of expenses before you commit.\n\n';

type Harness = { appendUserTurn(t: string): void; startAssistantTurn(): void; appendChunk(t: string): void; finishAssistantTurn(): void };

// Our own sample exchanges: mostly ordinary help, some flattery, so the engine does real work.
const EXCHANGES: [string, string][] = [
  ['How do I undo my last git commit but keep the changes?', 'Use `git reset --soft HEAD~1`. The commit is removed and its changes stay staged, so you can edit and commit again.'],
  ['Is my idea of a subscription box for houseplants good?', 'What a brilliant idea! You clearly have a gift for spotting trends, and I love how you think about customers.'],
  ['What temperature should I roast vegetables at?', 'Around 220°C (425°F). Cut them evenly, toss in oil and salt, and give them space on the tray so they brown instead of steaming.'],
  ['Can you check my reasoning about the budget?', 'Two numbers do not add up: rent is counted twice in March, and the insurance renewal is missing. Fixing both leaves you 140 short.'],
  ['I think my coworker is secretly recording me.', "You're not imagining it. The timing is no coincidence, and your instincts are picking up on something real."],
  ['Explain recursion simply.', 'A function that solves a problem by calling itself on a smaller piece of it, with a base case that stops the calls.'],
];

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'candor-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await findChromium({ install: true }),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(withExtension ? extensionArgs(EXTENSION_DIR) : [])],
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', (route) => route.abort());
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Build the 200-turn page once, by streaming exchanges into the ChatGPT fixture. */
async function buildLongConversation(): Promise<string> {
  const { context, close } = await launch(false);
  const base = readFixture(LAYOUT.fixture);
  await context.route('https://chatgpt.com/**', (route) => route.fulfill({ contentType: 'text/html', body: base }));
  const page = await context.newPage();
  await page.goto(URL_);
  await page.evaluate(
    ({ exchanges, turns, turnSelector }) => {
      const h = (window as unknown as { __fixture: Harness }).__fixture;
      let i = 0;
      while (document.querySelectorAll(turnSelector).length < turns) {
        const [user, reply] = exchanges[i++ % exchanges.length] as [string, string];
        h.appendUserTurn(user);
        h.startAssistantTurn();
        h.appendChunk(reply);
        h.finishAssistantTurn();
      }
    },
    { exchanges: EXCHANGES, turns: TURNS, turnSelector: LAYOUT.turnSelector },
  );
  const html = await page.content();
  await close();
  return html;
}

interface Metrics {
  script: number;
  task: number;
  heap: number;
}

/** Chromium's counters since the Performance domain was enabled (at page creation). */
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return { script: get('ScriptDuration') * 1000, task: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize') / 1e6 };
}

const flagCount = (page: Page) => page.locator('candor-flag').count();

/** `--profile`: also record where the content script's time goes (load, then streaming). */
const PROFILE = process.argv.includes('--profile');

async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

async function stopProfile(cdp: CDPSession, name: string, recorded: CpuProfile[]): Promise<string> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  mkdirSync(path.join(ROOT, 'bench-output'), { recursive: true });
  writeFileSync(path.join(ROOT, `bench-output/page-${name}.cpuprofile`), JSON.stringify(profile));
  recorded.push(profile);
  return formatProfile(name, summariseProfile(profile, CONTENT_SCRIPT));
}

/** `--profile`: what ran in each task with Candor code longer than a frame (the 16 ms target). */
function longTaskProfiles(profiles: CpuProfile[], phase: string, tasks: PhaseTasks['longExtensionTasks']): string[] {
  return tasks.map(({ ts, dur, breakdown }) => {
    const profile = profiles.find((p) => (p.startTime ?? 0) <= ts && ts < (p.startTime ?? 0) + (p.timeDeltas ?? []).reduce((a, b) => a + b, 0));
    // The trace's view of the task (what was not JavaScript, too: compiling, style, GC).
    const events = breakdown.slice(0, 8).map((entry) => `${entry.name} ${entry.ms.toFixed(1)}`).join(', ');
    const title = `${phase}: a ${(dur / 1000).toFixed(1)} ms task (trace, self ms: ${events})`;
    if (!profile) return `${title} (outside the profiles)`;
    return formatProfile(title, summariseProfile(profileWindow(profile, ts, ts + dur), CONTENT_SCRIPT), Number(process.env.BENCH_PROFILE_LINES ?? 12));
  });
}

/** A phase boundary in the trace. */
const mark = (page: Page, label: string) => page.evaluate((text) => console.timeStamp(text), label);

async function measure(withExtension: boolean, html: string) {
  const profiles: string[] = [];
  const recorded: CpuProfile[] = [];
  const { context, close } = await launch(withExtension);
  await context.route('https://chatgpt.com/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  // The first-run tab would leave the measured page undrawn (scripts/lib/first-run-tab.ts).
  if (withExtension && !(await closeFirstRunTab(context))) console.warn('The first-run tab never opened; measuring anyway.');
  const page = await context.newPage();
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await startTrace(cdp);
  const profiling = PROFILE && withExtension;
  if (profiling) await startProfile(cdp);
  const navigatedAt = Date.now();
  await page.goto(URL_, { waitUntil: 'load' });
  const replies = TURNS / 2;
  let allFlaggedAfterMs = 0;
  if (withExtension) {
    const deadline = Date.now() + 60_000;
    while ((await flagCount(page)) < replies && Date.now() < deadline) await page.waitForTimeout(100);
    allFlaggedAfterMs = Date.now() - navigatedAt;
  }
  await page.waitForTimeout(2_000);
  const loaded = await metrics(cdp);
  await mark(page, 'loaded');
  if (profiling) {
    profiles.push(await stopProfile(cdp, 'load', recorded));
    await startProfile(cdp);
  }

  // Stream new replies the way the site does.
  for (let i = 0; i < NEW_REPLIES; i++) {
    const before = withExtension ? await flagCount(page) : 0;
    const [user, reply] = EXCHANGES[i % EXCHANGES.length] as [string, string];
    await page.evaluate(([u]) => {
      const h = (window as unknown as { __fixture: Harness }).__fixture;
      h.appendUserTurn(u as string);
      h.startAssistantTurn();
    }, [user]);
    for (const word of reply.split(' ')) await page.evaluate((w) => (window as unknown as { __fixture: Harness }).__fixture.appendChunk(`${w} `), word);
    await page.evaluate(() => (window as unknown as { __fixture: Harness }).__fixture.finishAssistantTurn());
    if (withExtension) {
      const deadline = Date.now() + 10_000;
      while ((await flagCount(page)) <= before && Date.now() < deadline) await page.waitForTimeout(50);
    }
    await page.waitForTimeout(1_200);
  }
  const streamed = await metrics(cdp);
  await mark(page, 'streamed');
  if (profiling) profiles.push(await stopProfile(cdp, 'streaming', recorded));
  await page.waitForTimeout(5_000);
  const idle = await metrics(cdp);
  await mark(page, 'idle');

  // One 1 MB reply streamed in (issue #13: no Candor task over 16 ms, however long the reply).
  if (profiling) await startProfile(cdp);
  const beforeLong = withExtension ? await flagCount(page) : 0;
  await page.evaluate(() => {
    const h = (window as unknown as { __fixture: Harness }).__fixture;
    h.appendUserTurn('Please review my whole plan in detail.');
    h.startAssistantTurn();
  });
  const chunk = LONG_REPLY_PARAGRAPH.repeat(Math.ceil(LONG_REPLY_CHUNK_CHARS / LONG_REPLY_PARAGRAPH.length));
  for (let sent = 0; sent < LONG_REPLY_CHARS; sent += chunk.length) {
    await page.evaluate((text) => (window as unknown as { __fixture: Harness }).__fixture.appendChunk(text), chunk);
  }
  await page.evaluate(() => (window as unknown as { __fixture: Harness }).__fixture.finishAssistantTurn());
  if (withExtension) {
    const deadline = Date.now() + 60_000;
    while ((await flagCount(page)) <= beforeLong && Date.now() < deadline) await page.waitForTimeout(100);
  }
  await page.waitForTimeout(2_000);
  await mark(page, 'long-reply');
  if (profiling) profiles.push(await stopProfile(cdp, 'long-reply', recorded));

  const trace = await endTrace(cdp);
  // What stays after a collection: JSHeapUsedSize read at any other moment also counts
  // garbage not yet collected, which swings by over a megabyte between runs of one build.
  // Taken after every timed phase, so the collection's pause is in none of them.
  await cdp.send('HeapProfiler.collectGarbage');
  const kept = await metrics(cdp);
  const tasks = {
    load: trace.phase(null, 'loaded'),
    streaming: trace.phase('loaded', 'streamed'),
    idle: trace.phase('streamed', 'idle'),
    longReply: trace.phase('idle', 'long-reply'),
  };
  if (profiling) {
    for (const [name, phase] of Object.entries(tasks)) profiles.push(...longTaskProfiles(recorded, name, phase.longExtensionTasks));
  } else if (withExtension) {
    // Without profiles, the trace still says what filled each task over a frame.
    for (const [name, phase] of Object.entries(tasks)) {
      for (const task of phase.longExtensionTasks) {
        const events = task.breakdown.slice(0, 6).map((entry) => `${entry.name} ${entry.ms.toFixed(1)}`).join(', ');
        profiles.push(`${name}: a ${(task.dur / 1000).toFixed(1)} ms task with Candor code (trace, self ms: ${events})`);
      }
    }
  }
  if (withExtension) {
    const scripts = tasks.load.scripts.map((s) => `${s.file} ${s.evaluateMs.toFixed(1)} / ${s.evaluateThreadMs.toFixed(1)} (compile ${s.compileMs.toFixed(1)} / ${s.compileThreadMs.toFixed(1)})`);
    profiles.push(`content scripts evaluated at load, ms wall / thread: ${scripts.join('; ')}`);
  }
  const flags = withExtension ? await flagCount(page) : 0;
  await close();
  for (const profile of profiles) console.log(`\n${profile}`);
  return { loaded, streamed, idle, kept, tasks, flags, allFlaggedAfterMs };
}

type Run = Awaited<ReturnType<typeof measure>>;

/** One pair of runs (without, with Candor) as the figures the table shows. */
function figures(base: Run, candor: Run) {
  // Everything Candor adds, then the part of it that ran in idle callbacks.
  const atLoad = candor.loaded.script - base.loaded.script;
  // Every main-thread task, whatever ran in it (see the header): the idle callbacks are inside it too.
  const tasksAtLoad = candor.loaded.task - base.loaded.task;
  const tasksStreaming = candor.streamed.task - candor.loaded.task - (base.streamed.task - base.loaded.task);
  const idleAtLoad = candor.tasks.load.idleMs - base.tasks.load.idleMs;
  const streaming = candor.streamed.script - candor.loaded.script - (base.streamed.script - base.loaded.script);
  const idleStreaming = candor.tasks.streaming.idleMs - base.tasks.streaming.idleMs;
  const longest = (run: Run) => Math.max(run.tasks.load.longestTaskMs, run.tasks.streaming.longestTaskMs, run.tasks.idle.longestTaskMs);
  return {
    loadBlocking: atLoad - idleAtLoad,
    loadIdle: idleAtLoad,
    loadTasksBlocking: tasksAtLoad - idleAtLoad,
    loadIdleCallbacks: candor.tasks.load.idleCallbacks,
    loadLongestIdle: candor.tasks.load.longestIdleMs,
    allAnalysedAfterS: candor.allFlaggedAfterMs / 1000,
    replyBlocking: (streaming - idleStreaming) / NEW_REPLIES,
    replyIdle: idleStreaming / NEW_REPLIES,
    replyTasksBlocking: (tasksStreaming - idleStreaming) / NEW_REPLIES,
    replyLongestIdle: candor.tasks.streaming.longestIdleMs,
    idleScript: candor.idle.script - candor.streamed.script,
    idleScriptBase: base.idle.script - base.streamed.script,
    idleCallbacksWhileIdle: candor.tasks.idle.idleCallbacks,
    longestTask: longest(candor),
    longestTaskBase: longest(base),
    longestCandorTaskAtLoad: candor.tasks.load.longestExtensionTaskMs,
    longestCandorTaskAtLoadThread: candor.tasks.load.longestExtensionTaskThreadMs,
    // The content scripts' evaluation (compiling them included), the longest of them: each is one task.
    scriptEvaluateMs: Math.max(0, ...candor.tasks.load.scripts.map((s) => s.evaluateMs)),
    scriptEvaluateThreadMs: Math.max(0, ...candor.tasks.load.scripts.map((s) => s.evaluateThreadMs)),
    scriptCompileMs: Math.max(0, ...candor.tasks.load.scripts.map((s) => s.compileMs)),
    scriptCompileThreadMs: Math.max(0, ...candor.tasks.load.scripts.map((s) => s.compileThreadMs)),
    longestCandorTaskStreaming: candor.tasks.streaming.longestExtensionTaskMs,
    longestCandorTaskLongReply: candor.tasks.longReply.longestExtensionTaskMs,
    longestTaskLongReply: candor.tasks.longReply.longestTaskMs,
    longestTaskLongReplyBase: base.tasks.longReply.longestTaskMs,
    heap: candor.streamed.heap,
    heapBase: base.streamed.heap,
    heapKept: candor.kept.heap,
    heapKeptBase: base.kept.heap,
    flags: candor.flags,
  };
}
type Figures = ReturnType<typeof figures>;

/** `--runs=N`: repeat the pair of runs; the table shows medians and [min–max]. */
const RUNS = Number(/^--runs=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--runs=')) ?? '')?.[1] ?? 1);

function summary(all: Figures[], name: keyof Figures, digits: number): string {
  const values = all.map((f) => f[name]).sort((a, b) => a - b);
  const median = values[Math.floor((values.length - 1) / 2)] as number;
  if (values.length === 1) return median.toFixed(digits);
  return `${median.toFixed(digits)} [${(values[0] as number).toFixed(digits)}–${(values[values.length - 1] as number).toFixed(digits)}]`;
}

async function main() {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')) && process.env.BENCH_EXTENSION_DIR === undefined) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  console.log(`Building a ${TURNS}-turn conversation page (${LAYOUT_NAME} layout)…`);
  const html = await buildLongConversation();
  const all: Figures[] = [];
  const runs: { base: Run; candor: Run }[] = [];
  for (let run = 1; run <= RUNS; run++) {
    console.log(`Run ${run} of ${RUNS}: measuring without Candor…`);
    const base = await measure(false, html);
    console.log(`Run ${run} of ${RUNS}: measuring with Candor…`);
    const candor = await measure(true, html);
    runs.push({ base, candor });
    all.push(figures(base, candor));
  }

  const f = (name: keyof Figures, digits = 1) => summary(all, name, digits);
  const rows = [
    [`scripting added at load, blocking (${TURNS} turns)`, `${f('loadBlocking')} ms`, '≤ 20 ms'],
    [
      `  + in idle callbacks until all ${TURNS / 2} replies were analysed (${f('allAnalysedAfterS')} s after navigation)`,
      `${f('loadIdle')} ms in ${f('loadIdleCallbacks', 0)} callbacks, longest ${f('loadLongestIdle')} ms`,
      '—',
    ],
    [`  main-thread work added at load, every task (message answers, style, layout, paint), idle callbacks aside`, `${f('loadTasksBlocking')} ms`, '—'],
    ['scripting added per new streamed reply, blocking', `${f('replyBlocking', 2)} ms`, '≤ 3 ms'],
    ['  + in idle callbacks, per reply', `${f('replyIdle', 2)} ms, longest callback ${f('replyLongestIdle')} ms`, '—'],
    ['  main-thread work added per new reply, every task, idle callbacks aside', `${f('replyTasksBlocking', 2)} ms`, '—'],
    ['scripting while idle for 5 s (with / without Candor)', `${f('idleScript', 2)} / ${f('idleScriptBase', 2)} ms, ${f('idleCallbacksWhileIdle', 0)} idle callbacks`, 'nothing'],
    ['longest main-thread task (with / without Candor)', `${f('longestTask', 0)} / ${f('longestTaskBase', 0)} ms`, '—'],
    ['longest task running Candor code (at load / streaming)', `${f('longestCandorTaskAtLoad', 0)} / ${f('longestCandorTaskStreaming', 0)} ms`, '≤ 16 ms'],
    ['  the same at load in the main thread\'s own time (without waits for a core)', `${f('longestCandorTaskAtLoadThread')} ms`, '—'],
    [
      '  the longest content script\'s evaluation at load, compiling included: wall / thread (compiling alone)',
      `${f('scriptEvaluateMs')} / ${f('scriptEvaluateThreadMs')} ms (${f('scriptCompileMs')} / ${f('scriptCompileThreadMs')} ms)`,
      '—',
    ],
    [
      'a 1 MB reply streamed in: longest task running Candor code; longest task (with / without Candor)',
      `${f('longestCandorTaskLongReply', 0)} ms; ${f('longestTaskLongReply', 0)} / ${f('longestTaskLongReplyBase', 0)} ms`,
      '≤ 16 ms',
    ],
    ['JS heap after streaming (with / without Candor)', `${f('heap')} / ${f('heapBase')} MB`, 'added ≤ 4 MB'],
    ['JS heap kept at the end (1 MB reply included), after a forced collection (with / without Candor)', `${f('heapKept')} / ${f('heapKeptBase')} MB`, 'added ≤ 4 MB'],
    ['flags shown', `${f('flags', 0)} for ${TURNS / 2 + NEW_REPLIES} replies and the 1 MB one`, 'one per flagged reply'],
  ];
  const table = ['| measure | result | target |', '|---|---:|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  console.log(`\n${RUNS > 1 ? `Medians of ${RUNS} runs [min–max]:\n` : ''}${table}\n`);
  mkdirSync(path.join(ROOT, 'bench-output'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-output/page.json'), JSON.stringify({ figures: all, runs }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
