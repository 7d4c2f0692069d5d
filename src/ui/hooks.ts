/** Small typed hooks over the UiBackend: load once, then follow changes. */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { TabState } from '../background/tab-state';
import type { Settings } from '../storage/settings';
import type { UiBackend } from './backend';

export const BackendContext = createContext<UiBackend | null>(null);

export function useBackend(): UiBackend {
  const backend = useContext(BackendContext);
  if (!backend) throw new Error('useBackend needs a <BackendContext.Provider>');
  return backend;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface SettingsState {
  settings: Settings | null;
  /** Shown when stored settings could not be used. */
  notice?: string;
  /** The last save's failure, if any. */
  error?: string;
  save(next: Settings): Promise<boolean>;
}

export function useSettings(): SettingsState {
  const backend = useBackend();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    const load = () =>
      backend
        .loadSettings()
        .then((loaded) => {
          if (!live) return;
          setSettings(loaded.settings);
          setNotice(loaded.notice);
        })
        .catch((e: unknown) => live && setError(describe(e)));
    void load();
    const unsubscribe = backend.subscribe((what) => what === 'settings' && void load());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [backend]);

  const save = useCallback(
    async (next: Settings) => {
      try {
        await backend.saveSettings(next);
        setSettings(next);
        setError(undefined);
        return true;
      } catch (e) {
        setError(`Could not save: ${describe(e)}`);
        return false;
      }
    },
    [backend],
  );

  return { settings, notice, error, save };
}

export interface TabStateState {
  loading: boolean;
  tabId: number | null;
  state: TabState | null;
}

/** The current tab's state; `reportLimit` reads only that many of its worst flagged replies' reports. */
export function useCurrentTabState(reportLimit?: number): TabStateState {
  const backend = useBackend();
  const [value, setValue] = useState<TabStateState>({ loading: true, tabId: null, state: null });

  useEffect(() => {
    let live = true;
    let tabId: number | null = null;
    const load = async () => {
      tabId ??= await backend.currentTabId();
      const state = tabId === null ? null : await backend.readTabState(tabId, reportLimit);
      if (live) setValue({ loading: false, tabId, state });
    };
    load().catch(() => live && setValue({ loading: false, tabId, state: null }));
    const unsubscribe = backend.subscribe((what) => what === 'tabs' && void load().catch(() => undefined));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [backend, reportLimit]);

  return value;
}
