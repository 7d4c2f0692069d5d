/**
 * Turns validated rule data into matchers, once. Every problem is reported with the
 * file, the rule (or signal) id and the field, so a broken rules file says exactly
 * what to fix instead of silently weakening detection.
 */
import type { z } from 'zod';
import type { RuntimeModel } from './model-schema';
import {
  RuleFileSchema,
  type CounterData,
  type RuleData,
  type SignalData,
} from './rule-schema';
import { assembleRules } from './assemble';
import {
  compileTemplate,
  TemplateError,
  type CompiledTemplate,
  type TemplateSet,
  type UnifiedIndex,
} from './pattern';

export interface RuleSource {
  /** File name, for error messages ("rules/flattery.json"). */
  file: string;
  /** The parsed JSON content. */
  data: unknown;
}

export interface CompiledRule extends Omit<RuleData, 'phrases'> {
  file: string;
  templates: TemplateSet;
}
export interface CompiledSignal extends Omit<SignalData, 'phrases'> {
  file: string;
  templates: TemplateSet;
}
export interface CompiledCounter extends Omit<CounterData, 'phrases'> {
  file: string;
  templates: TemplateSet;
}

export { assembleRules };

export interface CompiledRules {
  rules: CompiledRule[];
  signals: Map<string, CompiledSignal>;
  counters: CompiledCounter[];
  /** Every template set above in one index, so a reply is scanned once for all of them. */
  index: UnifiedIndex;
  /** The signals alone: all a user's message is ever checked against. */
  signalIndex: UnifiedIndex;
  /** The fitted model scoring replies; absent or null: the hand-set weights decide. */
  model?: RuntimeModel | null;
}

/** One thing wrong with the rules, located precisely. */
export interface RuleProblem {
  file: string;
  /** The rule, signal or counter id, when the problem is inside one. */
  id?: string;
  /** Dotted path of the field ("rules.3.severity"). */
  field: string;
  message: string;
}

export class RulesError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(
      `Invalid rules:\n${problems
        .map((p) => `  ${p.file}${p.id ? ` [${p.id}]` : ''} ${p.field}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'RulesError';
  }
}

function idAt(data: unknown, path: readonly PropertyKey[]): string | undefined {
  // Walk to the rule/signal/counter object (first two path parts) and read its id.
  if (path.length < 2 || typeof data !== 'object' || data === null) return undefined;
  const list = (data as Record<string, unknown>)[String(path[0])];
  if (!Array.isArray(list)) return undefined;
  const item: unknown = list[Number(path[1])];
  if (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string') {
    return (item as { id: string }).id;
  }
  return undefined;
}

function zodProblems(file: string, data: unknown, error: z.ZodError): RuleProblem[] {
  return error.issues.map((issue) => ({
    file,
    id: idAt(data, issue.path),
    field: issue.path.map(String).join('.') || '(file)',
    message: issue.message,
  }));
}

function compilePhrases(
  phrases: readonly string[],
  where: { file: string; id: string; field: string },
  problems: RuleProblem[],
): CompiledTemplate[] {
  const compiled: CompiledTemplate[] = [];
  phrases.forEach((phrase, i) => {
    try {
      compiled.push(compileTemplate(phrase));
    } catch (err) {
      const message = err instanceof TemplateError ? err.message : String(err);
      problems.push({ file: where.file, id: where.id, field: `${where.field}.${i}`, message: `"${phrase}": ${message}` });
    }
  });
  return compiled;
}

/** A rule, signal or counter with its templates compiled but not yet indexed. */
type Prepared<T extends { templates: TemplateSet }> = Omit<T, 'templates'> & { templates: CompiledTemplate[] };

/**
 * Rules validated and their templates compiled: the slow part of compiling, and what
 * the build ships (prebuilt-tables.ts). assembleRules turns it into CompiledRules.
 */
export interface PreparedRules {
  rules: Prepared<CompiledRule>[];
  signals: Prepared<CompiledSignal>[];
  counters: Prepared<CompiledCounter>[];
}

/**
 * Validate rule files and compile their templates. Throws RulesError listing every
 * problem found, so one run shows them all.
 */
