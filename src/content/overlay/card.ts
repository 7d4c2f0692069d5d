/**
 * The floating card that explains one flagged reply (built by flag-element.ts inside its
 * closed shadow root, anchored to the badge). Compact on purpose: one level, one or two
 * sentences on what THIS reply did with its own words quoted, what to ask instead, and
 * the person's actions, each undoable. The rule's own example pair is shown on demand.
 *
 * Everything is built with createElement/textContent: quotes are page text.
 */
import type { Analysis, Level } from '../../engine/types';
import type { RuleExamplePair, Verdict } from '../../messaging/protocol';
// From the vocabulary itself, not ui/labels: that module looks rules up, which would put the rule tables in the page's script.
import { CONFIRM_LABEL, LEVEL_NAMES as LEVEL_LABELS, ruleName as ruleTitle } from '../../vocabulary/terms';
import { askInsteadOf, reasonsOf, summaryOf, type Reason } from './card-text';

export const CARD_ID = 'card';
const TITLE_ID = 'card-title';

export type CardAction = 'not-sycophantic' | 'confirmed' | 'rule-off' | 'pause' | 'pause-hour' | 'example' | 'ask';

export type CardUndo = { kind: 'verdict'; verdict: Verdict } | { kind: 'rule-on'; ruleId: string } | { kind: 'resume' };

/** What the person just did from the card, shown in its place with an Undo. */
export type CardNotice =
  | { kind: 'not-sycophantic' | 'confirmed' | 'pause' | 'pause-hour'; undo: CardUndo }
  | { kind: 'rule-off'; ruleId: string; undo: CardUndo };

export interface CardModel {
  analysis: Analysis;
  /** The flagged rules' own example pairs (the background sends them with the verdict). */
  examples: readonly RuleExamplePair[];
  replyText: string;
  verdict: Verdict;
  notice: CardNotice | null;
  showExample: boolean;
}

/** Rules offered under "Don't flag this again": one per reason, at most this many. */
const MAX_RULE_SWITCHES = 2;

/** The one sentence saying which surface to trust (issue #11: the page can imitate this card). */
export const TRUSTED_SURFACE_NOTE =
  'A web page can imitate this card. Candor’s toolbar count and its popup are the trusted record.';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(doc: Document, action: CardAction | 'undo' | 'close', text: string, className = 'action'): HTMLButtonElement {
  const b = el(doc, 'button', className, text);
  b.type = 'button';
  b.setAttribute('data-action', action);
  return b;
}

function noticeText(notice: CardNotice): string {
  switch (notice.kind) {
    case 'not-sycophantic':
      return 'You marked this reply as not sycophantic.';
    case 'confirmed':
      return 'You confirmed this flag.';
    case 'rule-off':
      return `Candor won’t flag “${ruleTitle(notice.ruleId)}” again. You can switch it back on in Settings.`;
    case 'pause':
      return 'Candor is paused on this conversation.';
    case 'pause-hour':
      return 'Candor is paused on this conversation for an hour.';
  }
}

function levelPill(doc: Document, level: Level): HTMLElement {
  const pill = el(doc, 'span', 'level', LEVEL_LABELS[level]);
  pill.setAttribute('data-pill', level);
  return pill;
}

/** The rule's own examples: a sycophantic reply it matches and a straight one it does not. */
function examplePair(doc: Document, reason: Reason, examples: readonly RuleExamplePair[]): HTMLElement | null {
  const example = examples.find((pair) => pair.ruleId === reason.ruleId);
  const flattering = example?.flattering;
  const straight = example?.straight;
  if (!flattering || !straight) return null;
  const pair = el(doc, 'dl', 'pair');
  pair.append(
    el(doc, 'dt', 'pair-bad', 'Sycophantic'),
    el(doc, 'dd', undefined, `“${flattering}”`),
    el(doc, 'dt', 'pair-good', 'Straight'),
    el(doc, 'dd', undefined, `“${straight}”`),
  );
  return pair;
}

