/**
 * The in-page warning: one <candor-flag> host inside each analysed assistant turn, with
 * its UI in a shadow root (open, so tests and assistive tools can reach it; page text in it is inert text either way) (a compact badge plus a disclosure panel).
 *
 * Contract relied on by tests and users: the host always carries `data-level`
 * (`none` | `low` | `medium` | `high`), `data-score` and `data-categories` (category ids,
 * comma-separated, in engine order). Level `none` shows nothing.
 *
 * Security: reply text is hostile. Everything is built with createElement/textContent;
 * no markup is ever parsed. Sources are shown as plain text, never as links.
 *
 * No `customElements.define`: content scripts run in an isolated world where
 * `customElements` is often null (Chrome), so the host is a plain unknown element.
 */
import { CATEGORIES, type Analysis, type Category, type Flag, type Level } from '../../engine/types';
import { adviceParts, categoryInline, citationText, levelPhrase, resolveCitation, severityLevel, SOURCES_LABEL } from '../../vocabulary';
import { FLAG_STYLES } from './flag-styles';

export interface FlagViewModel {
  analysis: Analysis;
  /** The text the spans index into. */
  replyText: string;
  /** User said "not sycophantic": show a small muted "dismissed" state, no highlight. */
  dismissed: boolean;
}

export interface FlagCallbacks {
  /** "Not sycophantic". */
  onDismiss(): void;
  onUndoDismiss(): void;
  /** The caller puts the text into the composer (never sends it). */
  onAskStraight(prompt: string): void;
}

export const FLAG_TAG = 'candor-flag';

const MAX_QUOTES_PER_FLAG = 3;
const MAX_QUOTE_CHARS = 160;
const MAX_FLAGS_SHOWN = 12;
const PANEL_ID = 'candor-panel';
const TITLE_ID = 'candor-panel-title';

// Names come from the one vocabulary, so the page says what the popup and history say.
const CATEGORY_NAMES: Record<Category, string> = Object.fromEntries(CATEGORIES.map((c) => [c, categoryInline(c)])) as Record<Category, string>;

/** What each category asks of the assistant in the follow-up prompt (written by us). */
const CATEGORY_ASKS: Record<Category, string> = {
  flattery: 'leave out compliments and praise',
  agreement: "don't simply agree with me; tell me where I might be wrong",
  caving:
    'if you changed your answer because I pushed back, say which answer you actually think is correct and why',
  delusion_validation: 'tell me plainly whether the evidence supports what I said',
  harmful_endorsement: 'spell out the real risks and downsides, even if I will not like them',
  emotional_amplification: 'stay calm and factual rather than matching my feelings',
};

interface FlagState {
  host: HTMLElement;
  shadow: ShadowRoot;
  model: FlagViewModel;
  callbacks: FlagCallbacks;
  open: boolean;
  /** The panel was opened because the badge got keyboard focus (not by a click). */
  openedByFocus: boolean;
  /** Set while we move focus ourselves, so that focus does not reopen the panel. */
  focusingProgrammatically: boolean;
  /** Removes the document listeners added while the panel is open. */
  detachDocument: (() => void) | null;
}

const states = new WeakMap<HTMLElement, FlagState>();

/** Test-only: the shadow root of a <candor-flag> host. */
export function shadowOf(el: Element): ShadowRoot | null {
  return states.get(el as HTMLElement)?.shadow ?? null;
}

/** Unique categories of the analysis in the engine's canonical order. */
export function categoriesOf(analysis: Analysis): Category[] {
  const present = new Set(analysis.flags.map((flag) => flag.category));
  return CATEGORIES.filter((category) => present.has(category));
}

/** "a", "a and b", "a, b and c". */
function humanList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function isTag(node: Node | null | undefined, tag: string): node is HTMLElement {
  return !!node && node.nodeType === 1 && (node as Element).tagName.toLowerCase() === tag;
}

function ownHosts(turn: Element): HTMLElement[] {
  return Array.from(turn.querySelectorAll(FLAG_TAG)) as HTMLElement[];
}

/** The follow-up prompt for "Ask for a straight answer" (plain text, written by us). */
export function straightAnswerPrompt(analysis: Analysis): string {
  const categories = categoriesOf(analysis);
  const base =
    'Please give me a straight answer without compliments or reassurance: what are the weaknesses, risks or mistakes in what I said, and what would a critical expert point out?';
  if (categories.length === 0) return base;
  const names = humanList(categories.map((category) => CATEGORY_NAMES[category]));
  const asks = categories.map((category) => CATEGORY_ASKS[category]).join('; ');
  return `Your last reply may have contained ${names}. ${base} Please ${asks}.`;
}

