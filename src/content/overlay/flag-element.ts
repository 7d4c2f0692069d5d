/**
 * The in-page warning: one <candor-flag> host inside each analysed assistant turn. Its
 * UI lives in a CLOSED shadow root: a compact badge and, when the person opens it, a
 * floating card anchored to the badge (card.ts) that never pushes the chat's layout.
 *
 * The page is an adversary (issue #11): it must not be able to read the verdict, act on
 * it, or hide it.
 * - The host carries no attribute at all: no level, score or categories. Level `none`
 *   renders an empty root, so the host's own markup is the same for every reply.
 * - The root is closed and the host is never handed out, so the page cannot reach the
 *   badge, the card, its styles or its text (a cloned "looks fine" badge cannot borrow
 *   Candor's styles).
 * - Every action ignores events that are not `isTrusted` (person-events.ts).
 * - mark-guard.ts puts the host back when the page removes or restyles it.
 *
 * Test contract: inside the closed root exactly one element carries `data-level`
 * (`none` | `low` | `medium` | `high`) and `data-categories` (category ids in engine
 * order, comma-separated). End-to-end tests read them through the DevTools protocol
 * with shadow roots pierced (tests/e2e/flags.ts); unit tests use `shadowOf`.
 *
 * Security: reply text is hostile. Everything is built with createElement/textContent.
 *
 * No `customElements.define`: content scripts run in an isolated world where
 * `customElements` is often null (Chrome), so the host is a plain unknown element.
 */
import { CATEGORIES, type Analysis, type Category } from '../../engine/types';
import type { RuleExamplePair, Verdict } from '../../messaging/protocol';
// From the vocabulary itself, not ui/labels: that module looks rules up, which would put the rule tables in the page's script.
import { CATEGORY_NAMES as CATEGORY_LABELS, LEVEL_NAMES } from '../../vocabulary/terms';
import { buildCard, CARD_ID, type CardAction, type CardNotice } from './card';
import { straightAnswerPrompt } from './card-text';
import { FLAG_STYLES } from './flag-styles';
import { cachedPageLook } from './page-look';
import { isFromPerson } from './person-events';

export interface FlagViewModel {
  analysis: Analysis;
  /** The flagged rules' example pairs, from the background with the verdict. */
  examples?: readonly RuleExamplePair[];
  /** The text the spans index into. */
  replyText: string;
  /** The person's verdict on this reply (from the card or the popup). */
  verdict: Verdict;
  /** Candor is paused on this conversation and this is the card that paused it (it offers Resume). */
  paused: boolean;
}

export interface FlagCallbacks {
  /** "Not sycophantic", "Yes, sycophantic" (confirmed), or `none` to take either back. */
  onVerdict(verdict: Verdict): void;
  /** "Don't flag this rule again" (`false`) and its undo (`true`). */
  onRuleEnabled(ruleId: string, enabled: boolean): void;
  /** "Pause on this conversation" (`forMs` null: until resumed) and its undo (`resume`). */
  onPause(pause: { forMs: number | null } | 'resume'): void;
  /** The caller adds the text to the composer after any draft (never sends it). */
  onAskStraight(prompt: string): void;
}

export const FLAG_TAG = 'candor-flag';

interface FlagState {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The root adopted the document's one constructed sheet, so it needs no <style> of its own. */
  sharedStyles: boolean;
  turn: Element;
  model: FlagViewModel;
  callbacks: FlagCallbacks;
  open: boolean;
  showExample: boolean;
  /** The last thing the person did from the card, shown with its Undo until the card closes. */
  notice: CardNotice | null;
  /** Removes the document/window listeners added while the card is open. */
  detachOpen: (() => void) | null;
}

const states = new WeakMap<HTMLElement, FlagState>();
/** Every live host, so the latest flag can be found without querying the page. */
const liveHosts = new Set<HTMLElement>();

/**
 * Test-only: the shadow root of a <candor-flag> host. The root is closed, so this map
 * is the only way in; it is never exposed to the page.
 */
export function shadowOf(el: Element): ShadowRoot | null {
  return states.get(el as HTMLElement)?.shadow ?? null;
}

