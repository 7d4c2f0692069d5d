/**
 * Claude (claude.ai). Evidence: docs chat-sites.md §1, §2.2, §3.2, §3.3.
 *
 * Page shape (2025–26; revivalstack reference DOM with 2026 names from sho7650):
 *   div[data-test-render-count] (row; 2026-07+ rows also carry data-rs-index)
 *     user:      div[data-testid="user-message"] > p.whitespace-pre-wrap
 *     assistant: div[data-is-streaming="true|false"]
 *                  div.font-claude-response (older: .font-claude-message)
 *                    reasoning card (skip) + div.standard-markdown (older: .grid-cols-1.grid)
 *                  … button[data-testid="action-bar-copy"] once finished
 * Claude has no per-message id in the DOM (§3.2): the key is the Rocksteady row index.
 */
import {
  extractVisibleText,
  firstRankedHtmlElement,
  inDocumentOrder,
  joinParagraphs,
  matchPath,
  outermostOnly,
  queryAll,
  queryFirstRanked,
  selfOrDescendant,
  type TextExtractionOptions,
} from './dom-text';
import type { SiteAdapter, TurnElement } from './types';

/** User message: one stable selector (voyager keeps only this one on purpose, §2.2). */
const USER_MESSAGE_SELECTORS: readonly string[] = [
  '[data-testid="user-message"]',
  // 2026-05 recon (unattributed): the user bubble.
  '[data-user-message-bubble="true"]',
];

/**
 * Assistant response, newest first (sho7650 `assistantResponse`). The artifact viewer
 * reuses `.font-claude-response` with id `markdown-artifact` (revivalstack excludes it).
 */
const ASSISTANT_RESPONSE_SELECTORS: readonly string[] = [
  '.font-claude-response:not(#markdown-artifact)',
  '[class*="font-claude-response"]:not(#markdown-artifact)',
  // Before 2025: `.font-claude-message` (revivalstack claude-*-dom.html).
  '.font-claude-message',
];

/** The per-turn streaming marker, "true" → "false" when done (§2.2, §3.2). */
const STREAMING_MARKER = '[data-is-streaming]';

/** The row holding one turn: Rocksteady rows (`data-rs-index`, 2026-07) or older rows. */
const ROW_SELECTOR = '[data-rs-index], [data-test-render-count]';

/** Reply markdown, newest first (sho7650 `markdownContent`, SirTensor content grids). */
const MARKDOWN_SELECTORS: readonly string[] = [
  '.standard-markdown',
  // Disappeared from the live site in 2026-07 (sho7650), kept for older pages.
  '.progressive-markdown',
  // The pre-2025 content grid under `.font-claude-message` (SirTensor v14).
  '.grid-cols-1.grid',
];

/** Copy button of the finished turn's action bar (CodeWebChat, §2.2). */
const ACTION_BAR_SELECTOR = 'button[data-testid="action-bar-copy"]';

/**
 * Stop button while a reply streams: `aria-label="Stop response"` (ophel,
 * llm-answer-notifier; English UI only) and `data-testid="stop-button"`.
 */
const STOP_BUTTON_SELECTOR = 'button[aria-label="Stop response"], button[data-testid="stop-button"]';

/** Composer: ProseMirror textbox (`data-testid="chat-input"`, "Write your prompt to Claude"). */
const COMPOSER_SELECTORS: readonly string[] = [
  'div[data-testid="chat-input"][contenteditable="true"]',
  '[data-testid="chat-input"]',
  'div.ProseMirror[contenteditable="true"]',
  'fieldset [contenteditable="true"]',
];

