import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CandorPage } from '@/src/content/candor-page';
import type { Overlay } from '@/src/content/overlay';
import { whenOverlayLoaded } from '@/src/content/overlay-slot';
import { pageScheduler } from '@/src/content/page-scheduler';
import { announceScriptStarted, ScriptLifetime, scriptStartedEventType } from '@/src/content/script-lifetime';
import { isOpenLatestFlag, readFeedbackChanged } from '@/src/messaging/page-protocol';
import { sendWithRetry } from '@/src/messaging/send';
import { matchPatterns } from '@/src/sites/hosts';
import type { SiteAdapter } from '@/src/sites/types';
import { SETTINGS_KEY } from '@/src/storage/page-view';

/**
 * The content script of one chat site. Each site has its own entry point
 * (entrypoints/<site>.content.ts) and so its own bundle holding only its adapter: the
 * browser compiles the whole script on every page load, in one task, and eight other
 * sites' adapters were a third of what it compiled (issue #13: no task over a frame).
 *
 * Runs only on the site's own hosts (no <all_urls>) and only in the top frame:
 * artifacts and embeds in iframes are not the conversation.
 */
export function candorContentScript(adapter: SiteAdapter) {
  return defineContentScript({
    matches: matchPatterns(adapter.hosts),
    runAt: 'document_idle',
    allFrames: false,
    // WXT would also announce each start to the page with window.postMessage, naming the
    // extension's id; the page has no business knowing.
    noScriptStartedPostMessage: true,
    // WXT's context (the argument here) is not used: the page can stop it (script-lifetime.ts),
    // and the build makes it inert (script-context.ts).
    main() {
      // Nothing here touches the extension's API, and Candor starts in a task of its own
      // once the overlay's script is in too (it draws the verdicts; overlay-script.ts): the
      // browser compiles and evaluates each script in one task, and the API's set-up or
      // the page watcher's in either made a task longer than a frame (issue #13.3).
      whenOverlayLoaded((overlay) => window.setTimeout(() => start(adapter, overlay), 0));
    },
  });
}

function start(adapter: SiteAdapter, overlay: Overlay): void {
  const id = extensionId();
  // Orphaned before it started (its extension updated or removed meanwhile): it never starts.
  if (id === undefined) return;
  const type = scriptStartedEventType(id, import.meta.env.ENTRYPOINT);
  // What WXT's context did as the script was evaluated: a copy of Candor orphaned on this
  // page by an update hears that a new one started, checks itself and takes its marks away
  // before this one draws. Announced before this copy listens, so it does not hear itself.
  announceScriptStarted(document, type);
  const lifetime = new ScriptLifetime(() => extensionId() !== undefined, { target: document, type });
  const page = new CandorPage({
    adapter,
    doc: document,
    overlay,
    scheduler: pageScheduler(window, () => lifetime.isValid),
    storage: browser.storage.local,
    onSettingsChanged(listener) {
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && SETTINGS_KEY in changes) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    send: (message) => sendWithRetry((m) => browser.runtime.sendMessage(m), message),
    onInvalidated: (cleanup) => lifetime.onInvalidated(cleanup),
    now: () => Date.now(),
  });
  // Conversation switches are noticed by the page watcher from the DOM changes they
  // cause; popstate covers back/forward. (WXT's wxt:locationchange polls every second,
  // which would be work while idle.)
  lifetime.addEventListener(window, 'popstate', () => page.onLocationChange());
  // Feedback given in the popup shows up on the reply too (only our background may say so).
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const feedback = readFeedbackChanged(raw);
    if (feedback) page.applyFeedback(feedback.replyKey, feedback.verdict);
    // The keyboard shortcut (a browser command: the person pressed it, the page cannot).
    if (isOpenLatestFlag(raw)) page.openLatestFlag();
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  page.start().catch((error: unknown) => console.debug('[Candor] could not start', error));
}

/** This copy's extension id; undefined once the extension is gone (Firefox throws on a dead add-on's objects). */
function extensionId(): string | undefined {
  try {
    return browser.runtime?.id ?? undefined;
  } catch {
    return undefined;
  }
}
