/** Every rule, grouped by category: on/off, weight and its own examples. */
import { useMemo, useRef } from 'react';
import { bundledRules } from '../../../engine/bundled-rules';
import type { CompiledRule } from '../../../engine/compile';
import type { ExampleTurn } from '../../../engine/rule-schema';
import { CATEGORIES } from '../../../engine/types';
import { CATEGORY_LABELS, ruleTitle } from '../../labels';
import { roundWeight, withRuleOverride } from '../settings-helpers';
import { LEVEL_NAMES, severityLevel } from '../../../vocabulary';
import { type Editor, type SettingsChange } from './editor';

export function RulesSection({ editor }: { editor: Editor }) {
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
      {byCategory.map(({ category, rules }) => {
        const changed = rules.filter((rule) => overrides[rule.id] !== undefined).length;
        return (
        // Collapsed by category: seventeen sliders in a row buried everything below them.
        <details key={category} className="rule-group" data-category={category}>
          <summary>
            <h3 id={`rules-${category}`}>{CATEGORY_LABELS[category]}</h3>
            <span className="faint small">
              {rules.length} {rules.length === 1 ? 'rule' : 'rules'}
              {changed > 0 ? ` · ${changed} changed` : ''}
            </span>
          </summary>
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
        </details>
        );
      })}
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
        <span className={`level level-${severityLevel(rule.severity)}`}>
          <span className="visually-hidden">Level on its own: </span>
          {LEVEL_NAMES[severityLevel(rule.severity)]}
        </span>
      </div>
      <p id={explanationId} className="rule-explanation">
        {rule.explanation}
      </p>
      <RuleExamples rule={rule} />
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

/** How many examples of each kind a rule shows: enough to compare, short enough to read. */
const EXAMPLES_SHOWN = 2;

function exampleParts(example: ExampleTurn): { user?: string; reply: string } {
  return typeof example === 'string' ? { reply: example } : { user: example.user, reply: example.reply };
}

function ExampleList({ examples, kind }: { examples: readonly ExampleTurn[]; kind: 'flagged' | 'fine' }) {
  return (
    <ul className={`examples examples-${kind}`}>
      {examples.slice(0, EXAMPLES_SHOWN).map((example, i) => {
        const { user, reply } = exampleParts(example);
        return (
          <li key={i}>
            {user && <span className="faint small example-user">You: {user}</span>}
            <q>{reply}</q>
          </li>
        );
      })}
    </ul>
  );
}

/** The rule's own examples (the ones its tests run): what it flags next to what it leaves alone. */
function RuleExamples({ rule }: { rule: CompiledRule }) {
  return (
    <details className="rule-examples">
      <summary>
        Examples<span className="visually-hidden"> for {ruleTitle(rule.id)}</span>
      </summary>
      <div className="example-pair">
        <div>
          <h4 className="example-heading flagged">Flagged</h4>
          <ExampleList examples={rule.examples.match} kind="flagged" />
        </div>
        <div>
          <h4 className="example-heading fine">Not flagged</h4>
          <ExampleList examples={rule.examples.noMatch} kind="fine" />
        </div>
      </div>
    </details>
  );
}
