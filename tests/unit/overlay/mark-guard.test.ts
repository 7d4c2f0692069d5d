// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderFlag } from '../../../src/content/overlay/flag-element';
import { highlightNameFor, highlightSpans, restoreHighlights } from '../../../src/content/overlay/highlights';
import { MarkGuard, type Interference } from '../../../src/content/overlay/mark-guard';
import type { Analysis } from '../../../src/engine/types';

const REPLY = 'What a brilliant idea!';
const ANALYSIS: Analysis = {
  level: 'medium',
  score: 60,
  flags: [{ ruleId: 'praise-for-the-users-idea', category: 'flattery', severity: 2, spans: [{ start: 0, end: 22 }], explanation: '', advice: '', sources: [] }],
};
const NO_CALLBACKS = { onVerdict() {}, onRuleEnabled() {}, onPause() {}, onAskStraight() {} };

class FakeHighlight extends Set<AbstractRange> {}
let registry: Map<string, FakeHighlight>;
let guard: MarkGuard;
let reports: Interference[];

/** MutationObserver callbacks run after the current task. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(maxRestores?: number) {
  const turn = document.createElement('article');
  const body = document.createElement('div');
  body.textContent = REPLY;
  turn.append(body);
  document.body.append(turn);
  const host = renderFlag(turn, body, { analysis: ANALYSIS, replyText: REPLY, verdict: 'none', paused: false }, NO_CALLBACKS);
  reports = [];
  guard = new MarkGuard({ doc: document, onInterference: (i) => reports.push(i), ...(maxRestores ? { maxRestores } : {}) });
  guard.watch(host, turn, () => body);
  return { turn, body, host };
}

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry, supports: () => false, escape: (s: string) => s });
  vi.stubGlobal('Highlight', FakeHighlight);
});

afterEach(() => {
  guard.stop();
  document.body.replaceChildren();
  restoreHighlights(document);
  vi.unstubAllGlobals();
});

describe('MarkGuard', () => {
  it.each([
    ['removed', (host: HTMLElement) => host.remove()],
    ['moved out of its reply', (host: HTMLElement) => document.body.append(host)],
    ['given attributes', (host: HTMLElement) => host.setAttribute('style', 'display:none')],
    ['hidden', (host: HTMLElement) => (host.hidden = true)],
  ])('restores a host the page %s, and reports the first restoration', async (_name, tamper) => {
    const { turn, body, host } = setup();
    tamper(host);
    await settle();
    expect(body.nextSibling).toBe(host);
    expect(host.parentNode).toBe(turn);
    expect(host.getAttributeNames()).toEqual([]);
    expect(reports).toEqual([{ restored: 1, gaveUp: false }]);
  });

  it('leaves alone a host whose whole reply the site replaced, and one Candor removed itself', async () => {
    const { turn, host } = setup();
    turn.remove();
    await settle();
    expect(host.isConnected).toBe(false);
    const second = setup();
    guard.unwatch(second.host);
    second.host.remove();
    await settle();
    expect(second.host.isConnected).toBe(false);
    expect(reports).toEqual([]);
  });

  it('restores cleared highlights and their style when the person next interacts', async () => {
    const { body } = setup();
    highlightSpans('reply', body, REPLY, [{ start: 0, end: 22 }], 'medium');
    const name = highlightNameFor('medium');
    registry.clear();
    document.querySelectorAll('style').forEach((style) => style.remove());
    await settle();
    document.dispatchEvent(new Event('pointerover'));
    expect(registry.get(name)?.size).toBe(1);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(reports.at(-1)?.gaveUp).toBe(false);
  });

  it('gives up after a bounded number of restorations against a page that keeps removing, and says so once', async () => {
    const { turn, host } = setup(5);
    const fighter = new MutationObserver(() => host.isConnected && host.remove());
    fighter.observe(turn, { childList: true });
    host.remove();
    for (let i = 0; i < 20; i += 1) await settle();
    fighter.disconnect();
    expect(reports).toEqual([
      { restored: 1, gaveUp: false },
      { restored: 5, gaveUp: true },
    ]);
    host.remove();
    await settle();
    document.dispatchEvent(new Event('pointerover'));
    expect(reports).toHaveLength(2);
  });

  it('stop() removes its listeners and stops observing', async () => {
    const { host } = setup();
    guard.stop();
    host.remove();
    document.dispatchEvent(new Event('pointerover'));
    await settle();
    expect(host.isConnected).toBe(false);
    expect(reports).toEqual([]);
  });
});
