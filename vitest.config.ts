import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { prebuiltEngineTables } from './scripts/lib/vite-prebuilt-tables.ts';

// Unit and tooling tests. End-to-end tests (tests/e2e) run under Playwright, not Vitest;
// tests of the built extensions (tests/build) under vitest.build.config.ts, after the builds.
// Tests that need a DOM opt in per file with `// @vitest-environment happy-dom`.
export default defineConfig({
  // The engine's tables as the builds ship them (prebuilt), not compiled per test file.
  plugins: [WxtVitest(), prebuiltEngineTables()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/build/**', 'node_modules/**', '.output/**'],
    environment: 'node',
    // A limit on hangs, not a speed target (benchmarks measure speed): ESLint's first run and
    // the deep-nesting DOM case take several seconds on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
