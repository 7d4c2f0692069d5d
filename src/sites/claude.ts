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
  selfOrDescendant,
  type TextExtractionOptions,
} from './dom-text';
import { rankedMatches } from './layout-health';
import { anySelector, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement } from './types';

const USER_MESSAGE_SELECTORS = selectorsFor('claude', 'userTurn');
const ASSISTANT_RESPONSE_SELECTORS = selectorsFor('claude', 'assistantTurn');
const MARKDOWN_SELECTORS = selectorsFor('claude', 'replyBody');

/** The per-turn streaming marker, "true" → "false" when done (§2.2, §3.2; survey-2026). */
const STREAMING_MARKER = '[data-is-streaming]';

/**
 * The row holding one turn: Rocksteady rows (`data-rs-index`, 2026-07), transcript rows
 * (`data-testid="transcript-row"`, survey-2026) or older rows.
 */
const ROW_SELECTOR = '[data-rs-index], [data-testid="transcript-row"], [data-test-render-count]';

/** End toolbar or copy button: the finish signal where the streaming marker is missing. */
const FINISHED_TOOLBAR = selectorsFor('claude', 'finished').filter((css) => css !== '[data-is-streaming="false"]').join(', ');

const STOP_BUTTON_SELECTOR = anySelector('claude', 'pageBusy');

/** Composer: ProseMirror textbox (`data-testid="chat-input"`, "Write your prompt to Claude"). */
const COMPOSER_SELECTORS = selectorsFor('claude', 'composer');

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
  // Citation chips (`span[data-not-prose]`) and the end toolbar are not the answer.
  skipSelector: anySelector('claude', 'notReply'),
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
    // No key from the page: `data-rs-index` is a place in a virtual list, which points at
    // another turn once older turns load above it; the watcher keys turns by content.
    const found: TurnElement[] = [];
    for (const message of outermostOnly(rankedMatches(root, 'claude', 'userTurn'))) {
      found.push({ element: turnContainerFor(message), role: 'user', key: null });
    }
    const responses = outermostOnly(rankedMatches(root, 'claude', 'assistantTurn'));
    for (const response of responses) {
      found.push({ element: turnContainerFor(response), role: 'assistant', key: null });
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
    // `data-is-streaming` is authoritative where it exists (survey-2026: projects stopped
    // finding the copy button in 2026-08); it is language-free, unlike the stop label.
    const marker = selfOrDescendant(turn.element, STREAMING_MARKER) ?? turn.element.closest(STREAMING_MARKER);
    if (marker) return marker.getAttribute('data-is-streaming') !== 'false';
    if (!turn.element.querySelector(FINISHED_TOOLBAR)) return true;
    return isLastTurn && doc.querySelector(STOP_BUTTON_SELECTOR) !== null;
  },

  composer(doc) {
    return firstRankedHtmlElement(doc, COMPOSER_SELECTORS);
  },
};
