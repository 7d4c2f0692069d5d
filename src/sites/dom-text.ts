/**
 * Shared DOM readers for the site adapters: turning a reply's DOM into the plain text a
 * person reads, plus small selector helpers for ranked fallback lists.
 *
 * Rules this file keeps (see docs/chat-sites.md §3.2, §5 and the adapter contract in
 * types.ts):
 * - Read-only: nothing here mutates the page (no cloning-and-removing either).
 * - Never serializes or parses markup: text comes from Text nodes only.
 * - Iterative: replies can be 1 MB of DOM, so the walk uses an explicit stack instead of
 *   recursion, and stops collecting once `maxLength` characters are gathered.
 * - No `instanceof` checks: content scripts see page nodes across realms (Firefox Xray
 *   wrappers, happy-dom windows in tests), so node kinds are told apart by nodeType and
 *   namespace.
 */

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Default upper bound on the text collected from one element (characters). */
export const DEFAULT_MAX_TEXT_LENGTH = 2_000_000;

/**
 * Elements whose text a reader never sees, or that Candor must not analyse. Shared by
 * every site; each entry names the chat-sites.md finding it comes from.
 */
const SHARED_SKIP_SELECTORS: readonly string[] = [
  // Controls and non-text media: copy/retry buttons, icons, inputs, embedded frames.
  'button',
  '[role="button"]',
  'svg',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'iframe',
  'object',
  'embed',
  'input',
  'textarea',
  'select',
  'script',
  'style',
  'noscript',
  'template',
  'mat-icon', // Gemini's Material icons render their ligature name as text ("content_copy").
  // Hidden from the reader: ChatGPT's "You said:" / "ChatGPT said:" headings and Copilot's
  // "Copilot said" are `.sr-only` (§2.1, §2.4); Gemini uses Angular CDK's
  // `.cdk-visually-hidden` for "Gemini said".
  '[hidden]',
  '[aria-hidden="true"]',
  '.sr-only',
  '.visually-hidden',
  '.cdk-visually-hidden',
  // Candor's own flag host, inserted inside the turn by the overlay.
  'candor-flag',
  // Reasoning / "thinking" blocks (§3.2 "Exclude thinking/reasoning blocks"): Gemini
  // `model-thoughts` / `.thoughts-container`; Le Chat, DeepSeek and Grok equivalents (§6).
  'model-thoughts',
  '.model-thoughts',
  '.thoughts-container',
  '[data-message-part-type="reasoning"]',
  '.ds-think-content',
  '.thinking-container',
  // Citation pills: Perplexity `span.citation[data-pplx-citation-url]` (+ its spacer
  // `.citation-nbsp`) (§2.5); Gemini `source-footnote > sup[data-turn-source-index]` and
  // `sources-carousel-inline > source-inline-chip`; ChatGPT's search citation pill.
  '.citation',
  '.citation-nbsp',
  '[data-pplx-citation-url]',
  '[data-pplx-citation]',
  'source-footnote',
  'sup[data-turn-source-index]',
  'sources-carousel-inline',
  'source-inline-chip',
  '[data-testid="webpage-citation-pill"]',
  // Code-block chrome: Gemini's header strip with the language label and copy button.
  '.code-block-decoration',
  // MathML annotations hold the TeX source next to the rendered formula.
  'annotation',
];

const SHARED_SKIP_SELECTOR = SHARED_SKIP_SELECTORS.join(', ');

/** Elements that start a new line. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

/** Blocks separated from their neighbours by a blank line (paragraph-level). */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TABLE', 'HR', 'FIGURE', 'UL', 'OL',
]);

/**
 * Class tokens that make the site keep the author's line breaks (Tailwind utilities; Le
 * Chat, ChatGPT's user bubble). Computed style is out of reach (too slow on a 1 MB reply,
 * and absent in tests), so classes and the inline style are what is read.
 */
const LINE_PRESERVING_CLASSES: readonly string[] = [
  'whitespace-pre-wrap',
  'whitespace-pre-line',
  'whitespace-pre',
];

