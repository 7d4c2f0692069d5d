/**
 * The pieces every view of a flag shares: level and score, categories, the flagged words
 * in context, each rule's explanation, advice and sources, and the feedback buttons.
 *
 * WARNING: excerpts, contexts and flagged words are text from a web page. They are
 * rendered only as React text children, never as HTML.
 */
import type { Category, Level } from '../../engine/types';
import type { FlaggedContext, Verdict } from '../../messaging/protocol';
import { CATEGORY_LABELS, LEVEL_LABELS, ruleById, ruleTitle } from '../labels';

export function LevelBadge({ level, score }: { level: Level; score: number }) {
  return (
    <span className={`level level-${level}`}>
      <span aria-hidden="true">
        {LEVEL_LABELS[level]} · {score}
      </span>
      <span className="visually-hidden">
        {LEVEL_LABELS[level]} level, score {score} of 100
      </span>
    </span>
  );
}

export function CategoryList({ categories }: { categories: readonly Category[] }) {
  if (categories.length === 0) return null;
  return (
    <ul className="categories" aria-label="Categories">
      {categories.map((category) => (
        <li key={category} className={`category category-${category}`}>
          {CATEGORY_LABELS[category]}
        </li>
      ))}
    </ul>
  );
}

/** "…words before **flagged words** words after…"; falls back to the bare flagged words. */
export function FlaggedInContext({ contexts, flaggedText }: { contexts: readonly FlaggedContext[]; flaggedText: readonly string[] }) {
  if (contexts.length > 0) {
    return (
      <ul className="in-context" aria-label="Flagged words in context">
        {contexts.map((context, i) => (
          <li key={i}>
            <q>
              {context.before && <span className="faint">…{context.before}</span>}
              <mark>{context.flagged}</mark>
              {context.after && <span className="faint">{context.after}…</span>}
            </q>
          </li>
        ))}
      </ul>
    );
  }
  if (flaggedText.length === 0) return null;
  return (
    <ul className="in-context" aria-label="Flagged words">
      {flaggedText.map((text, i) => (
        <li key={i}>
          <q>
            <mark>{text}</mark>
          </q>
        </li>
      ))}
    </ul>
  );
}

/** Each rule that fired, with what it means and what to do (from the bundled rule data). */
export function RuleExplanations({ ruleIds }: { ruleIds: readonly string[] }) {
  const unique = [...new Set(ruleIds)];
  return (
    <ul className="rules">
      {unique.map((id) => {
        const rule = ruleById(id);
        return (
          <li key={id} className="rule">
            <h4 className="rule-title">{ruleTitle(id)}</h4>
            {rule ? (
              <>
                <p data-testid="flag-explanation">{rule.explanation}</p>
                <p className="advice">
                  <strong>Try asking: </strong>
                  {rule.advice}
                </p>
                <p className="sources">
                  <span className="faint">Sources: </span>
                  {rule.sources.join(', ')}
                </p>
              </>
            ) : (
              <p data-testid="flag-explanation">A rule from another version of Candor ({id}); its explanation is not available.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

const VERDICT_BUTTONS: ReadonlyArray<{ verdict: Exclude<Verdict, 'none'>; label: string }> = [
  { verdict: 'confirmed', label: 'Confirm' },
  { verdict: 'not-sycophantic', label: 'Not sycophantic' },
];

/** Two toggle buttons; pressing the active one again takes the verdict back. */
export function FeedbackButtons({ verdict, onChange, disabled }: { verdict: Verdict; onChange(next: Verdict): void; disabled?: boolean }) {
  return (
    <div className="feedback" role="group" aria-label="Your verdict">
      {VERDICT_BUTTONS.map(({ verdict: value, label }) => (
        <button
          key={value}
          type="button"
          className={`feedback-${value}`}
          aria-pressed={verdict === value}
          disabled={disabled}
          onClick={() => onChange(verdict === value ? 'none' : value)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
