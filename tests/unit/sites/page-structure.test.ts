// @vitest-environment happy-dom
/**
 * "Copy page structure": a capture of every site fixture keeps what the adapters read
 * (the same turns, roles and streaming state) and none of the conversation's text.
 */
import { describe, expect, it } from 'vitest';
import { adapterById } from '../../../src/sites';
import { capturePageStructure, scrubStructure } from '../../../src/sites/page-structure';
import { SITE_FIXTURES } from '../../fixtures/sites/generations';
import { loadFixture } from './load-fixture';


describe.each(SITE_FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const adapter = adapterById(fixture.site)!;
  const original = loadFixture(fixture.file);
  const capture = capturePageStructure(original, { host: new URL(fixture.url).host, date: '2026-12-04' });
  const captured = new DOMParser().parseFromString(capture, 'text/html');

  it('keeps the turns, their roles and their finished state', () => {
    const before = adapter.findTurns(original.body);
    const after = adapter.findTurns(captured.body);
    expect(after.map((t) => t.role)).toEqual(before.map((t) => t.role));
    expect(after.map((t) => adapter.isStreaming(t, captured, false))).toEqual(before.map((t) => adapter.isStreaming(t, original, false)));
  });

  it('keeps none of the conversation', () => {
    // Every character of text is an x; no message survives in an attribute either.
    expect(captured.body.textContent ?? '').toMatch(/^[x\s]*$/u);
    for (const turn of adapter.findTurns(original.body)) {
      const text = adapter.readText(turn);
      expect(capture).not.toContain(text.slice(0, 24));
    }
    expect(capture).not.toMatch(/<script|<style|<!--(?!\s?Page-structure)/u);
  });
});

describe('scrubStructure', () => {
  it.each([
    ['text', '<p>My secret plan</p>', 'xx xxxxxx xxxx'],
    ['free-text attributes', '<button aria-label="Stop response" title="Secret title">x</button>', 'aria-label="xxxxxxxxxxxxx"'],
    ['ids, keeping their shape', '<div data-turn-key="t-3f1a9c20-user"></div>', 'data-turn-key="a-0a0a0a00-aaaa"'],
    ['ids before a role word, keeping the role', '<div data-chatgpt-search-unit-key="fallback-turn-3:1:assistant"></div>', 'data-chatgpt-search-unit-key="aaaaaaaa-aaaa-0:0:assistant"'],
    ['links', '<a href="/c/6790aa11">x</a>', 'href="xxxxxxxxxxx"'],
    ['event handlers', '<div onclick="steal()">x</div>', '<div>x</div>'],
  ])('replaces %s', (_what, html, expected) => {
    const root = new DOMParser().parseFromString(`<div id="r">${html}</div>`, 'text/html').getElementById('r')!;
    const scrubbed = scrubStructure(root);
    expect(new XMLSerializer().serializeToString(scrubbed)).toContain(expected);
  });

  it.each([
    ['markers', '<div data-is-streaming="false" data-testid="stop-button"></div>'],
    ['classes and roles', '<div class="ds-markdown Prose_prose__p7Xa1" role="toolbar"></div>'],
    ['an icon’s path', '<svg><path d="M2 4.88C2 3.68"></path></svg>'],
  ])('keeps %s', (_what, html) => {
    const root = new DOMParser().parseFromString(`<div id="r">${html}</div>`, 'text/html').getElementById('r')!;
    const serializer = new XMLSerializer();
    expect(serializer.serializeToString(scrubStructure(root))).toBe(serializer.serializeToString(root));
  });
});
