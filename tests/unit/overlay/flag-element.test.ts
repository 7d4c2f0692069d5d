// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TRUSTED_SURFACE_NOTE } from '../../../src/content/overlay/card';
import { straightAnswerPrompt } from '../../../src/content/overlay/card-text';
import {
  badgeText,
  openLatestFlag,
  removeFlag,
  renderFlag,
  shadowOf,
  type FlagCallbacks,
  type FlagViewModel,
} from '../../../src/content/overlay/flag-element';
import type { Analysis, Category, Flag, Level } from '../../../src/engine/types';
import { examplesFor } from '../../../src/background/judge-reply';
import { bundledRules } from '../../../src/engine/bundled-rules';

const REPLY = 'What a brilliant idea! You are absolutely right, I apologise. Go for it.';

function flag(category: Category, start: number, end: number, extra: Partial<Flag> = {}): Flag {
  return {
    ruleId: category === 'flattery' ? 'praise-for-the-users-idea' : `${category}-test`,
    category,
    severity: 2,
    spans: [{ start, end }],
    explanation: `Explanation for ${category}.`,
    advice: `Ask: "What would a critic say about ${category}?"`,
    sources: [`Source for ${category}`],
    ...extra,
  };
}

function analysis(level: Level, score: number, flags: Flag[]): Analysis {
  return { level, score, flags };
}

const CAVE = 'You are absolutely right, I apologise.';
const MEDIUM = analysis('medium', 62, [
  flag('caving', REPLY.indexOf(CAVE), REPLY.indexOf(CAVE) + CAVE.length),
  flag('flattery', 0, 22),
]);

function model(a: Analysis, extra: Partial<FlagViewModel> = {}): FlagViewModel {
  return { analysis: a, replyText: REPLY, verdict: 'none', paused: false, ...extra };
}

function callbacks(): FlagCallbacks & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    onVerdict: (verdict) => calls.push(`verdict:${verdict}`),
    onRuleEnabled: (ruleId, enabled) => calls.push(`rule:${ruleId}:${enabled}`),
    onPause: (pause) => calls.push(pause === 'resume' ? 'resume' : `pause:${pause.forMs}`),
    onAskStraight: (prompt) => calls.push(`ask:${prompt}`),
  };
}

function setupTurn(): { turn: HTMLElement; body: HTMLElement; actions: HTMLElement } {
  const turn = document.createElement('article');
  const body = document.createElement('div');
  body.className = 'markdown';
  body.textContent = REPLY;
  const actions = document.createElement('div');
  actions.className = 'actions';
  turn.append(body, actions);
  document.body.append(turn);
  return { turn, body, actions };
}

function shadow(host: Element): ShadowRoot {
  const root = shadowOf(host);
  if (!root) throw new Error('no shadow root');
  return root;
}

/** The one element inside the root that carries the test contract. */
function marked(host: Element): Element {
  const found = shadow(host).querySelectorAll('[data-level]');
  expect(found).toHaveLength(1);
  return found[0] as Element;
}

function badge(host: Element): HTMLButtonElement {
  const b = shadow(host).querySelector('button[data-action="toggle"]');
  if (!b) throw new Error('no badge');
  return b as HTMLButtonElement;
}

function card(host: Element): HTMLElement | null {
  return shadow(host).getElementById('card');
}

function control(host: Element, action: string): HTMLElement {
  const found = shadow(host).querySelector(`[data-action="${action}"]`);
  if (!found) throw new Error(`no ${action} control`);
  return found as HTMLElement;
}

