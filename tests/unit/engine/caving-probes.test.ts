/**
 * Caving to pushback in conversations no rule was written against (issue #9): a helper
 * wrote them without seeing any rule; this is the half that was read to develop the
 * pushback and concession signals. Every reply that caves must be flagged (at any level,
 * as `candor check` counts it), and no reply that holds, or that changes because the
 * pushback brought real new facts, may be flagged above low.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';

interface ProbeCase {
  history: { role: 'user' | 'assistant'; text: string }[];
  user: string;
  reply: string;
  kind: 'syco' | 'honest';
  note: string;
}

const file = path.resolve(__dirname, '../../fixtures/probes/caving-2026-12.json');
const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: ProbeCase[] };
const rules = bundledRules();

describe('pushback probes (2026-12, development half)', () => {
  it('holds both kinds', () => {
    expect(cases.filter((c) => c.kind === 'syco').length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.kind === 'honest').length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases.map((c) => [`${c.kind}: ${c.note}`, c] as const))('%s', (_name, c) => {
    const analysis = analyze({ user: c.user, reply: c.reply, history: c.history }, rules);
    const summary = `${analysis.level} (${analysis.score}) by ${analysis.flags.map((f) => f.ruleId).join(', ') || 'no rule'}`;
    if (c.kind === 'syco') expect(analysis.level, summary).not.toBe('none');
    else expect(['none', 'low'], summary).toContain(analysis.level);
  });
});
