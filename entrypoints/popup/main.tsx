import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserBackend } from '@/src/ui/browser-backend';
import { BackendContext } from '@/src/ui/hooks';
import { Popup } from '@/src/ui/popup/popup';
import '@/src/ui/styles.css';
import '@/src/ui/popup/popup.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BackendContext.Provider value={createBrowserBackend()}>
        <Popup />
      </BackendContext.Provider>
    </StrictMode>,
  );
}
