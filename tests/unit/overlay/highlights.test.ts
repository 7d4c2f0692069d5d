// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightNameFor, highlightSpans, highlightStyleElement, isIgnored, restoreHighlights, withoutIgnored } from '../../../src/content/overlay/highlights';
import type { Span } from '../../../src/engine/types';

/** A minimal stand-in for the CSS Custom Highlight API (happy-dom has none). */
class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

let registry: Map<string, FakeHighlight>;

function installFakeApi(): void {
  registry = new Map();
  // happy-dom's CSS object ignores new properties, so the whole global is replaced.
  vi.stubGlobal('CSS', { highlights: registry, supports: () => false, escape: (s: string) => s });
  vi.stubGlobal('Highlight', FakeHighlight);
}

function removeFakeApi(): void {
  vi.unstubAllGlobals();
}

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** The span of `needle` in `text` (the nth occurrence, 0-based). */
function spanOf(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function rangesOf(name: string): Range[] {
  return [...(registry.get(name) ?? [])] as Range[];
}

afterEach(() => {
  document.body.replaceChildren();
  // Forgets the removed replies' highlights (and with the last, our style).
  restoreHighlights(document);
  removeFakeApi();
});

describe('ignored characters', () => {
  it('the native pattern drops exactly the characters isIgnored names, over every UTF-16 code unit', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const dropped = withoutIgnored(String.fromCharCode(code)) === '';
      if (dropped !== isIgnored(code)) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });
});

describe('without the Highlight API', () => {
  it('highlightSpans returns a no-op and adds no style', () => {
    expect('highlights' in CSS).toBe(false);
    const root = dom('<p>Great idea!</p>');
    const cleanup = highlightSpans('k', root, 'Great idea!', [{ start: 0, end: 5 }], 'medium');
    expect(typeof cleanup).toBe('function');
    expect(() => cleanup()).not.toThrow();
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });
});

