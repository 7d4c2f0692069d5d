import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// Held-out site pages (tests/heldout/*.html): the end-to-end settings of ../../playwright.config.ts,
// with the paths it gives relative to its own folder given again from here, and more time per
// page (a load, a stream and two settle windows). Run: npm run test:heldout.
export default defineConfig({
  ...base,
  testDir: '.',
  globalSetup: '../e2e/global-setup.ts',
  timeout: 120_000,
  outputDir: '../../test-results/heldout',
});
