// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  removeFlag,
  renderFlag,
  shadowOf,
  straightAnswerPrompt,
  type FlagCallbacks,
  type FlagViewModel,
} from '../../../src/content/overlay/flag-element';
import type { Analysis, Category, Flag, Level } from '../../../src/engine/types';
import { categoryInline } from '../../../src/vocabulary';

const REPLY = 'What a brilliant idea! You are absolutely right, I apologise. Go for it.';

function flag(category: Category, start: number, end: number, extra: Partial<Flag> = {}): Flag {
  return {
    ruleId: `${category}.test`,
    category,
    severity: 2,
    spans: [{ start, end }],
    explanation: `Explanation for ${category}.`,
    advice: `Advice for ${category}.`,
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
  return { analysis: a, replyText: REPLY, dismissed: false, ...extra };
}

function callbacks(): FlagCallbacks & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    onDismiss: () => calls.push('dismiss'),
    onUndoDismiss: () => calls.push('undo'),
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

function badge(host: Element): HTMLButtonElement {
  const b = shadow(host).querySelector('button[data-action="toggle"]');
  if (!b) throw new Error('no badge');
  return b as HTMLButtonElement;
}

/** Whether the panel is open (it exists only while open: it is built on first open). */
function isOpen(host: Element): boolean {
  return shadow(host).getElementById('candor-panel') !== null;
}

/** The open panel; opens it with a click first when it is closed. */
function panel(host: Element): HTMLElement {
  if (!isOpen(host)) badge(host).click();
  const p = shadow(host).getElementById('candor-panel');
  if (!p) throw new Error('no panel');
  return p;
}

function key(target: Element, k: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('renderFlag', () => {
  it('inserts exactly one <candor-flag> right after the body and updates it in place', () => {
    const { turn, body, actions } = setupTurn();
    const steps: Array<[Analysis, string, string, string]> = [
      [analysis('low', 20, [flag('flattery', 0, 22)]), 'low', '20', 'flattery'],
      [MEDIUM, 'medium', '62', 'flattery,caving'],
      [analysis('high', 91.4, [flag('harmful_endorsement', 61, 70), flag('agreement', 23, 44)]), 'high', '91', 'agreement,harmful_endorsement'],
    ];
    let first: HTMLElement | null = null;
    for (const [a, level, score, categories] of steps) {
      const host = renderFlag(turn, body, model(a), callbacks());
      first ??= host;
      expect(host).toBe(first);
      expect(turn.querySelectorAll('candor-flag')).toHaveLength(1);
      expect(body.nextSibling).toBe(host);
      expect(host.nextSibling).toBe(actions);
      expect(host.getAttribute('data-level')).toBe(level);
      expect(host.getAttribute('data-score')).toBe(score);
      expect(host.getAttribute('data-categories')).toBe(categories);
      expect(host.hidden).toBe(false);
    }
    // The page's own nodes are untouched.
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

  it('level none: host present with data-level="none" and nothing visible', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(analysis('none', 3, [])), callbacks());
    expect(host.getAttribute('data-level')).toBe('none');
    expect(host.getAttribute('data-score')).toBe('3');
    expect(host.getAttribute('data-categories')).toBe('');
    expect(host.hidden).toBe(true);
    expect(shadow(host).childNodes).toHaveLength(0);
    // And back again: none → medium → none stays one element.
    renderFlag(turn, body, model(MEDIUM), callbacks());
    expect(host.hidden).toBe(false);
    renderFlag(turn, body, model(analysis('none', 0, [])), callbacks());
    expect(turn.querySelectorAll('candor-flag')).toHaveLength(1);
    expect(host.hidden).toBe(true);
  });

  it('categories attribute follows the engine order whatever the flag order', () => {
    const { turn, body } = setupTurn();
    const a = analysis('high', 80, [
      flag('emotional_amplification', 0, 4),
      flag('caving', 0, 4),
      flag('delusion_validation', 0, 4),
      flag('flattery', 0, 4),
      flag('caving', 5, 8),
    ]);
    const host = renderFlag(turn, body, model(a), callbacks());
    expect(host.getAttribute('data-categories')).toBe('flattery,caving,delusion_validation,emotional_amplification');
    expect(badge(host).textContent).toBe(
      `Candor · ${(['flattery', 'caving', 'delusion_validation', 'emotional_amplification'] as const).map(categoryInline).join(', ')}`,
    );
  });

  it('badge: text, accessible label, aria-expanded and aria-controls', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    const b = badge(host);
    expect(b.textContent).toBe('Candor · flattery, caving to pushback');
    expect(b.getAttribute('aria-label')).toBe('Candor: possible sycophancy, medium, flattery and caving to pushback. Show details');
    expect(b.getAttribute('aria-expanded')).toBe('false');
    // The panel is built on first open; aria-controls never points at nothing.
    expect(b.hasAttribute('aria-controls')).toBe(false);
    expect(isOpen(host)).toBe(false);
    b.click();
    expect(b.getAttribute('aria-expanded')).toBe('true');
    expect(b.getAttribute('aria-controls')).toBe('candor-panel');
    expect(isOpen(host)).toBe(true);
    expect(shadow(host).querySelector('style')?.textContent).toContain(':host');
  });

  it('panel shows score, flags, quotes, explanation, advice and sources', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    badge(host).click();
    const text = panel(host).textContent ?? '';
    expect(isOpen(host)).toBe(true);
    expect(text).toContain('score 62/100');
    expect(text).toContain('“What a brilliant idea!”');
    expect(text).toContain('“You are absolutely right, I apologise.”');
    for (const category of ['flattery', 'caving']) {
      expect(text).toContain(`Explanation for ${category}.`);
      expect(text).toContain(`Advice for ${category}.`);
      expect(text).toContain(`Source for ${category}`);
    }
    expect(text).toContain('Flattery · medium level');
  });

  it('caps quotes at 3 per flag and 160 characters each', () => {
    const long = 'x'.repeat(500);
    const { turn, body } = setupTurn();
    const f = flag('flattery', 0, 500, {
      spans: [
        { start: 0, end: 500 },
        { start: 0, end: 1 },
        { start: 1, end: 2 },
        { start: 2, end: 3 },
      ],
    });
    const host = renderFlag(turn, body, { analysis: analysis('low', 30, [f]), replyText: long, dismissed: false }, callbacks());
    const quotes = panel(host).querySelectorAll('.quotes li');
    expect(quotes).toHaveLength(3);
    const first = quotes[0]?.textContent ?? '';
    expect(first.replace(/[“”]/g, '').length).toBeLessThanOrEqual(160);
  });

  const HOSTILE = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<a href="javascript:alert(1)">click</a>',
    '&lt;b&gt;not bold&lt;/b&gt;',
  ];
  it.each(HOSTILE)('renders hostile reply text as literal text: %s', (payload) => {
    const replyText = `Great question! ${payload} You are right.`;
    const start = replyText.indexOf(payload);
    const f = flag('flattery', start, start + payload.length, {
      explanation: `Explained ${payload}`,
      sources: [payload],
    });
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, { analysis: analysis('high', 90, [f]), replyText, dismissed: false }, callbacks());
    const root = shadow(host);
    expect(root.querySelectorAll('img,script,a').length).toBe(0);
    expect(panel(host).textContent).toContain(payload);
    expect(document.querySelectorAll('img,script,a').length).toBe(0);
  });
});

