import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Tests of the built extensions (.output/chrome-mv3 and .output/firefox-mv3): the bundle
// scan and the manifests. `npm run test:build`, after both builds; `vitest run` skips them.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
