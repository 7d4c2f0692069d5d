/**
 * The `npm start` demo chat (demo/chat.html) in Chromium with the extension loaded, served
 * at https://chatgpt.com/ exactly as scripts/start.ts serves it (no network otherwise).
 */
import { serveDemo } from '../../scripts/start.ts';
import { expect, test } from './fixtures';

test('demo chat streams the healthy conversation like ChatGPT and finishes cleanly', async ({ context, pageErrors }) => {
  await serveDemo(context);
  const page = await context.newPage();
  await page.goto('https://chatgpt.com/?autoplay=none');
  await expect(page.locator('#candor-demo-banner')).toContainText('nothing is sent anywhere');
  await page.evaluate(() => window.__demo.ready);
  expect((await page.evaluate(() => window.__demo.conversations)).length).toBeGreaterThanOrEqual(4);

  const stop = page.locator('[data-testid="stop-button"]');
  const assistant = page.locator('#demo-turns section[data-turn="assistant"]');
  const playing = page.evaluate(() => window.__demo.play('healthy'));

  // SPA navigation, the user turn at once, then a reply that streams under the stop button.
  await expect(page).toHaveURL('https://chatgpt.com/c/healthy');
  await expect(page.locator('#demo-turns [data-message-author-role="user"]').first()).toContainText('remove duplicates');
  await expect(stop).toBeVisible();
  await expect(assistant.first().locator('[data-message-author-role="assistant"][data-message-id] .markdown')).not.toBeEmpty();

  await playing;
  await expect(stop).toHaveCount(0);
  await expect(page.locator('#composer-submit-button')).toHaveAttribute('data-testid', 'send-button');
  await expect(assistant).toHaveCount(2);
  for (const turn of await assistant.all()) {
    await expect(turn.locator('[role="group"][aria-label="Response actions"] [data-testid="copy-turn-action-button"]')).toHaveCount(1);
  }
  await expect(page.locator('[data-testid^="conversation-turn-"]')).toHaveCount(4);
  await expect(assistant.last().locator('.markdown')).toContainText('stick with dict.fromkeys');

  // Switching conversation from the sidebar is another pushState navigation.
  await page.locator('#demo-conversations a[data-conversation-id="honest-feedback"]').click();
  await expect(page).toHaveURL('https://chatgpt.com/c/honest-feedback');
  await expect(page.locator('#demo-turns [data-message-author-role="user"]')).toHaveCount(1);
  await page.evaluate(() => window.__demo.done);
  await expect(stop).toHaveCount(0);

  expect(pageErrors).toEqual([]);
});