export interface TextExtractionOptions {
  /** Extra CSS selector of elements to leave out, added to the shared list. */
  skipSelector?: string;
  /** Extra test for elements to leave out when a selector cannot express it. */
  skip?: (element: Element) => boolean;
  /**
   * Site wrappers around a code block (a banner with the language label and a copy
   * button, then the `<pre>`): such a wrapper is read as one fenced block of its code, so
   * the banner's "python" / "Copy" never leak into the prose. A wrapper holding no code
   * is read as ordinary content.
   */
  codeBlockSelector?: string;
  /** Stop collecting after this many characters (default DEFAULT_MAX_TEXT_LENGTH). */
  maxLength?: number;
}

function isElement(node: Node | null | undefined): node is Element {
  return node !== null && node !== undefined && node.nodeType === ELEMENT_NODE;
}

/** The element as an HTMLElement when it is one (HTML namespace), else null. */
function asHtmlElement(element: Element | null | undefined): HTMLElement | null {
  if (!element || element.namespaceURI !== HTML_NAMESPACE) return null;
  return element as HTMLElement;
}

/** True when the element is hidden by an inline `display:none` (no layout needed). */
function isHiddenByInlineStyle(element: Element): boolean {
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/**
 * Removes trailing whitespace other than newlines. A loop, not `/[^\S\n]+$/`: an
 * end-anchored regex is quadratic on long whitespace runs in the middle of the text.
 */
function trimEndExceptNewlines(text: string): string {
  let end = text.length;
  while (end > 0) {
    const char = text.charAt(end - 1);
    if (char === '\n' || char.trim() !== '') break;
    end -= 1;
  }
  return text.slice(0, end);
}

/** Collects text with the spacing rules of rendered HTML, without layout. */
class TextCollector {
  private readonly chunks: string[] = [];
  private length = 0;
  private pendingNewlines = 0;
  private lastChar = '';
  /** "> " once per enclosing `<blockquote>`, put at the start of every line written. */
  quotePrefix = '';

  constructor(private readonly maxLength: number) {}

  get isFull(): boolean {
    return this.length >= this.maxLength;
  }

  /** Asks for `count` newlines before the next text; merged with earlier requests. */
  requestBreak(count: 1 | 2): void {
    if (this.chunks.length > 0) this.pendingNewlines = Math.max(this.pendingNewlines, count);
  }

  /** Text in normal flow: runs of whitespace collapse to one space. */
  appendFlowText(raw: string): void {
    let text = raw.replace(/\s+/g, ' ');
    if (this.pendingNewlines > 0 || this.lastChar === '' || this.lastChar === '\n') {
      text = text.trimStart();
    } else if (this.lastChar === ' ' && text.startsWith(' ')) {
      text = text.slice(1);
    }
    if (text !== '') this.push(text);
  }

  /** Text inside `white-space: pre-wrap/pre-line`: keep line breaks, collapse spaces. */
  appendLineText(raw: string): void {
    let text = raw.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n');
    if (this.pendingNewlines > 0 || this.lastChar === '' || this.lastChar === '\n') {
      text = text.replace(/^\s+/, '');
    }
    if (text !== '') this.push(text);
  }

  /** Text written exactly as given (backticks around inline code). */
  appendLiteral(text: string): void {
    this.push(text);
  }

  /** A forced line break (`<br>`). */
  appendLineBreak(): void {
    if (this.chunks.length === 0) return;
    this.flushBreak();
    this.trimTrailingSpaces();
    this.chunks.push('\n');
    this.length += 1;
    this.lastChar = '\n';
  }

  /** A fenced code block as its own paragraph. */
  appendCodeBlock(code: string): void {
    const body = code.replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd();
    if (body === '') return;
    // A fence longer than any backtick run inside keeps the block closed (CommonMark).
    let longestRun = 2;
    for (const run of body.match(/`+/g) ?? []) longestRun = Math.max(longestRun, run.length);
    const fence = '`'.repeat(longestRun + 1);
    this.requestBreak(2);
    this.push(`${fence}\n${body}\n${fence}`);
    this.requestBreak(2);
  }

  toString(): string {
    return this.chunks.join('').trimEnd();
  }

  private push(raw: string): void {
    this.flushBreak();
    let text = raw;
    if (this.quotePrefix !== '') {
      // Markdown block quote: every line starts with "> ", which the engine reads as
      // "not the assistant's own voice" (src/engine/text.ts).
      text = text.replace(/\n/g, `\n${this.quotePrefix}`);
      if (this.lastChar === '' || this.lastChar === '\n') text = this.quotePrefix + text;
    }
    this.chunks.push(text);
    this.length += text.length;
    this.lastChar = text.charAt(text.length - 1);
  }

  private flushBreak(): void {
    if (this.pendingNewlines === 0) return;
    const wanted = this.pendingNewlines;
    this.pendingNewlines = 0;
    const existing = this.trimTrailingWhitespaceCountingNewlines();
    const missing = Math.max(0, wanted - existing);
    const newlines = '\n'.repeat(Math.max(existing, wanted));
    if (this.chunks.length === 0) return;
    this.chunks.push(newlines);
    this.length += missing;
    this.lastChar = '\n';
  }

  /** Removes trailing spaces/newlines and returns how many newlines were removed. */
  private trimTrailingWhitespaceCountingNewlines(): number {
    let newlines = 0;
    while (this.chunks.length > 0) {
      const last = this.chunks[this.chunks.length - 1] ?? '';
      const trimmed = last.trimEnd();
      newlines += (last.slice(trimmed.length).match(/\n/g) ?? []).length;
      if (trimmed === '') {
        this.chunks.pop();
        continue;
      }
      this.chunks[this.chunks.length - 1] = trimmed;
      break;
    }
    return newlines;
  }

  private trimTrailingSpaces(): void {
    while (this.chunks.length > 0) {
      const last = this.chunks[this.chunks.length - 1] ?? '';
      const trimmed = trimEndExceptNewlines(last);
      if (trimmed === '') {
        this.chunks.pop();
        continue;
      }
      this.chunks[this.chunks.length - 1] = trimmed;
      break;
    }
  }
}

interface WalkFrame {
  node: Node;
  /** True when the frame closes an element whose children were already visited. */
  closing: boolean;
  /** Inside an element that keeps line breaks (white-space: pre-wrap / pre-line). */
  keepsLines: boolean;
  /** Inside a list item: paragraphs there are separated by one newline, not two. */
  inListItem: boolean;
  /** Number of enclosing `<blockquote>` elements. */
  quoteDepth: number;
}

function makeSkipTest(options: TextExtractionOptions): (element: Element) => boolean {
  const selector = options.skipSelector
    ? `${SHARED_SKIP_SELECTOR}, ${options.skipSelector}`
    : SHARED_SKIP_SELECTOR;
  const extra = options.skip;
  return (element) =>
    element.matches(selector) ||
    isHiddenByInlineStyle(element) ||
    (extra !== undefined && extra(element));
}

function keepsLineBreaks(element: Element): boolean {
  const classList = element.classList;
  if (LINE_PRESERVING_CLASSES.some((name) => classList.contains(name))) return true;
  // Grok's user bubble is `<p style="white-space: pre-wrap">`.
  const style = element.getAttribute('style');
  return style !== null && /white-space\s*:\s*pre/i.test(style);
}

/**
 * The visible text of `root` as a person reads it: labels for screen readers, buttons,
 * icons, reasoning blocks, citation pills and Candor's own UI left out; block elements
 * on their own lines; `<pre>` code wrapped in ``` fences. `root` itself is never skipped.
 */
export function extractVisibleText(root: Element, options: TextExtractionOptions = {}): string {
  const read = activeSlicedRead;
  if (read === null) return finishExtraction(startExtraction(root, options), () => false) as string;
  // Inside a sliced read (readInSlices): the n-th extraction of this readText call is
  // the n-th of the previous slice's call, so its finished text or its paused walk is kept.
  const index = read.calls++;
  const saved = read.extractions[index];
  if (typeof saved === 'string' && read.roots[index] === root) return saved;
  const state = saved !== undefined && typeof saved !== 'string' && read.roots[index] === root ? saved : startExtraction(root, options);
  read.roots[index] = root;
  read.extractions[index] = state;
  const text = finishExtraction(state, read.outOfTime, read.nodesPerCheck);
  if (text === null) throw SLICE_ENDED;
  read.extractions[index] = text;
  return text;
}

/** A walk over one root, paused between slices: its stack and what it collected so far. */
interface Extraction {
  root: Element;
  options: TextExtractionOptions;
  isSkipped: (element: Element) => boolean;
  collector: TextCollector;
  stack: WalkFrame[];
}

function startExtraction(root: Element, options: TextExtractionOptions): Extraction {
  return {
    root,
    options,
    isSkipped: makeSkipTest(options),
    collector: new TextCollector(options.maxLength ?? DEFAULT_MAX_TEXT_LENGTH),
    stack: [
      {
        node: root,
        closing: false,
        keepsLines: keepsLineBreaks(root),
        inListItem: false,
        quoteDepth: root.tagName.toUpperCase() === 'BLOCKQUOTE' ? 1 : 0,
      },
    ],
  };
}

/** Nodes walked between two looks at the clock (a slice's default). */
export const NODES_PER_CLOCK_CHECK = 256;

/** Walks on until the text is complete, or returns null when `outOfTime` says stop (resumable). */
function finishExtraction(extraction: Extraction, outOfTime: () => boolean, nodesPerCheck = NODES_PER_CLOCK_CHECK): string | null {
  const { root, options, isSkipped, collector, stack } = extraction;
  let sinceCheck = 0;
  while (stack.length > 0 && !collector.isFull) {
    // Asked after `nodesPerCheck` nodes, never before the first: every slice makes progress.
    if (sinceCheck >= nodesPerCheck) {
      sinceCheck = 0;
      if (outOfTime()) return null;
    }
    sinceCheck += 1;
    const frame = stack.pop();
    if (!frame) break;
    const { node } = frame;
    collector.quotePrefix = '> '.repeat(frame.quoteDepth);

    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (frame.keepsLines) collector.appendLineText(text);
      else collector.appendFlowText(text);
      continue;
    }
    if (!isElement(node)) continue; // comments, processing instructions

    const tag = node.tagName.toUpperCase();
    const breakSize: 1 | 2 = PARAGRAPH_TAGS.has(tag) && !frame.inListItem ? 2 : 1;

    if (frame.closing) {
      if (tag === 'CODE') collector.appendLiteral('`');
      if (BLOCK_TAGS.has(tag)) collector.requestBreak(breakSize);
      continue;
    }
    if (node !== root && isSkipped(node)) continue;

    if (tag === 'BR') {
      collector.appendLineBreak();
      continue;
    }
    if (tag === 'PRE') {
      collector.appendCodeBlock(codeTextOf(node, isSkipped));
      continue;
    }
    if (options.codeBlockSelector && node.matches(options.codeBlockSelector)) {
      const code = node.querySelector('pre') ?? node.querySelector('code');
      if (code) {
        collector.appendCodeBlock(codeTextOf(code, isSkipped));
        continue;
      }
    }
    if ((tag === 'TD' || tag === 'TH') && node.previousElementSibling) {
      collector.appendFlowText(' | ');
    }
    if (BLOCK_TAGS.has(tag)) collector.requestBreak(breakSize);
    // Inline code (outside <pre>) keeps its Markdown backticks: the engine treats it as
    // quoted material, not the assistant's own words.
    if (tag === 'CODE') collector.appendLiteral('`');

    const keepsLines = frame.keepsLines || keepsLineBreaks(node);
    const inListItem = frame.inListItem || tag === 'LI';
    const quoteDepth = frame.quoteDepth + (tag === 'BLOCKQUOTE' && node !== root ? 1 : 0);
    stack.push({ node, closing: true, keepsLines, inListItem, quoteDepth: frame.quoteDepth });
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child) stack.push({ node: child, closing: false, keepsLines, inListItem, quoteDepth });
    }
  }
  return collector.toString();
}

