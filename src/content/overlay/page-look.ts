/**
 * Whether the page around a reply looks light or dark, so the card matches the chat it
 * sits on rather than the operating system's theme (a chat can be dark on a light OS).
 *
 * The colour is sampled from the computed background behind the reply: the first
 * ancestor with an opaque-enough background wins, then <body> and <html>; a page that
 * paints nothing anywhere is the browser's default white.
 */
export type PageLook = 'light' | 'dark';

/** Below this alpha a background is treated as see-through and the search goes on upward. */
const MIN_ALPHA = 0.5;
/** WCAG relative luminance below which a background counts as dark (mid-grey is about 0.2). */
const DARK_LUMINANCE = 0.2;

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses the `rgb()`/`rgba()` strings getComputedStyle returns (both comma and space syntax). */
export function parseCssColor(value: string): Rgba | null {
  const match = /^rgba?\(([^)]*)\)$/i.exec(value.trim());
  if (!match?.[1]) return null;
  const parts = match[1].split(/[\s,/]+/).filter((part) => part !== '');
  if (parts.length < 3) return null;
  const [r, g, b] = parts.slice(0, 3).map(Number);
  const alphaText = parts[3];
  const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
  if (![r, g, b, a].every((n) => Number.isFinite(n))) return null;
  return { r: r as number, g: g as number, b: b as number, a };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The look of the background painted behind `element`. */
export function pageLookBehind(element: Element): PageLook {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let node: Element | null = element; node; node = node.parentElement) {
    let color: Rgba | null;
    try {
      color = parseCssColor(view.getComputedStyle(node).backgroundColor);
    } catch {
      color = null;
    }
    if (color && color.a >= MIN_ALPHA) return luminance(color) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return 'light';
}

/**
 * The page's look, sampled once per document (getComputedStyle forces a style
 * recalculation, too costly for each of a hundred badges drawn at load) and again when
 * `fresh` is asked for (a card opening), which also refreshes it for what is drawn after.
 */
const looks = new WeakMap<Document, PageLook>();

export function cachedPageLook(element: Element, fresh: boolean): PageLook {
  const doc = element.ownerDocument;
  let look = fresh ? undefined : looks.get(doc);
  if (look === undefined) {
    look = pageLookBehind(element);
    looks.set(doc, look);
  }
  return look;
}

/** The look last sampled for `doc`, without sampling (undefined when nothing was drawn yet). */
export function knownPageLook(doc: Document): PageLook | undefined {
  return looks.get(doc);
}
