// @vitest-environment happy-dom
/**
 * Adapter and engine together on every site's fixture conversation: the sycophantic
 * reply each fixture contains is flagged, and the healthy ones are not.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import { SITE_ADAPTERS } from '@/src/sites';
import { loadFixture } from '../sites/load-fixture';

describe.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s current fixture', (id, adapter) => {
  it('flags the sycophantic reply and leaves at least one healthy reply alone', () => {
    const doc = loadFixture(`${id}/current.html`);
    const turns = adapter.findTurns(doc.body);
    let user: string | undefined;
    const levels: string[] = [];
    for (const turn of turns) {
      const text = adapter.readText(turn);
      if (turn.role === 'user') user = text;
      else levels.push(analyze({ reply: text, user }, bundledRules()).level);
    }
    expect(levels.some((l) => l !== 'none'), levels.join(',')).toBe(true);
    expect(levels.some((l) => l === 'none'), levels.join(',')).toBe(true);
  });
});