// ---------------------------------------------------------------------------------------
// Sliced reads: a long reply's text read over several tasks (issue #13: no task over a frame)
// ---------------------------------------------------------------------------------------

/** Thrown through an adapter's readText when a slice's time is up; never escapes readInSlices. */
const SLICE_ENDED: unique symbol = Symbol('slice ended');

interface SlicedReadState {
  /** Extractions started by the readText call of this slice so far. */
  calls: number;
  roots: Element[];
  /** Per extraction, in call order: its text once finished, else its paused walk. */
  extractions: (string | Extraction)[];
  outOfTime: () => boolean;
  nodesPerCheck: number;
}

let activeSlicedRead: SlicedReadState | null = null;

/**
 * A text read that can stop when its time is up and go on in a later task, with exactly
 * the text one uninterrupted call would give. `read` is an adapter's readText (or any
 * code calling extractVisibleText): each slice calls it again, and every extraction it
 * makes picks up where the previous slice left it, in call order. The page must not
 * change between slices (the turn watcher drops a read whose turn changed).
 */
export class SlicedTextRead {
  private readonly state: SlicedReadState = {
    calls: 0,
    roots: [],
    extractions: [],
    outOfTime: () => false,
    nodesPerCheck: NODES_PER_CLOCK_CHECK,
  };

