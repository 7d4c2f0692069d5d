/**
 * DeepSeek (chat.deepseek.com). Findings: chat-sites.md §2.6 and chat-sites-2026.md
 * (DeepSeek); selectors in selector-table.ts.
 *
 * Late 2026 (from 2026-10-04): rows lost `data-virtual-list-item-key` and may lose
 * `.ds-message`; a row is then a child of `.ds-virtual-list-visible-items`, in the virtual
 * list that holds the conversation (a side panel is a virtual list too). The round
 * send/stop button tells generating apart only by its icon: the stop square's path, or a
 * ring spinner while thinking (live 2026-10-04/05, code index 71113609308).
 *
 * DeepSeek mixes stable `ds-*` design-system classes with build-hashed ones (`_9663006`,
 * `fbb737a4`) that change on deploys. Selectors rely on the `ds-*` names first; hashed names
 * appear only as last-resort fallbacks for the older markup.
 */
import {
  extractVisibleText,
  firstRanked,
  firstRankedHtmlElement,
  lastMatchOutside,
  outermostOnly,
  type TextExtractionOptions,
} from './dom-text';
import { SITE_HOSTS } from './hosts';
import { rankedMatches } from './layout-health';
import { anySelector, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement, TurnRole } from './types';

/** One message, user or assistant (voyager site.json `userTurn`/`assistantTurn`). */
const MESSAGE = '.ds-message';

/** The reasoning ("DeepThink") text. It is also a `.ds-markdown`, so it must be excluded. */
const THINKING = '.ds-think-content';

/** Marks a message as the assistant's: its answer, its reasoning, or (older) any markdown. */
const ASSISTANT_MARKERS = '.ds-assistant-message-main-content, .ds-think-content, .ds-markdown';

/**
 * Where a user message keeps its text: `.ds-collapsible-text` (voyager, current), then the
 * hashed `.fbb737a4` (greasyfork Navigator, older builds).
 */
const USER_TEXT_RANKED = selectorsFor('deepseek', 'userBody');

/**
 * The answer body: current markup names it; older markup only has `.ds-markdown`
 * (`ds-markdown--block`), which we take as the last one outside the reasoning block.
 */
const ANSWER_RANKED = selectorsFor('deepseek', 'replyBody');

const READ_OPTIONS: TextExtractionOptions = {
  // The DeepThink block and web-search citation numbers.
  skipSelector: anySelector('deepseek', 'notReply'),
  // Code blocks: a banner (language label, Copy/Download) above the <pre>
  // (amazingpaddy/ai-chat-exporter deepseek.js: `.md-code-block`).
  codeBlockSelector: '.md-code-block',
};

/** Virtual-list rows (unmounted when scrolled away, chat-sites.md §2.6 "Virtual list"). */
const VIRTUAL_ITEM = '[data-virtual-list-item-key]';

