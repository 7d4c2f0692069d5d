/** The person's own phrases per category, checked line by line before they are saved. */
import { useState, type FormEvent } from 'react';
import { CATEGORIES, type Category } from '../../../engine/types';
import { CATEGORY_LABELS } from '../../labels';
import { MAX_PHRASE_LENGTH, MAX_PHRASES_PER_CATEGORY, validatePhrases, type PhraseError } from '../settings-helpers';
import { type Editor, type PhraseDrafts } from './editor';

/** Phrase errors listed at once; more would bury the first ones. */
const MAX_ERRORS_SHOWN = 20;

function phraseText(phrases: readonly string[] | undefined): string {
  return (phrases ?? []).join('\n');
}

/** A phrase as quoted in an error: long ones are cut so the reason stays in view. */
function quotePhrase(phrase: string): string {
  return phrase.length > 60 ? `${phrase.slice(0, 60)}…` : phrase;
}

export function PhrasesSection({ editor, drafts, setDrafts }: { editor: Editor; drafts: PhraseDrafts; setDrafts(update: (d: PhraseDrafts) => PhraseDrafts): void }) {
  const saved = editor.settings.engine.customPhrases;
  return (
    <section className="panel" aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">Your phrases</h2>
      <div id="phrase-syntax" className="phrase-syntax">
        <p>Add phrases Candor should flag, one per line. Matching ignores case and punctuation. You can write:</p>
        <ul className="small">
          <li>
            <code>{'{great|brilliant}'}</code> one of the alternatives; <code>{'{very|}'}</code> makes a word optional
          </li>
          <li>
            <code>genius*</code> any word starting with “genius” (at least 3 letters before the *)
          </li>
          <li>
            <code>_</code> (an underscore) any one word
          </li>
          <li>
            <code>..</code> a gap of up to 3 words, as in <code>you are .. right</code>
          </li>
        </ul>
        <p className="faint small">
          Up to {MAX_PHRASES_PER_CATEGORY} phrases per category, {MAX_PHRASE_LENGTH} characters each. Try them in “Try it” before
          saving.
        </p>
      </div>
      {CATEGORIES.map((category) => (
        <PhraseBox
          key={category}
          category={category}
          text={drafts[category] ?? phraseText(saved[category])}
          onEdit={(text) => setDrafts((d) => ({ ...d, [category]: text }))}
          onSave={async (phrases) => {
            const ok = await editor.update((s) => {
              const { [category]: _old, ...others } = s.engine.customPhrases;
              const customPhrases = phrases.length > 0 ? { ...others, [category]: phrases } : others;
              return { ...s, engine: { ...s.engine, customPhrases } };
            });
            if (ok) {
              setDrafts((d) => {
                const { [category]: _saved, ...rest } = d;
                return rest;
              });
            }
            return ok;
          }}
        />
      ))}
    </section>
  );
}

interface PhraseBoxProps {
  category: Category;
  text: string;
  onEdit(text: string): void;
  onSave(phrases: string[]): Promise<boolean>;
}

function PhraseBox({ category, text, onEdit, onSave }: PhraseBoxProps) {
  const [errors, setErrors] = useState<PhraseError[]>([]);
  const [status, setStatus] = useState('');
  const boxId = `phrases-${category}`;
  const errorsId = `${boxId}-errors`;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = validatePhrases(text.split('\n'));
    setErrors(result.errors);
    if (!result.ok) {
      setStatus('');
      return;
    }
    setStatus((await onSave(result.phrases)) ? 'Saved' : '');
  };

  return (
    <form className="phrase-box" onSubmit={(e) => void save(e)}>
      <label htmlFor={boxId}>{CATEGORY_LABELS[category]}</label>
      <textarea
        id={boxId}
        rows={3}
        spellCheck={false}
        value={text}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? `${errorsId} phrase-syntax` : 'phrase-syntax'}
        onChange={(e) => {
          onEdit(e.target.value);
          setStatus('');
        }}
      />
      {errors.length > 0 && (
        <div id={errorsId} className="error" role="alert">
          <p>Nothing was saved. Fix {errors.length === 1 ? 'this line' : 'these lines'}:</p>
          <ul className="phrase-errors">
            {errors.slice(0, MAX_ERRORS_SHOWN).map((e) => (
              <li key={`${e.line}-${e.reason}`}>
                Line {e.line} “{quotePhrase(e.phrase)}”: {e.reason}
              </li>
            ))}
            {errors.length > MAX_ERRORS_SHOWN && <li>…and {errors.length - MAX_ERRORS_SHOWN} more.</li>}
          </ul>
        </div>
      )}
      <div className="row">
        <button type="submit">
          Save phrases<span className="visually-hidden"> for {CATEGORY_LABELS[category]}</span>
        </button>
        <span role="status" className="success small">
          {status}
        </span>
      </div>
    </form>
  );
}
