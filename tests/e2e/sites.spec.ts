/**
 * Candor on every supported site, in Chromium with the built extension: fixture pages
 * reproducing each site's DOM are served at the site's real URL, a reply streams in,
 * and exactly one <candor-flag> appears per reply, never on a half-streamed one.
 */
import { expect, serveAt, test } from './fixtures';
import { readFixture } from '../fixtures/read-fixture.ts';
import { clickInFlag, flagText, flagsOnPage as flags, settledFlags } from './flags.ts';

interface SiteCase {
  site: string;
  url: string;
  /** Where the composer's text lives (value for textareas, text for contenteditable). */
  composer: string;
}

const SITES: SiteCase[] = [
  { site: 'chatgpt', url: 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777', composer: '#prompt-textarea' },
  { site: 'claude', url: 'https://claude.ai/chat/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b', composer: '[contenteditable="true"]' },
  { site: 'gemini', url: 'https://gemini.google.com/app/4f2c9e1a7b3d5e60', composer: '[contenteditable="true"]' },
  { site: 'copilot', url: 'https://copilot.microsoft.com/chats/AbCdEf123456', composer: 'textarea' },
  { site: 'perplexity', url: 'https://www.perplexity.ai/search/cats-on-mars-AbC123dEf', composer: 'textarea, [contenteditable="true"]' },
  { site: 'deepseek', url: 'https://chat.deepseek.com/a/chat/s/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b', composer: 'textarea' },
  { site: 'grok', url: 'https://grok.com/c/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b', composer: '[contenteditable="true"]' },
  { site: 'lechat', url: 'https://chat.mistral.ai/chat/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b', composer: '[contenteditable="true"]' },
  { site: 'poe', url: 'https://poe.com/chat/2abc3def4ghi', composer: 'textarea' },
];

const fixture = (site: string, file: string) =>
  readFixture(`${site}/${file}`);

type Harness = { appendUserTurn(t: string): void; startAssistantTurn(): void; appendChunk(t: string): void; finishAssistantTurn(): void };

for (const { site, url, composer } of SITES) {
  test.describe(site, () => {
    test('flags each finished reply exactly once, at the reply, with zero page errors', async ({ context, pageErrors }) => {
      await serveAt(context, `${new URL(url).origin}/**`, fixture(site, 'current.html'));
      const page = await context.newPage();
      await page.goto(url);

      const initial = await settledFlags(page, 2);
      expect(initial.every((f) => f.turns === 1)).toBe(true);
      expect(initial.some((f) => f.level !== 'none')).toBe(true);
      expect(initial.some((f) => f.level === 'none')).toBe(true);
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
