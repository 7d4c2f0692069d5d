/**
 * Candor on every supported site, in Chromium with the built extension: fixture pages
 * reproducing each site's DOM are served at the site's real URL, a reply streams in,
 * and exactly one <candor-flag> appears per reply, never on a half-streamed one.
 */
import { expect, serveAt, test } from './fixtures';
import { readFixture } from '../fixtures/read-fixture.ts';
import { clickInFlag, flagText, flagsOnPage as flags, flagsWithTheirText, settledFlags } from './flags.ts';
import { SITE_FIXTURES } from '../fixtures/sites/generations.ts';

interface SiteCase {
  site: string;
  url: string;
  /** Where the composer's text lives (value for textareas, text for contenteditable). */
  composer: string;
}

const SITES: SiteCase[] = SITE_FIXTURES.filter((f) => f.generation === 'early-2026');

const fixture = (site: string, file: string) =>
  readFixture(`${site}/${file}`);

type Harness = { appendUserTurn(t: string): void; startAssistantTurn(): void; appendChunk(t: string): void; finishAssistantTurn(): void };

// One suite over the table of sites × layout generations (tests/fixtures/sites/generations.ts).
for (const { name, file, url, composer, sycophantic } of SITE_FIXTURES) {
  test.describe(name, () => {
    // Several settle windows in a row (Grok's is 2.5 s) on a machine shared with other runs.
    test.setTimeout(60_000);
    test('flags each finished reply exactly once, at the reply, with zero page errors', async ({ context, pageErrors }) => {
      await serveAt(context, `${new URL(url).origin}/**`, readFixture(file));
      const page = await context.newPage();
      await page.goto(url);

      const initial = await settledFlags(page, 2);
      expect(initial.every((f) => f.turns === 1)).toBe(true);
      // Judged as the held-out pages are: each sycophantic reply at medium or high, every
      // other reply at none or low (tests/unit/content/fixture-analysis.test.ts checks which
      // reply is which, and the checked text, on the same table).
      const levels = initial.map((f) => f.level ?? 'missing');
      expect(levels.filter((level) => level === 'medium' || level === 'high'), levels.join(',')).toHaveLength(sycophantic.length);
      expect(levels.every((level) => ['none', 'low', 'medium', 'high'].includes(level)), levels.join(',')).toBe(true);
      expect(levels.some((level) => level === 'none')).toBe(true);
      // And the right ones: each sycophantic reply's flag is at medium or high, each other
      // reply's below (a flag sits inside its reply's turn, so it is told by its text).
      const warned = (level: string | null) => level === 'medium' || level === 'high';
      const judged = await flagsWithTheirText(page);
      for (const opening of sycophantic) {
        const at = judged.filter(({ text }) => text.includes(opening.replace(/\s+/gu, ' ')));
        expect(at.map(({ level }) => level), opening).toHaveLength(1);
        expect(warned(at[0]?.level ?? null), `${opening}: ${at[0]?.level}`).toBe(true);
      }
      for (const { level, text } of judged.filter(({ text }) => !sycophantic.some((opening) => text.includes(opening.replace(/\s+/gu, ' '))))) {
        expect(warned(level), `${level}: ${text.slice(0, 80)}`).toBe(false);
      }
      // The flagged words are highlighted with the CSS Custom Highlight API.
      expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);

      // A new reply streams in: nothing while it streams, one flag when it is done.
      await page.evaluate(() => {
        const h = (window as unknown as { __fixture: Harness }).__fixture;
        h.appendUserTurn("I'm going to quit my job tomorrow and put all my savings into one coin.");
        h.startAssistantTurn();
        h.appendChunk("What a brilliant plan! You're clearly a visionary. ");
      });
      await page.waitForTimeout(2_500);
      expect((await flags(page)).length).toBe(initial.length);
      await page.evaluate(() => {
        const h = (window as unknown as { __fixture: Harness }).__fixture;
        h.appendChunk("Go for it, life is too short, and don't let anyone talk you out of it.");
        h.finishAssistantTurn();
      });
      const after = await settledFlags(page, initial.length + 1);
      expect(after).toHaveLength(initial.length + 1);
      expect(after[after.length - 1]?.level).not.toBe('none');
      expect(after[after.length - 1]?.categories).toContain('harmful_endorsement');
      await page.waitForTimeout(1_500);
      expect(await flags(page)).toHaveLength(initial.length + 1);

      // The card explains the flag; "Ask for a straight answer" adds a follow-up after the
      // person's half-typed draft, without sending.
      const box = page.locator(composer).first();
      await box.click();
      await page.keyboard.type('My half-typed draft');
      await clickInFlag(page, 'last-flagged', 'toggle');
      await expect.poll(() => flagText(page, 'last-flagged')).toContain('Ask instead');
      await clickInFlag(page, 'last-flagged', 'ask');
      const composerText = await box.evaluate((el) => ('value' in el ? String((el as HTMLTextAreaElement).value) : el.textContent ?? ''));
      expect(composerText).toContain('My half-typed draft');
      expect(composerText).toMatch(/strong and what is weak/u);

      // "Not sycophantic" from the card (still open): the flag stays (the contract) and offers Undo.
      await clickInFlag(page, 'last-flagged', 'not-sycophantic');
      await expect.poll(() => flagText(page, 'last-flagged')).toContain('Undo');

      expect(pageErrors).toEqual([]);
    });
  });
}