export function prepareRules(sources: readonly RuleSource[]): PreparedRules {
  const problems: RuleProblem[] = [];
  const rules: Prepared<CompiledRule>[] = [];
  const signals: Prepared<CompiledSignal>[] = [];
  const counters: Prepared<CompiledCounter>[] = [];
  const seenIds = new Map<string, string>();

  const claimId = (file: string, id: string, field: string): void => {
    const other = seenIds.get(id);
    if (other !== undefined) problems.push({ file, id, field, message: `duplicate id (also in ${other})` });
    else seenIds.set(id, file);
  };

  for (const { file, data } of sources) {
    const parsed = RuleFileSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(file, data, parsed.error));
      continue;
    }
    parsed.data.rules.forEach((rule, i) => {
      claimId(file, rule.id, `rules.${i}.id`);
      const { phrases, ...rest } = rule;
      rules.push({ ...rest, file, templates: compilePhrases(phrases, { file, id: rule.id, field: `rules.${i}.phrases` }, problems) });
    });
    parsed.data.signals.forEach((signal, i) => {
      claimId(file, signal.id, `signals.${i}.id`);
      const { phrases, ...rest } = signal;
      signals.push({
        ...rest,
        file,
        templates: compilePhrases(phrases, { file, id: signal.id, field: `signals.${i}.phrases` }, problems),
      });
    });
    parsed.data.counters.forEach((counter, i) => {
      claimId(file, counter.id, `counters.${i}.id`);
      const { phrases, ...rest } = counter;
      counters.push({
        ...rest,
        file,
        templates: compilePhrases(phrases, { file, id: counter.id, field: `counters.${i}.phrases` }, problems),
      });
    });
  }

  // Every signal a rule names must exist, and be read on the side the rule asks about.
  const readOn = new Map(signals.map((s) => [s.id, s.readOn] as const));
  for (const rule of rules) {
    const refs: [string, readonly string[], 'user' | 'reply'][] = [
      ['context.userSignals', rule.context.userSignals ?? [], 'user'],
      ['context.alsoUserSignals', rule.context.alsoUserSignals ?? [], 'user'],
      ['context.allUserSignals', rule.context.allUserSignals ?? [], 'user'],
      ['context.sentenceSignals', rule.context.sentenceSignals ?? [], 'reply'],
      ['exemptions.sentenceSignals', rule.exemptions.sentenceSignals, 'reply'],
      ['exemptions.nextSentenceSignals', rule.exemptions.nextSentenceSignals, 'reply'],
      ['exemptions.replySignals', rule.exemptions.replySignals, 'reply'],
      ['exemptions.userSignals', rule.exemptions.userSignals, 'user'],
    ];
    for (const [field, ids, side] of refs) {
      for (const ref of ids) {
        const read = readOn.get(ref);
        if (read === undefined) problems.push({ file: rule.file, id: rule.id, field, message: `unknown signal "${ref}"` });
        else if (read !== 'both' && read !== side) {
          problems.push({ file: rule.file, id: rule.id, field, message: `signal "${ref}" is read on the ${read}'s side only, not the ${side}'s` });
        }
      }
    }
  }

  // A signal's or a counter's sentence vetoes name signals read on the reply that have no
  // vetoes of their own: one level, like the groups below.
  const vetoing = new Set(signals.filter((s) => s.notInSentencesWith !== undefined).map((s) => s.id));
  for (const owner of [...signals, ...counters]) {
    for (const ref of owner.notInSentencesWith ?? []) {
      const field = 'notInSentencesWith';
      const read = readOn.get(ref);
      if (read === undefined) problems.push({ file: owner.file, id: owner.id, field, message: `unknown signal "${ref}"` });
      else if (read === 'user') problems.push({ file: owner.file, id: owner.id, field, message: `signal "${ref}" is read on the person's message only` });
      else if (vetoing.has(ref)) problems.push({ file: owner.file, id: owner.id, field, message: `signal "${ref}" has sentence vetoes of its own` });
    }
  }

  // A signal's groups name signals read on the person's message that have no groups of
  // their own: one level, so reading a signal never loops.
  const grouped = new Set(signals.filter((s) => s.alsoHoldsWhen !== undefined).map((s) => s.id));
  for (const signal of signals) {
    (signal.alsoHoldsWhen ?? []).forEach((group, g) => {
      for (const ref of group) {
        const field = `alsoHoldsWhen.${g}`;
        const read = readOn.get(ref);
        if (read === undefined) problems.push({ file: signal.file, id: signal.id, field, message: `unknown signal "${ref}"` });
        else if (read === 'reply') problems.push({ file: signal.file, id: signal.id, field, message: `signal "${ref}" is read on the reply only` });
        else if (grouped.has(ref)) problems.push({ file: signal.file, id: signal.id, field, message: `signal "${ref}" has groups of its own` });
      }
    });
  }

  if (problems.length > 0) throw new RulesError(problems);
  return { rules, signals, counters };
}

/**
 * Validate and compile rule files. Throws RulesError listing every problem found,
 * so one run shows them all.
 */
export function compileRules(sources: readonly RuleSource[]): CompiledRules {
  return assembleRules(prepareRules(sources));
}