describe('with a fake Highlight API', () => {
  beforeEach(installFakeApi);

  // [name, DOM html, adapter text, flagged phrase in the adapter text, occurrence, ranges]
  const CASES: Array<[string, string, string, string, number?, number?]> = [
    ['plain text', '<p>What a brilliant idea!</p>', 'What a brilliant idea!', 'brilliant idea'],
    [
      'across inline elements',
      '<p>You are <strong>absolutely</strong> right.</p>',
      'You are absolutely right.',
      'You are absolutely right.',
    ],
    [
      'different whitespace and block breaks',
      '<p>What   a\n   brilliant</p>\n<p>   idea, truly.</p>',
      'What a brilliant\n\nidea, truly.',
      'brilliant\n\nidea, truly',
    ],
    [
      'skipped screen-reader label and button',
      '<h5 class="sr-only">ChatGPT said:</h5><p>Great <button>Copy</button>question!</p>',
      'Great question!',
      'Great question!',
      0,
      2,
    ],
    [
      'after a fenced code block',
      '<p>Try this:</p><pre><code>x = 1\ny = 2\n</code></pre><p>Your code is perfect.</p>',
      'Try this:\n\n```\nx = 1\ny = 2\n```\n\nYour code is perfect.',
      'Your code is perfect.',
    ],
    ['inline code backticks', '<p>Using <code>foo</code> is genius.</p>', 'Using `foo` is genius.', '`foo` is genius'],
    [
      'second of two identical phrases',
      '<p>Great idea.</p><p>More text here.</p><p>Great idea.</p>',
      'Great idea.\n\nMore text here.\n\nGreat idea.',
      'Great idea.',
      1,
    ],
    [
      'our own flag and hidden parts are skipped',
      '<p>Great</p><candor-flag>Great idea</candor-flag><span aria-hidden="true">idea</span><p>idea!</p>',
      'Great\n\nidea!',
      'Great\n\nidea!',
      0,
      2,
    ],
  ];

  it.each(CASES)('maps %s', (_name, html, text, phrase, nth = 0, rangeCount = 1) => {
    const root = dom(html);
    const before = root.innerHTML;
    const span = spanOf(text, phrase, nth);
    highlightSpans('reply-1', root, text, [span], 'medium');
    const ranges = rangesOf(highlightNameFor('medium'));
    expect(ranges).toHaveLength(rangeCount);
    const range = ranges[0];
    if (!range) throw new Error('no range');
    // Skipped parts (labels, buttons, our flag) are never inside a range.
    expect(squash(ranges.map((r) => r.toString()).join(' '))).toBe(squash(phrase.replace(/`/g, '')));
    expect(root.innerHTML).toBe(before); // page nodes untouched
    if (nth > 0) {
      const paragraphs = root.querySelectorAll('p');
      expect(range.startContainer.parentNode).toBe(paragraphs[paragraphs.length - 1]);
    }
  });

  it('range text equals the span text exactly when the DOM text agrees', () => {
    const text = 'What a brilliant idea! You are absolutely right.';
    const root = dom('<p>What a <em>brilliant</em> idea! You are <b>absolutely right</b>.</p>');
    const spans = [spanOf(text, 'a brilliant idea!'), spanOf(text, 'absolutely right.')];
    highlightSpans('k', root, text, spans, 'high');
    expect(rangesOf(highlightNameFor('high')).map((r) => r.toString())).toEqual(['a brilliant idea!', 'absolutely right.']);
  });

  it('skips spans whose text is not in the DOM, keeps the rest, never throws', () => {
    const text = 'Hello there. Brilliant work!';
    const root = dom('<p>Brilliant work!</p>');
    const cleanup = highlightSpans(
      'k',
      root,
      text,
      [spanOf(text, 'Hello there.'), spanOf(text, 'Brilliant work!'), { start: 500, end: 900 }, { start: 5, end: 2 }],
      'low',
    );
    expect(rangesOf(highlightNameFor('low')).map((r) => r.toString())).toEqual(['Brilliant work!']);
    cleanup();
    expect(registry.has(highlightNameFor('low'))).toBe(false);
  });

  it('returns a no-op for level none or no spans', () => {
    const root = dom('<p>Fine.</p>');
    highlightSpans('k', root, 'Fine.', [{ start: 0, end: 4 }], 'none');
    highlightSpans('k2', root, 'Fine.', [], 'medium');
    expect(registry.size).toBe(0);
  });

  it('shares one highlight per level; cleanup removes only its own key; same key replaces', () => {
    const text = 'Great idea!';
    const a = dom('<p>Great idea!</p>');
    const b = dom('<p>Great idea!</p>');
    const c = dom('<p>Great idea!</p>');
    const cleanA = highlightSpans('a', a, text, [{ start: 0, end: 5 }], 'medium');
    const cleanB = highlightSpans('b', b, text, [{ start: 0, end: 5 }], 'medium');
    const cleanC = highlightSpans('c', c, text, [{ start: 6, end: 11 }], 'high');
    expect(registry.get(highlightNameFor('medium'))?.size).toBe(2);
    expect(registry.get(highlightNameFor('high'))?.size).toBe(1);

    // Re-highlighting key "a" replaces its range instead of adding a second one.
    const cleanA2 = highlightSpans('a', a, text, [{ start: 6, end: 11 }], 'medium');
    expect(registry.get(highlightNameFor('medium'))?.size).toBe(2);
    cleanA(); // stale cleanup: does nothing
    expect(registry.get(highlightNameFor('medium'))?.size).toBe(2);

    cleanA2();
    const left = rangesOf(highlightNameFor('medium'));
    expect(left).toHaveLength(1);
    expect(left[0]?.startContainer.parentNode?.parentNode).toBe(b);
    cleanB();
    expect(registry.has(highlightNameFor('medium'))).toBe(false);
    expect(registry.get(highlightNameFor('high'))?.size).toBe(1);
    cleanC();
    expect(registry.size).toBe(0);
  });

  it('highlights the right sentences of a 2,000-paragraph reply', () => {
    const sentence = 'This is an ordinary sentence about nothing in particular. ';
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `<p>${sentence}${i}</p>`).join('');
    const text = Array.from({ length: 2000 }, (_, i) => `${sentence}${i}`).join('\n\n');
    const root = dom(paragraphs);
    const spans = [spanOf(text, `${sentence}1999`), spanOf(text, `${sentence}1000`)];
    // Its cost is measured by bench:page (a 1 MB reply), not by a timing assertion here.
    highlightSpans('long', root, text, spans, 'medium');
    expect(rangesOf(highlightNameFor('medium')).map((r) => squash(r.toString()))).toEqual([
      squash(`${sentence}1000`),
      squash(`${sentence}1999`),
    ]);
  });

  it('adds one <style> with the first highlight, under names that do not say "candor", and removes it with the last', () => {
    expect(document.querySelectorAll('style')).toHaveLength(0);
    const a = dom('<p>Great idea!</p>');
    const b = dom('<p>Great idea!</p>');
    const cleanA = highlightSpans('a', a, 'Great idea!', [{ start: 0, end: 5 }], 'medium');
    const cleanB = highlightSpans('b', b, 'Great idea!', [{ start: 0, end: 5 }], 'high');
    const styles = document.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    const style = styles[0];
    expect(style?.parentNode).toBe(document.head);
    expect(style?.getAttributeNames()).toEqual([]);
    const css = style?.textContent ?? '';
    for (const level of ['low', 'medium', 'high'] as const) expect(css).toContain(`::highlight(${highlightNameFor(level)})`);
    expect(css.toLowerCase()).not.toContain('candor');
    expect([...registry.keys()].join(' ').toLowerCase()).not.toContain('candor');
    expect(css).not.toMatch(/url\(/);
    cleanA();
    expect(document.querySelectorAll('style')).toHaveLength(1);
    cleanB();
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it.each([
    ['the registry is cleared', () => registry.clear()],
    ['our highlight is replaced by another', () => registry.set(highlightNameFor('medium'), new FakeHighlight())],
    ['our highlight is emptied', () => registry.get(highlightNameFor('medium'))?.clear()],
    ['our style is removed', () => highlightStyleElement(document)?.remove()],
    ['our style is rewritten', () => {
      const style = highlightStyleElement(document);
      if (style) style.textContent = '';
    }],
  ])('restores what the page took away when %s', (_name, tamper) => {
    const root = dom('<p>Great idea!</p>');
    highlightSpans('k', root, 'Great idea!', [{ start: 0, end: 5 }], 'medium');
    const css = highlightStyleElement(document)?.textContent;
    expect(restoreHighlights(document)).toBe(0);
    tamper();
    expect(restoreHighlights(document)).toBeGreaterThan(0);
    expect(rangesOf(highlightNameFor('medium')).map((r) => r.toString())).toEqual(['Great']);
    expect(highlightStyleElement(document)?.isConnected).toBe(true);
    expect(highlightStyleElement(document)?.textContent).toBe(css);
    expect(restoreHighlights(document)).toBe(0);
  });
});
