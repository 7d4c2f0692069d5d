import { expect, serveAt, test } from './fixtures';

test('service worker runs with a valid extension id', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
});

test('popup renders', async ({ context, extensionId, pageErrors }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Candor');
  expect(pageErrors).toEqual([]);
});

test('options page renders', async ({ context, extensionId, pageErrors }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toContainText('Candor');
  expect(pageErrors).toEqual([]);
});

test('a page served at https://chatgpt.com/ loads with no page errors', async ({ context, pageErrors }) => {
  await serveAt(context, 'https://chatgpt.com/**', (url) => `<!doctype html><title>ChatGPT</title><main>${url.pathname}</main>`);
  const page = await context.newPage();
  const response = await page.goto('https://chatgpt.com/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('ChatGPT');
  await expect(page.locator('main')).toHaveText('/');
  expect(pageErrors).toEqual([]);
});

test('requests that no test serves never reach the network', async ({ context }) => {
  const page = await context.newPage();
  await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT|ERR_FAILED/);
});
