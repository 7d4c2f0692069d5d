/**
 * The last, cheap step of compiling rules: indexing their compiled templates for
 * matching. Kept apart from compile.ts so that code loading prebuilt tables (every
 * build) carries neither the rule schema nor the template parser.
 */
import type { CompiledRules, PreparedRules } from './compile';
import { buildTemplateSet, buildUnifiedIndex } from './pattern';

/** Index prepared rules for matching (no validation, no template parsing). */
export function assembleRules(prepared: PreparedRules): CompiledRules {
  const rules = prepared.rules.map((r) => ({ ...r, templates: buildTemplateSet(r.templates) }));
  const signals = new Map(prepared.signals.map((s) => [s.id, { ...s, templates: buildTemplateSet(s.templates) }] as const));
  const counters = prepared.counters.map((c) => ({ ...c, templates: buildTemplateSet(c.templates) }));
  const all = [...signals.values()];
  const index = buildUnifiedIndex([
    ...rules.map((r) => r.templates),
    ...all.filter((s) => s.readOn !== 'user').map((s) => s.templates),
    ...counters.map((c) => c.templates),
  ]);
  const signalIndex = buildUnifiedIndex(all.filter((s) => s.readOn !== 'reply').map((s) => s.templates));
  return { rules, signals, counters, index, signalIndex };
}