describe('keyboard and pointer', () => {
  it('Enter opens, Escape closes and returns focus to the badge', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    const b = badge(host);
    b.focus();
    const enter = key(b, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(b.getAttribute('aria-expanded')).toBe('true');
    expect(b.getAttribute('aria-label')).toMatch(/Hide details$/);
    expect(isOpen(host)).toBe(true);

    const ask = shadow(host).querySelector('[data-action="ask"]') as HTMLElement;
    ask.focus();
    key(ask, 'Escape');
    expect(isOpen(host)).toBe(false);
    expect(b.getAttribute('aria-expanded')).toBe('false');
    expect(shadow(host).activeElement).toBe(b);
    expect(isOpen(host)).toBe(false); // focusing the badge did not reopen it
  });

  it('Space toggles; click toggles', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    const b = badge(host);
    key(b, ' ');
    expect(isOpen(host)).toBe(true);
    key(b, ' ');
    expect(isOpen(host)).toBe(false);
    b.click();
    expect(isOpen(host)).toBe(true);
    b.click();
    expect(isOpen(host)).toBe(false);
  });

  it('opens on keyboard focus (:focus-visible) but not on mouse focus', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    const b = badge(host);
    b.focus();
    expect(isOpen(host)).toBe(false); // happy-dom: :focus-visible is false, like a mouse focus
    b.blur();
    const original = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? true : original.call(this, selector);
    });
    b.focus();
    expect(isOpen(host)).toBe(true);
    // The first Enter after a focus-open keeps it open and moves into the panel.
    key(b, 'Enter');
    expect(isOpen(host)).toBe(true);
    expect(shadow(host).activeElement?.getAttribute('data-action')).toBe('dismiss');
  });

  it('a press outside closes the panel; inside does not', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    badge(host).click();
    panel(host).dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    expect(isOpen(host)).toBe(true);
    body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    expect(isOpen(host)).toBe(false);
  });

  it('keeps the panel open across updates', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    badge(host).click();
    renderFlag(turn, body, model(MEDIUM, { dismissed: true }), callbacks());
    expect(isOpen(host)).toBe(true);
    expect(badge(host).getAttribute('aria-expanded')).toBe('true');
  });
});