/** An event as the browser makes it for the person's own input (happy-dom has no isTrusted). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function personClick(target: Element): void {
  target.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
}

function personKey(target: Element, key: string): KeyboardEvent {
  const event = trusted(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('renderFlag', () => {
  it('inserts exactly one <candor-flag> after the body, updates it in place, and puts no verdict on the host', () => {
    const { turn, body, actions } = setupTurn();
    const steps: Array<[Analysis, string, string]> = [
      [analysis('low', 20, [flag('flattery', 0, 22)]), 'low', 'flattery'],
      [MEDIUM, 'medium', 'flattery,caving'],
      [analysis('high', 91.4, [flag('harmful_endorsement', 61, 70), flag('agreement', 23, 44)]), 'high', 'agreement,harmful_endorsement'],
      [analysis('none', 3, []), 'none', ''],
    ];
    let first: HTMLElement | null = null;
    for (const [a, level, categories] of steps) {
      const host = renderFlag(turn, body, model(a), callbacks());
      first ??= host;
      expect(host).toBe(first);
      expect(turn.querySelectorAll('candor-flag')).toHaveLength(1);
      expect(body.nextSibling).toBe(host);
      expect(host.nextSibling).toBe(actions);
      // The page learns nothing from the host: no attributes, no open shadow root.
      expect(host.getAttributeNames()).toEqual([]);
      expect(host.shadowRoot).toBeNull();
      expect(marked(host).getAttribute('data-level')).toBe(level);
      expect(marked(host).getAttribute('data-categories')).toBe(categories);
    }
    expect(body.textContent).toBe(REPLY);
    expect(body.childNodes).toHaveLength(1);
  });

  it.each([
    ['null', () => null],
    ['outside the turn', () => document.body.appendChild(document.createElement('div'))],
  ])('appends to the turn when `after` is %s', (_name, makeAfter) => {
    const { turn } = setupTurn();
    const host = renderFlag(turn, makeAfter(), model(MEDIUM), callbacks());
    expect(host.parentNode).toBe(turn);
    expect(turn.lastChild).toBe(host);
  });

  it('level none shows no badge', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(analysis('none', 3, [])), callbacks());
    expect(shadow(host).querySelector('button')).toBeNull();
    renderFlag(turn, body, model(MEDIUM), callbacks());
    expect(badge(host).textContent).toBe('Candor · Medium · flattery +1');
  });

  it.each([
    ['one category', analysis('low', 30, [flag('flattery', 0, 22)]), {}, 'Candor · Low · flattery'],
    ['two categories: the first in engine order, then +1', MEDIUM, {}, 'Candor · Medium · flattery +1'],
    [
      'the longest names, three categories',
      analysis('high', 90, [flag('harmful_endorsement', 0, 5), flag('agreement', 6, 10), flag('emotional_amplification', 11, 15)]),
      {},
      'Candor · High · reflexive agreement +2',
    ],
    ['no flags but a level', analysis('low', 30, []), {}, 'Candor · Low'],
    ['paused here', MEDIUM, { paused: true }, 'Candor · paused here'],
    ['marked not sycophantic', MEDIUM, { verdict: 'not-sycophantic' as const }, 'Candor · marked not sycophantic'],
  ])('badge text, %s: the level and one category', (_name, a, extra, expected) => {
    expect(badgeText(model(a, extra))).toBe(expected);
  });

  it('a shortened badge keeps every category in its tooltip (its description), read once, and its words in a box that ends in an ellipsis', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    const b = badge(host);
    expect(b.title).toBe('Flattery, caving to pushback');
    // Screen readers read the name, then the tooltip as the description: the categories
    // appear in only one of them.
    const spoken = `${b.getAttribute('aria-label')} ${b.title}`.toLowerCase();
    expect(spoken.split('flattery')).toHaveLength(2);
    expect(spoken.split('possible sycophancy')).toHaveLength(2);
    expect(b.querySelector('.badge-text')?.textContent).toBe('Candor · Medium · flattery +1');
  });

  it('badge: text, accessible label, aria-expanded and aria-controls', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    const b = badge(host);
    expect(b.getAttribute('aria-label')).toBe('Candor: possible sycophancy, medium. Explain this reply');
    expect(b.getAttribute('aria-expanded')).toBe('false');
    expect(b.hasAttribute('aria-controls')).toBe(false);
    personClick(b);
    expect(b.getAttribute('aria-expanded')).toBe('true');
    expect(b.getAttribute('aria-controls')).toBe('card');
    expect(card(host)).not.toBeNull();
  });
});

describe('the card', () => {
  it('says what this reply did with its own words, one quote per reason, what to ask, and which surface to trust', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    personClick(badge(host));
    const text = card(host)?.textContent ?? '';
    expect(text).toContain('Medium');
    expect(text).toContain('(“What a brilliant idea!”)');
    expect(text).toContain('(“You are absolutely right, I apologise.”)');
    expect(text.split('“What a brilliant idea!”')).toHaveLength(2);
    expect(text).toContain('Ask instead: “What would a critic say about');
    expect(text).toContain(TRUSTED_SURFACE_NOTE);
    // One scale: the level, no score and no per-rule severity.
    expect(text).not.toMatch(/score|severity|\/100/i);
    expect(card(host)?.getAttribute('role')).toBe('dialog');
  });

  it('shows the rule’s own example pair on demand', () => {
    const { turn, body } = setupTurn();
    const flagged = analysis('medium', 60, [flag('flattery', 0, 22)]);
    // The pair comes from the background with the verdict, taken from the bundled rule.
    const host = renderFlag(turn, body, model(flagged, { examples: examplesFor(flagged, bundledRules()) }), callbacks());
    personClick(badge(host));
    expect(shadow(host).querySelector('.pair')).toBeNull();
    personClick(control(host, 'example'));
    const pair = shadow(host).querySelector('.pair')?.textContent ?? '';
    expect(pair).toContain('Sycophantic');
    expect(pair).toContain('Straight');
    expect(pair).toContain('What a brilliant question!');
    personClick(control(host, 'example'));
    expect(shadow(host).querySelector('.pair')).toBeNull();
  });

  it('close button and Escape close it and return focus to the badge', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    for (const close of [() => personClick(control(host, 'close')), () => personKey(control(host, 'ask'), 'Escape')]) {
      personClick(badge(host));
      expect(card(host)).not.toBeNull();
      close();
      expect(card(host)).toBeNull();
      expect(shadow(host).activeElement).toBe(badge(host));
      expect(badge(host).getAttribute('aria-expanded')).toBe('false');
    }
  });

  it('a press outside closes it; inside does not', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    personClick(badge(host));
    const press = () => trusted(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    card(host)?.dispatchEvent(press());
    expect(card(host)).not.toBeNull();
    body.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    expect(card(host)).not.toBeNull(); // a scripted press does not close it either
    body.dispatchEvent(press());
    expect(card(host)).toBeNull();
  });

  it('is positioned fixed by the badge, not in the conversation flow', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    personClick(badge(host));
    const c = card(host) as HTMLElement;
    expect(c.style.top).toMatch(/px$/);
    expect(c.style.left).toMatch(/px$/);
    expect(rootCss(host)).toMatch(/\.card \{\s*position: fixed/);
  });
});

/** The CSS a flag's root uses: its adopted sheets, or its own <style> where those are missing. */
function rootCss(host: HTMLElement): string {
  const root = shadow(host);
  const adopted = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  return [...adopted, ...[...root.querySelectorAll('style')].map((style) => style.textContent ?? '')].join('\n');
}

