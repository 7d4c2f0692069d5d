/**
 * Text extraction and selector helpers for the DeepSeek, Grok, Le Chat and Poe adapters.
 * (The ChatGPT/Claude/Gemini/Copilot/Perplexity adapters use dom-text.ts; the two are to be
 * merged later.)
 *
 * Everything read here is hostile page content. The reader only walks nodes and reads
 * `data`/`textContent`: it never serializes markup (no innerHTML/outerHTML), never writes to
 * the page, and walks with an explicit stack so a 1 MB reply with deep nesting cannot
 * overflow the call stack.
 */

/**
 * Elements that are never part of the text a person reads in a reply, on any site.
 * Sites add their own (thinking blocks, citation pills) through `ReadTextOptions.skip`.
 */
export const ALWAYS_SKIPPED: readonly string[] = [
  '.sr-only', // screen-reader-only labels ("Grok said:", "You said:")
  '[aria-hidden="true"]', // decorative duplicates, icon glyphs
  'button',
  '[role="button"]', // DeepSeek's copy/regenerate icons are div[role=button]
  'candor-flag', // our own flag, inserted next to the reply body
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  '[hidden]',
];

export interface ReadTextOptions {
  /** Extra selectors to leave out together with everything inside them. */
  skip?: readonly string[];
  /**
   * Site wrappers around a code block (a banner with the language label and a copy button,
   * then the `<pre>`). The wrapper is replaced by one fenced block of its `<pre>` text, so
   * the banner's "python" / "Copy" never leak into the prose. Bare `<pre>` is always fenced.
   */
  codeBlocks?: readonly string[];
  /** Stop reading after this many characters (the walk stops too). */
  maxChars?: number;
}

/**
 * Generous: the engine truncates to what it needs. This bound only keeps a pathological
 * page (a reply of many megabytes) from costing unbounded time.
 */
export const DEFAULT_MAX_CHARS = 2_000_000;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that start and end a line. Lowercase `localName`s. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'caption',
]);

/** Table cells sit side by side; a space keeps "Yes" and "No" from fusing into "YesNo". */
const CELL_ELEMENTS = new Set(['td', 'th']);

/**
 * The plain text of `root` as a person reads it: hidden labels, buttons, Candor's flag and
 * the site's extra `skip` selectors left out; `<pre>` code (and site code-block wrappers)
 * fenced with ```; every block element on its own line; runs of whitespace collapsed
 * except inside `<pre>` and `white-space: pre-wrap` text (user messages keep their breaks).
 */
