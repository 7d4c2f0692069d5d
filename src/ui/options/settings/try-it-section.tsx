/**
 * "Try it": runs the engine on pasted text with the settings on the page, including
 * phrases not saved yet.
 *
 * WARNING: pasted text is untrusted; it is shown only as React text children.
 */
import { useEffect, useMemo, useState } from 'react';
import { analyze, categoriesOf } from '../../../engine/analyze';
import { bundledRules } from '../../../engine/bundled-rules';
import { SENSITIVITY_PRESETS, type EngineSettings } from '../../../engine/settings';
import { type Analysis, type Category, type Flag, type Sensitivity } from '../../../engine/types';
import { CategoryList, LevelBadge } from '../../components/flag-parts';
import { RuleExplanations } from '../../components/rule-explanations';
import { SENSITIVITY_LABELS } from '../../labels';
import { ruleById } from '../../rule-lookup';
import { splitBySpans } from '../settings-helpers';
import { customPhrasesName } from '../../../vocabulary';
import { type PhraseDrafts } from './editor';

/** "Try it" re-analyses this long after typing stops. */
const TRY_IT_DELAY_MS = 150;
/** Longest text "Try it" accepts: far beyond any chat reply, short enough to stay instant. */
const TRY_IT_MAX_LENGTH = 50_000;

/** A value that follows `value` once it has stopped changing for `delayMs`. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** The engine settings with unsaved phrase boxes in place of the saved phrases. */
function withDraftPhrases(engine: EngineSettings, drafts: PhraseDrafts): EngineSettings {
  const edited = Object.entries(drafts) as [Category, string][];
  if (edited.length === 0) return engine;
  const customPhrases = { ...engine.customPhrases };
  for (const [category, text] of edited) {
    // Lines that do not compile are skipped by the engine, so a half-typed phrase is harmless.
    customPhrases[category] = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  return { ...engine, customPhrases };
}

export function TryItSection({ engine, drafts }: { engine: EngineSettings; drafts: PhraseDrafts }) {
  const [reply, setReply] = useState('');
  const [user, setUser] = useState('');
  const settledReply = useSettled(reply, TRY_IT_DELAY_MS);
  const settledUser = useSettled(user, TRY_IT_DELAY_MS);
  const tryEngine = useMemo(() => withDraftPhrases(engine, drafts), [engine, drafts]);
  const analysis = useMemo(
    () => (settledReply.trim() === '' ? null : analyze({ reply: settledReply, user: settledUser || undefined }, bundledRules(), tryEngine)),
    [settledReply, settledUser, tryEngine],
  );

  return (
    <section className="panel try-it" aria-labelledby="try-it-heading">
      <h2 id="try-it-heading">Try it</h2>
      <p className="faint small">
        See what Candor flags with the settings on this page, including phrases you have not saved yet. Nothing you paste leaves
        this page.
      </p>
      <label htmlFor="try-it-user">The user’s message (optional)</label>
      <input id="try-it-user" type="text" value={user} maxLength={TRY_IT_MAX_LENGTH} onChange={(e) => setUser(e.target.value)} />
      <label htmlFor="try-it-reply">Paste a reply</label>
      <textarea id="try-it-reply" rows={6} value={reply} maxLength={TRY_IT_MAX_LENGTH} onChange={(e) => setReply(e.target.value)} />
      <div data-testid="try-it-result" className="try-it-result">
        {/* One status region that stays in place, so screen readers hear each new verdict. */}
        <div className="row" role="status">
          {analysis ? (
            <TryItVerdict analysis={analysis} sensitivity={tryEngine.sensitivity} />
          ) : (
            <p className="faint">Paste a reply from a chatbot to see what would be flagged and why.</p>
          )}
        </div>
        {analysis && <TryItDetails reply={settledReply} analysis={analysis} />}
      </div>
    </section>
  );
}

function TryItVerdict({ analysis, sensitivity }: { analysis: Analysis; sensitivity: Sensitivity }) {
  if (analysis.level !== 'none') {
    return (
      <>
        <LevelBadge level={analysis.level} score={analysis.score} />
        <CategoryList categories={categoriesOf(analysis)} />
      </>
    );
  }
  return (
    <p>
      No flags at this sensitivity{' '}
      <span className="faint small">
        (score {analysis.score}; {SENSITIVITY_LABELS[sensitivity].name.toLowerCase()} flags from {SENSITIVITY_PRESETS[sensitivity].flagAt})
      </span>
    </p>
  );
}

function TryItDetails({ reply, analysis }: { reply: string; analysis: Analysis }) {
  const segments = splitBySpans(
    reply,
    analysis.flags.flatMap((flag) => flag.spans),
  );
  const bundledIds = analysis.flags.filter((f) => ruleById(f.ruleId)).map((f) => f.ruleId);
  const customFlags = analysis.flags.filter((f) => !ruleById(f.ruleId));
  return (
    <>
      <blockquote className="try-it-reply" aria-label="The reply, with the words Candor noticed highlighted">
        {segments.map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
      </blockquote>
      {analysis.flags.length > 0 && (
        <>
          <h3>{analysis.level !== 'none' ? 'Why' : 'What Candor noticed, below the threshold'}</h3>
          <RuleExplanations ruleIds={bundledIds} />
          {customFlags.length > 0 && <CustomPhraseExplanations flags={customFlags} />}
        </>
      )}
    </>
  );
}

/** Flags from the person's own phrases: not bundled rules, so they carry their own text. */
function CustomPhraseExplanations({ flags }: { flags: readonly Flag[] }) {
  return (
    <ul className="rules">
      {flags.map((flag) => (
        <li key={flag.ruleId} className="rule">
          <h4 className="rule-title">{customPhrasesName(flag.category)}</h4>
          <p>{flag.explanation}</p>
        </li>
      ))}
    </ul>
  );
}
