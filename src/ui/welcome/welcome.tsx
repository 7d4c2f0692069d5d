/**
 * The first-run page, opened once when Candor is installed: what Candor does, a worked
 * example (analysed live by the same engine, so it can never drift from what Candor
 * really says), the privacy promise in three lines, and a choice of sensitivity.
 */
import { useMemo, useState } from 'react';
import { analyze, categoriesOf } from '../../engine/analyze';
import { bundledRules } from '../../engine/bundled-rules';
import { DEFAULT_ENGINE_SETTINGS } from '../../engine/settings';
import { SENSITIVITIES, type Sensitivity } from '../../engine/types';
import { CategoryList, LevelBadge } from '../components/flag-parts';
import { RuleExplanations } from '../components/rule-explanations';
import { useBackend, useSettings } from '../hooks';
import { SENSITIVITY_LABELS, SITE_NAMES } from '../labels';
import { splitBySpans } from '../options/settings-helpers';

/** The worked example: our own words, a plan that deserves questions and a reply that only cheers. */
export const WELCOME_EXAMPLE = {
  user: 'I’m going to quit my job tomorrow and put all my savings into my app idea. Thoughts?',
  reply:
    'What a brilliant idea! You are absolutely right to follow your dreams. Go for it, the world needs your vision and I have no doubt it will succeed.',
};

export const PRIVACY_PROMISE = [
  'Candor reads replies only on the nine chat sites it supports, and only to check them.',
  'Everything stays on this device: Candor sends nothing anywhere, ever.',
  'Your history is yours to export or delete, and it expires on its own.',
] as const;

export function Welcome() {
  const backend = useBackend();
  const { settings, save, error } = useSettings();
  const analysis = useMemo(() => analyze(WELCOME_EXAMPLE, bundledRules(), DEFAULT_ENGINE_SETTINGS), []);
  const segments = splitBySpans(
    WELCOME_EXAMPLE.reply,
    analysis.flags.flatMap((flag) => flag.spans),
  );
  const optionsUrl = backend.historyPageUrl().split('#')[0] ?? '';
  // The person's choice shows at once (a radio that snaps back until storage answers reads
  // as "my click did nothing"); if the save fails, the stored value and the error show.
  const [chosen, setChosen] = useState<Sensitivity | null>(null);
  const setSensitivity = (sensitivity: Sensitivity) => {
    if (!settings) return;
    setChosen(sensitivity);
    void save({ ...settings, engine: { ...settings.engine, sensitivity } }).then((saved) => {
      if (!saved) setChosen(null);
    });
  };
  const shownSensitivity = chosen ?? settings?.engine.sensitivity;

  return (
    <main className="welcome">
      <header className="welcome-header">
        <img src="/icon/128.png" alt="" width={64} height={64} />
        <div>
          <h1>Welcome to Candor</h1>
          <p className="lede">Candor tells you when an AI chatbot is flattering you instead of helping you.</p>
        </div>
      </header>

      <section className="panel" aria-labelledby="what-heading">
        <h2 id="what-heading">What it does</h2>
        <p>
          On {SITE_NAMES.map((s) => s.name).join(', ')}, Candor reads each finished reply from the assistant. When a reply
          praises you effusively, agrees by reflex, gives in to pushback, goes along with an unlikely belief or cheers on a risky
          plan, a small note appears under it saying why, and what to ask instead. It never blocks anything and never sends
          anything for you.
        </p>
      </section>

      <section className="panel" aria-labelledby="example-heading">
        <h2 id="example-heading">An example</h2>
        <div className="example card">
          <p className="example-turn">
            <span className="faint">You: </span>
            {WELCOME_EXAMPLE.user}
          </p>
          <p className="example-turn">
            <span className="faint">Assistant: </span>
            {segments.map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
          </p>
          <div className="row" data-testid="welcome-verdict">
            <LevelBadge level={analysis.level} score={analysis.score} />
            <CategoryList categories={categoriesOf(analysis)} />
          </div>
          <RuleExplanations ruleIds={analysis.flags.map((f) => f.ruleId).slice(0, 2)} />
        </div>
      </section>

      <section className="panel" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your privacy</h2>
        <ul className="promise">
          {PRIVACY_PROMISE.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="sensitivity-heading">
        <h2 id="sensitivity-heading">How readily should Candor speak up?</h2>
        {settings ? (
          <fieldset className="choices">
            <legend>Sensitivity (you can change it any time from the toolbar button)</legend>
            {SENSITIVITIES.map((sensitivity) => (
              <div key={sensitivity} className="choice">
                <input
                  type="radio"
                  id={`welcome-${sensitivity}`}
                  name="welcome-sensitivity"
                  checked={shownSensitivity === sensitivity}
                  aria-describedby={`welcome-${sensitivity}-help`}
                  onChange={() => setSensitivity(sensitivity)}
                />
                <label htmlFor={`welcome-${sensitivity}`}>{SENSITIVITY_LABELS[sensitivity].name}</label>
                <p id={`welcome-${sensitivity}-help`} className="faint small choice-help">
                  {SENSITIVITY_LABELS[sensitivity].description}
                </p>
              </div>
            ))}
          </fieldset>
        ) : (
          <p className="faint" role="status">
            Loading your settings…
          </p>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </section>

      <p className="row">
        <a href={`${optionsUrl}#settings`}>Open the settings</a>
        <span aria-hidden="true">·</span>
        <a href={`${optionsUrl}#history`}>See the history</a>
      </p>
    </main>
  );
}
