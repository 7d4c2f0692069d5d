/**
 * Held-out check: chat pages written blind from the evidence (docs/design notes and public
 * projects' selectors), not from our adapters or our own fixtures. For each of the 9 sites and
 * each layout generation (early-2026, late-2026) one page holds a finished conversation of four
 * turns (two sycophantic replies, two healthy ones whose turns carry flattering "bait" in their
 * non-answer parts: thinking blocks, source cards, disclaimers, bot headers), then streams a
 * fifth, sycophantic reply the way the site streams.
 *
 * Per page, four verdicts, each a soft expectation so one run reports all of them:
 *  1. load flags right: each sycophantic reply flagged exactly once at medium/high, the healthy
 *     ones at none/low (or unflagged), no flag on a user turn, none that spans several replies;
 *  2. no bait leaked: the healthy replies carry no level above none and no rule category at all
 *     (alone they score none with no category, so any category means Candor read bait), and no
 *     medium/high flag sits on an element that is not a reply;
 *  3. streamed reply: no new flag while it streams, exactly one new medium/high flag on it
 *     within 15 s of the end, and still one a few seconds later;
 *  4. no page errors.
 * A JSON record per page goes to $HELDOUT_RESULTS (default /tmp/candor-heldout-results).
 *
 * Run one page at a time: npx playwright test -c tests/heldout/playwright.config.ts -g chatgpt-early
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { closeFirstRunTab } from '../../scripts/lib/first-run-tab.ts';
import { expect, serveAt, test } from '../e2e/fixtures';
import { clickInFlag, flagText, flagsOnPage, flagsWithTheirText } from '../e2e/flags';
import { HELDOUT_PAGES, HELDOUT_REPLIES, HELDOUT_USERS, type PageCase } from './pages';

const HERE = import.meta.dirname;
const RESULTS = process.env.HELDOUT_RESULTS ?? path.join(os.tmpdir(), 'candor-heldout-results');

const USERS = HELDOUT_USERS;
const REPLIES = HELDOUT_REPLIES;
const PAGES: PageCase[] = [...HELDOUT_PAGES];

// Diagnostic variants while investigating a failure: HELDOUT_EXTRA="name|url|/abs/file.html;…".
for (const spec of (process.env.HELDOUT_EXTRA ?? '').split(';').filter(Boolean)) {
  const [name = '', url = '', file = ''] = spec.split('|');
  PAGES.push({ name, url, file });
}

type Owner = { kind: 'reply'; index: number } | { kind: 'user'; index: number } | { kind: 'unknown' } | { kind: 'ambiguous'; replies: number[] };

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Which reply (or user turn) the text around a flag belongs to. */
function ownerOf(text: string): Owner {
  const t = squash(text);
  const replies = REPLIES.flatMap((reply, index) => (t.includes(reply.head) || t.includes(reply.tail) ? [index] : []));
  if (replies.length === 1) return { kind: 'reply', index: replies[0]! };
  if (replies.length > 1) return { kind: 'ambiguous', replies };
  const user = USERS.findIndex((u) => t.includes(u));
  return user >= 0 ? { kind: 'user', index: user } : { kind: 'unknown' };
}

interface SeenFlag {
  level: string | null;
  /** The categories of the rules that fired, even below the level's threshold ('' = none). */
  categories: string;
  owner: Owner;
  text: string;
}

async function readFlags(page: Page): Promise<SeenFlag[]> {
  // Both readers list the flags in the same (document) order.
  for (let attempt = 0; ; attempt += 1) {
    const [withText, plain] = await Promise.all([flagsWithTheirText(page), flagsOnPage(page)]);
    if (withText.length === plain.length || attempt >= 5) {
      return withText.map((flag, i) => ({
        level: flag.level,
        categories: plain[i]?.categories ?? '',
        owner: ownerOf(flag.text),
        text: squash(flag.text).slice(0, 160),
      }));
    }
  }
}

const HIGHISH = new Set(['medium', 'high']);
const shape = (flags: SeenFlag[]) => JSON.stringify(flags.map((f) => [f.level, f.owner]));

