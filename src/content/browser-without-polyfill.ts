/**
 * `wxt/browser` for the content script: Firefox's native `browser`, or Chrome's `chrome`
 * (whose Manifest V3 methods return promises too), without webextension-polyfill. The
 * content-script build resolves `wxt/browser` here (scripts/lib/vite-content-browser.ts),
 * for our code and for WXT's own content-script context alike.
 *
 * Why not the polyfill here: the content script is evaluated on every chat page load,
 * and the polyfill's set-up (its API table and wrappers) was about a quarter of
 * Candor's own script time in the page-load task (`npm run bench:page -- --profile`).
 * The content script needs none of what the polyfill adds: it reads storage, listens
 * for storage changes and for our background's messages (answering none of them), and
 * sends messages, all promise-based in both browsers. The popup, pages and background
 * keep the polyfill, where its uniform behaviour matters and its cost does not.
 */
import type { browser as WxtBrowser } from 'wxt/browser';

type ExtensionApi = typeof WxtBrowser;

const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };

let chosen: ExtensionApi | undefined;

/** Firefox exposes `browser`; a `browser` without `runtime.id` is not the extension's. */
function extensionApi(): ExtensionApi {
  chosen ??= (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as ExtensionApi;
  return chosen;
}

/**
 * Chosen at first use, not as the script is evaluated: the first read of `runtime` sets
 * up the extension's API in the page's isolated world (1–5 ms in traces of the chat
 * page), and the task that compiles and evaluates the script is already the longest
 * Candor gives the page at load (issue #13.3). The content script first uses it in its
 * start task.
 */
export const browser: ExtensionApi = new Proxy({} as ExtensionApi, {
  get: (_target, key) => Reflect.get(extensionApi(), key) as unknown,
});
