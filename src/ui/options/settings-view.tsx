/**
 * The settings page: sensitivity, sites, each rule's switch and weight, the person's own
 * phrases, a "Try it" box that shows what the current settings flag, history retention
 * and privacy, and import / export.
 *
 * Switches, radios and sliders save at once (sliders after a short pause); phrases and
 * history limits save with a button, because a half-typed value must never be stored
 * (a retention of "3" on the way to "365" would prune the history).
 *
 * WARNING: text pasted into "Try it" and imported files are untrusted. They are shown
 * only as React text children, never as HTML.
 */
import { useState } from 'react';
import type { Settings } from '../../storage/settings';
import { BackupSection } from './settings/backup-section';
import { useSettingsEditor, type PhraseDrafts } from './settings/editor';
import { HistorySection } from './settings/history-section';
import { PhrasesSection } from './settings/phrases-section';
import { RecoveryNotice } from './settings/recovery-notice';
import { RulesSection } from './settings/rules-section';
import { SensitivitySection } from './settings/sensitivity-section';
import { SitesSection } from './settings/sites-section';
import { TryItSection } from './settings/try-it-section';
import './settings.css';

/** The sections in page order, so the ones people look for first are a click away (not past 17 rules). */
const SECTIONS = [
  { heading: 'sensitivity-heading', label: 'Sensitivity' },
  { heading: 'sites-heading', label: 'Sites' },
  { heading: 'phrases-heading', label: 'Your phrases' },
  { heading: 'rules-heading', label: 'Rules' },
  { heading: 'try-it-heading', label: 'Try it' },
  { heading: 'history-settings-heading', label: 'History and privacy' },
  { heading: 'backup-heading', label: 'Import and export' },
] as const;

/**
 * Jumps to a section. Buttons, not #fragment links: the page's fragment already says which
 * view (#history, #settings) is open.
 */
function SectionNav() {
  const jump = (id: string) => {
    const heading = document.getElementById(id);
    heading?.scrollIntoView({ block: 'start' });
    heading?.closest('section')?.querySelector<HTMLElement>('input, button, textarea, summary')?.focus({ preventScroll: true });
  };
  return (
    <nav className="section-nav" aria-label="Settings sections">
      <ul>
        {SECTIONS.map(({ heading, label }) => (
          <li key={heading}>
            <button type="button" className="link-button" onClick={() => jump(heading)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SettingsView() {
  const { editor, notice, error } = useSettingsEditor();
  const [phraseDrafts, setPhraseDrafts] = useState<PhraseDrafts>({});
  // Bumped when settings are replaced wholesale (import, reset) to drop half-edited forms.
  const [generation, setGeneration] = useState(0);

  if (!editor) {
    return error ? (
      <p className="error" role="alert">
        Settings could not be loaded: {error}
      </p>
    ) : (
      <p className="faint" role="status">
        Loading settings…
      </p>
    );
  }

  const replaceAll = async (next: Settings) => {
    const saved = await editor.update(() => next);
    if (saved) {
      setPhraseDrafts({});
      setGeneration((g) => g + 1);
    }
    return saved;
  };

  return (
    <div className="settings">
      <RecoveryNotice notice={notice} settings={editor.settings} update={editor.update} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="settings-layout">
        <div className="settings-main">
          <SectionNav />
          <SensitivitySection editor={editor} />
          <SitesSection editor={editor} />
          <PhrasesSection editor={editor} drafts={phraseDrafts} setDrafts={setPhraseDrafts} />
          <RulesSection editor={editor} />
        </div>
        <TryItSection engine={editor.settings.engine} drafts={phraseDrafts} />
      </div>
      <HistorySection key={generation} editor={editor} />
      <BackupSection settings={editor.settings} replaceAll={replaceAll} />
    </div>
  );
}
