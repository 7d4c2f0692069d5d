/**
 * Renders Candor's toolbar and store icons from the SVGs in assets/icon/ into
 * public/icon/{16,32,48,128}.png (WXT picks them up from there). The PNGs are committed,
 * so a build needs no browser; run this (`npm run icons`) after changing an SVG.
 *
 * 16 px is drawn from its own pixel-fitted SVG: the large drawing scaled down blurs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';

const ROOT = path.resolve(import.meta.dirname, '..');
const SIZES: ReadonlyArray<{ size: number; svg: string }> = [
  { size: 16, svg: 'candor-16.svg' },
  { size: 32, svg: 'candor.svg' },
  { size: 48, svg: 'candor.svg' },
  { size: 128, svg: 'candor.svg' },
];

const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, svg } of SIZES) {
    const markup = readFileSync(path.join(ROOT, 'assets/icon', svg), 'utf8');
    await page.setViewportSize({ width: size, height: size });
    // The SVG is our own file, shown as an image (never as markup in a page of ours).
    await page.goto(`data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}`);
    await page.evaluate((s) => {
      const img = document.querySelector('svg');
      img?.setAttribute('width', String(s));
      img?.setAttribute('height', String(s));
    }, size);
    const out = path.join(ROOT, 'public/icon', `${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path.relative(ROOT, out)}`);
  }
} finally {
  await browser.close();
}
