/**
 * DeepSeek (chat.deepseek.com). Findings: /work/shared/design/chat-sites.md §2.6.
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
const USER_TEXT_RANKED = ['.ds-collapsible-text', '.fbb737a4'];

/**
 * The answer body: current markup names it; older markup only has `.ds-markdown`
 * (`ds-markdown--block`), which we take as the last one outside the reasoning block.
 */
const ANSWER_RANKED = ['.ds-markdown.ds-assistant-message-main-content', '.ds-markdown'];

const READ_OPTIONS: TextExtractionOptions = {
  skipSelector: [
    THINKING,
    // Web-search citation numbers rendered after a sentence (unverified class name).
    '.ds-markdown-cite',
  ].join(', '),
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
  hosts: ['chat.deepseek.com'],

  isConversationPage(url: URL): boolean {
    return CONVERSATION_PATH.test(url.pathname);
  },

  conversationId(url: URL): string | null {
    return CONVERSATION_PATH.exec(url.pathname)?.[1] ?? null;
  },

  findTurns(root: ParentNode): TurnElement[] {
    const turns: TurnElement[] = [];
    for (const element of outermostOnly(Array.from(root.querySelectorAll(MESSAGE)))) {
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
    return firstRankedHtmlElement(doc, [
      'textarea#chat-input',
      'textarea[placeholder*="DeepSeek"]',
      'textarea',
    ]);
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
  let sibling = message.nextElementSibling;
  for (let hops = 0; sibling !== null && hops < 3; hops += 1) {
    if (sibling.matches(MESSAGE) || sibling.querySelector(MESSAGE) !== null) return false;
    const row = sibling.matches('.ds-flex') ? sibling : sibling.querySelector('.ds-flex');
    if (row !== null && row.querySelector('[role="button"], button') !== null) return true;
    sibling = sibling.nextElementSibling;
  }
  return false;
}

/** Page-wide "still generating" signal; it only describes the newest reply. */
function isGenerating(doc: Document): boolean {
  // 1. The round primary send button turns into a stop button showing a square
  //    (`div[role=button].ds-button--primary.ds-button--circle` with `svg rect`).
  const roundButtons = doc.querySelectorAll('.ds-button--primary.ds-button--circle');
  if (roundButtons.length > 0) {
    return Array.from(roundButtons).some((button) => button.querySelector('svg rect') !== null);
  }
  // 2. Fallback when that markup is gone (CodeWebChat deepseek.ts `is_generating`): the
  //    button after the file input is enabled although the composer is empty.
  const textarea = doc.querySelector<HTMLTextAreaElement>('textarea');
  const enabledButton = doc.querySelector('input[type="file"] + [aria-disabled="false"]');
  return textarea !== null && enabledButton !== null && textarea.value === '';
}
