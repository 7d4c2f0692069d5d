import { defineContentScript } from 'wxt/utils/define-content-script';
import { overlay } from '@/src/content/overlay';
import { provideOverlay } from '@/src/content/overlay-slot';
import { matchPatterns, SITE_HOSTS } from '@/src/sites/hosts';

/**
 * The overlay's content script (entrypoints/overlay.content.ts): the badge, card and
 * highlights, for every chat site. A content script apart from the site's so that the
 * browser compiles it in a task of its own: both are compiled on every page load, and
 * as one script they made the longest task Candor gave the page at load (issue #13.3).
 * It only hands the overlay over (overlay-slot.ts); the site's script decides when and
 * what to draw. Same pages, frames and timing as the sites' scripts.
 */
export function candorOverlayScript() {
  return defineContentScript({
    matches: Object.values(SITE_HOSTS).flatMap(matchPatterns),
    runAt: 'document_idle',
    allFrames: false,
    noScriptStartedPostMessage: true,
    main() {
      provideOverlay(overlay);
    },
  });
}
