/**
 * Import, export and reset of the settings.
 *
 * WARNING: an imported file is untrusted: it is parsed and validated before anything is replaced.
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { DEFAULT_SETTINGS, parseImportedSettings, type Settings } from '../../../storage/settings';
import { useBackend } from '../../hooks';

/** Imported settings files larger than this cannot be Candor's (all phrases at their limits are ~400 KB). */
const MAX_IMPORT_BYTES = 1_000_000;

export function BackupSection({ settings, replaceAll }: { settings: Settings; replaceAll(next: Settings): Promise<boolean> }) {
  const backend = useBackend();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const focusResetButton = useRef(false);

  // Answering removes the confirmation buttons: give focus back to the button that opened them.
  useEffect(() => {
    if (confirming || !focusResetButton.current) return;
    focusResetButton.current = false;
    resetButton.current?.focus();
  }, [confirming]);

  const report = (ok: boolean, success: string) => {
    setStatus(ok ? success : '');
    setFailure(ok ? '' : 'Your settings were not changed.');
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Clear the input so choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    setStatus('');
    setFailure('');
    if (file.size > MAX_IMPORT_BYTES) {
      setFailure('The file is too large to be a Candor settings file. Your settings were not changed.');
      return;
    }
    const parsed = parseImportedSettings(await file.text());
    if (!parsed.ok) {
      setFailure(`${parsed.reason} Your settings were not changed.`);
      return;
    }
    report(await replaceAll(parsed.settings), 'Settings imported');
  };

  const resetAll = async () => {
    focusResetButton.current = true;
    setConfirming(false);
    report(await replaceAll(DEFAULT_SETTINGS), 'All settings are back to their defaults');
  };

  return (
    <section className="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Import, export and reset</h2>
      <p className="faint">Move your settings to another browser, or keep a copy. The history is exported from the History page.</p>
      <div className="row backup-actions">
        <button
          type="button"
          onClick={() => backend.download('candor-settings.json', 'application/json', JSON.stringify(settings, null, 2))}
        >
          Export settings
        </button>
        <label className="file-button">
          Import settings…
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importFile(e)} />
        </label>
        {confirming ? (
          <span className="confirm" role="group" aria-label="Reset everything to defaults?">
            <button type="button" className="danger" onClick={() => void resetAll()}>
              Really reset?
            </button>
            <button
              type="button"
              onClick={() => {
                focusResetButton.current = true;
                setConfirming(false);
              }}
              autoFocus
            >
              Cancel
            </button>
          </span>
        ) : (
          <button ref={resetButton} type="button" className="danger" onClick={() => setConfirming(true)}>
            Reset everything to defaults
          </button>
        )}
      </div>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <p role="status" className="success">
        {status}
      </p>
    </section>
  );
}

