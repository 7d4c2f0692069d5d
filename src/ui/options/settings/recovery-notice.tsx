/** Says why the settings were reset and offers the old value back. */
import { useEffect, useState } from 'react';
import { type QuarantinedSettings, type Settings } from '../../../storage/settings';
import { useBackend } from '../../hooks';
import { type Editor } from './editor';

/** Says why the settings were reset and offers the old value back. */
export function RecoveryNotice({ notice, settings, update }: { notice?: string; settings: Settings; update: Editor['update'] }) {
  const backend = useBackend();
  const [quarantine, setQuarantine] = useState<QuarantinedSettings | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    let live = true;
    backend
      .loadQuarantine()
      .then((value) => live && setQuarantine(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [backend]);

  if (dismissed || (!notice && !quarantine)) return null;

  const dismiss = async () => {
    if (quarantine) {
      // Store the settings in use first: while the unreadable value stays stored, every
      // load would set it aside again and bring this notice back.
      if (!(await update(() => settings))) return;
      await backend.clearQuarantine().catch(() => undefined);
    }
    setDismissed(true);
  };

  return (
    <div className="notice recovery" role="status">
      <p>
        {notice ??
          'Your settings were reset to the defaults because the stored ones could not be read. The old value is kept for recovery.'}
      </p>
      <div className="row">
        {quarantine && (
          <button
            type="button"
            onClick={() =>
              backend.download('candor-settings-recovered.json', 'application/json', JSON.stringify(quarantine.value, null, 2))
            }
          >
            Download the old value
          </button>
        )}
        <button type="button" onClick={() => void dismiss()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
