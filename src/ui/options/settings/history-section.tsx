/** History retention and privacy: saved with a button, because a half-typed limit must never be stored. */
import { useRef, useState, type FormEvent } from 'react';
import { type HistorySettings } from '../../../storage/settings';
import { parseWholeNumber } from '../settings-helpers';
import { type Editor } from './editor';

interface HistoryForm {
  retentionDays: string;
  maxEntries: string;
  keep: HistorySettings['keep'];
}

const HISTORY_LIMITS = {
  retentionDays: { min: 1, max: 3650, unit: 'days' },
  maxEntries: { min: 100, max: 50_000, unit: 'entries' },
} as const;

function limitProblem(field: keyof typeof HISTORY_LIMITS, text: string): string | null {
  const { min, max, unit } = HISTORY_LIMITS[field];
  const value = parseWholeNumber(text);
  if (value !== null && value >= min && value <= max) return null;
  return `Enter a whole number of ${unit} from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`;
}

export function HistorySection({ editor }: { editor: Editor }) {
  const stored = editor.settings.history;
  const [draft, setDraft] = useState<HistoryForm | null>(null);
  const [status, setStatus] = useState('');
  const daysInput = useRef<HTMLInputElement>(null);
  const entriesInput = useRef<HTMLInputElement>(null);
  const form: HistoryForm = draft ?? {
    retentionDays: String(stored.retentionDays),
    maxEntries: String(stored.maxEntries),
    keep: stored.keep,
  };
  const daysProblem = limitProblem('retentionDays', form.retentionDays);
  const entriesProblem = limitProblem('maxEntries', form.maxEntries);

  const edit = (change: Partial<HistoryForm>) => {
    setDraft({ ...form, ...change });
    setStatus('');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (daysProblem || entriesProblem) {
      (daysProblem ? daysInput : entriesInput).current?.focus();
      return;
    }
    const history: HistorySettings = {
      // Fields this form does not edit (e.g. whether unflagged replies are kept whole) stay as stored.
      ...stored,
      retentionDays: parseWholeNumber(form.retentionDays) as number,
      maxEntries: parseWholeNumber(form.maxEntries) as number,
      keep: form.keep,
    };
    if (await editor.update((s) => ({ ...s, history }))) {
      setDraft(null);
      setStatus('Saved');
    }
  };

  const numberField = (field: 'retentionDays' | 'maxEntries', label: [string, string], problem: string | null) => {
    const id = `history-${field}`;
    const { min, max } = HISTORY_LIMITS[field];
    return (
      <div className="number-field">
        {/* The label wraps the field so its name reads "Keep history for 180 days". */}
        <label>
          {label[0]}{' '}
          <input
            ref={field === 'retentionDays' ? daysInput : entriesInput}
            id={id}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            value={form[field]}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => edit({ [field]: e.target.value })}
          />{' '}
          {label[1]}
        </label>
        {problem && (
          <p id={`${id}-problem`} className="error small field-problem">
            {problem}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="panel" aria-labelledby="history-settings-heading">
      <h2 id="history-settings-heading">History and privacy</h2>
      <p className="faint">The history stays on this device. Older entries are removed automatically.</p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <fieldset>
          <legend>How much to keep</legend>
          {numberField('retentionDays', ['Keep history for', 'days'], daysProblem)}
          {numberField('maxEntries', ['At most', 'entries'], entriesProblem)}
        </fieldset>
        <fieldset className="choices">
          <legend>What to store for each reply</legend>
          <div className="choice">
            <input type="radio" id="keep-excerpt" name="history-keep" checked={form.keep === 'excerpt'} onChange={() => edit({ keep: 'excerpt' })} />
            <label htmlFor="keep-excerpt">Store a short excerpt of each reply and the flagged words</label>
          </div>
          <div className="choice">
            <input
              type="radio"
              id="keep-spans"
              name="history-keep"
              checked={form.keep === 'spans'}
              aria-describedby="keep-spans-help"
              onChange={() => edit({ keep: 'spans' })}
            />
            <label htmlFor="keep-spans">Store only the flagged words</label>
            <p id="keep-spans-help" className="faint small choice-help">
              Nothing else of your conversations is kept. Switching to this also removes the excerpts already stored.
            </p>
          </div>
        </fieldset>
        <div className="row">
          <button type="submit" className="primary">
            Save history settings
          </button>
          <span role="status" className="success small">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}
