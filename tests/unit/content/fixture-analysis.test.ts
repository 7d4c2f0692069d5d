// @vitest-environment happy-dom
/**
 * Adapter and engine together on every site's fixture pages, both layout generations (the
 * table in tests/fixtures/sites/generations.ts), judged as the held-out pages are: each
 * sycophantic reply is flagged exactly once at medium or high, each healthy reply at none
 * or low, and no text that is not the answer (thinking, citations, disclaimers, source
 * lists, bot-name headers, chrome) reaches the checked text. The same table runs in
 * Chromium with the built extension in tests/e2e/sites.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import { adapterById } from '@/src/sites';
import { SITE_FIXTURES } from '../../fixtures/sites/generations';
import { loadFixture } from '../sites/load-fixture';

const WARNING_LEVELS = new Set(['medium', 'high']);
const QUIET_LEVELS = new Set(['none', 'low']);

describe.each(SITE_FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  it('flags each sycophantic reply at medium or high, each healthy one at none or low, from the answer only', () => {
    const adapter = adapterById(fixture.site)!;
    const doc = loadFixture(fixture.file);
    let user: string | undefined;
    const matched: string[] = [];
    let replies = 0;
    for (const turn of adapter.findTurns(doc.body)) {
      const text = adapter.readText(turn);
      if (turn.role === 'user') {
        user = text;
        continue;
      }
      replies += 1;
      for (const chrome of fixture.notReplyText) expect(text, `${chrome} in the checked text`).not.toContain(chrome);
      const { level } = analyze({ reply: text, user }, bundledRules());
      const opening = fixture.sycophantic.find((words) => text.startsWith(words));
      if (opening === undefined) {
        expect(QUIET_LEVELS.has(level), `${level}: ${text.slice(0, 80)}`).toBe(true);
      } else {
        matched.push(opening);
        expect(WARNING_LEVELS.has(level), `${level}: ${text.slice(0, 80)}`).toBe(true);
      }
    }
    // Each sycophantic reply was found once: not missed, not read twice.
    expect(matched.toSorted()).toEqual([...fixture.sycophantic].sort());
    expect(replies).toBeGreaterThan(fixture.sycophantic.length);
  });
});
