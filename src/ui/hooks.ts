/** Small typed hooks over the UiBackend: load once, then follow changes. */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { TabState } from '../background/tab-state';
import type { LoadedSettings, Settings } from '../storage/settings';
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

/**
 * The settings, then their changes. `initial`: settings already loaded through the same
 * backend (the popup's first screen, popup/mount.tsx): shown in the first render, and not
 * loaded again until they change.
 */
export function useSettings(initial?: LoadedSettings): SettingsState {
  const backend = useBackend();
  const [settings, setSettings] = useState<Settings | null>(initial?.settings ?? null);
  const [notice, setNotice] = useState<string | undefined>(initial?.notice);
  const [error, setError] = useState<string>();
  const [given] = useState(initial !== undefined);

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
    if (!given) void load();
    const unsubscribe = backend.subscribe((what) => what === 'settings' && void load());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [backend, given]);

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

/** A tab's state as `useCurrentTabState` reads it first (the popup's first screen reads it ahead, popup/mount.tsx). */
export interface FirstTabState {
  tabId: number | null;
  state: TabState | null;
}

/**
 * The current tab's state; `reportLimit` reads only that many of its worst flagged
 * replies' reports. `initial`: the state already read through the same backend with the
 * same limit: shown in the first render, and not read again until the tab changes.
 */
export function useCurrentTabState(reportLimit?: number, initial?: FirstTabState): TabStateState {
  const backend = useBackend();
  const [value, setValue] = useState<TabStateState>(() => (initial ? { loading: false, ...initial } : { loading: true, tabId: null, state: null }));
  const [first] = useState(initial);

  useEffect(() => {
    let live = true;
    let tabId: number | null = first?.tabId ?? null;
    const load = async () => {
      tabId ??= await backend.currentTabId();
      const state = tabId === null ? null : await backend.readTabState(tabId, reportLimit);
      if (live) setValue({ loading: false, tabId, state });
    };
    if (!first) load().catch(() => live && setValue({ loading: false, tabId, state: null }));
    const unsubscribe = backend.subscribe((what) => what === 'tabs' && void load().catch(() => undefined));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [backend, reportLimit, first]);

  return value;
}