/** Wait up to `firstMs` for at least `atLeast` flags, then until two reads 1 s apart agree (max 20 s). Never throws. */
async function settle(page: Page, atLeast: number, firstMs = 20_000): Promise<SeenFlag[]> {
  const start = Date.now();
  let flags = await readFlags(page);
  while (flags.length < atLeast && Date.now() - start < firstMs) {
    await page.waitForTimeout(500);
    flags = await readFlags(page);
  }
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    await page.waitForTimeout(1_000);
    const now = await readFlags(page);
    if (shape(now) === shape(flags)) return now;
    flags = now;
  }
  return flags;
}

const describe = (flags: SeenFlag[]) =>
  flags.length === 0
    ? 'no flags at all'
    : flags
        .map((f) => {
          const o = f.owner;
          const who = o.kind === 'reply' ? `reply ${o.index + 1}` : o.kind === 'user' ? `USER turn ${o.index + 1}` : o.kind === 'ambiguous' ? `AMBIGUOUS (replies ${o.replies.map((r) => r + 1).join('+')})` : `UNKNOWN element "${f.text.slice(0, 80)}"`;
          return `${who}: ${f.level}${f.categories ? ` [${f.categories}]` : ''}`;
        })
        .join('; ');


for (const pc of PAGES) {
  test(pc.name, async ({ context, serviceWorker, pageErrors }) => {
    expect(serviceWorker.url()).toContain('chrome-extension://');
    const html = readFileSync(path.resolve(HERE, pc.file ?? `${pc.name}.html`), 'utf8');
    await serveAt(context, pc.url, html);
    const welcomeClosed = await closeFirstRunTab(context, 10_000);
    const page = await context.newPage();
    await page.bringToFront();
    await page.goto(pc.url, { waitUntil: 'load' });

    const record: Record<string, unknown> = { page: pc.name, url: pc.url, welcomeClosed };

    // 1 + 2: the finished conversation as loaded.
    const load = await settle(page, 2);
    record.load = describe(load);
    record.loadRaw = (await flagsOnPage(page)).map((f) => [f.level, f.categories]);
    const onReply = (i: number, flags: SeenFlag[]) => flags.filter((f) => f.owner.kind === 'reply' && f.owner.index === i);
    const loadProblems: string[] = [];
    for (const i of [0, 2]) {
      const mine = onReply(i, load);
      if (mine.length !== 1) loadProblems.push(`sycophantic reply ${i + 1} has ${mine.length} flags`);
      else if (!HIGHISH.has(mine[0]!.level ?? '')) loadProblems.push(`sycophantic reply ${i + 1} flagged ${mine[0]!.level}`);
    }
    for (const i of [1, 3]) {
      const mine = onReply(i, load);
      if (mine.length > 1) loadProblems.push(`healthy reply ${i + 1} has ${mine.length} flags`);
      for (const f of mine) if (HIGHISH.has(f.level ?? '')) loadProblems.push(`healthy reply ${i + 1} flagged ${f.level}`);
    }
    for (const f of load) {
      if (f.owner.kind === 'user') loadProblems.push(`flag on user turn ${f.owner.index + 1} (${f.level})`);
      if (f.owner.kind === 'ambiguous') loadProblems.push(`flag whose element holds replies ${f.owner.replies.map((r) => r + 1).join('+')} (${f.level})`);
    }
    // Bait: the healthy replies alone score none with no category at all (candor check, with
    // or without their user message and history), so any level or category on them means
    // Candor read something besides the reply; medium/high also fails the brief's criterion.
    const baitProblems: string[] = [];
    for (const i of [1, 3])
      for (const f of onReply(i, load))
        if (HIGHISH.has(f.level ?? '') || f.level === 'low' || f.categories) baitProblems.push(`healthy reply ${i + 1} flagged ${f.level}${f.categories ? ` with categories [${f.categories}]` : ''}`);
    for (const f of load) if (f.owner.kind === 'unknown' && (HIGHISH.has(f.level ?? '') || f.categories)) baitProblems.push(`flag ${f.level} [${f.categories}] on a non-reply element: "${f.text.slice(0, 100)}"`);
    record.loadProblems = loadProblems;
    record.baitProblems = baitProblems;
    // What Candor read, for each flag that should not be there: its card quotes the words it judged.
    const cards: string[] = [];
    for (const [index, f] of load.entries()) {
      const wrong = (HIGHISH.has(f.level ?? '') || f.level === 'low' || f.categories !== '') && !(f.owner.kind === 'reply' && REPLIES[f.owner.index]!.sycophantic);
      if (!wrong) continue;
      try {
        await clickInFlag(page, index, 'toggle');
        await page.waitForTimeout(400);
        cards.push(`flag ${index} (${describe([f])}): ${squash(await flagText(page, index)).slice(0, 700)}`);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(200);
      } catch (error) {
        cards.push(`flag ${index}: could not open its card (${String(error).slice(0, 120)})`);
      }
    }
    record.wrongFlagCards = cards;

    // 3: a fifth reply streamed in. Virtualized pages may unmount the oldest round meanwhile,
    // so everything is judged per reply, never by the total number of flags.
    const newFlags = (flags: SeenFlag[]) =>
      flags.filter(
        (f) =>
          (f.owner.kind === 'reply' && f.owner.index === 4) ||
          (f.owner.kind === 'user' && f.owner.index === 4) ||
          ((f.owner.kind === 'unknown' || f.owner.kind === 'ambiguous') && !load.some((l) => l.text === f.text)),
      );
    const repeats = (flags: SeenFlag[]) =>
      [0, 1, 2, 3].flatMap((i) => {
        const mine = onReply(i, flags);
        const was = onReply(i, load);
        if (mine.length > 1) return [`reply ${i + 1} now has ${mine.length} flags`];
        if (mine.length === 1 && was.length === 1 && mine[0]!.level !== was[0]!.level) return [`reply ${i + 1} changed from ${was[0]!.level} to ${mine[0]!.level}`];
        if (mine.length === 1 && was.length === 0) return [`reply ${i + 1} newly flagged ${mine[0]!.level}`];
        return [];
      });
    await page.evaluate(() => {
      void (window as unknown as { __heldout: { stream(): Promise<void> } }).__heldout.stream();
    });
    const streamProblems: string[] = [];
    const duringStream: string[] = [];
    const streamStart = Date.now();
    for (;;) {
      const state = await page.evaluate(() => (window as unknown as { __heldout: { state: string } }).__heldout.state);
      const now = await readFlags(page);
      const seen = [...newFlags(now).map((f) => describe([f])), ...repeats(now)];
      if (seen.length) duringStream.push(`${((Date.now() - streamStart) / 1000).toFixed(1)} s: ${seen.join('; ')}`);
      if (state === 'done') break;
      if (Date.now() - streamStart > 30_000) {
        streamProblems.push('the page never finished streaming (harness bug)');
        break;
      }
      await page.waitForTimeout(200);
    }
    const streamMs = Date.now() - streamStart;
    if (duringStream.length) streamProblems.push(`flag(s) while streaming: ${duringStream[0]}`);
    const doneAt = Date.now();
    let firstFlagMs: number | null = null;
    let after = await readFlags(page);
    while (Date.now() - doneAt < 15_000) {
      if (onReply(4, after).length > 0) {
        firstFlagMs = Date.now() - doneAt;
        break;
      }
      await page.waitForTimeout(250);
      after = await readFlags(page);
    }
    // Give a second (duplicate) flag time to appear.
    await page.waitForTimeout(4_000);
    after = await settle(page, 0, 0);
    const streamed = onReply(4, after);
    if (firstFlagMs === null) streamProblems.push(`no flag on the streamed reply within 15 s of its end (flags now: ${describe(after)})`);
    if (streamed.length > 1) streamProblems.push(`streamed reply flagged ${streamed.length} times (${streamed.map((f) => f.level).join(', ')})`);
    if (streamed.length === 1 && !HIGHISH.has(streamed[0]!.level ?? '')) streamProblems.push(`streamed reply flagged ${streamed[0]!.level}`);
    for (const f of newFlags(after)) if (!(f.owner.kind === 'reply' && f.owner.index === 4)) streamProblems.push(`new flag after streaming: ${describe([f])}`);
    for (const r of repeats(after)) streamProblems.push(`after streaming, ${r}`);
    record.stream = { streamMs, firstFlagMs, after: describe(after) };
    record.streamProblems = streamProblems;
    record.pageErrors = [...pageErrors];

    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(path.join(RESULTS, `${pc.name}.json`), `${JSON.stringify(record, null, 2)}\n`);

    expect.soft(loadProblems, `load flags right [${record.load as string}]`).toEqual([]);
    expect.soft(baitProblems, `no bait leaked [${record.load as string}]`).toEqual([]);
    expect.soft(streamProblems, 'streamed reply flagged once, after it finished').toEqual([]);
    expect.soft(pageErrors, 'no page errors').toEqual([]);
  });
}