export function buildCard(doc: Document, model: CardModel): HTMLElement {
  const { analysis, replyText, verdict, notice } = model;
  const card = el(doc, 'div', 'card');
  card.id = CARD_ID;
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', TITLE_ID);
  card.tabIndex = -1;

  const head = el(doc, 'div', 'head');
  const title = el(doc, 'h2', 'title', 'Possible sycophancy');
  title.id = TITLE_ID;
  head.append(levelPill(doc, analysis.level), title);
  const close = button(doc, 'close', '×', 'close');
  close.setAttribute('aria-label', 'Close');
  head.appendChild(close);
  card.appendChild(head);

  if (notice) {
    const line = el(doc, 'p', 'notice');
    line.setAttribute('role', 'status');
    line.appendChild(doc.createTextNode(`${noticeText(notice)} `));
    const undo = button(doc, 'undo', 'Undo', 'link');
    undo.setAttribute('data-focus-first', '');
    line.appendChild(undo);
    card.appendChild(line);
    card.appendChild(el(doc, 'p', 'trust', TRUSTED_SURFACE_NOTE));
    return card;
  }

  const reasons = reasonsOf(analysis, replyText);
  const summary = el(doc, 'p', 'summary', summaryOf(reasons));
  summary.setAttribute('data-focus-first', '');
  summary.tabIndex = -1;
  card.appendChild(summary);
  if (verdict !== 'none') {
    card.appendChild(
      el(doc, 'p', 'verdict', verdict === 'confirmed' ? 'You confirmed this flag.' : 'You marked this reply as not sycophantic.'),
    );
  }

  const question = askInsteadOf(reasons);
  if (question) {
    const ask = el(doc, 'p', 'ask-instead');
    ask.appendChild(el(doc, 'span', 'label', 'Ask instead: '));
    ask.appendChild(doc.createTextNode(`“${question}”`));
    card.appendChild(ask);
  }

  const primary = el(doc, 'div', 'actions');
  const straight = button(doc, 'ask', 'Ask for a straight answer', 'action primary');
  straight.title = 'Adds a follow-up question after what you have typed. Nothing is sent.';
  primary.appendChild(straight);
  card.appendChild(primary);
  // The verdict pair on a row of its own, in the popup's order, so it never splits across lines.
  const verdicts = el(doc, 'div', 'actions verdicts');
  verdicts.setAttribute('role', 'group');
  verdicts.setAttribute('aria-label', 'Your verdict');
  if (verdict !== 'confirmed') verdicts.appendChild(button(doc, 'confirmed', CONFIRM_LABEL));
  if (verdict !== 'not-sycophantic') verdicts.appendChild(button(doc, 'not-sycophantic', 'Not sycophantic'));
  card.appendChild(verdicts);

  const more = el(doc, 'div', 'more');
  const seen = new Set<string>();
  for (const reason of reasons) {
    if (seen.has(reason.ruleId) || seen.size >= MAX_RULE_SWITCHES) continue;
    seen.add(reason.ruleId);
    const off = button(doc, 'rule-off', `Don’t flag “${ruleTitle(reason.ruleId)}” again`, 'link');
    off.setAttribute('data-rule', reason.ruleId);
    more.appendChild(off);
  }
  more.appendChild(button(doc, 'pause', 'Pause on this conversation', 'link'));
  more.appendChild(button(doc, 'pause-hour', 'Pause here for an hour', 'link'));
  card.appendChild(more);

  // The example comes after the pause and rule links: opening it grows the card at the
  // bottom, and links below it would sink past the card's scroll edge, out of sight.
  const first = reasons[0];
  if (first) {
    const toggle = button(doc, 'example', model.showExample ? 'Hide the example' : 'Show an example', 'link');
    toggle.setAttribute('aria-expanded', String(model.showExample));
    card.appendChild(toggle);
    if (model.showExample) {
      const pair = examplePair(doc, first, model.examples);
      if (pair) card.appendChild(pair);
    }
  }

  card.appendChild(el(doc, 'p', 'trust', TRUSTED_SURFACE_NOTE));
  return card;
}
