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
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { analyze, categoriesOf } from '../../engine/analyze';
import { bundledRules } from '../../engine/bundled-rules';
import type { CompiledRule } from '../../engine/compile';
import { SENSITIVITY_PRESETS, type EngineSettings } from '../../engine/settings';
import { CATEGORIES, SENSITIVITIES, type Analysis, type Category, type Flag, type Sensitivity, type Severity } from '../../engine/types';
import type { SiteId } from '../../sites/types';
import { DEFAULT_SETTINGS, parseImportedSettings, type HistorySettings, type QuarantinedSettings, type Settings } from '../../storage/settings';
import { CategoryList, LevelBadge, RuleExplanations } from '../components/flag-parts';
import { useBackend, useSettings } from '../hooks';
import { CATEGORY_LABELS, ruleById, ruleTitle, SENSITIVITY_LABELS, SITE_NAMES } from '../labels';
import {
  MAX_PHRASE_LENGTH,
  MAX_PHRASES_PER_CATEGORY,
  parseWholeNumber,
  roundWeight,
  splitBySpans,
  validatePhrases,
  withRuleOverride,
  type PhraseError,
} from './settings-helpers';
import './settings.css';

/** A slider saves this long after it stops moving, not on every step of a drag. */
const SLIDER_SAVE_DELAY_MS = 300;
/** "Try it" re-analyses this long after typing stops. */
const TRY_IT_DELAY_MS = 150;
/** Longest text "Try it" accepts: far beyond any chat reply, short enough to stay instant. */
const TRY_IT_MAX_LENGTH = 50_000;
/** Imported settings files larger than this cannot be Candor's (all phrases at their limits are ~400 KB). */
const MAX_IMPORT_BYTES = 1_000_000;
/** Phrase errors listed at once; more would bury the first ones. */
const MAX_ERRORS_SHOWN = 20;

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { 1: 'Mild', 2: 'Moderate', 3: 'Serious' };

type SettingsChange = (current: Settings) => Settings;

interface Editor {
  /** What the page shows: the last change made here, or the stored settings. */
  settings: Settings;
  /** Apply a change and save it now; resolves to whether it was saved. */
  update(change: SettingsChange): Promise<boolean>;
  /** Apply a change now and save it after SLIDER_SAVE_DELAY_MS (merged with later changes). */
  updateSoon(change: SettingsChange): void;
}

/**
 * Settings with changes shown at once and applied in order. Each change builds on the
 * previous one even before its save has finished, so quick successive changes (a slider
 * and then a switch) are never lost.
 */
function useSettingsEditor(): { editor: Editor | null; notice?: string; error?: string } {
  const { settings: stored, notice, error, save } = useSettings();
  const [pending, setPending] = useState<Settings | null>(null);
  const latest = useRef<Settings | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shown = pending ?? stored;

  useEffect(() => {
    latest.current = shown;
  }, [shown]);

  const commit = useCallback(
    async (next: Settings) => {
      const saved = await save(next);
      // Once saved (or failed, with the error shown), the stored settings are the truth again.
      setPending((current) => (current === next ? null : current));
      return saved;
    },
    [save],
  );

  const stage = useCallback((change: SettingsChange): Settings | null => {
    if (!latest.current) return null;
    const next = change(latest.current);
    latest.current = next;
    setPending(next);
    return next;
  }, []);

  const update = useCallback(
    async (change: SettingsChange) => {
      const next = stage(change);
      if (!next) return false;
      // This save includes any slider change still waiting, so that wait is over.
      clearTimeout(saveTimer.current);
      saveTimer.current = undefined;
      return commit(next);
    },
    [stage, commit],
  );

  const flush = useCallback(() => {
    if (saveTimer.current === undefined) return;
    clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    if (latest.current) void commit(latest.current);
  }, [commit]);

  const updateSoon = useCallback(
    (change: SettingsChange) => {
      if (!stage(change)) return;
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(flush, SLIDER_SAVE_DELAY_MS);
    },
    [stage, flush],
  );

  // Leaving the page (or the tab) still saves a slider change that was waiting.
  useEffect(() => flush, [flush]);

  return { editor: shown ? { settings: shown, update, updateSoon } : null, notice, error };
}

/** Phrase boxes being edited, by category: their text until saved. */
type PhraseDrafts = Partial<Record<Category, string>>;

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
          <SensitivitySection editor={editor} />
          <SitesSection editor={editor} />
          <RulesSection editor={editor} />
          <PhrasesSection editor={editor} drafts={phraseDrafts} setDrafts={setPhraseDrafts} />
        </div>
        <TryItSection engine={editor.settings.engine} drafts={phraseDrafts} />
      </div>
      <HistorySection key={generation} editor={editor} />
      <BackupSection settings={editor.settings} replaceAll={replaceAll} />
    </div>
  );
}

