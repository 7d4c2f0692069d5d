/**
 * The popup's UI, imported by its entry after the early reads have started
 * (entrypoints/popup/main.tsx): the backend answers the first reads from them.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserBackend } from '../browser-backend';
import { BackendContext } from '../hooks';
import type { EarlyReads } from './early-reads';
import { Popup } from './popup';

export function mountPopup(root: HTMLElement, early?: EarlyReads): void {
  createRoot(root).render(
    <StrictMode>
      <BackendContext.Provider value={createBrowserBackend(early)}>
        <Popup />
      </BackendContext.Provider>
    </StrictMode>,
  );
}
