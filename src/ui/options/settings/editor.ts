/** The settings being edited on the page: shown at once, saved in order (see useSettingsEditor). */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type Category } from '../../../engine/types';
import { type Settings } from '../../../storage/settings';
import { useSettings } from '../../hooks';

/** A slider saves this long after it stops moving, not on every step of a drag. */
const SLIDER_SAVE_DELAY_MS = 300;

export type SettingsChange = (current: Settings) => Settings;

export interface Editor {
  /** What the page shows: the last change made here, or the stored settings. */
  settings: Settings;
  /** Apply a change and save it now; resolves to whether it was saved. */
  update(change: SettingsChange): Promise<boolean>;
  /** Apply a change now and save it after SLIDER_SAVE_DELAY_MS (merged with later changes). */
  updateSoon(change: SettingsChange): void;
}

/**
 * Settings with changes shown at once and applied in order. Each change builds on the
 * previous one even before its save has finished, so quick successive changes (a slider
 * and then a switch) are never lost.
 */
export function useSettingsEditor(): { editor: Editor | null; notice?: string; error?: string } {
  const { settings: stored, notice, error, save } = useSettings();
  const [pending, setPending] = useState<Settings | null>(null);
  const latest = useRef<Settings | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shown = pending ?? stored;

  // A layout effect, not a passive one: `latest` must hold what is on screen before the
  // person can act on it. With a passive effect, a slider moved right after the settings
  // appeared could find `latest` still empty and its change was dropped (a switch flipped a
  // moment later was saved without it).
  useLayoutEffect(() => {
    latest.current = shown;
  }, [shown]);

  const commit = useCallback(
    async (next: Settings) => {
      const saved = await save(next);
      // Once saved (or failed, with the error shown), the stored settings are the truth again.
      setPending((current) => (current === next ? null : current));
      return saved;
    },
    [save],
  );

  const stage = useCallback((change: SettingsChange): Settings | null => {
    if (!latest.current) return null;
    const next = change(latest.current);
    latest.current = next;
    setPending(next);
    return next;
  }, []);

  const update = useCallback(
    async (change: SettingsChange) => {
      const next = stage(change);
      if (!next) return false;
      // This save includes any slider change still waiting, so that wait is over.
      clearTimeout(saveTimer.current);
      saveTimer.current = undefined;
      return commit(next);
    },
    [stage, commit],
  );

  const flush = useCallback(() => {
    if (saveTimer.current === undefined) return;
    clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    if (latest.current) void commit(latest.current);
  }, [commit]);

  const updateSoon = useCallback(
    (change: SettingsChange) => {
      if (!stage(change)) return;
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(flush, SLIDER_SAVE_DELAY_MS);
    },
    [stage, flush],
  );

  // Leaving the page (or the tab) still saves a slider change that was waiting.
  useEffect(() => flush, [flush]);

  return { editor: shown ? { settings: shown, update, updateSoon } : null, notice, error };
}

/** Phrase boxes being edited, by category: their text until saved. */
export type PhraseDrafts = Partial<Record<Category, string>>;