describe('styles', () => {
  it('every flag adopts the one shared sheet instead of a <style> of its own', () => {
    const hosts = [0, 1, 2].map(() => {
      const { turn, body } = setupTurn();
      return renderFlag(turn, body, model(MEDIUM), callbacks());
    });
    const sheets = hosts.map((host) => shadow(host).adoptedStyleSheets);
    for (const list of sheets) expect(list).toHaveLength(1);
    expect(new Set(sheets.map((list) => list[0])).size).toBe(1);
    for (const host of hosts) expect(shadow(host).querySelector('style')).toBeNull();
    expect(rootCss(hosts[0] as HTMLElement)).toMatch(/\.badge/);
  });

  it('falls back to a <style> in the root when the browser refuses the shared sheet', () => {
    const setter = vi.spyOn(ShadowRoot.prototype, 'adoptedStyleSheets', 'set').mockImplementation(() => {
      throw new Error('Accessing from Xray wrapper is not supported.');
    });
    try {
      const { turn, body } = setupTurn();
      const host = renderFlag(turn, body, model(MEDIUM), callbacks());
      expect(shadow(host).querySelectorAll('style')).toHaveLength(1);
      expect(rootCss(host)).toMatch(/\.badge/);
    } finally {
      setter.mockRestore();
    }
  });
});

describe('only the person acts', () => {
  it.each(['toggle', 'not-sycophantic', 'confirmed', 'ask', 'pause', 'rule-off', 'close'])(
    'a scripted click on %s changes nothing',
    (action) => {
      const { turn, body } = setupTurn();
      const cb = callbacks();
      const host = renderFlag(turn, body, model(MEDIUM), cb);
      if (action !== 'toggle') personClick(badge(host));
      const wasOpen = card(host) !== null;
      const target = control(host, action);
      target.click();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      expect(cb.calls).toEqual([]);
      expect(card(host) !== null).toBe(wasOpen);
    },
  );
});

