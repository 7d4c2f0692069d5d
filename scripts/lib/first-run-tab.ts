/**
 * Installing Candor opens its first-run page in a new tab (src/background/first-run.ts).
 * In headless Chromium only the newest tab is drawn: a chat page opened before the welcome
 * tab still says `visibilityState === 'visible'`, but gets no frames at all (no
 * requestAnimationFrame, no style, layout or paint between tasks; measured: 2 frames in
 * 1 s instead of 62). A bench that measures a page must close that tab first, or it
 * measures a page that never renders and calls the missing rendering work Candor's gain.
 */
import type { BrowserContext } from '@playwright/test';

const WELCOME_PATH = '/welcome.html';

/** Waits (up to `timeoutMs`) for the first-run tab, closes it, and says whether it came. */
export async function closeFirstRunTab(context: BrowserContext, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const welcome = context.pages().find((p) => new URL(p.url()).pathname === WELCOME_PATH && p.url().startsWith('chrome-extension://'));
    if (welcome) {
      await welcome.close();
      return true;
    }
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
