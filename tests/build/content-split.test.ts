/**
 * What each content script holds, read from the builds (issue #13.3: the browser compiles
 * each content script in one task of the chat page, so what a script carries is what that
 * task costs). Each site's script holds no overlay code, the overlay's script no site's
 * code, and neither holds WXT's content-script context, whose set-up at evaluation read
 * the extension's API (src/content/script-context.ts): a WXT upgrade that stops the
 * build's alias from applying fails here, not silently in the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '@/src/sites';
import { BUILDS } from './builds';

/** Strings only each part's code has: the overlay's highlight styles, ChatGPT's turn selector, WXT's location watcher. */
const OVERLAY_CODE = '::highlight(';
const CHATGPT_CODE = 'data-message-author-role';
const WXT_CONTEXT = 'wxt:locationchange';

describe.each(BUILDS)('$name content scripts', ({ dir }) => {
  const scripts = path.join(dir, 'content-scripts');
  const read = (name: string) => readFileSync(path.join(scripts, name), 'utf8');

  it('are one per site and the overlay, nothing else', () => {
    expect(readdirSync(scripts).sort()).toEqual([...SITE_ADAPTERS.map((a) => `${a.id}.js`), 'overlay.js'].sort());
  });

  it('keep the overlay out of every site script, and the sites out of the overlay script', () => {
    for (const adapter of SITE_ADAPTERS) expect(read(`${adapter.id}.js`), adapter.id).not.toContain(OVERLAY_CODE);
    expect(read('chatgpt.js')).toContain(CHATGPT_CODE);
    expect(read('overlay.js')).toContain(OVERLAY_CODE);
    expect(read('overlay.js')).not.toContain(CHATGPT_CODE);
  });

  it('carry an inert WXT context', () => {
    for (const name of readdirSync(scripts)) expect(read(name), name).not.toContain(WXT_CONTEXT);
  });
});
