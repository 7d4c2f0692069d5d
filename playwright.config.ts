import { defineConfig } from '@playwright/test';

// End-to-end tests: the built extension (.output/chrome-mv3) in a real Chromium, headless,
// with every network request answered locally or aborted (see tests/e2e/fixtures.ts).
// Run with `npm run e2e` (builds first); `HEADED=1 xvfb-run -a npx playwright test` to watch.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Each test launches its own Chromium with a fresh profile; these machines have 2 cores.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
});