/** Whether `el` is a host this module made and still manages (the mark guard asks). */
export function isOwnHost(el: Node): boolean {
  return states.has(el as HTMLElement);
}

/** Unique categories of the analysis in the engine's canonical order. */
export function categoriesOf(analysis: Analysis): Category[] {
  const present = new Set(analysis.flags.map((flag) => flag.category));
  return CATEGORIES.filter((category) => present.has(category));
}

function ownHosts(turn: Element): HTMLElement[] {
  return Array.from(turn.querySelectorAll(FLAG_TAG)) as HTMLElement[];
}

/** Create or update the single <candor-flag> for a turn. Idempotent. */
export function renderFlag(turn: Element, after: Element | null, model: FlagViewModel, callbacks: FlagCallbacks): HTMLElement {
  const doc = turn.ownerDocument;
  const existing = ownHosts(turn);
  let host = existing.find((el) => states.has(el)) ?? null;
  for (const extra of existing) {
    if (extra !== host && states.has(extra)) removeHost(extra);
  }

  let state: FlagState;
  const known = host ? states.get(host) : undefined;
  if (host && known) {
    state = known;
    if (state.model.verdict !== model.verdict || state.model.analysis !== model.analysis) state.showExample = false;
    state.model = model;
    state.callbacks = callbacks;
    state.turn = turn;
  } else {
    host = doc.createElement(FLAG_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const sharedStyles = adoptSharedStyles(doc, shadow);
    state = { host, shadow, sharedStyles, turn, model, callbacks, open: false, showExample: false, notice: null, detachOpen: null };
    states.set(host, state);
    // Hosts whose replies the site threw away are forgotten here (they are never reused).
    if (liveHosts.size > 500) for (const old of liveHosts) if (!old.isConnected) liveHosts.delete(old);
    liveHosts.add(host);
    wireShadow(state);
  }

  placeFlag(turn, after, host);
  update(state);
  return host;
}

/** Remove our element(s) from a turn. */
export function removeFlag(turn: Element): void {
  for (const host of ownHosts(turn)) if (states.has(host)) removeHost(host);
}

function removeHost(host: HTMLElement): void {
  const state = states.get(host);
  if (state) {
    setOpen(state, false);
    states.delete(host);
  }
  liveHosts.delete(host);
  host.remove();
}

/** Right after `after` when it is inside `turn`, else the last child of `turn`. */
export function placeFlag(turn: Element, after: Element | null, host: HTMLElement): void {
  const anchor = after && after !== turn && turn.contains(after) && !host.contains(after) ? after : null;
  if (anchor) {
    if (host.previousSibling === anchor && host.parentNode === anchor.parentNode) return;
    anchor.parentNode?.insertBefore(host, anchor.nextSibling);
    return;
  }
  if (host.parentNode === turn && host.nextSibling === null) return;
  turn.appendChild(host);
}

/**
 * Opens the card of the most recent flagged reply still on the page and moves focus
 * into it (the keyboard shortcut). False when no reply on the page is flagged.
 */
export function openLatestFlag(doc: Document): boolean {
  const flagged = [...liveHosts].filter(
    (host) => host.isConnected && host.ownerDocument === doc && states.get(host)?.model.analysis.level !== 'none',
  );
  if (flagged.length === 0) return false;
  flagged.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  const latest = flagged[flagged.length - 1];
  const state = latest ? states.get(latest) : undefined;
  if (!state) return false;
  badgeOf(state)?.scrollIntoView?.({ block: 'nearest' });
  setOpen(state, true);
  focusCard(state);
  return true;
}

// ---------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The badge's visible words: the level and the first category, "+N" for the rest
 * ("Candor · High · flattery +1"). Short on purpose: the badge sits in the reply's own
 * column, which is about 300 px on a phone-sized window, and every category named in
 * full did not fit there. The full list is in the accessible name and the tooltip.
 */
export function badgeText(model: FlagViewModel): string {
  if (model.paused) return 'Candor · paused here';
  if (model.verdict === 'not-sycophantic') return 'Candor · marked not sycophantic';
  const [first, ...rest] = categoriesOf(model.analysis).map((category) => CATEGORY_LABELS[category].toLowerCase());
  const level = LEVEL_NAMES[model.analysis.level];
  if (!first) return `Candor · ${level}`;
  return `Candor · ${level} · ${first}${rest.length > 0 ? ` +${rest.length}` : ''}`;
}

/**
 * The badge's tooltip, which screen readers also read as its description: the whole list
 * of categories the shortened badge text may cut, and nothing its accessible name (below)
 * already says, so that nothing is read twice. Empty when there are none to list.
 */
function badgeTitle(model: FlagViewModel): string {
  const names = categoriesOf(model.analysis).map((category) => CATEGORY_LABELS[category].toLowerCase());
  if (names.length === 0 || model.verdict === 'not-sycophantic') return '';
  const list = names.join(', ');
  return list.charAt(0).toUpperCase() + list.slice(1);
}

/** The badge's accessible name: what it is, the level, and what pressing it does. */
function badgeLabel(state: FlagState): string {
  const { analysis, verdict } = state.model;
  const what = verdict === 'not-sycophantic' ? 'possible sycophancy, marked not sycophantic' : `possible sycophancy, ${analysis.level}`;
  return `Candor: ${what}. ${state.open ? 'Close the explanation' : 'Explain this reply'}`;
}

function update(state: FlagState): void {
  const { shadow, model } = state;
  const doc = state.host.ownerDocument;
  const level = model.analysis.level;
  const categories = categoriesOf(model.analysis);

  const root = el(doc, 'div', 'root');
  root.setAttribute('data-level', level);
  root.setAttribute('data-categories', categories.join(','));
  // A reply that is no longer flagged keeps its card only while it shows an Undo.
  const showBadge = level !== 'none' || model.paused || (state.open && state.notice !== null);
  if (!showBadge) {
    setOpen(state, false);
    shadow.replaceChildren(root);
    return;
  }

  root.setAttribute('data-look', cachedPageLook(state.turn, false));
  const badge = el(doc, 'button', 'badge');
  badge.type = 'button';
  badge.setAttribute('data-action', 'toggle');
  badge.setAttribute('data-verdict', model.verdict);
  badge.appendChild(el(doc, 'span', 'dot')).setAttribute('aria-hidden', 'true');
  // The words sit in their own box so that, if even the short label does not fit, it
  // ends in an ellipsis instead of a word cut in half (a flex item's bare text cannot).
  badge.appendChild(el(doc, 'span', 'badge-text', badgeText(model)));
  const tooltip = badgeTitle(model);
  if (tooltip !== '') badge.title = tooltip;
  root.appendChild(badge);

  const hadFocusInCard = state.open && shadow.activeElement !== null && shadow.activeElement !== badgeOf(state);
  if (state.sharedStyles) shadow.replaceChildren(root);
  else shadow.replaceChildren(styleElement(doc), root);
  applyOpen(state);
  if (hadFocusInCard) focusCard(state);
}

/**
 * One constructed stylesheet per document, adopted by every badge's closed root: a
 * <style> per badge made the browser parse and match the same rules again for each of
 * hundreds of replies at load (issue #13). The sheet is reachable only through the
 * closed roots, so the page still cannot read or change it.
 */
const sharedSheets = new WeakMap<Document, CSSStyleSheet | null>();

function sharedSheetFor(doc: Document): CSSStyleSheet | null {
  if (sharedSheets.has(doc)) return sharedSheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in Document.prototype) {
      sheet = new Sheet();
      sheet.replaceSync(FLAG_STYLES);
    }
  } catch {
    sheet = null; // no constructable stylesheets here: every root gets its own <style>
  }
  sharedSheets.set(doc, sheet);
  return sheet;
}

