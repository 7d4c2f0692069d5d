/**
 * One line in the popup when the page in this tab hid or removed Candor's marks (the
 * in-page mark guard reports it; src/background/card-actions.ts keeps it per tab). The
 * popup is the trusted surface: a page can fake or hide a badge, not this.
 */
import { useEffect, useState } from 'react';
import type { InterferenceNotice as Notice } from '../../background/card-actions';
import { useBackend } from '../hooks';

export function interferenceText(notice: Notice): string {
  return notice.gaveUp
    ? 'This page keeps hiding or removing Candor’s marks, so Candor stopped putting them back. Trust this popup and the toolbar count, not the page.'
    : 'This page hid or removed some of Candor’s marks; Candor put them back.';
}

export function InterferenceNotice({ tabId, url }: { tabId: number | null; url: string | undefined }) {
  const backend = useBackend();
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    if (tabId === null || !backend.readInterference) return undefined;
    let live = true;
    const load = () =>
      backend
        .readInterference?.(tabId)
        .then((value) => live && setNotice(value))
        .catch(() => undefined);
    void load();
    const unsubscribe = backend.subscribe((what) => what === 'tabs' && void load());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [backend, tabId]);

  // A notice about an earlier page in this tab says nothing about this one.
  if (!notice || notice.url !== url) return null;
  return (
    <p className="notice" role="status" data-testid="interference-notice">
      {interferenceText(notice)}
    </p>
  );
}
