/**
 * Highlights flagged spans in a reply with the CSS Custom Highlight API: Ranges over the
 * page's own text nodes registered in `CSS.highlights`, so the page's nodes are never
 * changed. Where the API is missing, nothing is highlighted.
 *
 * Offsets index into the adapter's plain text, which differs from the DOM's text: block
 * breaks and whitespace are rewritten, code gets ``` fences and backticks, quotes get
 * "> " prefixes, and labels/buttons/citations are left out. So spans are located by
 * their text, not their offsets: both sides are compared with whitespace and backticks
 * removed, and the occurrence nearest the span's approximate position wins. A span whose
 * text is not found is skipped.
 */
import type { Level, Span } from '../../engine/types';
import { knownPageLook } from './page-look';

type HighlightLevel = Exclude<Level, 'none'>;

/**
 * Highlight and style names say nothing about Candor or the level: the page can list
 * `CSS.highlights` and read every <style>, so the names are random per page load and the
 * style element has no id. (The page can still see which words are highlighted; the
 * Custom Highlight API offers no private registry.)
 */
function randomName(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return `h${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

let highlightNames: Record<HighlightLevel, string> | null = null;

/**
 * Drawn at the first highlight, not when the script is evaluated: the first
 * crypto.getRandomValues in the content script's world costs about 2 ms (bench:page's
 * profile of the load task), and most pages load with nothing to highlight yet.
 */
function namesOfHighlights(): Record<HighlightLevel, string> {
  return (highlightNames ??= { low: randomName(), medium: randomName(), high: randomName() });
}

/** The element's own text tells which ::highlight() rules it holds (see highlightCss). */
function highlightCss(look: 'light' | 'dark'): string {
  const { low, medium, high } = namesOfHighlights();
  return look === 'dark'
    ? `::highlight(${low}) { background-color: rgba(240, 200, 80, 0.18); text-decoration: underline dotted rgb(230, 190, 90); text-decoration-thickness: 1px; }
::highlight(${medium}) { background-color: rgba(255, 190, 40, 0.24); text-decoration: underline wavy rgb(255, 200, 80); text-decoration-thickness: 1px; }
::highlight(${high}) { background-color: rgba(255, 110, 90, 0.26); text-decoration: underline wavy rgb(255, 140, 120); text-decoration-thickness: 1px; }`
    : `::highlight(${low}) { background-color: rgba(240, 200, 80, 0.22); text-decoration: underline dotted rgba(190, 140, 0, 0.9); text-decoration-thickness: 1px; }
::highlight(${medium}) { background-color: rgba(255, 190, 40, 0.30); text-decoration: underline wavy rgb(200, 130, 0); text-decoration-thickness: 1px; }
::highlight(${high}) { background-color: rgba(255, 110, 90, 0.28); text-decoration: underline wavy rgb(205, 60, 45); text-decoration-thickness: 1px; }`;
}

/** The highlight name used for `level` on this page load (random; tests look ranges up by it). */
export function highlightNameFor(level: HighlightLevel): string {
  return namesOfHighlights()[level];
}

/** Our one <style> per document, created with the first highlight and removed with the last. */
const styleElements = new WeakMap<Document, HTMLStyleElement>();
/** The look the styles were written for, per document. */
const styleLooks = new WeakMap<Document, 'light' | 'dark'>();

/** Elements whose text is not part of what the adapter read. */
const SKIP_SELECTOR = [
  'candor-flag',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'button',
  '[role="button"]',
  'svg',
  'mat-icon',
  'annotation',
  '[hidden]',
  '[aria-hidden="true"]',
  '.sr-only',
  '.visually-hidden',
  '.cdk-visually-hidden',
  '.citation',
  '.citation-nbsp',
  '[data-pplx-citation-url]',
  'source-footnote',
  'sources-carousel-inline',
  '.code-block-decoration',
].join(', ');

/** Minimal structural types, so this works with the real API and with test fakes. */
interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  readonly size: number;
}
interface HighlightRegistryLike {
  get(name: string): HighlightLike | undefined;
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}
type HighlightConstructorLike = new (...ranges: AbstractRange[]) => HighlightLike;

interface HighlightApi {
  registry: HighlightRegistryLike;
  Highlight: HighlightConstructorLike;
}

function highlightApi(): HighlightApi | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  const registry = (CSS as unknown as { highlights?: HighlightRegistryLike }).highlights;
  if (!registry) return null;
  return { registry, Highlight: Highlight as unknown as HighlightConstructorLike };
}

interface KeyEntry {
  name: string;
  highlight: HighlightLike;
  ranges: Range[];
  doc: Document;
}

/** This module's ranges by caller key, so each cleanup removes only its own. */
const entries = new Map<string, KeyEntry>();
/** The Highlight objects we created, so a name taken by someone else is not touched. */
const ownHighlights = new WeakSet<object>();

const noop = (): void => undefined;

/** Whether an entry's reply is still in its document (a removed reply needs no highlight). */
function isLive(entry: KeyEntry): boolean {
  return entry.ranges.some((range) => range.startContainer.isConnected);
}

/**
 * Puts the ::highlight() styles into `doc` (or rewrites them for a new look). Called
 * with the first highlight only: a page where nothing is highlighted carries no style.
 */
function ensureStyles(doc: Document, look: 'light' | 'dark'): void {
  const existing = styleElements.get(doc);
  const css = highlightCss(look);
  if (existing && existing.isConnected && existing.textContent === css) return;
  const style = existing ?? doc.createElement('style');
  style.textContent = css;
  if (!style.isConnected) (doc.head ?? doc.documentElement).appendChild(style);
  styleElements.set(doc, style);
  styleLooks.set(doc, look);
}

/** Removes our styles from `doc` (when its last highlight goes, or Candor leaves the page). */
export function removeHighlightStyles(doc: Document): void {
  styleElements.get(doc)?.remove();
  styleElements.delete(doc);
  styleLooks.delete(doc);
}

/**
 * Highlights `spans` (offsets into `text`, the plain text an adapter read from `root`)
 * under the shared highlight for `level`. Returns a cleanup removing only this key's
 * ranges. Calling again with the same key replaces that key's ranges.
 */
export function highlightSpans(key: string, root: Element, text: string, spans: Span[], level: Level): () => void {
  const api = highlightApi();
  if (api === null) return noop;
  clearKey(api, key);
  if (level === 'none' || spans.length === 0) return noop;

  let ranges: Range[];
  try {
    ranges = rangesFor(root, text, spans);
  } catch {
    return noop;
  }
  if (ranges.length === 0) return noop;

  const name = namesOfHighlights()[level];
  let highlight = api.registry.get(name);
  if (!highlight || !ownHighlights.has(highlight)) {
    // Ours may have been unregistered by the page: keep using it while live replies hold ranges in it.
    highlight = [...entries.values()].find((other) => other.name === name && isLive(other))?.highlight ?? new api.Highlight();
    ownHighlights.add(highlight);
    api.registry.set(name, highlight);
  }
  for (const range of ranges) highlight.add(range);
  const doc = root.ownerDocument;
  const entry: KeyEntry = { name, highlight, ranges, doc };
  entries.set(key, entry);
  // The badge drawn just before sampled the page's look; sampling here again would force
  // another style recalculation for every first highlight.
  ensureStyles(doc, styleLooks.get(doc) ?? knownPageLook(doc) ?? 'light');

  return () => {
    if (entries.get(key) !== entry) return;
    const current = highlightApi();
    if (current) clearKey(current, key);
    else entries.delete(key);
  };
}

function clearKey(api: HighlightApi, key: string): void {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  for (const range of entry.ranges) entry.highlight.delete(range);
  if (entry.highlight.size === 0 && api.registry.get(entry.name) === entry.highlight) {
    api.registry.delete(entry.name);
  }
  if (![...entries.values()].some((other) => other.doc === entry.doc)) removeHighlightStyles(entry.doc);
}

/**
 * Puts back what the page took away: our highlights unregistered (`CSS.highlights.clear()`),
 * replaced or emptied, and our <style> removed or rewritten. Returns how many things had
 * to be restored (0 when all was in place), so the caller can bound a page that fights.
 */
export function restoreHighlights(doc: Document): number {
  const api = highlightApi();
  if (api === null) return 0;
  let restored = 0;
  const byName = new Map<string, KeyEntry[]>();
  for (const [key, entry] of [...entries]) {
    if (entry.doc !== doc) continue;
    // A reply the site removed takes its highlight with it: nothing to restore.
    if (!isLive(entry)) {
      clearKey(api, key);
      continue;
    }
    byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
  }
  for (const [name, list] of byName) {
    const highlight = list[0]?.highlight;
    if (!highlight) continue;
    if (api.registry.get(name) !== highlight) {
      api.registry.set(name, highlight);
      restored += 1;
    }
    const expected = list.reduce((sum, entry) => sum + entry.ranges.length, 0);
    if (highlight.size < expected) {
      for (const entry of list) for (const range of entry.ranges) highlight.add(range);
      restored += 1;
    }
  }
  if (byName.size > 0) {
    const style = styleElements.get(doc);
    const look = styleLooks.get(doc) ?? 'light';
    if (!style || !style.isConnected || style.textContent !== highlightCss(look)) {
      ensureStyles(doc, look);
      restored += 1;
    }
  }
  return restored;
}

/** The <style> element holding our highlight styles in `doc`, if any (for the mark guard). */
export function highlightStyleElement(doc: Document): HTMLStyleElement | null {
  return styleElements.get(doc) ?? null;
}

// ---------------------------------------------------------------------------------------
// Offset mapping
// ---------------------------------------------------------------------------------------

/** Characters left out on both sides before comparing: whitespace and backticks. */
export function isIgnored(code: number): boolean {
  return (
    code === 0x60 || // `
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The same characters as isIgnored, for dropping them natively: a 1 MB reply made the
 * per-character string building the longest task on the page (issue #13).
 */
const IGNORED_CHARS = /[`\t\n\v\f\r\u0020\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

export function withoutIgnored(value: string): string {
  return value.replace(IGNORED_CHARS, '');
}

interface DomIndex {
  /** Text nodes in document order. */
  nodes: Text[];
  /** Normalised index at which each node's first kept character sits. */
  starts: number[];
  /**
   * Run number of each node: it changes wherever a skipped element lies between two
   * nodes, so a span crossing a skipped button or label is split into several Ranges
   * that leave the skipped element unhighlighted.
   */
  runs: number[];
  /** The normalised concatenation of all text nodes. */
  normalized: string;
}

function isSkippedElement(element: Element): boolean {
  try {
    return element.matches(SKIP_SELECTOR);
  } catch {
    return false;
  }
}

/** Walks `root`'s visible text nodes (iteratively) into a normalised string. */
function indexDom(root: Element): DomIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const runs: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let run = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === 3) {
      const kept = withoutIgnored(node.nodeValue ?? '');
      if (kept !== '') {
        nodes.push(node as Text);
        starts.push(length);
        runs.push(run);
        parts.push(kept);
        length += kept.length;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (node !== root && isSkippedElement(node as Element)) {
      run += 1;
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return { nodes, starts, runs, normalized: parts.join('') };
}

/**
 * Normalises a span's text the same way, also dropping Markdown quote markers ("> ")
 * that the adapter puts at the start of lines inside block quotes.
 */
function normalizeSpanText(text: string): string {
  let out = '';
  let atLineStart = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      atLineStart = true;
      continue;
    }
    if (atLineStart && code === 0x3e /* > */) continue;
    if (isIgnored(code)) continue;
    atLineStart = false;
    out += text.charAt(i);
  }
  return out;
}

/** Position in `index.nodes` of the node holding normalised index `n` (binary search). */
function nodeAt(index: DomIndex, n: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] ?? 0) <= n) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM offset inside a text node of its `k`-th kept character. */
function domOffset(node: Text, k: number): number {
  const value = node.nodeValue ?? '';
  let seen = 0;
  for (let i = 0; i < value.length; i += 1) {
    if (isIgnored(value.charCodeAt(i))) continue;
    if (seen === k) return i;
    seen += 1;
  }
  return value.length;
}

function findNearest(haystack: string, needle: string, approx: number): number {
  const after = haystack.indexOf(needle, Math.max(0, approx));
  const before = approx > 0 ? haystack.lastIndexOf(needle, approx) : -1;
  if (after < 0) return before;
  if (before < 0) return after;
  return approx - before <= after - approx ? before : after;
}

/**
 * A Range over text nodes `first`..`lastNode` of the index, clipped to the normalised
 * match [from, to] (inclusive).
 */
function makeRange(doc: Document, index: DomIndex, first: number, lastNode: number, from: number, to: number): Range | null {
  const startText = index.nodes[first];
  const endText = index.nodes[lastNode];
  if (!startText || !endText) return null;
  const startBase = index.starts[first] ?? 0;
  const endBase = index.starts[lastNode] ?? 0;
  const startK = Math.max(0, from - startBase);
  const endK = to - endBase;
  const range = doc.createRange();
  range.setStart(startText, domOffset(startText, startK));
  const endNodeLength = (index.starts[lastNode + 1] ?? index.normalized.length) - endBase;
  let endOffset = domOffset(endText, Math.min(endK, endNodeLength - 1)) + 1;
  // Never split a surrogate pair.
  const endValue = endText.nodeValue ?? '';
  const lead = endValue.charCodeAt(endOffset - 1);
  if (lead >= 0xd800 && lead <= 0xdbff && endOffset < endValue.length) endOffset += 1;
  range.setEnd(endText, endOffset);
  return range;
}

function rangesFor(root: Element, text: string, spans: Span[]): Range[] {
  const doc = root.ownerDocument;
  const index = indexDom(root);
  if (index.normalized === '') return [];

  // Normalised position of every span start in the adapter text, in one pass.
  const sorted = spans
    .filter((span) => Number.isFinite(span.start) && Number.isFinite(span.end) && span.end > span.start)
    .map((span) => ({ start: Math.max(0, Math.floor(span.start)), end: Math.min(text.length, Math.ceil(span.end)) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const ranges: Range[] = [];
  let textPos = 0;
  let normPos = 0;
  for (const span of sorted) {
    if (textPos < span.start) {
      normPos += withoutIgnored(text.slice(textPos, span.start)).length;
      textPos = span.start;
    }
    const needle = normalizeSpanText(text.slice(span.start, span.end));
    if (needle === '') continue;
    const found = findNearest(index.normalized, needle, normPos);
    if (found < 0) continue;
    const last = found + needle.length - 1;
    const startNode = nodeAt(index, found);
    const endNode = nodeAt(index, last);
    // One Range per run of adjacent visible text nodes.
    let runStart = startNode;
    for (let i = startNode; i <= endNode; i += 1) {
      const next = i + 1;
      if (next <= endNode && index.runs[next] === index.runs[i]) continue;
      const range = makeRange(doc, index, runStart, i, found, last);
      if (range) ranges.push(range);
      runStart = next;
    }
  }
  return ranges;
}
