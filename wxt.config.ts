import { defineConfig } from 'wxt';
import { contentScriptsWithoutPolyfill } from './scripts/lib/vite-content-browser';
import { preloadLazyUi } from './scripts/lib/vite-preload-lazy-ui';
import { prebuiltEngineTables } from './scripts/lib/vite-prebuilt-tables.ts';
import { reactWithoutInnerHtml } from './scripts/lib/vite-react-without-inner-html';
import { shippedSelectorTable } from './scripts/lib/vite-shipped-selector-table';
import { zodWithoutEval } from './scripts/lib/vite-zod-without-eval';

// WXT builds the Chrome and Firefox extensions from entrypoints/.
// Logic lives in src/; entry points only wire it up.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Manifest V3 for Firefox too (WXT's default there is MV2): one manifest model, the
  // `action` and `storage.session` APIs everywhere, and the extension_pages CSP object.
  manifestVersion: 3,
  // src/ is plain, explicitly-imported TypeScript: the engine must stay portable to Node.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Candor',
    description: 'Warns you when an AI chatbot is flattering you instead of helping you. Everything stays on your device.',
    // storage: settings and flag history. Nothing else is needed; see PRIVACY.md.
    permissions: ['storage'],
    // The person's shortcut to the in-page card of the latest flagged reply (no permission needed).
    commands: {
      'open-latest-flag': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Explain the latest flagged reply on this page',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'candor@candor.invalid',
              // Candor collects nothing (required for new Firefox add-ons since 2025-11).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // Rules compiled here, once, not on every page load; the selector table ships without
    // its review notes (evidence, dates), which the page never reads.
    // The popup's UI preloaded while its entry starts the storage reads (issue #11.6).
    plugins: [zodWithoutEval(), prebuiltEngineTables(), shippedSelectorTable(), reactWithoutInnerHtml(), preloadLazyUi(['popup/index.html'])],
    // Vite's modulepreload polyfill re-fetches preloaded chunks with fetch(); MV3 browsers
    // preload natively, and the shipped bundles must contain no network calls at all.
    // CANDOR_SOURCEMAP=1: hidden source maps, so scripts/bench-size.ts can say what each
    // dependency costs the content script (never in a shipped build).
    // CANDOR_MINIFY=0: readable function names in `npm run bench:page -- --profile` (never shipped).
    build: {
      modulePreload: { polyfill: false },
      sourcemap: process.env.CANDOR_SOURCEMAP === '1' ? 'hidden' : false,
      ...(process.env.CANDOR_MINIFY === '0' ? { minify: false } : {}),
    },
  }),
  // The content script reaches the extension API without webextension-polyfill (its set-up
  // ran on every chat page load), and WXT's content-script context is inert there (its
  // set-up read the API as the script was evaluated); everything else keeps both.
  hooks: { 'vite:build:extendConfig': contentScriptsWithoutPolyfill },
  // Never launch a browser from `wxt` itself; `npm start` does that with Debian's Chromium.
  webExt: { disabled: true },
  // CANDOR_OUT_DIR: build elsewhere than .output (scripts/bench-size.ts), leaving the real builds alone.
  ...(process.env.CANDOR_OUT_DIR ? { outDir: process.env.CANDOR_OUT_DIR } : {}),
  zip: {
    excludeSources: ['**/*.log', 'tests/**', 'test-results/**', 'playwright-report/**', 'demo-output/**', 'bench-output/**'],
  },
});