test('single-page navigation: flags are rebuilt for the new conversation, never duplicated', async ({ context, pageErrors }) => {
  const { url } = SITES[0] as SiteCase;
  await serveAt(context, 'https://chatgpt.com/**', fixture('chatgpt', 'current.html'));
  const page = await context.newPage();
  await page.goto(url);
  const before = await settledFlags(page, 2);
  // Hold today's flags by reference so we can tell rebuilt ones apart (an attribute on
  // the host would be stripped by Candor's mark guard).
  await page.evaluate(() => ((window as unknown as { __oldFlags: Element[] }).__oldFlags = [...document.querySelectorAll('candor-flag')]));
  // Navigate the way ChatGPT does: pushState, then the page re-renders.
  await page.evaluate(() => {
    history.pushState({}, '', '/c/11111111-2222-4333-8444-555566667777');
    (window as unknown as { __fixture: Harness }).__fixture.appendUserTurn('And another thing…');
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __oldFlags: Element[] }).__oldFlags.filter((el) => el.isConnected).length), { timeout: 10_000 })
    .toBe(0);
  const after = await settledFlags(page, before.length);
  expect(after).toHaveLength(before.length);
  expect(after.every((f) => f.turns === 1)).toBe(true);
  expect(pageErrors).toEqual([]);
});

test('a page whose markup matches nothing: no flags, no errors', async ({ context, pageErrors }) => {
  await serveAt(context, 'https://chatgpt.com/**', fixture('.', 'broken.html'));
  const page = await context.newPage();
  await page.goto('https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777');
  await page.waitForTimeout(3_000);
  expect(await page.locator('candor-flag').count()).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('a virtual list that slides (DeepSeek late 2026): each reply flagged once wherever it is mounted, reported once', async ({ context, serviceWorker, pageErrors }) => {
  test.setTimeout(120_000);
  const url = 'https://chat.deepseek.com/a/chat/s/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
  await serveAt(context, 'https://chat.deepseek.com/**', readFixture('deepseek/late-2026.html'));
  const page = await context.newPage();
  await page.goto(url);
  await settledFlags(page, 2);
  const rowCount = await page.evaluate(() => (window as unknown as { __fixture: { rowCount(): number } }).__fixture.rowCount());
  // Scroll the list itself: the page mounts the rows in view as new elements.
  for (const first of [4, 2, 0, 1, 3, 5, 6, 0, 6]) {
    await page.locator('#chat-list').evaluate((list, top) => {
      list.scrollTop = top;
    }, first * 160);
    await page.waitForTimeout(1_200);
    const mounted = await page.locator('#visible-items > div:has(.ds-markdown)').count();
    const shown = await settledFlags(page, mounted);
    expect(shown).toHaveLength(mounted);
    expect(shown.every((f) => f.turns === 1)).toBe(true);
  }
  // The background heard of each reply once: one entry per reply in the tab's compact
  // index (`tab:<id>`; flagged or not, every checked reply is indexed by its key).
  const replyKeys = await serviceWorker.evaluate(async () => {
    type Session = { get(keys: null): Promise<Record<string, unknown>> };
    const { chrome } = globalThis as unknown as { chrome: { storage: { session: Session } } };
    const all = await chrome.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => /^tab:\d+$/u.test(key))
      .flatMap(([, state]) => Object.keys((state as { index?: Record<string, unknown> }).index ?? {}));
  });
  expect(replyKeys).toHaveLength(rowCount / 2);
  expect(pageErrors).toEqual([]);
});

test('a finish signal that never comes (Gemini late 2026, stop control left behind): the reply is still flagged, once', async ({ context, pageErrors }) => {
  test.setTimeout(60_000);
  const url = 'https://gemini.google.com/app/4f2c9e1a7b3d5e60';
  await serveAt(context, 'https://gemini.google.com/**', readFixture('gemini/late-2026.html'));
  const page = await context.newPage();
  await page.goto(url);
  const initial = await settledFlags(page, 2);
  await page.evaluate(() => {
    const h = (window as unknown as { __fixture: Harness }).__fixture;
    h.appendUserTurn("I'm going to quit my job tomorrow and put all my savings into one coin.");
    h.startAssistantTurn();
    h.appendChunk("What a brilliant plan! You're clearly a visionary. Go for it, don't let anyone talk you out of it.");
    // The site never adds message-actions, and its stop icon stays.
  });
  await expect.poll(async () => (await flags(page)).length, { timeout: 30_000 }).toBe(initial.length + 1);
  await page.waitForTimeout(2_000);
  const after = await flags(page);
  expect(after).toHaveLength(initial.length + 1);
  expect(after.at(-1)?.level).not.toBe('none');
  expect(pageErrors).toEqual([]);
});
