import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserBackend } from '@/src/ui/browser-backend';
import { BackendContext } from '@/src/ui/hooks';
import { Welcome } from '@/src/ui/welcome/welcome';
import '@/src/ui/styles.css';
import '@/src/ui/options/settings.css';
import '@/src/ui/welcome/welcome.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BackendContext.Provider value={createBrowserBackend()}>
        <Welcome />
      </BackendContext.Provider>
    </StrictMode>,
  );
}
