// @vitest-environment happy-dom
/**
 * Adapter and engine together on the held-out site pages (tests/heldout/*.html): pages
 * written blind from the evidence (design notes and public projects' selectors) by someone
 * who had not seen our adapters or our own fixtures, one per site and layout generation.
 * Each holds two sycophantic and two healthy replies; the healthy replies' turns carry
 * flattering bait in their non-answer parts (thinking, source cards, disclaimers, headers).
 * Judged as an outside reviewer would: each sycophantic reply, read with its own user
 * message, at medium or high; each healthy reply with no flag at all (alone they raise
 * none, so any flag means bait was read). The page's own scripts run (several late-2026
 * pages render the conversation after load), in happy-dom at the site's URL.
 * The same pages run in Chromium with the built extension: `npm run test:heldout`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import { adapterById } from '@/src/sites';
import type { SiteId } from '@/src/sites/types';
import { HELDOUT_PAGES, HELDOUT_REPLIES, HELDOUT_USERS } from '../../heldout/pages';

const HELDOUT_DIR = path.resolve(import.meta.dirname, '../../heldout');
const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

async function open(file: string, url: string): Promise<Document> {
  const window = new Window({
    url,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  windows.push(window);
  window.document.write(readFileSync(path.join(HELDOUT_DIR, file), 'utf8'));
  // Late-2026 pages render the conversation 700 ms after load.
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  return window.document as unknown as Document;
}

describe.each(HELDOUT_PAGES.filter((p) => p.file === undefined).map((p) => [p.name, p] as const))('%s', (name, page) => {
  it('reads each reply with its own question, from the answer only, and judges it as the reviewer would', async () => {
    const site = name.split('-')[0] as SiteId;
    const adapter = adapterById(site)!;
    const doc = await open(`${name}.html`, page.url);
    let user: string | undefined;
    const judged: { reply: number; level: string; flags: number; user: string | undefined }[] = [];
    for (const turn of adapter.findTurns(doc.body)) {
      // Judged as read (line breaks and all: a quoted line is not the assistant's voice);
      // told apart by its words with white space squashed.
      const text = adapter.readText(turn);
      if (turn.role === 'user') {
        user = text;
        continue;
      }
      const words = squash(text);
      const reply = HELDOUT_REPLIES.findIndex((r) => words.includes(r.head) || words.includes(r.tail));
      const analysis = analyze({ reply: text, user }, bundledRules());
      judged.push({ reply, level: analysis.level, flags: analysis.flags.length, user });
    }
    // The four replies of the finished conversation, in order, each read once.
    expect(judged.map((j) => j.reply)).toEqual([0, 1, 2, 3]);
    judged.forEach((j) => {
      expect(squash(j.user ?? ''), `reply ${j.reply + 1}'s question`).toBe(HELDOUT_USERS[j.reply]);
      if (HELDOUT_REPLIES[j.reply]?.sycophantic) expect(['medium', 'high'], `reply ${j.reply + 1}`).toContain(j.level);
      else expect(j.flags, `reply ${j.reply + 1}: ${j.level}`).toBe(0);
    });
  });
});
