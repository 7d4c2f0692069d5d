// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import {
  lastMatchOutside,
  outermostOnly,
  queryAllRanked,
  queryFirst,
  readVisibleText,
} from '../../../src/sites/read-text';
import { loadHtml } from './load-fixture-2';

/** A detached element built from markup (test-only; the reader itself never parses HTML). */
function fragment(markup: string): Element {
  const doc = new DOMParser().parseFromString(`<div id="root">${markup}</div>`, 'text/html');
  const root = doc.getElementById('root');
  if (root === null) throw new Error('no root');
  return root;
}

describe('readVisibleText', () => {
  it.each([
    ['collapses source whitespace', '<p>  Hello \n   world  </p>', 'Hello world'],
    ['puts block elements on their own lines', '<p>One</p><div>Two</div><ul><li>Three</li><li>Four</li></ul>', 'One\nTwo\nThree\nFour'],
    ['keeps inline elements inline', '<p>A <strong>bold</strong> and <em>em</em>phasis</p>', 'A bold and emphasis'],
    ['turns <br> into line breaks', '<p>line 1<br>line 2<br><br>line 4</p>', 'line 1\nline 2\n\nline 4'],
    ['skips .sr-only labels', '<h5 class="sr-only">Grok said:</h5><p>Hi</p>', 'Hi'],
    ['skips aria-hidden content', '<p>Visible<span aria-hidden="true"> (icon)</span></p>', 'Visible'],
    ['skips buttons and role=button', '<p>Text</p><button>Copy</button><div role="button">Regenerate</div>', 'Text'],
    ['skips Candor’s own flag', '<p>Reply</p><candor-flag>Sycophancy warning</candor-flag>', 'Reply'],
    ['skips scripts, styles, svg and hidden elements', '<p>A</p><script>x()</script><style>p{}</style><svg><title>icon</title></svg><p hidden>secret</p>', 'A'],
    ['separates table cells', '<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>31</td></tr></table>', 'Name Age\nAnn 31'],
    ['keeps line breaks in pre-wrap text', '<p style="white-space: pre-wrap;">first\n\nthird</p>', 'first\n\nthird'],
    ['keeps line breaks in Tailwind whitespace-pre-wrap text', '<div class="whitespace-pre-wrap">a\nb</div>', 'a\nb'],
    ['fences <pre> code and keeps its indentation', '<p>Run:</p><pre><code>if x:\n    y()\n</code></pre><p>Done.</p>', 'Run:\n```\nif x:\n    y()\n```\nDone.'],
    ['uses a longer fence when the code contains ```', '<pre>say ```hi```</pre>', '````\nsay ```hi```\n````'],
    ['reads inline <code> as text', '<p>Call <code>f()</code> now</p>', 'Call f() now'],
    ['returns an empty string for nothing visible', '<div><button>Copy</button></div>', ''],
  ])('%s', (_name, markup, expected) => {
    expect(readVisibleText(fragment(markup))).toBe(expected);
  });

  it('leaves out extra skip selectors (thinking blocks, citations)', () => {
    const root = fragment('<div class="thinking">Let me think…</div><p>Answer<sup class="cite">1</sup></p>');
    expect(readVisibleText(root, { skip: ['.thinking', '.cite'] })).toBe('Answer');
  });

  it('replaces a code-block wrapper by its fenced code, dropping the banner', () => {
    const root = fragment(
      '<p>Try:</p><div class="code"><div class="banner"><span>python</span><button>Copy</button></div><pre>print(1)</pre></div>',
    );
    expect(readVisibleText(root, { codeBlocks: ['.code'] })).toBe('Try:\n```\nprint(1)\n```');
  });

  it('reads a code-block wrapper without any code as ordinary content', () => {
    const root = fragment('<div class="code"><p>no code here</p></div>');
    expect(readVisibleText(root, { codeBlocks: ['.code'] })).toBe('no code here');
  });

  it('reads the root even when it matches a skip selector itself', () => {
    expect(readVisibleText(fragment('<p>x</p>'), { skip: ['#root'] })).toBe('x');
  });

  it('stops at maxChars', () => {
    expect(readVisibleText(fragment('<p>abcdef</p><p>ghij</p>'), { maxChars: 4 })).toBe('abcd');
  });

  it('survives very deep nesting without recursion', () => {
    const doc = document.implementation.createHTMLDocument('deep');
    const root = doc.createElement('div');
    let parent: HTMLElement = root;
    for (let depth = 0; depth < 20_000; depth += 1) {
      const child = doc.createElement(depth % 2 === 0 ? 'div' : 'span');
      parent.appendChild(child);
      parent = child;
    }
    parent.appendChild(doc.createTextNode('bottom'));
    expect(readVisibleText(root)).toBe('bottom');
  });

  it('reads a 1 MB reply quickly', () => {
    const doc = document.implementation.createHTMLDocument('big');
    const root = doc.createElement('div');
    const sentence = 'This sentence is exactly fifty characters long!!. ';
    for (let index = 0; index < 2_000; index += 1) {
      root.appendChild(doc.createElement('p')).textContent = sentence.repeat(10);
    }
    const started = performance.now();
    const text = readVisibleText(root);
    expect(text.length).toBeGreaterThan(990_000);
    // Generous bound: this guards against quadratic behaviour, not machine speed.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('does not change the page', () => {
    const doc = loadHtml(
      '<!DOCTYPE html><html><body><div id="reply"><p>Hi <b>there</b></p><pre>code</pre><button>Copy</button></div></body></html>',
    );
    const reply = doc.getElementById('reply');
    if (reply === null) throw new Error('no reply');
    const before = { text: reply.textContent, nodes: reply.querySelectorAll('*').length };
    readVisibleText(reply, { skip: ['b'], codeBlocks: ['pre'] });
    expect({ text: reply.textContent, nodes: reply.querySelectorAll('*').length }).toEqual(before);
  });
});

describe('ranked selector helpers', () => {
  const root = fragment(
    '<div class="turn a"><div class="turn inner"></div></div><div class="turn b"></div><section class="think"><p class="md">t</p></section><p class="md">1</p><p class="md">2</p>',
  );

  it('queryFirst uses the first selector that matches', () => {
    expect(queryFirst(root, ['.missing', '.turn.b', '.turn'])?.className).toBe('turn b');
    expect(queryFirst(root, ['.missing'])).toBeNull();
  });

  it('queryAllRanked returns all matches of the first selector that matches', () => {
    expect(queryAllRanked(root, ['.missing', '.md']).map((element) => element.textContent)).toEqual(['t', '1', '2']);
    expect(queryAllRanked(root, ['.missing'])).toEqual([]);
  });

  it('outermostOnly drops nested matches', () => {
    const turns = outermostOnly(Array.from(root.querySelectorAll('.turn')));
    expect(turns.map((element) => element.className)).toEqual(['turn a', 'turn b']);
  });

  it('lastMatchOutside skips matches inside the excluded block', () => {
    expect(lastMatchOutside(root, '.md', '.think')?.textContent).toBe('2');
    const onlyThinking = fragment('<section class="think"><p class="md">t</p></section>');
    expect(lastMatchOutside(onlyThinking, '.md', '.think')).toBeNull();
  });
});
