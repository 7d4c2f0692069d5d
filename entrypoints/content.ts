import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CandorPage } from '@/src/content/candor-page';
import { sendWithRetry } from '@/src/messaging/send';
import { adapterForHost, SITE_MATCHES } from '@/src/sites';
import { SETTINGS_KEY } from '@/src/storage/settings';

// Runs only on the supported chat sites (no <all_urls>) and only in the top frame:
// artifacts and embeds in iframes are not the conversation.
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    const page = new CandorPage({
      adapter,
      doc: document,
      // Plain timers, not ctx.setTimeout: each of WXT's wrappers adds an abort listener
      // that is never removed, so a long chat would pile up thousands of them. Candor
      // cancels its own timers when the context is invalidated (CandorPage.dispose).
      scheduler: {
        setTimeout: (fn, ms) => window.setTimeout(() => ctx.isValid && fn(), ms),
        clearTimeout: (id) => window.clearTimeout(id),
        requestIdleCallback: (fn, timeout) => window.requestIdleCallback((deadline) => ctx.isValid && fn(deadline), { timeout }),
        cancelIdleCallback: (id) => window.cancelIdleCallback(id),
      },
      storage: browser.storage.local,
      onSettingsChanged(listener) {
        const onChanged = (changes: Record<string, unknown>, area: string) => {
          if (area === 'local' && SETTINGS_KEY in changes) listener();
        };
        browser.storage.onChanged.addListener(onChanged);
        return () => browser.storage.onChanged.removeListener(onChanged);
      },
      send: (message) => sendWithRetry((m) => browser.runtime.sendMessage(m), message),
      onInvalidated: (cleanup) => ctx.onInvalidated(cleanup),
      now: () => Date.now(),
    });
    // Conversation switches are noticed by the page watcher from the DOM changes they
    // cause; popstate covers back/forward. (WXT's wxt:locationchange polls every second,
    // which would be work while idle.)
    ctx.addEventListener(window, 'popstate', () => page.onLocationChange());
    page.start().catch((error: unknown) => console.debug('[Candor] could not start', error));
  },
});
