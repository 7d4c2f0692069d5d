import { defineConfig } from '@playwright/test';

// Held-out site pages (tests/heldout/*.html): a copy of ../../playwright.config.ts with testDir here.
// with every network request answered locally or aborted (see tests/e2e/fixtures.ts).
// Run with `npm run e2e` (builds first); `HEADED=1 xvfb-run -a npx playwright test` to watch.
export default defineConfig({
  testDir: '.',
  globalSetup: '../e2e/global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Each test launches its own Chromium with a fresh profile; these machines have 2 cores.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: '../../test-results/heldout',
});