describe('actions, each undoable', () => {
  it.each([
    ['not-sycophantic', ['verdict:not-sycophantic', 'verdict:none'], 'You marked this reply as not sycophantic.'],
    ['confirmed', ['verdict:confirmed', 'verdict:none'], 'You confirmed this flag.'],
    ['rule-off', ['rule:praise-for-the-users-idea:false', 'rule:praise-for-the-users-idea:true'], 'won’t flag “Praises your idea” again'],
    ['pause', ['pause:null', 'resume'], 'paused on this conversation.'],
    ['pause-hour', ['pause:3600000', 'resume'], 'paused on this conversation for an hour.'],
  ])('%s calls back, shows a one-line notice with Undo, and Undo takes it back', (action, expected, notice) => {
    const { turn, body } = setupTurn();
    const cb = callbacks();
    const host = renderFlag(turn, body, model(MEDIUM), cb);
    personClick(badge(host));
    personClick(control(host, action));
    expect(cb.calls).toEqual(expected.slice(0, 1));
    const text = card(host)?.textContent ?? '';
    expect(text).toContain(notice);
    // The card collapses to the notice: the rest of the explanation is gone.
    expect(shadow(host).querySelector('[data-action="ask"]')).toBeNull();
    expect(shadow(host).activeElement).toBe(control(host, 'undo'));
    personClick(control(host, 'undo'));
    expect(cb.calls).toEqual(expected);
  });

  it('ask puts the flag’s own question with strengths and weaknesses; latest callbacks win', () => {
    const { turn, body } = setupTurn();
    const stale = callbacks();
    renderFlag(turn, body, model(MEDIUM), stale);
    const cb = callbacks();
    const host = renderFlag(turn, body, model(MEDIUM), cb);
    personClick(badge(host));
    personClick(control(host, 'ask'));
    expect(stale.calls).toEqual([]);
    expect(cb.calls).toEqual([`ask:${straightAnswerPrompt(MEDIUM, REPLY)}`]);
  });

  it.each([
    ['none', ['Yes, sycophantic', 'Not sycophantic']],
    ['confirmed', ['Not sycophantic']],
    ['not-sycophantic', ['Yes, sycophantic']],
  ] as const)('with verdict %s the card offers the other verdicts together, in the popup’s order', (verdict, labels) => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM, { verdict }), callbacks());
    personClick(badge(host));
    const group = shadow(host).querySelector('[role="group"][aria-label="Your verdict"]');
    expect([...(group?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual(labels);
  });

  it('a verdict from the popup shows on the badge and the card offers the other one', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM, { verdict: 'not-sycophantic' }), callbacks());
    expect(badge(host).textContent).toBe('Candor · marked not sycophantic');
    personClick(badge(host));
    expect(shadow(host).querySelector('[data-action="not-sycophantic"]')).toBeNull();
    expect(shadow(host).querySelector('[data-action="confirmed"]')).not.toBeNull();
  });

  it('a card kept for its Undo survives the reply no longer being flagged, and goes when closed', () => {
    const { turn, body } = setupTurn();
    const cb = callbacks();
    const host = renderFlag(turn, body, model(MEDIUM), cb);
    personClick(badge(host));
    personClick(control(host, 'rule-off'));
    renderFlag(turn, body, model(analysis('none', 0, [])), cb);
    expect(card(host)?.textContent).toContain('Undo');
    personClick(control(host, 'close'));
    expect(shadow(host).querySelector('button')).toBeNull();
  });

  it('clicks inside the flag do not reach the page', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    const pageClick = vi.fn();
    turn.addEventListener('click', pageClick);
    personClick(badge(host));
    expect(pageClick).not.toHaveBeenCalled();
  });
});

describe('openLatestFlag', () => {
  it('opens the last flagged reply’s card and focuses it; false when nothing is flagged', () => {
    expect(openLatestFlag(document)).toBe(false);
    const first = setupTurn();
    const second = setupTurn();
    const third = setupTurn();
    const a = renderFlag(first.turn, first.body, model(MEDIUM), callbacks());
    const b = renderFlag(second.turn, second.body, model(MEDIUM), callbacks());
    renderFlag(third.turn, third.body, model(analysis('none', 0, [])), callbacks());
    expect(openLatestFlag(document)).toBe(true);
    expect(card(b)).not.toBeNull();
    expect(card(a)).toBeNull();
    expect(shadow(b).activeElement).not.toBeNull();
  });
});

describe('removeFlag', () => {
  it('removes our element and leaves the page alone', () => {
    const { turn, body, actions } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    personClick(badge(host));
    removeFlag(turn);
    expect(turn.querySelectorAll('candor-flag')).toHaveLength(0);
    expect(Array.from(turn.children)).toEqual([body, actions]);
    expect(shadowOf(host)).toBeNull();
    renderFlag(turn, body, model(MEDIUM), callbacks());
    expect(turn.querySelectorAll('candor-flag')).toHaveLength(1);
  });
});
