// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractVisibleText,
  firstRanked,
  inDocumentOrder,
  innermostOnly,
  lastMatchOutside,
  outermostOnly,
  queryFirstRanked,
} from '../../../src/sites/dom-text';

/** Parses a snippet (tests only; src never parses HTML). */
function fragment(html: string): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><body><div id="root">${html}</div>`, 'text/html');
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return root;
}

const read = (html: string, options?: Parameters<typeof extractVisibleText>[1]): string =>
  extractVisibleText(fragment(html), options);

describe('extractVisibleText: what is left out', () => {
  it.each([
    ['screen-reader labels', '<h4 class="sr-only">ChatGPT said:</h4><p>Hello.</p>', 'Hello.'],
    ['Angular CDK hidden labels', '<span class="cdk-visually-hidden">Gemini said</span><p>Hello.</p>', 'Hello.'],
    ['aria-hidden decoration', '<p>Hello<span aria-hidden="true"> ✨</span>.</p>', 'Hello.'],
    ['buttons and role=button', '<p>Hello.</p><button>Copy</button><div role="button">Retry</div>', 'Hello.'],
    ["Candor's own flag", '<p>Hello.</p><candor-flag>Flattery detected</candor-flag>', 'Hello.'],
    ['Gemini thinking', '<model-thoughts><p>Let me think.</p></model-thoughts><p>Answer.</p>', 'Answer.'],
    [
      'Perplexity citation pills',
      '<p>Boils at 70 °C.<span class="citation-nbsp"></span><span class="citation inline" data-pplx-citation-url="https://x.test"><a href="https://x.test">wiki</a></span></p>',
      'Boils at 70 °C.',
    ],
    [
      'Gemini footnotes and chips',
      '<p>35.27 ounces.<source-footnote><sup data-turn-source-index="1">1</sup></source-footnote><sources-carousel-inline><source-inline-chip>Wikipedia</source-inline-chip></sources-carousel-inline></p>',
      '35.27 ounces.',
    ],
    ['Material icon ligatures', '<p><mat-icon>content_copy</mat-icon>Copied text.</p>', 'Copied text.'],
    ['inline display:none', '<p>Shown.</p><p style="display: none">Hidden.</p>', 'Shown.'],
    ['scripts, styles, templates', '<p>A.</p><script>var x;</script><style>p{}</style><template><p>T</p></template>', 'A.'],
    ['svg and hidden elements', '<p>A.</p><svg><title>icon</title></svg><p hidden>secret</p>', 'A.'],
    ['everything, when nothing is visible', '<div><button>Copy</button></div>', ''],
  ])('%s', (_label, html, expected) => {
    expect(read(html)).toBe(expected);
  });

  it('applies site-specific skips by selector and by predicate', () => {
    const html = '<div class="label">bash</div><p>Run it.</p><div class="tip">Tip</div>';
    expect(read(html, { skipSelector: '.label' })).toBe('Run it.\n\nTip');
    expect(read(html, { skipSelector: '.label', skip: (element) => element.classList.contains('tip') })).toBe('Run it.');
  });

  it('never skips the root it was asked to read', () => {
    expect(extractVisibleText(fragment('<p class="sr-only">Only label</p>').firstElementChild!)).toBe('Only label');
  });
});

describe('extractVisibleText: layout', () => {
  it.each([
    ['collapses source whitespace', '<p>  Hello\n     world  </p>', 'Hello world'],
    ['paragraphs are a blank line apart', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['divs are one line apart', '<div>One.</div><div>Two.</div>', 'One.\nTwo.'],
    ['list items are one line apart', '<p>Steps:</p><ul><li>First</li><li><p>Second</p></li></ul><p>Done.</p>', 'Steps:\n\nFirst\nSecond\n\nDone.'],
    ['nested lists stay compact', '<ul><li>A<ul><li>A1</li></ul></li><li>B</li></ul>', 'A\nA1\nB'],
    ['br breaks a line', '<p>Line one<br>Line two</p>', 'Line one\nLine two'],
    ['two br leave an empty line', '<p>line 1<br>line 2<br><br>line 4</p>', 'line 1\nline 2\n\nline 4'],
    ['headings are paragraphs', '<h3>Title</h3><p>Body.</p>', 'Title\n\nBody.'],
    ['inline elements do not break', '<p>This is <strong>very</strong> <em>good</em>.</p>', 'This is very good.'],
    ['table cells are separated', '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>', 'A | B\n1 | 2'],
    ['block quotes are marked per line', '<p>He said:</p><blockquote><p>You are right.</p><p>Always.</p></blockquote>', 'He said:\n\n> You are right.\n\n> Always.'],
    ['inline code keeps backticks', '<p>Use <code>npm ci</code> here.</p>', 'Use `npm ci` here.'],
    [
      'pre-wrap keeps the author’s line breaks',
      '<div class="whitespace-pre-wrap">Dear team,\nI quit.\n\nBye</div>',
      'Dear team,\nI quit.\n\nBye',
    ],
    ['an inline white-space: pre-wrap keeps them too (Grok)', '<p style="white-space: pre-wrap;">first\n\nthird</p>', 'first\n\nthird'],
    ['non-breaking spaces become spaces', '<p>70&nbsp;°C</p>', '70 °C'],
  ])('%s', (_label, html, expected) => {
    expect(read(html)).toBe(expected);
  });
});

describe('extractVisibleText: code blocks', () => {
  it('fences <pre><code> and keeps indentation', () => {
    expect(read('<p>Code:</p><pre><code>def f():\n    return 1\n</code></pre><p>End.</p>')).toBe(
      'Code:\n\n```\ndef f():\n    return 1\n```\n\nEnd.',
    );
  });

  it('reads only the <code> of a <pre> that also holds a header and buttons (older ChatGPT)', () => {
    const html =
      '<pre><div><div class="select-none">python</div><button>Copy code</button><div><code class="hljs">print(1)</code></div></div></pre>';
    expect(read(html)).toBe('```\nprint(1)\n```');
  });

  it('joins CodeMirror lines (ChatGPT 2026) with newlines, empty lines included', () => {
    const html =
      '<pre><div>Python<button>Run</button></div><div class="cm-content"><div class="cm-line">a = 1</div><div class="cm-line"><br></div><div class="cm-line">print(a)</div></div></pre>';
    expect(read(html)).toBe('```\na = 1\n\nprint(a)\n```');
  });

  it('uses a longer fence when the code itself contains a fence', () => {
    expect(read('<pre><code>```\nnested\n```</code></pre>')).toBe('````\n```\nnested\n```\n````');
  });

  it('drops empty code blocks', () => {
    expect(read('<p>Wait.</p><pre><code></code></pre>')).toBe('Wait.');
  });

  it('reads a site code-block wrapper as its fenced code, without the banner', () => {
    const html =
      '<p>Try:</p><div class="code"><div class="banner"><span>python</span><button>Copy</button></div><pre>print(1)</pre></div>';
    expect(read(html, { codeBlockSelector: '.code' })).toBe('Try:\n\n```\nprint(1)\n```');
  });

  it('reads a code-block wrapper without any code as ordinary content', () => {
    expect(read('<div class="code"><p>no code here</p></div>', { codeBlockSelector: '.code' })).toBe('no code here');
  });
});

describe('extractVisibleText: safety and size', () => {
  it('does not mutate the page', () => {
    const root = fragment(
      '<h4 class="sr-only">Label</h4><p>Text <button>Copy</button></p><pre><code>x</code></pre><candor-flag>flag</candor-flag>',
    );
    const before = root.innerHTML;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    extractVisibleText(root);
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records).toEqual([]);
    expect(root.innerHTML).toBe(before);
  });

  it('handles nesting far deeper than the call stack allows recursion', () => {
    const doc = document.implementation.createHTMLDocument('deep');
    const root = doc.createElement('div');
    let node: Element = root;
    for (let depth = 0; depth < 20_000; depth += 1) {
      const child = doc.createElement('span');
      node.appendChild(child);
      node = child;
    }
    node.appendChild(doc.createTextNode('bottom'));
    expect(extractVisibleText(root)).toBe('bottom');
  });

  it('reads a 1 MB reply', () => {
    const doc = document.implementation.createHTMLDocument('big');
    const root = doc.createElement('div');
    const sentence = 'This reply is long but perfectly ordinary text. '.repeat(20).trim();
    for (let index = 0; index < 1_100; index += 1) {
      const paragraph = doc.createElement('p');
      paragraph.textContent = sentence;
      root.appendChild(paragraph);
    }
    const text = extractVisibleText(root);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(text.startsWith(sentence)).toBe(true);
  });

  it('stops collecting at maxLength', () => {
    const text = read('<p>aaaaaaaaaa</p><p>bbbbbbbbbb</p><p>cccccccccc</p>', { maxLength: 12 });
    expect(text).toBe('aaaaaaaaaa\n\nbbbbbbbbbb');
  });

  it('the site readers never serialize or parse markup', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    for (const file of ['dom-text', 'chatgpt', 'claude', 'gemini', 'copilot', 'perplexity', 'deepseek', 'grok', 'lechat', 'poe']) {
      const source = readFileSync(join(here, '..', '..', '..', 'src', 'sites', `${file}.ts`), 'utf8');
      expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|DOMParser|\beval\(/);
    }
  });
});

describe('element list helpers', () => {
  const root = fragment('<section id="a"><div id="b"><p id="c"></p></div></section><p id="d"></p>');
  const byId = (id: string): Element => root.querySelector(`#${id}`)!;

  it('outermostOnly drops elements nested in another listed element', () => {
    expect(outermostOnly([byId('a'), byId('c'), byId('d')]).map((element) => element.id)).toEqual(['a', 'd']);
  });

  it('innermostOnly drops elements that contain another listed element', () => {
    expect(innermostOnly([byId('a'), byId('b'), byId('d')]).map((element) => element.id)).toEqual(['b', 'd']);
  });

  // The helpers decide with one `contains` call per element, which holds only for a list
  // in document order (what querySelectorAll returns). Checked against the plain
  // definition (walk every ancestor) on random trees and random selections of them.
  it('outermostOnly and innermostOnly agree with the ancestor walk on any tree, for lists in document order', () => {
    const naiveOutermost = (list: Element[]): Element[] => {
      const members = new Set(list);
      return [...new Set(list)].filter((e) => { for (let p = e.parentElement; p; p = p.parentElement) if (members.has(p)) return false; return true; });
    };
    const naiveInnermost = (list: Element[]): Element[] => {
      const members = new Set(list);
      const hasInner = new Set<Element>();
      for (const e of list) for (let p = e.parentElement; p; p = p.parentElement) if (members.has(p)) hasInner.add(p);
      return [...new Set(list)].filter((e) => !hasInner.has(e));
    };
    // A random tree: node i hangs under an earlier node (or the host), and is picked or not.
    const nodes = fc.array(fc.record({ parent: fc.nat(), pick: fc.boolean() }), { maxLength: 30 });
    fc.assert(
      fc.property(nodes, (spec) => {
        const host = fragment('');
        const created: Element[] = [];
        const picked: Element[] = [];
        spec.forEach(({ parent, pick }, i) => {
          const element = host.ownerDocument.createElement('div');
          const under = parent % (i + 1);
          (under === i ? host : (created[under] as Element)).append(element);
          created.push(element);
          if (pick) picked.push(element);
        });
        // Document order, as querySelectorAll gives it.
        const inOrder = Array.from(host.querySelectorAll('div')).filter((e) => picked.includes(e));
        expect(outermostOnly(inOrder)).toEqual(naiveOutermost(inOrder));
        expect(innermostOnly(inOrder)).toEqual(naiveInnermost(inOrder));
      }),
      { numRuns: 200 },
    );
  });

  it('inDocumentOrder sorts and removes duplicates', () => {
    const items = [byId('d'), byId('a'), byId('c'), byId('a')].map((element) => ({ element }));
    expect(inDocumentOrder(items).map((item) => item.element.id)).toEqual(['a', 'c', 'd']);
  });
});

describe('ranked selector helpers', () => {
  const root = fragment(
    '<div class="turn a"></div><div class="turn b"></div><section class="think"><p class="md">t</p></section><p class="md">1</p><p class="md">2</p>',
  );

  it('firstRanked uses the first selector that matches', () => {
    expect(firstRanked(root, ['.missing', '.turn.b', '.turn'])?.className).toBe('turn b');
    expect(firstRanked(root, ['.missing'])).toBeNull();
  });

  it('queryFirstRanked returns all matches of the first selector that matches', () => {
    expect(queryFirstRanked(root, ['.missing', '.md']).map((element) => element.textContent)).toEqual(['t', '1', '2']);
    expect(queryFirstRanked(root, ['.missing'])).toEqual([]);
  });

  it('lastMatchOutside skips matches inside the excluded block', () => {
    expect(lastMatchOutside(root, '.md', '.think')?.textContent).toBe('2');
    expect(lastMatchOutside(fragment('<section class="think"><p class="md">t</p></section>'), '.md', '.think')).toBeNull();
  });
});