export function readVisibleText(root: Element, options: ReadTextOptions = {}): string {
  const skipSelector = [...ALWAYS_SKIPPED, ...(options.skip ?? [])].join(', ');
  const codeBlockSelector = (options.codeBlocks ?? []).join(', ');
  const out = new PlainTextBuilder(options.maxChars ?? DEFAULT_MAX_CHARS);

  type Step =
    | { leaving: false; node: Node }
    | { leaving: true; element: Element; isBlock: boolean; isCell: boolean; preserves: boolean };
  const stack: Step[] = [{ leaving: false, node: root }];
  // How many open ancestors have `white-space: pre*`; text keeps its line breaks while > 0.
  let preservingAncestors = 0;

  while (stack.length > 0 && !out.isFull) {
    const step = stack.pop() as Step;

    if (step.leaving) {
      if (step.preserves) preservingAncestors -= 1;
      if (step.isBlock) out.endBlock();
      if (step.isCell) out.softSpace();
      continue;
    }

    const node = step.node;
    if (node.nodeType === TEXT_NODE) {
      out.appendText((node as Text).data, preservingAncestors > 0);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions

    const element = node as Element;
    // The root is what the adapter chose to read; only its descendants can be skipped.
    if (element !== root && element.matches(skipSelector)) continue;

    const tag = element.localName;
    if (tag === 'br') {
      out.hardBreak();
      continue;
    }
    if (tag === 'pre' || (codeBlockSelector !== '' && element.matches(codeBlockSelector))) {
      const code = codeTextOf(element);
      if (code !== null) {
        out.appendCodeBlock(code);
        continue;
      }
      // A "code block" wrapper without any <pre>/<code> inside: read it as ordinary content.
    }

    const isBlock = BLOCK_ELEMENTS.has(tag);
    const preserves = preservesWhitespace(element);
    if (isBlock) out.endBlock();
    if (preserves) preservingAncestors += 1;
    stack.push({ leaving: true, element, isBlock, isCell: CELL_ELEMENTS.has(tag), preserves });
    // Children pushed last-first so they pop in document order.
    for (let child = element.lastChild; child !== null; child = child.previousSibling) {
      stack.push({ leaving: false, node: child });
    }
  }

  return out.toString();
}

/** The source text of a code block, or null when the element holds no code at all. */
function codeTextOf(element: Element): string | null {
  const pre = element.localName === 'pre' ? element : element.querySelector('pre');
  // Prefer <code> inside <pre>: some sites put a language label or line gutter in the <pre>.
  const code = (pre ?? element).querySelector('code') ?? pre;
  if (code === null) return null;
  const text = code.textContent ?? '';
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * True when the element keeps its line breaks. Computed style is out of reach (too slow on a
 * 1 MB reply, and absent in tests), so this reads the inline style (Grok's user bubble is
 * `<p style="white-space: pre-wrap">`) and Tailwind's `whitespace-pre*` classes (Le Chat).
 */
function preservesWhitespace(element: Element): boolean {
  const style = element.getAttribute('style');
  if (style !== null && /white-space:\s*pre/i.test(style)) return true;
  const classes = element.classList;
  return (
    classes.contains('whitespace-pre-wrap') ||
    classes.contains('whitespace-pre-line') ||
    classes.contains('whitespace-pre')
  );
}

/**
 * Builds the output text. Line breaks and spaces are "owed" and only written before the
 * next visible text, so the result has no leading, trailing or doubled separators.
 */
class PlainTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private hasStarted = false;
  private lineHasText = false;
  private owedSpace = false;
  private owedBreaks = 0;

  constructor(private readonly maxChars: number) {}

  get isFull(): boolean {
    return this.length >= this.maxChars;
  }

  /** A block boundary: the next text starts on a new line (never an empty line). */
  endBlock(): void {
    if (this.lineHasText) this.owedBreaks = Math.max(this.owedBreaks, 1);
    this.owedSpace = false;
  }

  /** `<br>` or a newline in preserved text: always a new line, so two make an empty line. */
  hardBreak(): void {
    if (!this.hasStarted) return;
    this.owedBreaks += 1;
    this.lineHasText = false;
    this.owedSpace = false;
  }

  /** Between table cells. */
  softSpace(): void {
    if (this.lineHasText) this.owedSpace = true;
  }

  appendText(raw: string, preserveBreaks: boolean): void {
    if (preserveBreaks) {
      const lines = raw.split('\n');
      lines.forEach((line, index) => {
        if (index > 0) this.hardBreak();
        const visible = line.endsWith('\r') ? line.slice(0, -1) : line;
        if (visible !== '') this.write(visible);
      });
      return;
    }
    const collapsed = raw.replace(/\s+/g, ' ');
    if (collapsed.startsWith(' ') && this.lineHasText) this.owedSpace = true;
    const words = collapsed.trim();
    if (words === '') return;
    this.write(words);
    if (collapsed.endsWith(' ')) this.owedSpace = true;
  }

  appendCodeBlock(code: string): void {
    // A fence longer than any backtick run inside the code, so the block cannot end early.
    let longestRun = 0;
    for (const run of code.match(/`+/g) ?? []) longestRun = Math.max(longestRun, run.length);
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    this.endBlock();
    this.write(code === '' ? `${fence}\n${fence}` : `${fence}\n${code}\n${fence}`);
    this.endBlock();
  }

  private write(text: string): void {
    let prefix = '';
    if (this.hasStarted && this.owedBreaks > 0) prefix = '\n'.repeat(this.owedBreaks);
    else if (this.owedSpace && this.lineHasText) prefix = ' ';
    this.owedBreaks = 0;
    this.owedSpace = false;

    const piece = prefix + text;
    const room = this.maxChars - this.length;
    const kept = piece.length > room ? piece.slice(0, Math.max(0, room)) : piece;
    this.parts.push(kept);
    this.length += kept.length;
    this.hasStarted = true;
    this.lineHasText = true;
  }

  toString(): string {
    return this.parts.join('');
  }
}

// ---------------------------------------------------------------------------------------
// Ranked selector lists. Each adapter lists selectors best-first (current markup, then older
// variants); these helpers use the first one that matches anything.
// ---------------------------------------------------------------------------------------

/** The first element matched by the earliest selector in `rankedSelectors` that matches. */
export function queryFirst<E extends Element = Element>(
  root: ParentNode,
  rankedSelectors: readonly string[],
): E | null {
  for (const selector of rankedSelectors) {
    const found = root.querySelector<E>(selector);
    if (found !== null) return found;
  }
  return null;
}

/** All elements matched by the earliest selector in `rankedSelectors` that matches any. */
export function queryAllRanked(root: ParentNode, rankedSelectors: readonly string[]): Element[] {
  for (const selector of rankedSelectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** One implementation for every adapter (shared with dom-text.ts). */
export { outermostOnly } from './dom-text';

/** The last element in `root` matching `selector` that is not inside any `excluded` match. */
export function lastMatchOutside(
  root: ParentNode,
  selector: string,
  excluded: string,
): Element | null {
  const matches = root.querySelectorAll(selector);
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const candidate = matches[index];
    if (candidate === undefined) continue;
    const excludedAncestor = candidate.closest(excluded);
    // Only exclusions inside `root` count: the turn itself may sit in anything.
    if (excludedAncestor === null || !(root as Node).contains(excludedAncestor)) return candidate;
  }
  return null;
}
