import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleContentMessage } from '@/src/background/handle-message';

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up, so a woken service worker
  // never misses the message that woke it.
  const session = browser.storage.session ?? browser.storage.local;
  const action = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((raw, sender) => {
    return handleContentMessage(raw, sender, {
      extensionId: browser.runtime.id,
      session,
      setBadge: async (tabId, text) => {
        await action.setBadgeText({ tabId, text });
        await action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
      },
    }).then((handled) => ({ ok: handled }));
  });
});
