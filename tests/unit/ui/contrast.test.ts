/**
 * Colour contrast of every text and control colour pair Candor draws, in both looks,
 * computed from the stylesheets themselves (WCAG 2.2 AA: 4.5:1 for text, 3:1 for the
 * edge of a control or a focus ring). A palette edit that drops below fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAG_STYLES } from '@/src/content/overlay/flag-styles';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The `--name: #rrggbb` custom properties of the first block that follows `selector`. */
function palette(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`no ${selector} block`);
  const block = css.slice(css.indexOf('{', start), css.indexOf('}', start));
  const found: Record<string, string> = {};
  for (const [, name, value] of block.matchAll(/--([a-z]+(?:-[a-z]+)*): (#[0-9a-f]{6});/giu)) found[name as string] = value as string;
  return found;
}

const pagesCss = readFileSync(path.resolve(__dirname, '../../../src/ui/styles.css'), 'utf8');
const lightPages = palette(pagesCss, ':root {');
const darkPages = { ...lightPages, ...palette(pagesCss, '@media (prefers-color-scheme: dark) {\n  :root {') };
const lightCard = palette(FLAG_STYLES, '.root {');
const darkCard = { ...lightCard, ...palette(FLAG_STYLES, '.root[data-look="dark"] {') };

const TEXT = 4.5;
const NON_TEXT = 3;

/** [foreground, background, minimum ratio]: each pair as some element draws it. */
const PAGE_PAIRS: ReadonlyArray<[string, string, number]> = [
  ['fg', 'bg', TEXT],
  ['fg', 'bg-raised', TEXT],
  ['fg-faint', 'bg', TEXT],
  ['fg-faint', 'bg-raised', TEXT],
  ['accent', 'bg', TEXT],
  ['accent', 'bg-raised', TEXT],
  ['accent-fg', 'accent', TEXT],
  ['mark-fg', 'mark', TEXT],
  ['low', 'bg', TEXT],
  ['medium', 'bg', TEXT],
  ['high', 'bg', TEXT],
  ['high', 'bg-raised', TEXT],
  ['ok', 'bg', TEXT],
  ['ok', 'bg-raised', TEXT],
  ['danger', 'bg-raised', TEXT],
  ['focus', 'bg', NON_TEXT],
  ['control-border', 'bg', NON_TEXT],
  ['control-border', 'bg-raised', NON_TEXT],
];

const CARD_PAIRS: ReadonlyArray<[string, string, number]> = [
  ['fg', 'bg', TEXT],
  ['fg', 'quiet-bg', TEXT],
  ['muted', 'bg', TEXT],
  ['muted', 'quiet-bg', TEXT],
  ['low-fg', 'low-bg', TEXT],
  ['medium-fg', 'medium-bg', TEXT],
  ['high-fg', 'high-bg', TEXT],
  ['high-fg', 'quiet-bg', TEXT],
  ['quiet-fg', 'quiet-bg', TEXT],
  ['focus', 'bg', TEXT],
  ['bg', 'focus', TEXT],
  ['control-border', 'bg', NON_TEXT],
];

describe.each([
  ['extension pages, light', lightPages, PAGE_PAIRS],
  ['extension pages, dark', darkPages, PAGE_PAIRS],
  ['in-page badge and card, light', lightCard, CARD_PAIRS],
  ['in-page badge and card, dark', darkCard, CARD_PAIRS],
])('%s', (_name, colours, pairs) => {
  it.each(pairs)('--%s on --%s reaches %s:1', (fg, bg, minimum) => {
    const [a, b] = [colours[fg], colours[bg]];
    expect(a, `--${fg}`).toMatch(/^#[0-9a-f]{6}$/iu);
    expect(b, `--${bg}`).toMatch(/^#[0-9a-f]{6}$/iu);
    expect(contrast(a as string, b as string)).toBeGreaterThanOrEqual(minimum);
  });
});
