import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserBackend } from '@/src/ui/browser-backend';
import { BackendContext } from '@/src/ui/hooks';
import { OptionsApp } from '@/src/ui/options/options-app';
import '@/src/ui/styles.css';
import '@/src/ui/options/options.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BackendContext.Provider value={createBrowserBackend()}>
        <OptionsApp />
      </BackendContext.Provider>
    </StrictMode>,
  );
}