/** True when `shadow` now uses the shared sheet; false means the caller adds a <style>. */
function adoptSharedStyles(doc: Document, shadow: ShadowRoot): boolean {
  const sheet = sharedSheetFor(doc);
  if (!sheet) return false;
  try {
    // Firefox's content-script wrappers can refuse a sheet made across worlds.
    shadow.adoptedStyleSheets = [sheet];
    return shadow.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}

function styleElement(doc: Document): HTMLStyleElement {
  const style = el(doc, 'style');
  style.textContent = FLAG_STYLES;
  return style;
}

function badgeOf(state: FlagState): HTMLButtonElement | null {
  return state.shadow.querySelector('[data-action="toggle"]');
}

function cardOf(state: FlagState): HTMLElement | null {
  return state.shadow.getElementById(CARD_ID);
}

/** Reflects `state.open` into the shadow DOM, building or removing the card. */
function applyOpen(state: FlagState): void {
  const badge = badgeOf(state);
  let card = cardOf(state);
  card?.remove();
  card = null;
  const root = state.shadow.querySelector('.root');
  if (state.open && badge && root) {
    // The page may have switched between light and dark since the badge was drawn.
    root.setAttribute('data-look', cachedPageLook(state.turn, true));
    card = buildCard(state.host.ownerDocument, {
      analysis: state.model.analysis,
      examples: state.model.examples ?? [],
      replyText: state.model.replyText,
      verdict: state.model.verdict,
      notice: state.notice ?? (state.model.paused ? { kind: 'pause', undo: { kind: 'resume' } } : null),
      showExample: state.showExample,
    });
    root.appendChild(card);
    showOnTopLayer(card);
    positionCard(state);
  }
  if (badge) {
    badge.setAttribute('aria-expanded', String(state.open));
    badge.setAttribute('aria-label', badgeLabel(state));
    if (card) badge.setAttribute('aria-controls', CARD_ID);
    else badge.removeAttribute('aria-controls');
  }
}

/**
 * The card goes into the top layer where the Popover API exists, so no stacking context
 * or `overflow: hidden` of the chat can clip it; elsewhere it is `position: fixed`.
 */
function showOnTopLayer(card: HTMLElement): void {
  const popover = card as HTMLElement & { showPopover?: () => void };
  if (typeof popover.showPopover !== 'function') return;
  try {
    card.setAttribute('popover', 'manual');
    popover.showPopover();
  } catch {
    card.removeAttribute('popover');
  }
}

const CARD_GAP = 6;
const VIEWPORT_MARGIN = 8;

/** Anchors the card under the badge (above it when there is no room), inside the viewport. */
function positionCard(state: FlagState): void {
  const card = cardOf(state);
  const badge = badgeOf(state);
  const view = state.host.ownerDocument.defaultView;
  if (!card || !badge || !view) return;
  const anchor = badge.getBoundingClientRect();
  const width = Math.min(card.offsetWidth || 360, view.innerWidth - 2 * VIEWPORT_MARGIN);
  const height = card.offsetHeight;
  const left = Math.max(VIEWPORT_MARGIN, Math.min(anchor.left, view.innerWidth - width - VIEWPORT_MARGIN));
  const below = anchor.bottom + CARD_GAP;
  const fitsBelow = below + height <= view.innerHeight - VIEWPORT_MARGIN;
  const top = fitsBelow || anchor.top - CARD_GAP - height < VIEWPORT_MARGIN ? below : anchor.top - CARD_GAP - height;
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(Math.max(VIEWPORT_MARGIN, top))}px`;
}

function setOpen(state: FlagState, open: boolean): void {
  if (!open) state.notice = null;
  if (state.open === open && (open ? state.detachOpen !== null : state.detachOpen === null)) {
    applyOpen(state);
    return;
  }
  state.open = open;
  if (open && !state.detachOpen) state.detachOpen = attachWhileOpen(state);
  if (!open && state.detachOpen) {
    state.detachOpen();
    state.detachOpen = null;
  }
  if (!open) state.showExample = false;
  if (!open && state.model.analysis.level === 'none') {
    // The card was kept only for its Undo: with it gone, so is the badge.
    update(state);
    return;
  }
  applyOpen(state);
}

function focusCard(state: FlagState): void {
  const card = cardOf(state);
  const target = (card?.querySelector('[data-focus-first]') as HTMLElement | null) ?? card;
  target?.focus();
}

function closeAndFocusBadge(state: FlagState): void {
  setOpen(state, false);
  badgeOf(state)?.focus();
}

function eventInside(state: FlagState, event: Event): boolean {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  if (path.length > 0) return path.includes(state.host);
  return event.target instanceof Node && state.host.contains(event.target);
}

/** While open: a press outside closes; scrolling and resizing keep the card on its badge. */
function attachWhileOpen(state: FlagState): () => void {
  const doc = state.host.ownerDocument;
  const view = doc.defaultView;
  const onPointerDown = (event: Event): void => {
    if (isFromPerson(event) && !eventInside(state, event)) setOpen(state, false);
  };
  const onMove = (): void => positionCard(state);
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('scroll', onMove, { capture: true, passive: true });
  view?.addEventListener('resize', onMove, { passive: true });
  return () => {
    doc.removeEventListener('pointerdown', onPointerDown, true);
    doc.removeEventListener('scroll', onMove, { capture: true });
    view?.removeEventListener('resize', onMove);
  };
}

function actionOf(event: Event): string | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  for (const node of path.length > 0 ? path : [event.target]) {
    if (!node || (node as Node).nodeType !== 1) continue;
    const action = (node as Element).getAttribute('data-action');
    if (action) return action;
    if ((node as Element).tagName?.toLowerCase() === FLAG_TAG) break;
  }
  return null;
}

const HOUR_MS = 60 * 60 * 1000;

/** Runs one card action; returns the notice (with its Undo) to show afterwards, if any. */
function act(state: FlagState, action: CardAction | 'undo', ruleId: string | null): void {
  const { callbacks } = state;
  switch (action) {
    case 'not-sycophantic':
    case 'confirmed': {
      const before = state.model.verdict;
      callbacks.onVerdict(action);
      state.notice = { kind: action, undo: { kind: 'verdict', verdict: before } };
      break;
    }
    case 'rule-off':
      if (!ruleId) return;
      callbacks.onRuleEnabled(ruleId, false);
      state.notice = { kind: 'rule-off', ruleId, undo: { kind: 'rule-on', ruleId } };
      break;
    case 'pause':
    case 'pause-hour':
      callbacks.onPause({ forMs: action === 'pause-hour' ? HOUR_MS : null });
      state.notice = { kind: action, undo: { kind: 'resume' } };
      break;
    case 'example':
      state.showExample = !state.showExample;
      break;
    case 'ask':
      callbacks.onAskStraight(straightAnswerPrompt(state.model.analysis, state.model.replyText));
      return;
    case 'undo': {
      const undo = state.notice?.undo ?? (state.model.paused ? { kind: 'resume' as const } : undefined);
      state.notice = null;
      if (undo?.kind === 'verdict') callbacks.onVerdict(undo.verdict);
      else if (undo?.kind === 'rule-on') callbacks.onRuleEnabled(undo.ruleId, true);
      else if (undo?.kind === 'resume') callbacks.onPause('resume');
      break;
    }
  }
  // The callbacks may already have re-rendered this flag; show the outcome either way.
  if (states.get(state.host) === state) {
    if (state.model.analysis.level === 'none' && state.notice === null) setOpen(state, false);
    else applyOpen(state);
    focusCard(state);
  }
}

/** Listeners live on the shadow root, so they survive re-renders of its content. */
function wireShadow(state: FlagState): void {
  const { shadow } = state;

  shadow.addEventListener('click', (event) => {
    const action = actionOf(event);
    if (!action) return;
    event.stopPropagation();
    // Only the person acts: a page's scripted click changes nothing.
    if (!isFromPerson(event)) return;
    if (action === 'toggle') {
      setOpen(state, !state.open);
      if (state.open) focusCard(state);
      return;
    }
    if (action === 'close') {
      closeAndFocusBadge(state);
      return;
    }
    const target = (event.composedPath()[0] ?? event.target) as Element | null;
    const ruleId = target?.closest?.('[data-rule]')?.getAttribute('data-rule') ?? null;
    act(state, action as CardAction | 'undo', ruleId);
  });

  shadow.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (!isFromPerson(event)) return;
    if ((key === 'Escape' || key === 'Esc') && state.open) {
      event.preventDefault();
      event.stopPropagation();
      closeAndFocusBadge(state);
    }
  });
}
