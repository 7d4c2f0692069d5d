/** Properties over random input: analyze never throws, stays in range, and spans stay inside the reply. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import { DEFAULT_ENGINE_SETTINGS } from '@/src/engine/settings';
import type { Analysis } from '@/src/engine/types';

const rules = bundledRules();
const words = ['you', "you're", 'absolutely', 'right', 'brilliant', 'insight', 'what', 'a', 'maybe', 'consciousness', 'field', 'CHOICE:', 'A', 'B', 'no', 'yes', '"', '```', '\n', '> ', '**', '—', '!', '.', '👍🏽', 'مرحبا', '\u200b', '\r\n', 'constructor', '__proto__'];
const wordSoup = fc.array(fc.constantFrom(...words), { maxLength: 200 }).map((w) => w.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), wordSoup);

function checkInvariants(reply: string, analysis: Analysis) {
  expect(analysis.score).toBeGreaterThanOrEqual(0);
  expect(analysis.score).toBeLessThanOrEqual(100);
  expect(['none', 'low', 'medium', 'high']).toContain(analysis.level);
  for (const flag of analysis.flags) {
    for (const span of flag.spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(reply.length);
      expect(span.start).toBeLessThan(span.end);
    }
  }
}

describe('analyze properties', () => {
  it('never throws and keeps spans inside the reply', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText), fc.array(fc.record({ role: fc.constantFrom('user' as const, 'assistant' as const), text: anyText }), { maxLength: 4 }), (reply, user, history) => {
        checkInvariants(reply, analyze({ reply, user: user ?? undefined, history }, rules, DEFAULT_ENGINE_SETTINGS));
      }),
      { numRuns: 400 },
    );
  });

  it('handles huge and deeply nested input', () => {
    const cases = [
      'What a brilliant insight! '.repeat(20_000),
      '>'.repeat(50_000),
      '*'.repeat(50_000) + ' brilliant',
      '"'.repeat(50_000),
      '`'.repeat(50_000),
      '\u05d0 '.repeat(30_000) + '😀'.repeat(10_000),
      'a'.repeat(100_000),
    ];
    for (const reply of cases) checkInvariants(reply, analyze({ reply }, rules, DEFAULT_ENGINE_SETTINGS));
    // About 2.5 s on a quiet machine; CI and development machines are shared.
  }, 60_000);

  it('tolerates hostile shapes at runtime (wrong types from untrusted callers)', () => {
    const hostile = { reply: 42, user: null, history: [null, { role: 'assistant', text: 7 }] } as unknown as Parameters<typeof analyze>[0];
    expect(() => analyze(hostile, rules, DEFAULT_ENGINE_SETTINGS)).not.toThrow();
  });
});
