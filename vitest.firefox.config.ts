import { defineConfig } from 'vitest/config';

// The Firefox end-to-end smoke (tests/e2e-firefox): Node drives Debian's firefox-esr over
// WebDriver BiDi with puppeteer-core, after `wxt build -b firefox`. `npm run e2e:firefox`;
// `npm test` runs it last. One file at a time: each suite starts its own Firefox, and these
// machines have 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