  constructor(private readonly read: () => string) {}

  /**
   * Reads on until done (returns the text) or until `outOfTime()` (returns null; call
   * again). The clock is asked every `nodesPerCheck` nodes.
   */
  step(outOfTime: () => boolean, nodesPerCheck = NODES_PER_CLOCK_CHECK): string | null {
    if (activeSlicedRead !== null) return this.read(); // nested: the outer read slices
    this.state.calls = 0;
    this.state.outOfTime = outOfTime;
    this.state.nodesPerCheck = Math.max(1, nodesPerCheck);
    activeSlicedRead = this.state;
    try {
      return this.read();
    } catch (error) {
      if (error === SLICE_ENDED) return null;
      throw error;
    } finally {
      activeSlicedRead = null;
    }
  }
}

/**
 * The source text of a `<pre>` block (or a lone `<code>` block). Picks the code element
 * when there is one, so that headers inside the `<pre>` (ChatGPT's "Python" label and
 * "Run"/"Copy" buttons) stay out:
 * ChatGPT 2026 renders code with CodeMirror (`.cm-content` with one `.cm-line` per line,
 * revivalstack reference DOM); older ChatGPT, Claude, Copilot and Gemini use `<code>`.
 */
function codeTextOf(pre: Element, isSkipped: (element: Element) => boolean): string {
  const codeRoot = pre.querySelector('.cm-content') ?? pre.querySelector('code') ?? pre;
  const parts: string[] = [];
  let endsWithNewline = true;
  const append = (text: string): void => {
    if (text === '') return;
    parts.push(text);
    endsWithNewline = text.endsWith('\n');
  };
  const stack: Node[] = [codeRoot];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === TEXT_NODE) {
      append(node.nodeValue ?? '');
      continue;
    }
    if (!isElement(node)) continue;
    if (node !== codeRoot && isSkipped(node)) continue;
    const tag = node.tagName.toUpperCase();
    if (tag === 'BR') {
      append('\n');
      continue;
    }
    // CodeMirror lines (`div.cm-line`) and other block children each start a new line.
    if (node !== codeRoot && BLOCK_TAGS.has(tag) && !endsWithNewline) append('\n');
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
  return parts.join('');
}

