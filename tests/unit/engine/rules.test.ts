/**
 * Every rule, signal and counter carries examples written by us; they are executed
 * here, so a rule that stops matching its own examples fails the build.
 */
import { describe, expect, it } from 'vitest';
import { analyze, signalCountsInText, templatesMatchText } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import { BUNDLED_RULE_SOURCES } from '@/src/engine/bundled-sources';
import type { ExampleTurn } from '@/src/engine/rule-schema';
import { DEFAULT_ENGINE_SETTINGS } from '@/src/engine/settings';
import type { Turn } from '@/src/engine/types';

const compiled = bundledRules();
const asTurn = (example: ExampleTurn): Turn => (typeof example === 'string' ? { reply: example } : example);
const asText = (example: ExampleTurn): string => (typeof example === 'string' ? example : example.reply);
const label = (example: ExampleTurn): string => asText(example).slice(0, 70);

describe('bundled rules', () => {
  it('compile without problems and cover every category', () => {
    const categories = new Set(compiled.rules.map((r) => r.category));
    expect([...categories].sort()).toEqual(
      ['agreement', 'caving', 'delusion_validation', 'emotional_amplification', 'flattery', 'harmful_endorsement'],
    );
  });

  it('cite at least one seed document or public benchmark each', () => {
    for (const rule of compiled.rules) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      expect(rule.sources.some((s) => /^00\d_[0-9a-f]{16}\.txt$/u.test(s) || s.includes(':') || s.includes('(')), rule.id).toBe(true);
    }
  });

  it('are loaded from every rules file', () => {
    expect(BUNDLED_RULE_SOURCES.map((s) => s.file)).toContain('rules/signals.json');
    expect(BUNDLED_RULE_SOURCES.length).toBeGreaterThanOrEqual(8);
  });
});

describe.each(compiled.rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const fires = (example: ExampleTurn) =>
    analyze(asTurn(example), compiled, DEFAULT_ENGINE_SETTINGS).flags.some((f) => f.ruleId === rule.id);

  it.each(rule.examples.match.map((e) => [label(e), e] as const))('matches: %s', (_l, example) => {
    expect(fires(example)).toBe(true);
  });
  it.each(rule.examples.noMatch.map((e) => [label(e), e] as const))('does not match: %s', (_l, example) => {
    expect(fires(example)).toBe(false);
  });
});

const templateOwners = [
  ...[...compiled.signals.values()].map((s) => ['signal', s] as const),
  ...compiled.counters.map((c) => ['counter', c] as const),
];
describe.each(templateOwners.map(([kind, owner]) => [`${kind} ${owner.id}`, kind, owner] as const))('%s', (_name, kind, owner) => {
  // A signal or counter counts as it would in a reply: a sentence its vetoes hold in does not count.
  const holds = (text: string): boolean =>
    owner.notInSentencesWith !== undefined ? signalCountsInText(compiled, owner, text) : templatesMatchText(owner.templates, text);
  it.each(owner.examples.match.map((e) => [label(e), e] as const))('matches: %s', (_l, example) => {
    expect(holds(asText(example))).toBe(true);
  });
  it.each(owner.examples.noMatch.map((e) => [label(e), e] as const))('does not match: %s', (_l, example) => {
    expect(holds(asText(example))).toBe(false);
  });
});