describe('actions', () => {
  it('dismiss, undo and ask call back (latest callbacks win)', () => {
    const { turn, body } = setupTurn();
    const stale = callbacks();
    renderFlag(turn, body, model(MEDIUM), stale);
    const cb = callbacks();
    const host = renderFlag(turn, body, model(MEDIUM), cb);
    badge(host).click();
    (shadow(host).querySelector('[data-action="dismiss"]') as HTMLElement).click();
    (shadow(host).querySelector('[data-action="ask"]') as HTMLElement).click();
    expect(stale.calls).toEqual([]);
    expect(cb.calls).toEqual(['dismiss', `ask:${straightAnswerPrompt(MEDIUM)}`]);

    renderFlag(turn, body, model(MEDIUM, { dismissed: true }), cb);
    expect(host.getAttribute('data-dismissed')).toBe('true');
    expect(badge(host).textContent).toBe('Candor · dismissed');
    expect(shadow(host).querySelector('[data-action="dismiss"]')).toBeNull();
    (shadow(host).querySelector('[data-action="undo"]') as HTMLElement).click();
    expect(cb.calls.at(-1)).toBe('undo');
  });

  it('clicks inside the flag do not reach the page', () => {
    const { turn, body } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    const pageClick = vi.fn();
    turn.addEventListener('click', pageClick);
    badge(host).click();
    expect(pageClick).not.toHaveBeenCalled();
  });
});

describe('removeFlag', () => {
  it('removes our element and leaves the page alone', () => {
    const { turn, body, actions } = setupTurn();
    const host = renderFlag(turn, body, model(MEDIUM), callbacks());
    badge(host).click();
    removeFlag(turn);
    expect(turn.querySelectorAll('candor-flag')).toHaveLength(0);
    expect(Array.from(turn.children)).toEqual([body, actions]);
    expect(shadowOf(host)).toBeNull();
    // Rendering again creates a fresh one.
    renderFlag(turn, body, model(MEDIUM), callbacks());
    expect(turn.querySelectorAll('candor-flag')).toHaveLength(1);
  });
});

describe('straightAnswerPrompt', () => {
  it.each([
    [['flattery'], ['flattery']],
    [['caving', 'agreement'], ['reflexive agreement', 'caving to pushback']],
    [['delusion_validation', 'harmful_endorsement', 'emotional_amplification'], ['validating delusions', 'endorsing a risky plan', 'stoking strong feelings']],
  ] as Array<[Category[], string[]]>)('mentions %j', (categories, names) => {
    const prompt = straightAnswerPrompt(analysis('medium', 50, categories.map((c) => flag(c, 0, 1))));
    for (const name of names) expect(prompt).toContain(name);
    expect(prompt).toContain('straight answer');
    expect(prompt).not.toContain('\n');
  });

  it('has a generic prompt without flags and never includes reply text', () => {
    expect(straightAnswerPrompt(analysis('none', 0, []))).toMatch(/^Please give me a straight answer/);
    const prompt = straightAnswerPrompt(model(MEDIUM).analysis);
    expect(prompt).not.toContain('brilliant');
  });
});
