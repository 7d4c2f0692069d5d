/**
 * The content script's extension API is chosen at its first use, not as the script is
 * evaluated (browser-without-polyfill.ts: the first read of `runtime` sets up the API in
 * the page, which the evaluating task need not carry).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** An extension API whose `runtime` reads are counted. */
function api(id: string | undefined) {
  const reads = { runtime: 0 };
  const runtime = { id };
  return {
    reads,
    value: {
      get runtime() {
        reads.runtime++;
        return runtime;
      },
      storage: { local: {} },
    },
  };
}

describe('the content script extension API', () => {
  it('reads nothing as the module is evaluated; Firefox’s `browser` when it is the extension’s', async () => {
    const firefox = api('ext');
    vi.stubGlobal('browser', firefox.value);
    const { browser } = await import('@/src/content/browser-without-polyfill');
    expect(firefox.reads.runtime).toBe(0);
    expect(browser.runtime.id).toBe('ext');
    expect(browser.storage).toBe(firefox.value.storage);
  });

  it('Chrome’s `chrome` when `browser` is not the extension’s (no runtime id: a page element of that id, say)', async () => {
    const chrome = api('ext');
    vi.stubGlobal('browser', { runtime: {} });
    vi.stubGlobal('chrome', chrome.value);
    const { browser } = await import('@/src/content/browser-without-polyfill');
    expect(chrome.reads.runtime).toBe(0);
    expect(browser.storage).toBe(chrome.value.storage);
  });
});