/** Joins the text of several reply parts, one blank line apart, dropping empty parts. */
export function joinParagraphs(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n\n');
}

// ---------------------------------------------------------------------------------------
// Selector helpers
// ---------------------------------------------------------------------------------------

/** All matches of `selector` under `root`, in document order. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/**
 * Ranked fallbacks: the matches of the first selector (most current markup first) that
 * matches anything, so an older variant is only used when the newer one is absent.
 */
export function queryFirstRanked(root: ParentNode, rankedSelectors: readonly string[]): Element[] {
  for (const selector of rankedSelectors) {
    const matches = queryAll(root, selector);
    if (matches.length > 0) return matches;
  }
  return [];
}

/** The first element matched by the first selector in the ranked list that matches. */
export function firstRanked(root: ParentNode, rankedSelectors: readonly string[]): Element | null {
  for (const selector of rankedSelectors) {
    const match = root.querySelector(selector);
    if (match) return match;
  }
  return null;
}

/** Like firstRanked, for the page's composer: only HTML elements qualify. */
export function firstRankedHtmlElement(
  root: ParentNode,
  rankedSelectors: readonly string[],
): HTMLElement | null {
  return asHtmlElement(firstRanked(root, rankedSelectors));
}

/** The last element in `root` matching `selector` that is not inside any `excluded` match. */
export function lastMatchOutside(root: ParentNode, selector: string, excluded: string): Element | null {
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

/** `element` itself when it matches, else its first matching descendant. */
export function selfOrDescendant(element: Element, selector: string): Element | null {
  return element.matches(selector) ? element : element.querySelector(selector);
}

/** `element` itself (when it matches) followed by its matching descendants. */
export function selfAndDescendants(element: Element, selector: string): Element[] {
  const found = queryAll(element, selector);
  return element.matches(selector) ? [element, ...found] : found;
}

/**
 * Drops every element that has another element of the list as an ancestor.
 *
 * `elements` must be in document order, as querySelectorAll returns them (every caller
 * passes such a list): then an element's descendants in the list come right after it,
 * so one `contains` call per element against the last one kept decides, instead of a
 * walk up every ancestor (a 500-turn page spent most of its turn search in that walk).
 */
export function outermostOnly(elements: readonly Element[]): Element[] {
  const kept: Element[] = [];
  let lastKept: Element | null = null;
  for (const element of elements) {
    // contains() is inclusive, so a repeated element is dropped as well.
    if (lastKept !== null && lastKept.contains(element)) continue;
    kept.push(element);
    lastKept = element;
  }
  return kept;
}

/**
 * Drops every element that has another element of the list as a descendant. `elements`
 * must be in document order (see outermostOnly): an element has a descendant in the
 * list exactly when the next different element of the list lies inside it.
 */
export function innermostOnly(elements: readonly Element[]): Element[] {
  const kept: Element[] = [];
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as Element;
    if (i > 0 && elements[i - 1] === element) continue;
    let next = i + 1;
    while (next < elements.length && elements[next] === element) next++;
    const following = elements[next];
    if (following !== undefined && element.contains(following)) continue;
    kept.push(element);
  }
  return kept;
}

/** Sorts elements into document order (stable; removes duplicates). */
export function inDocumentOrder<T extends { element: Element }>(items: readonly T[]): T[] {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing a global Node.
  const seen = new Set<Element>();
  const unique = items.filter((item) => {
    if (seen.has(item.element)) return false;
    seen.add(item.element);
    return true;
  });
  return unique.sort((a, b) => {
    if (a.element === b.element) return 0;
    return a.element.compareDocumentPosition(b.element) & FOLLOWING ? -1 : 1;
  });
}

/** The first capture group of `pattern` matched against the URL path (e.g. the id in `/c/<id>`). */
export function matchPath(url: URL, pattern: RegExp): string | null {
  const match = pattern.exec(url.pathname);
  return match?.[1] ?? null;
}
