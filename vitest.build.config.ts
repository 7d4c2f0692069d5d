import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { prebuiltEngineTables } from './scripts/lib/vite-prebuilt-tables.ts';

// Tests of the built extensions (.output/chrome-mv3 and .output/firefox-mv3): the bundle
// scan and the manifests. `npm run test:build`, after both builds; `vitest run` skips them.
export default defineConfig({
  // The engine's tables as the builds ship them (prebuilt), not compiled per test file.
  plugins: [WxtVitest(), prebuiltEngineTables()],
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
