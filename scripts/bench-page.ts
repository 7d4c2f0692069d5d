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
 *   - the longest main-thread task seen (PerformanceObserver 'longtask').
 * Targets (issue): ≤ 50 ms at load, ≤ 5 ms per reply, nothing while idle.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, extensionArgs, findChromium } from './lib/chromium';

const ROOT = process.cwd();
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const URL_ = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';
const TURNS = 200;
const NEW_REPLIES = 20;

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
  const base = readFileSync(path.join(ROOT, 'tests/fixtures/sites/chatgpt/current.html'), 'utf8');
  await context.route('https://chatgpt.com/**', (route) => route.fulfill({ contentType: 'text/html', body: base }));
  const page = await context.newPage();
  await page.goto(URL_);
  await page.evaluate(
    ({ exchanges, turns }) => {
      const h = (window as unknown as { __fixture: Harness }).__fixture;
      let i = 0;
      while (document.querySelectorAll('[data-message-author-role]').length < turns) {
        const [user, reply] = exchanges[i++ % exchanges.length] as [string, string];
        h.appendUserTurn(user);
        h.startAssistantTurn();
        h.appendChunk(reply);
        h.finishAssistantTurn();
      }
    },
    { exchanges: EXCHANGES, turns: TURNS },
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

async function measure(withExtension: boolean, html: string) {
  const { context, close } = await launch(withExtension);
  await context.route('https://chatgpt.com/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await context.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // longtask timing unsupported: reported as 0
    }
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(URL_, { waitUntil: 'load' });
  const replies = TURNS / 2;
  if (withExtension) {
    const deadline = Date.now() + 60_000;
    while ((await flagCount(page)) < replies && Date.now() < deadline) await page.waitForTimeout(100);
  }
  await page.waitForTimeout(2_000);
  const loaded = await metrics(cdp);

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
  await page.waitForTimeout(5_000);
  const idle = await metrics(cdp);
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const flags = withExtension ? await flagCount(page) : 0;
  await close();
  return { loaded, streamed, idle, longest, flags };
}

async function main() {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  console.log(`Building a ${TURNS}-turn conversation page…`);
  const html = await buildLongConversation();
  console.log('Measuring without Candor…');
  const base = await measure(false, html);
  console.log('Measuring with Candor…');
  const candor = await measure(true, html);

  const addedAtLoad = candor.loaded.script - base.loaded.script;
  const perReply = (candor.streamed.script - candor.loaded.script - (base.streamed.script - base.loaded.script)) / NEW_REPLIES;
  const idleScript = candor.idle.script - candor.streamed.script;
  const idleBase = base.idle.script - base.streamed.script;
  const rows = [
    ['scripting added at load (200 turns, 100 replies analysed)', `${addedAtLoad.toFixed(1)} ms`, '≤ 50 ms'],
    ['scripting added per new streamed reply', `${perReply.toFixed(2)} ms`, '≤ 5 ms'],
    ['scripting while idle for 5 s (with / without Candor)', `${idleScript.toFixed(2)} / ${idleBase.toFixed(2)} ms`, 'nothing'],
    ['longest main-thread task (with / without Candor)', `${candor.longest.toFixed(0)} / ${base.longest.toFixed(0)} ms`, '—'],
    ['JS heap after streaming (with / without Candor)', `${candor.streamed.heap.toFixed(1)} / ${base.streamed.heap.toFixed(1)} MB`, '—'],
    ['flags shown', `${candor.flags} for ${TURNS / 2 + NEW_REPLIES} replies`, 'one per reply'],
  ];
  const table = ['| measure | result | target |', '|---|---:|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  console.log(`\n${table}\n`);
  mkdirSync(path.join(ROOT, 'bench-output'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-output/page.json'), JSON.stringify({ base, candor, addedAtLoad, perReply, idleScript }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