const CONVERSATION_PATH = /^\/chat\/([^/?#]+)\/?$/;

/**
 * Claude's reasoning ("thinking") block. Two shapes are documented (SirTensor v14):
 * - 2026 (Opus 4.6 branch): a `row-start-1` element holding `button.group/status`;
 * - older: a card with `border-0.5 border-border-300 rounded-lg font-ui` holding
 *   `button.group/row`.
 */
function isReasoningBlock(element: Element): boolean {
  const classes = element.classList;
  if (classes.contains('row-start-1') && element.querySelector('button[class*="group/status"]')) {
    return true;
  }
  return (
    classes.contains('font-ui') &&
    classes.contains('rounded-lg') &&
    classes.contains('border-border-300') &&
    element.querySelector('button[class*="group/row"]') !== null
  );
}

/**
 * A code block's language label sits outside the <pre>, next to it inside the
 * `div.group/copy` wrapper (revivalstack `claude-codeblock-dom.html`:
 * `<div class="text-text-500 font-small …">bash</div>`).
 */
function isCodeBlockLabel(element: Element): boolean {
  const parent = element.parentElement;
  return (
    parent !== null &&
    parent.classList.contains('group/copy') &&
    element.tagName.toUpperCase() !== 'PRE' &&
    element.querySelector('pre') === null
  );
}

const TEXT_OPTIONS: TextExtractionOptions = {
  skip: (element) => isReasoningBlock(element) || isCodeBlockLabel(element),
};

function isInsideReasoning(element: Element, stopAt: Element): boolean {
  for (let node: Element | null = element; node && node !== stopAt; node = node.parentElement) {
    if (isReasoningBlock(node)) return true;
  }
  return false;
}

/** The row when there is one; the flag and every per-turn signal live inside it. */
function turnContainerFor(message: Element): Element {
  return message.closest(ROW_SELECTOR) ?? message.closest(STREAMING_MARKER) ?? message;
}

function responseOf(turn: TurnElement): Element | null {
  for (const selector of ASSISTANT_RESPONSE_SELECTORS) {
    const found = selfOrDescendant(turn.element, selector);
    if (found) return found;
  }
  return selfOrDescendant(turn.element, STREAMING_MARKER);
}

/** The reply's markdown blocks, without the ones inside the reasoning block. */
function markdownBlocksOf(response: Element): Element[] {
  for (const selector of MARKDOWN_SELECTORS) {
    const blocks = outermostOnly(queryAll(response, selector)).filter(
      (block) => !isInsideReasoning(block, response),
    );
    if (blocks.length > 0) return blocks;
  }
  return [];
}

function userTextOf(turn: TurnElement): Element | null {
  for (const selector of USER_MESSAGE_SELECTORS) {
    const found = selfOrDescendant(turn.element, selector);
    if (found) return found;
  }
  return null;
}

export const claudeAdapter: SiteAdapter = {
  id: 'claude',
  name: 'Claude',
  hosts: ['claude.ai'],

  isConversationPage(url) {
    // `/new` is the empty composer; a conversation lives at `/chat/<uuid>` (§1).
    return matchPath(url, CONVERSATION_PATH) !== null;
  },

  conversationId(url) {
    return matchPath(url, CONVERSATION_PATH);
  },

  findTurns(root) {
    const found: TurnElement[] = [];
    const keyOf = (container: Element): string | null => {
      const row = container.closest('[data-rs-index]');
      const index = row?.getAttribute('data-rs-index');
      return index ? `rs-${index}` : null;
    };

    for (const message of outermostOnly(queryFirstRanked(root, USER_MESSAGE_SELECTORS))) {
      const element = turnContainerFor(message);
      found.push({ element, role: 'user', key: keyOf(element) });
    }

    let responses = outermostOnly(queryFirstRanked(root, ASSISTANT_RESPONSE_SELECTORS));
    if (responses.length === 0) {
      // Last resort: the streaming marker wraps each assistant turn (sho7650's third rank).
      responses = outermostOnly(queryAll(root, STREAMING_MARKER));
    }
    for (const response of responses) {
      const element = turnContainerFor(response);
      found.push({ element, role: 'assistant', key: keyOf(element) });
    }
    return inDocumentOrder(found);
  },

  readText(turn) {
    if (turn.role === 'user') {
      const message = userTextOf(turn);
      return message ? extractVisibleText(message, TEXT_OPTIONS) : '';
    }
    const response = responseOf(turn);
    if (!response) return '';
    const blocks = markdownBlocksOf(response);
    if (blocks.length === 0) return extractVisibleText(response, TEXT_OPTIONS);
    return joinParagraphs(blocks.map((block) => extractVisibleText(block, TEXT_OPTIONS)));
  },

  replyBody(turn) {
    if (turn.role === 'user') return userTextOf(turn);
    const response = responseOf(turn);
    if (!response) return null;
    return markdownBlocksOf(response).at(-1) ?? response;
  },

  isStreaming(turn, doc, isLastTurn) {
    if (turn.role !== 'assistant') return false;
    const marker = selfOrDescendant(turn.element, STREAMING_MARKER);
    if (marker?.getAttribute('data-is-streaming') === 'true') return true;
    if (!turn.element.querySelector(ACTION_BAR_SELECTOR)) return true;
    return isLastTurn && doc.querySelector(STOP_BUTTON_SELECTOR) !== null;
  },

  composer(doc) {
    return firstRankedHtmlElement(doc, COMPOSER_SELECTORS);
  },
};