/** Says why the settings were reset and offers the old value back. */
function RecoveryNotice({ notice, settings, update }: { notice?: string; settings: Settings; update: Editor['update'] }) {
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

function SensitivitySection({ editor }: { editor: Editor }) {
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

function SitesSection({ editor }: { editor: Editor }) {
  const disabled = editor.settings.disabledSites;
  const setSiteOn = (site: SiteId, on: boolean) =>
    void editor.update((s) => {
      const others = s.disabledSites.filter((d) => d !== site);
      return { ...s, disabledSites: on ? others : [...others, site] };
    });
  return (
    <section className="panel" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <fieldset>
        <legend>Check replies on</legend>
        <ul className="site-list">
          {SITE_NAMES.map(({ id, name }) => (
            <li key={id}>
              <label className="switch">
                <input type="checkbox" role="switch" checked={!disabled.includes(id)} onChange={(e) => setSiteOn(id, e.target.checked)} />
                {name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}

function RulesSection({ editor }: { editor: Editor }) {
  const overrides = editor.settings.engine.rules;
  const byCategory = useMemo(() => {
    const rules = bundledRules().rules;
    return CATEGORIES.map((category) => ({ category, rules: rules.filter((r) => r.category === category) })).filter(
      (group) => group.rules.length > 0,
    );
  }, []);
  const changedCount = Object.keys(overrides).length;

  const setOverride = (ruleId: string, change: { enabled?: boolean; weightFactor?: number }, soon = false) => {
    const apply: SettingsChange = (s) => ({
      ...s,
      engine: { ...s.engine, rules: withRuleOverride(s.engine.rules, ruleId, change) },
    });
    if (soon) editor.updateSoon(apply);
    else void editor.update(apply);
  };
  const resetRule = (ruleId: string) => setOverride(ruleId, { enabled: true, weightFactor: 1 });

  return (
    <section className="panel" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <p className="faint" id="weight-help">
        Switch off a rule you disagree with, or change its weight: how much it counts towards a reply’s score. ×0 silences a
        rule, ×2 doubles it.
      </p>
      <div className="row">
        <button type="button" onClick={() => void editor.update((s) => ({ ...s, engine: { ...s.engine, rules: {} } }))}>
          Reset all rules
        </button>
        <span className="faint small">
          {changedCount === 0 ? 'All rules are at their defaults.' : `${changedCount} ${changedCount === 1 ? 'rule differs' : 'rules differ'} from the defaults.`}
        </span>
      </div>
      {byCategory.map(({ category, rules }) => (
        <div key={category} className="rule-group">
          <h3 id={`rules-${category}`}>{CATEGORY_LABELS[category]}</h3>
          <ul className="rule-settings" aria-labelledby={`rules-${category}`}>
            {rules.map((rule) => (
              <RuleSetting
                key={rule.id}
                rule={rule}
                enabled={overrides[rule.id]?.enabled !== false}
                weightFactor={overrides[rule.id]?.weightFactor ?? 1}
                onEnabledChange={(enabled) => setOverride(rule.id, { enabled })}
                onWeightChange={(weightFactor) => setOverride(rule.id, { weightFactor }, true)}
                onReset={() => resetRule(rule.id)}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

interface RuleSettingProps {
  rule: CompiledRule;
  enabled: boolean;
  weightFactor: number;
  onEnabledChange(enabled: boolean): void;
  onWeightChange(weightFactor: number): void;
  onReset(): void;
}

function RuleSetting({ rule, enabled, weightFactor, onEnabledChange, onWeightChange, onReset }: RuleSettingProps) {
  const enabledSwitch = useRef<HTMLInputElement>(null);
  const title = ruleTitle(rule.id);
  const sliderId = `rule-${rule.id}-weight`;
  const explanationId = `rule-${rule.id}-explanation`;
  const weightText = `×${weightFactor.toFixed(1)}`;
  const overridden = !enabled || weightFactor !== 1;
  return (
    <li className={`rule-setting${enabled ? '' : ' off'}`}>
      <div className="row spread">
        <label className="switch rule-name">
          <input
            ref={enabledSwitch}
            type="checkbox"
            role="switch"
            data-testid={`rule-enabled-${rule.id}`}
            checked={enabled}
            aria-describedby={explanationId}
            onChange={(e) => onEnabledChange(e.target.checked)}
          />
          {title}
        </label>
        <span className={`severity severity-${rule.severity}`}>
          <span className="visually-hidden">Severity: </span>
          {SEVERITY_LABELS[rule.severity]}
        </span>
      </div>
      <p id={explanationId} className="faint small">
        {rule.explanation}
      </p>
      <div className="row weight">
        <label htmlFor={sliderId}>
          Weight<span className="visually-hidden"> of {title}</span>
        </label>
        <input
          type="range"
          id={sliderId}
          min={0}
          max={3}
          step={0.1}
          value={weightFactor}
          disabled={!enabled}
          aria-valuetext={weightText}
          aria-describedby="weight-help"
          onChange={(e) => onWeightChange(roundWeight(Number(e.target.value)))}
        />
        <output htmlFor={sliderId} className="weight-value">
          {weightText}
        </output>
        {overridden && (
          <button
            type="button"
            className="small"
            onClick={() => {
              onReset();
              // The button disappears with the override: keep keyboard focus on this rule.
              enabledSwitch.current?.focus();
            }}
          >
            Reset<span className="visually-hidden"> {title}</span>
          </button>
        )}
      </div>
    </li>
  );
}

function phraseText(phrases: readonly string[] | undefined): string {
  return (phrases ?? []).join('\n');
}

/** A phrase as quoted in an error: long ones are cut so the reason stays in view. */
function quotePhrase(phrase: string): string {
  return phrase.length > 60 ? `${phrase.slice(0, 60)}…` : phrase;
}

function PhrasesSection({ editor, drafts, setDrafts }: { editor: Editor; drafts: PhraseDrafts; setDrafts(update: (d: PhraseDrafts) => PhraseDrafts): void }) {
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
            <code>_</code> any one word
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

function TryItSection({ engine, drafts }: { engine: EngineSettings; drafts: PhraseDrafts }) {
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
          <h4 className="rule-title">Your phrases: {CATEGORY_LABELS[flag.category]}</h4>
          <p>{flag.explanation}</p>
        </li>
      ))}
    </ul>
  );
}

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

function HistorySection({ editor }: { editor: Editor }) {
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

function BackupSection({ settings, replaceAll }: { settings: Settings; replaceAll(next: Settings): Promise<boolean> }) {
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