/** Create or update the single <candor-flag> for a turn. Idempotent. */
export function renderFlag(
  turn: Element,
  after: Element | null,
  model: FlagViewModel,
  callbacks: FlagCallbacks,
): HTMLElement {
  const doc = turn.ownerDocument;
  const existing = ownHosts(turn);
  let host = existing.find((el) => states.has(el)) ?? null;
  for (const extra of existing) {
    if (extra !== host) removeHost(extra);
  }

  let state: FlagState;
  if (host) {
    const known = states.get(host);
    if (!known) throw new Error('unreachable');
    state = known;
    state.model = model;
    state.callbacks = callbacks;
  } else {
    host = doc.createElement(FLAG_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    state = {
      host,
      shadow,
      model,
      callbacks,
      open: false,
      openedByFocus: false,
      focusingProgrammatically: false,
      detachDocument: null,
    };
    states.set(host, state);
    wireShadow(state);
  }

  place(turn, after, host);
  update(state);
  return host;
}

/** Remove our element(s) from a turn. */
export function removeFlag(turn: Element): void {
  for (const host of ownHosts(turn)) removeHost(host);
}

function removeHost(host: HTMLElement): void {
  const state = states.get(host);
  if (state) {
    state.detachDocument?.();
    state.detachDocument = null;
    states.delete(host);
  }
  host.remove();
}

/** Right after `after` when it is inside `turn`, else the last child of `turn`. */
function place(turn: Element, after: Element | null, host: HTMLElement): void {
  const anchor = after && after !== turn && turn.contains(after) && !host.contains(after) ? after : null;
  if (anchor) {
    if (host.previousSibling === anchor && host.parentNode === anchor.parentNode) return;
    anchor.parentNode?.insertBefore(host, anchor.nextSibling);
    return;
  }
  if (host.parentNode === turn && host.nextSibling === null) return;
  turn.appendChild(host);
}

// ---------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function update(state: FlagState): void {
  const { host, shadow, model } = state;
  const { analysis, dismissed } = model;
  const level: Level = analysis.level;
  const categories = categoriesOf(analysis);
  const score = Math.round(analysis.score);

  host.setAttribute('data-level', level);
  host.setAttribute('data-score', String(score));
  host.setAttribute('data-categories', categories.join(','));
  if (dismissed) host.setAttribute('data-dismissed', 'true');
  else host.removeAttribute('data-dismissed');

  const doc = host.ownerDocument;
  // Remember which control had focus so an update (e.g. after "Not sycophantic") keeps it.
  const focusedAction = (shadow.activeElement as HTMLElement | null)?.getAttribute('data-action') ?? null;

  if (level === 'none') {
    setOpen(state, false);
    host.hidden = true;
    shadow.replaceChildren();
    return;
  }
  host.hidden = false;

  const style = el(doc, 'style');
  style.textContent = FLAG_STYLES;

  const names = categories.map((category) => CATEGORY_NAMES[category]);
  const badge = el(doc, 'button', 'badge');
  badge.type = 'button';
  badge.setAttribute('data-action', 'toggle');
  badge.setAttribute('data-level', level);
  badge.setAttribute('data-dismissed', String(dismissed));
  badge.appendChild(el(doc, 'span', 'dot')).setAttribute('aria-hidden', 'true');
  badge.appendChild(
    doc.createTextNode(dismissed ? 'Candor · dismissed' : `Candor · ${names.join(', ') || level}`),
  );

  // The panel is built when it is first opened: most flags are never opened, and a
  // long conversation can carry a hundred of them.
  shadow.replaceChildren(style, badge);
  applyOpen(state);

  if (focusedAction) {
    const target =
      (shadow.querySelector(`[data-action="${focusedAction}"]`) as HTMLElement | null) ??
      (focusedAction === 'dismiss' || focusedAction === 'undo'
        ? (shadow.querySelector('[data-action="undo"], [data-action="dismiss"]') as HTMLElement | null)
        : null) ??
      badge;
    focusQuietly(state, target);
  }
}

