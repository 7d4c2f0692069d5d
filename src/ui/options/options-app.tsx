/**
 * The history and settings page (the extension's options page). Two views behind
 * tabs, addressed by the URL fragment (#history, #settings) so the popup can link
 * straight to either.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { HistoryView } from './history-view';
import { SiteHealth } from './site-health';

// Loaded when the settings are shown: they run the engine ("Try it") and list the bundled
// rules, a third of a megabyte of script the history page would otherwise parse and run
// before its first row (issue #11.6).
const SettingsView = lazy(() => import('./settings-view').then((module) => ({ default: module.SettingsView })));

const VIEWS = [
  { id: 'history', label: 'History' },
  { id: 'settings', label: 'Settings' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

function viewFromHash(hash: string): ViewId {
  return hash === '#settings' ? 'settings' : 'history';
}

export function OptionsApp() {
  const [view, setView] = useState<ViewId>(() => viewFromHash(location.hash));

  useEffect(() => {
    const onHashChange = () => setView(viewFromHash(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    document.title = `Candor — ${view === 'history' ? 'history' : 'settings'}`;
  }, [view]);

  return (
    <div className="options">
      <header className="options-header">
        <h1>Candor</h1>
        <nav aria-label="Pages">
          <ul className="tabs">
            {VIEWS.map(({ id, label }) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={view === id ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {view === 'history' ? (
          <HistoryView />
        ) : (
          <Suspense
            fallback={
              <p className="faint" role="status">
                Loading…
              </p>
            }
          >
            <SettingsView />
          </Suspense>
        )}
        {view === 'settings' && <SiteHealth />}
      </main>
    </div>
  );
}
