/**
 * "Copy page structure" (developer use): a chat page's markup with every piece of the
 * conversation replaced, so that a person with a real account can contribute a capture of
 * a new layout without sharing what they wrote or read. Used by
 * `npm run capture:structure -- <saved page.html>` (scripts/capture-structure.ts).
 *
 * What is kept: tag names, the nesting, and attribute *names*; the values of a few
 * attributes that describe markup, not content (class, role, type, dir, lang,
 * contenteditable, the svg `d`/`viewBox` an icon is told by); and short one-word
 * attribute values (`data-testid="stop-button"`, `data-is-streaming="false"`) with every
 * letter and digit of any id-like value scrambled to `a`/`0`.
 * What is replaced: every character of text that is not whitespace (by `x`), every other
 * attribute value (by `x`s of the same length).
 * What is dropped: scripts, styles, frames, templates' scripts, comments, inputs' values,
 * and Candor's own <candor-flag> elements.
 *
 * Read-only: the page itself is never changed (its clone is).
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/** Attributes whose values describe the markup, kept as they are. */
const KEPT_VALUES: ReadonlySet<string> = new Set(['class', 'role', 'type', 'dir', 'lang', 'contenteditable', 'd', 'viewbox', 'hidden']);

/** Elements dropped with everything in them. */
const DROPPED = 'script, style, link, meta, iframe, frame, object, embed, noscript, candor-flag';

/** A one-word value (no spaces), short enough to be a marker rather than content. */
const TOKEN = /^[\w:./-]{0,48}$/u;

function scrambleText(text: string): string {
  return text.replace(/\S/gu, 'x');
}

/**
 * Keeps the shape of an id (`8c1d-2e3f` → `0a0a-0a0a`) but none of its value. Each
 * `:`-separated part is scrambled on its own, so a marker word after an id survives:
 * ChatGPT's unit keys `<id>:1:assistant` keep their role (a word without a digit is kept
 * anyway, as a whole value is).
 */
function scrambleToken(value: string): string {
  return value
    .split(':')
    .map((part) => (/\d/u.test(part) ? part.replace(/\d/gu, '0').replace(/[a-z]/giu, 'a') : part))
    .join(':');
}

function scrubAttributes(element: Element): void {
  for (const name of element.getAttributeNames()) {
    const value = element.getAttribute(name) ?? '';
    const lower = name.toLowerCase();
    if (lower.startsWith('on') || lower === 'srcdoc') {
      element.removeAttribute(name);
    } else if (KEPT_VALUES.has(lower)) {
      continue;
    } else if (TOKEN.test(value) && lower !== 'value' && lower !== 'href' && lower !== 'src' && lower !== 'alt' && lower !== 'title') {
      element.setAttribute(name, scrambleToken(value));
    } else {
      element.setAttribute(name, 'x'.repeat(Math.min(value.length, 200)));
    }
  }
}

/** The scrubbed clone of `root` (its text replaced, nothing of the conversation kept). */
export function scrubStructure(root: Element): Element {
  const clone = root.cloneNode(true) as Element;
  for (const dropped of Array.from(clone.querySelectorAll(DROPPED))) dropped.remove();
  const stack: Node[] = [clone];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      node.nodeValue = scrambleText(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType === COMMENT_NODE) {
      node.parentNode?.removeChild(node);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    scrubAttributes(element);
    // A <template>'s content is a separate fragment: scrub it too.
    const content = (element as Partial<HTMLTemplateElement>).content;
    if (element.tagName.toUpperCase() === 'TEMPLATE' && content) {
      for (const child of Array.from(content.childNodes)) stack.push(child);
    }
    for (const child of Array.from(element.childNodes)) stack.push(child);
  }
  return clone;
}

export interface CaptureInfo {
  /** The site's host, as the person names it (never read from the page). */
  host: string;
  /** The capture date, YYYY-MM-DD. */
  date: string;
}

/** A fixture-ready HTML document of the page's structure, with a provenance header. */
export function capturePageStructure(doc: Document, info: CaptureInfo): string {
  const html = scrubStructure(doc.documentElement);
  const header = [
    '<!--',
    `Page-structure capture of ${info.host.replace(/[^\w.-]/gu, '')}, ${info.date.replace(/[^\d-]/gu, '')}.`,
    'Made with `npm run capture:structure`: every character of text is replaced by x, attribute values other',
    'than markup ones are scrambled; no script, style or comment is kept. Name the layout and the date it was',
    'seen here, add window.__fixture streaming markers if it becomes a fixture (see README, Site captures).',
    '-->',
  ].join('\n');
  return `<!doctype html>\n${header}\n${serialize(html)}\n`;
}

/** Elements with no end tag. */
const VOID_TAGS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/**
 * Markup of a scrubbed tree, written out element by element (the extension never reads
 * or writes markup strings of live page content; this runs on the scrubbed clone only).
 */
function serialize(root: Node): string {
  const out: string[] = [];
  const stack: (Node | string)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop() as Node | string;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      out.push(escapeText(item.nodeValue ?? ''));
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const element = item as Element;
    const tag = element.localName;
    const attributes = element
      .getAttributeNames()
      .map((name) => ` ${name}="${escapeText(element.getAttribute(name) ?? '').replace(/"/gu, '&quot;')}"`)
      .join('');
    out.push(`<${tag}${attributes}>`);
    if (VOID_TAGS.has(tag)) continue;
    stack.push(`</${tag}>`);
    const content = (element as Partial<HTMLTemplateElement>).content;
    const children = tag === 'template' && content ? content.childNodes : element.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
  return out.join('');
}