const CONVERSATION_PATH = /^\/a\/chat\/s\/([^/?#]+)/;

export const deepseekAdapter: SiteAdapter = {
  id: 'deepseek',
  name: 'DeepSeek',
  hosts: SITE_HOSTS.deepseek,

  isConversationPage(url: URL): boolean {
    return CONVERSATION_PATH.test(url.pathname);
  },

  conversationId(url: URL): string | null {
    return CONVERSATION_PATH.exec(url.pathname)?.[1] ?? null;
  },

  findTurns(root: ParentNode): TurnElement[] {
    const turns: TurnElement[] = [];
    for (const element of outermostOnly(rankedMatches(root, 'deepseek', 'turn', isConversationRow))) {
      const role = roleOf(element);
      if (role === null) continue;
      turns.push({ element, role, key: keyOf(element, role) });
    }
    return turns;
  },

  readText(turn: TurnElement): string {
    const body = replyBody(turn);
    return body === null ? '' : extractVisibleText(body, READ_OPTIONS);
  },

  replyBody,

  isStreaming(turn: TurnElement, doc: Document, isLastTurn: boolean): boolean {
    if (turn.role === 'user') return false;
    if (replyBody(turn) === null) return true;
    if (!hasActionFooter(turn.element)) return true;
    return isLastTurn && isGenerating(doc);
  },

  composer(doc: Document): HTMLElement | null {
    return firstRankedHtmlElement(doc, selectorsFor('deepseek', 'composer'));
  },
};

function replyBody(turn: TurnElement): Element | null {
  if (turn.role === 'user') return firstRanked(turn.element, USER_TEXT_RANKED) ?? turn.element;
  for (const selector of ANSWER_RANKED) {
    const answer = lastMatchOutside(turn.element, selector, THINKING);
    if (answer !== null) return answer;
  }
  return null; // still thinking: only the reasoning block exists so far
}

function roleOf(message: Element): TurnRole | null {
  if (message.querySelector(ASSISTANT_MARKERS) !== null) return 'assistant';
  if (firstRanked(message, USER_TEXT_RANKED) !== null) return 'user';
  // Unknown markup: a message with text is most likely the user's (assistant messages always
  // carry `.ds-markdown` once they have text); an empty one is a placeholder, not a turn.
  return (message.textContent ?? '').trim() === '' ? null : 'user';
}

function keyOf(message: Element, role: TurnRole): string | null {
  const itemKey = message.closest(VIRTUAL_ITEM)?.getAttribute('data-virtual-list-item-key');
  // Role suffix: keeps keys distinct should one virtual row ever hold both messages.
  return itemKey === null || itemKey === undefined ? null : `${itemKey}:${role}`;
}

/**
 * The copy/regenerate row appears once a reply is finished. CodeWebChat's
 * `footer_selector: 'div.ds-message + div + div > div.ds-flex'` puts it two siblings after
 * the message; we accept any of the next few siblings up to the next message.
 */
function hasActionFooter(message: Element): boolean {
  // Late 2026: the row is the turn, and its footer is inside it, after the answer.
  for (const row of Array.from(message.querySelectorAll('.ds-flex'))) {
    if (row.closest('.ds-markdown') === null && row.querySelector('[role="button"], button') !== null) return true;
  }
  let sibling = message.nextElementSibling;
  for (let hops = 0; sibling !== null && hops < 3; hops += 1) {
    if (sibling.matches(MESSAGE) || sibling.querySelector(MESSAGE) !== null) return false;
    const row = sibling.matches('.ds-flex') ? sibling : sibling.querySelector('.ds-flex');
    if (row !== null && row.querySelector('[role="button"], button') !== null) return true;
    sibling = sibling.nextElementSibling;
  }
  return false;
}

/**
 * Virtual-list rows count as turns only in the list that holds the conversation, never in
 * a side panel's list (a 240px panel whose rows have no key and no .ds-message). The
 * conversation's list is the printable one, or the one that holds the composer (code index
 * 71113609308, live 2026-10-04), or one with an answer or a thinking block in it: so the
 * first question of a new chat is a turn before any reply exists.
 */
function isConversationRow(element: Element): boolean {
  if (element.matches(MESSAGE)) return true;
  const list = element.closest('.ds-virtual-list') ?? element.parentElement;
  if (list === null) return false;
  if (list.matches('.ds-virtual-list--printable')) return true;
  if (list.querySelector('textarea, [contenteditable="true"]') !== null) return true;
  return list.querySelector(ASSISTANT_MARKERS) !== null;
}

/** The round primary button that is both send and stop (late 2026; earlier too). */
const ROUND_BUTTON = '.ds-button--primary.ds-button--circle';

/** Page-wide "still generating" signal; it only describes the newest reply. */
function isGenerating(doc: Document): boolean {
  // 1. The round button shows the stop square (or the spinner before the first token):
  //    its icon's path, the same in every UI language.
  if (doc.querySelector(anySelector('deepseek', 'pageBusy')) !== null) return true;
  if (doc.querySelector(ROUND_BUTTON) !== null) return false;
  // 2. Fallback when that markup is gone (CodeWebChat deepseek.ts `is_generating`): the
  //    button after the file input is enabled although the composer is empty.
  const textarea = doc.querySelector<HTMLTextAreaElement>('textarea');
  const enabledButton = doc.querySelector('input[type="file"] + [aria-disabled="false"]');
  return textarea !== null && enabledButton !== null && textarea.value === '';
}