function buildPanel(doc: Document, model: FlagViewModel, categories: Category[], score: number): HTMLElement {
  const { analysis, replyText, dismissed } = model;
  const panel = el(doc, 'div', 'panel');
  panel.id = PANEL_ID;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-labelledby', TITLE_ID);

  const title = el(doc, 'div', 'title', `Candor: possible sycophancy (${analysis.level}) `);
  title.id = TITLE_ID;
  title.appendChild(el(doc, 'span', 'muted', `· score ${score}/100`));
  panel.appendChild(title);

  if (dismissed) {
    panel.appendChild(el(doc, 'p', 'note muted', 'You marked this reply as not sycophantic.'));
  } else if (categories.length > 0) {
    panel.appendChild(
      el(
        doc,
        'p',
        'note muted',
        'This reply may be telling you what you want to hear. Nothing here blocks you; it is a second look.',
      ),
    );
  }

  const list = el(doc, 'ul', 'flags');
  for (const flag of analysis.flags.slice(0, MAX_FLAGS_SHOWN)) {
    list.appendChild(buildFlagItem(doc, flag, replyText));
  }
  panel.appendChild(list);
  if (analysis.flags.length > MAX_FLAGS_SHOWN) {
    panel.appendChild(el(doc, 'p', 'note muted', `and ${analysis.flags.length - MAX_FLAGS_SHOWN} more`));
  }

  const actions = el(doc, 'div', 'actions');
  if (dismissed) {
    const undo = el(doc, 'button', 'action', 'Undo');
    undo.type = 'button';
    undo.setAttribute('data-action', 'undo');
    undo.setAttribute('aria-label', 'Undo: show the Candor warning again');
    actions.appendChild(undo);
  } else {
    const dismiss = el(doc, 'button', 'action', 'Not sycophantic');
    dismiss.type = 'button';
    dismiss.setAttribute('data-action', 'dismiss');
    actions.appendChild(dismiss);
  }
  const ask = el(doc, 'button', 'action primary', 'Ask for a straight answer');
  ask.type = 'button';
  ask.setAttribute('data-action', 'ask');
  ask.title = 'Puts a follow-up question into the message box. It is not sent.';
  actions.appendChild(ask);
  panel.appendChild(actions);
  return panel;
}

function quoteOf(replyText: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, replyText.length));
  const to = Math.max(from, Math.min(end, replyText.length));
  const raw = replyText.slice(from, to).replace(/\s+/g, ' ').trim();
  return raw.length > MAX_QUOTE_CHARS ? `${raw.slice(0, MAX_QUOTE_CHARS - 1)}…` : raw;
}

function buildFlagItem(doc: Document, flag: Flag, replyText: string): HTMLElement {
  const item = el(doc, 'li', 'flag');
  const name = CATEGORY_NAMES[flag.category] ?? String(flag.category);
  const level = levelPhrase(severityLevel(flag.severity)).toLowerCase();
  item.appendChild(el(doc, 'span', 'flag-head', `${name.charAt(0).toUpperCase()}${name.slice(1)} · ${level}`));

  const quotes = flag.spans
    .slice(0, MAX_QUOTES_PER_FLAG)
    .map((span) => quoteOf(replyText, span.start, span.end))
    .filter((quote) => quote !== '');
  if (quotes.length > 0) {
    const quoteList = el(doc, 'ul', 'quotes');
    quoteList.setAttribute('aria-label', 'Flagged words');
    for (const quote of quotes) quoteList.appendChild(el(doc, 'li', undefined, `“${quote}”`));
    item.appendChild(quoteList);
  }

  if (flag.explanation) item.appendChild(el(doc, 'p', 'para', flag.explanation));
  if (flag.advice) {
    const advice = el(doc, 'p', 'para');
    const { label, text } = adviceParts(flag.advice);
    advice.appendChild(el(doc, 'span', 'label', `${label}: `));
    advice.appendChild(doc.createTextNode(text));
    item.appendChild(advice);
  }
  if (flag.sources.length > 0) {
    const label = el(doc, 'p', 'para muted', `${SOURCES_LABEL}:`);
    item.appendChild(label);
    const sources = el(doc, 'ul', 'sources');
    for (const source of flag.sources) sources.appendChild(el(doc, 'li', undefined, citationText(resolveCitation(source))));
    item.appendChild(sources);
  }
  return item;
}

// ---------------------------------------------------------------------------------------
// Behaviour
// ---------------------------------------------------------------------------------------

function badgeOf(state: FlagState): HTMLButtonElement | null {
  return state.shadow.querySelector('[data-action="toggle"]');
}

function badgeLabel(state: FlagState): string {
  const { analysis, dismissed } = state.model;
  const names = humanList(categoriesOf(analysis).map((category) => CATEGORY_NAMES[category]));
  const what = dismissed
    ? `possible sycophancy, dismissed as not sycophantic`
    : `possible sycophancy, ${analysis.level}${names ? `, ${names}` : ''}`;
  return `Candor: ${what}. ${state.open ? 'Hide details' : 'Show details'}`;
}

