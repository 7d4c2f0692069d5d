/** Sensitivity: how readily Candor flags a reply. */
import { SENSITIVITIES } from '../../../engine/types';
import { SENSITIVITY_LABELS } from '../../labels';
import { type Editor } from './editor';

export function SensitivitySection({ editor }: { editor: Editor }) {
  const current = editor.settings.engine.sensitivity;
  return (
    <section className="panel" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading">Sensitivity</h2>
      <fieldset className="choices">
        <legend>How readily Candor flags a reply</legend>
        {SENSITIVITIES.map((sensitivity) => (
          <div key={sensitivity} className="choice">
            <input
              type="radio"
              id={`sensitivity-${sensitivity}`}
              name="sensitivity"
              value={sensitivity}
              checked={current === sensitivity}
              aria-describedby={`sensitivity-${sensitivity}-help`}
              onChange={() => void editor.update((s) => ({ ...s, engine: { ...s.engine, sensitivity } }))}
            />
            <label htmlFor={`sensitivity-${sensitivity}`}>{SENSITIVITY_LABELS[sensitivity].name}</label>
            <p id={`sensitivity-${sensitivity}-help`} className="faint small choice-help">
              {SENSITIVITY_LABELS[sensitivity].description}
            </p>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
