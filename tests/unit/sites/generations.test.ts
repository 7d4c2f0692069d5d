// @vitest-environment happy-dom
/**
 * Every site's fixture pages, both layout generations, through the site's adapter: turns
 * found in order, no reply text from anything that is not the answer, and the streaming
 * harness's in-progress markers read as streaming until its end markers come.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { adapterById } from '../../../src/sites';
import { SITE_FIXTURES } from '../../fixtures/sites/generations';
import { loadFixture, loadStreamableFixture, type StreamableFixture } from './load-fixture';

let open: StreamableFixture | undefined;

/**
 * Relabels every control on the page in Japanese ("停止" = stop), the way a person with a
 * Japanese interface sees it: labels, titles and button texts. Finish and stop detection
 * must read structure and per-turn markers, never English words.
 */
function localizeLabels(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll('[aria-label], [title]'))) {
    if (element.hasAttribute('aria-label')) element.setAttribute('aria-label', '停止');
    if (element.hasAttribute('title')) element.setAttribute('title', '停止');
  }
  for (const button of Array.from(doc.querySelectorAll('button'))) {
    if (/stop/iu.test(button.textContent ?? '')) button.textContent = '停止';
  }
}
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe.each(SITE_FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const adapter = adapterById(fixture.site)!;

  it('finds user and assistant turns, and reads no reply text from outside the answer', () => {
    const doc = loadFixture(fixture.file);
    const turns = adapter.findTurns(doc.body);
    expect(turns.filter((t) => t.role === 'user').length).toBeGreaterThan(0);
    expect(turns.filter((t) => t.role === 'assistant').length).toBeGreaterThan(0);
    for (const turn of turns) {
      const text = adapter.readText(turn);
      expect(text.trim()).not.toBe('');
      for (const chrome of fixture.notReplyText) expect(text).not.toContain(chrome);
    }
  });

  it('reads a streamed reply as streaming until the end markers come, then whole', () => {
    open = loadStreamableFixture(fixture.file, fixture.url);
    const { document: doc, harness } = open;
    harness.appendUserTurn('Should I put all my savings into one coin?');
    harness.startAssistantTurn();
    harness.appendChunk('What a brilliant plan! ');
    let turns = adapter.findTurns(doc.body);
    let last = turns.at(-1)!;
    expect(last.role).toBe('assistant');
    expect(adapter.isStreaming(last, doc, true)).toBe(true);
    harness.appendChunk('You should absolutely go for it.');
    harness.finishAssistantTurn();
    turns = adapter.findTurns(doc.body);
    last = turns.at(-1)!;
    expect(adapter.isStreaming(last, doc, true)).toBe(false);
    expect(adapter.readText(last)).toContain('What a brilliant plan!');
    expect(adapter.readText(last)).toContain('You should absolutely go for it.');
    expect(adapter.readText(turns.at(-2)!)).toBe('Should I put all my savings into one coin?');
  });

  it('tells streaming from finished with every control labelled in another language', () => {
    open = loadStreamableFixture(fixture.file, fixture.url);
    const { document: doc, harness } = open;
    harness.appendUserTurn('Should I put all my savings into one coin?');
    harness.startAssistantTurn();
    harness.appendChunk('What a brilliant plan! ');
    localizeLabels(doc);
    let last = adapter.findTurns(doc.body).at(-1)!;
    expect(adapter.isStreaming(last, doc, true)).toBe(true);
    harness.appendChunk('You should absolutely go for it.');
    harness.finishAssistantTurn();
    localizeLabels(doc);
    last = adapter.findTurns(doc.body).at(-1)!;
    expect(adapter.isStreaming(last, doc, true)).toBe(false);
  });
});