/** Reflects `state.open` into the current shadow DOM, building or removing the panel. */
function applyOpen(state: FlagState): void {
  const badge = badgeOf(state);
  let panel = state.shadow.getElementById(PANEL_ID);
  if (state.open && !panel && state.model.analysis.level !== 'none') {
    const { analysis } = state.model;
    panel = buildPanel(state.host.ownerDocument, state.model, categoriesOf(analysis), Math.round(analysis.score));
    state.shadow.appendChild(panel);
  } else if (!state.open && panel) {
    panel.remove();
    panel = null;
  }
  if (badge) {
    badge.setAttribute('aria-expanded', String(state.open));
    badge.setAttribute('aria-label', badgeLabel(state));
    if (panel) badge.setAttribute('aria-controls', PANEL_ID);
    else badge.removeAttribute('aria-controls');
  }
}

function setOpen(state: FlagState, open: boolean, byFocus = false): void {
  state.open = open;
  state.openedByFocus = open && byFocus;
  if (open && !state.detachDocument) state.detachDocument = attachDocument(state);
  if (!open && state.detachDocument) {
    state.detachDocument();
    state.detachDocument = null;
  }
  applyOpen(state);
}

function focusQuietly(state: FlagState, target: HTMLElement): void {
  state.focusingProgrammatically = true;
  try {
    target.focus();
  } finally {
    state.focusingProgrammatically = false;
  }
}

function closeAndFocusBadge(state: FlagState): void {
  setOpen(state, false);
  const badge = badgeOf(state);
  if (badge) focusQuietly(state, badge);
}

function eventInside(state: FlagState, event: Event): boolean {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  if (path.length > 0) return path.includes(state.host);
  return event.target instanceof Node && state.host.contains(event.target);
}

/** Close on a pointer press outside the flag while open. Returns the cleanup. */
function attachDocument(state: FlagState): () => void {
  const doc = state.host.ownerDocument;
  const onPointerDown = (event: Event): void => {
    if (!eventInside(state, event)) setOpen(state, false);
  };
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('mousedown', onPointerDown, true);
  return () => {
    doc.removeEventListener('pointerdown', onPointerDown, true);
    doc.removeEventListener('mousedown', onPointerDown, true);
  };
}

function matchesFocusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false;
  }
}

function actionOf(event: Event): { action: string; element: HTMLElement } | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  const candidates = path.length > 0 ? path : [event.target];
  for (const node of candidates) {
    if (!node || (node as Node).nodeType !== 1) continue;
    const action = (node as Element).getAttribute('data-action');
    if (action) return { action, element: node as HTMLElement };
    if (isTag(node as Node, FLAG_TAG)) break;
  }
  return null;
}

/** Listeners live on the shadow root, so they survive re-renders of its content. */
function wireShadow(state: FlagState): void {
  const { shadow } = state;

  shadow.addEventListener('click', (event) => {
    const hit = actionOf(event);
    if (!hit) return;
    event.stopPropagation();
    switch (hit.action) {
      case 'toggle':
        setOpen(state, !state.open);
        break;
      case 'dismiss':
        state.callbacks.onDismiss();
        break;
      case 'undo':
        state.callbacks.onUndoDismiss();
        break;
      case 'ask':
        state.callbacks.onAskStraight(straightAnswerPrompt(state.model.analysis));
        break;
    }
  });

  shadow.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Escape' || key === 'Esc') {
      if (!state.open) return;
      event.preventDefault();
      event.stopPropagation();
      closeAndFocusBadge(state);
      return;
    }
    if (key !== 'Enter' && key !== ' ' && key !== 'Spacebar') return;
    const hit = actionOf(event);
    if (!hit || hit.action !== 'toggle') return;
    // Handled here rather than by the button's synthetic click, so a panel that opened
    // on keyboard focus is not closed again by the first Enter.
    event.preventDefault();
    event.stopPropagation();
    if (state.open && state.openedByFocus) {
      state.openedByFocus = false;
      const first = state.shadow.querySelector(`#${PANEL_ID} button`) as HTMLElement | null;
      if (first) focusQuietly(state, first);
      return;
    }
    setOpen(state, !state.open);
  });

  shadow.addEventListener('focusin', (event) => {
    if (state.focusingProgrammatically || state.open) return;
    const hit = actionOf(event);
    if (!hit || hit.action !== 'toggle') return;
    if (matchesFocusVisible(hit.element)) setOpen(state, true, true);
  });

  shadow.addEventListener('focusout', (event) => {
    if (!state.open || !state.openedByFocus) return;
    const next = (event as FocusEvent).relatedTarget as Node | null;
    if (next && (shadow.contains(next) || next === state.host)) return;
    setOpen(state, false);
  });
}
