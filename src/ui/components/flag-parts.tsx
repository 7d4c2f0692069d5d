/**
 * The pieces every view of a flag shares: level and score, categories, the flagged words
 * in context, advice and sources, and the feedback buttons. Each rule's explanation is
 * in rule-explanations.tsx: it reads the bundled rule tables, which the popup loads only
 * when asked "Why?" (issue #11.6), so nothing here may import them.
 *
 * WARNING: excerpts, contexts and flagged words are text from a web page. They are
 * rendered only as React text children, never as HTML.
 */
import type { Category, Level } from '../../engine/types';
import type { FlaggedContext, Verdict } from '../../messaging/protocol';
import { adviceParts, CATEGORY_NAMES, CONFIRM_LABEL, LEVEL_NAMES, levelPhrase, resolveCitation, SOURCES_LABEL, VERDICT_NAMES, type Citation } from '../../vocabulary';

/**
 * A reply's level on the one severity scale (Low / Medium / High). The 0–100 score is
 * a second scale, so it is only a tooltip for those who want the number.
 */
export function LevelBadge({ level, score }: { level: Level; score: number }) {
  return (
    <span className={`level level-${level}`} title={`Score ${score} of 100`}>
      <span aria-hidden="true">{LEVEL_NAMES[level]}</span>
      <span className="visually-hidden">{levelPhrase(level)}</span>
    </span>
  );
}

/** One source: its title (a link when it has one), author or publisher, date and the part cited. */
export function CitationItem({ citation }: { citation: Citation }) {
  const tail = [citation.byline, citation.date].filter((s) => s !== '').join(', ');
  return (
    <li className="citation">
      {citation.url ? (
        <a href={citation.url} target="_blank" rel="noreferrer noopener">
          {citation.title}
        </a>
      ) : (
        <cite>{citation.title}</cite>
      )}
      {tail && <span className="faint"> — {tail}</span>}
      {citation.part && <span className="faint"> ({citation.part})</span>}
    </li>
  );
}

export function SourceList({ refs }: { refs: readonly string[] }) {
  if (refs.length === 0) return null;
  return (
    <div className="sources">
      <span className="faint">{SOURCES_LABEL}:</span>
      <ul className="citations">
        {refs.map((ref) => (
          <CitationItem key={ref} citation={resolveCitation(ref)} />
        ))}
      </ul>
    </div>
  );
}

/** A rule's advice with its one label ("Ask instead: …"). */
export function Advice({ advice }: { advice: string }) {
  const { label, text } = adviceParts(advice);
  return (
    <p className="advice">
      <strong>{label}: </strong>
      {text}
    </p>
  );
}

export function CategoryList({ categories }: { categories: readonly Category[] }) {
  if (categories.length === 0) return null;
  return (
    <ul className="categories" aria-label="Categories">
      {categories.map((category) => (
        <li key={category} className={`category category-${category}`}>
          {CATEGORY_NAMES[category]}
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

const VERDICT_BUTTONS: ReadonlyArray<{ verdict: Exclude<Verdict, 'none'>; label: string }> = [
  { verdict: 'confirmed', label: CONFIRM_LABEL },
  { verdict: 'not-sycophantic', label: VERDICT_NAMES['not-sycophantic'] },
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
