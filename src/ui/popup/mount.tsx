/**
 * The popup's UI, imported by its entry after the early reads have started
 * (entrypoints/popup/main.tsx): the backend answers the first reads from them.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserBackend } from '../browser-backend';
import { BackendContext } from '../hooks';
import type { EarlyReads } from './early-reads';
import { Popup, readPopupFirstScreen, type PopupFirstScreen } from './popup';

/**
 * How long the first render waits for the first screen's reads once the UI is loaded.
 * They have usually answered by then (they started before React loaded); when they are
 * slower, the popup says "Loading…" meanwhile, as it did before.
 */
export const FIRST_SCREEN_WAIT_MS = 100;

export function mountPopup(root: HTMLElement, early?: EarlyReads): void {
  const backend = createBrowserBackend(early);
  let mounted = false;
  const mount = (first?: PopupFirstScreen) => {
    if (mounted) return;
    mounted = true;
    createRoot(root).render(
      <StrictMode>
        <BackendContext.Provider value={backend}>
          <Popup first={first} />
        </BackendContext.Provider>
      </StrictMode>,
    );
  };
  // The first render shows the flags themselves: rendering "Loading…" first cost a
  // render, a commit and a frame before the effects even asked for the data (issue #11.6).
  // A failed read mounts without it: the hooks then read, and show any error, as before.
  readPopupFirstScreen(backend).then(mount, () => mount());
  setTimeout(() => mount(), FIRST_SCREEN_WAIT_MS);
}
