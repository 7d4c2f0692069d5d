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
 * Late 2026 (notes written from the live page, 2026-08-27 to 2026-10-03; fixture
 * observed-2026-10.html): rows `[data-testid=transcript-row][data-perf-row]` with
 * `data-perf-row-streaming`; messages carry `data-turn-key` (the reply's is `<turn>-hub-reply`,
 * the same from its first token to its end); the answer is `[data-cds=Prose] >
 * [data-perf-reply-text]`, after a `[data-cds=TurnStatus]` line and a screen-reader preview.
 * Where the page gives no `data-turn-key` the watcher keys turns by content.
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
import { SITE_HOSTS } from './hosts';
import { rankedMatches } from './layout-health';
import { anySelector, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement } from './types';

const USER_MESSAGE_SELECTORS = selectorsFor('claude', 'userTurn');
const ASSISTANT_RESPONSE_SELECTORS = selectorsFor('claude', 'assistantTurn');
const MARKDOWN_SELECTORS = selectorsFor('claude', 'replyBody');

/** The per-turn streaming marker, "true" → "false" when done (§2.2, §3.2; survey-2026). */
const STREAMING_MARKER = '[data-is-streaming]';

/** The row's own marker, "true" while that turn generates (late 2026), used where the message's is missing. */
const ROW_STREAMING = 'data-perf-row-streaming';

/** A message's id (late 2026): constant while it streams, distinct for the reply (`…-hub-reply`). */
const TURN_KEY = 'data-turn-key';

/** Search and thinking status above the answer (late 2026): not the answer. */
const TURN_STATUS = '[data-cds="TurnStatus"], [data-testid="TurnStatus"]';

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

/** The reply's markdown blocks, without the ones inside the reasoning block or the status line. */
function markdownBlocksOf(response: Element): Element[] {
  for (const selector of MARKDOWN_SELECTORS) {
    const blocks = outermostOnly(queryAll(response, selector)).filter(
      (block) => !isInsideReasoning(block, response) && block.closest(TURN_STATUS) === null,
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
  hosts: SITE_HOSTS.claude,

  isConversationPage(url) {
    // `/new` is the empty composer; a conversation lives at `/chat/<uuid>` (§1).
    return matchPath(url, CONVERSATION_PATH) !== null;
  },

  conversationId(url) {
    return matchPath(url, CONVERSATION_PATH);
  },

  findTurns(root) {
    // Never a position as the key: `data-rs-index` / `data-index` is a place in a virtual
    // list, which points at another turn once older turns load above it. The message's own
    // `data-turn-key` where the page gives one; otherwise the watcher keys turns by content.
    const found: TurnElement[] = [];
    for (const message of outermostOnly(rankedMatches(root, 'claude', 'userTurn'))) {
      const element = turnContainerFor(message);
      found.push({ element, role: 'user', key: turnKeyOf(element) });
    }
    const responses = outermostOnly(rankedMatches(root, 'claude', 'assistantTurn'));
    for (const response of responses) {
      const element = turnContainerFor(response);
      found.push({ element, role: 'assistant', key: turnKeyOf(element) });
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
    // Just after a send the message has no marker yet; the row's own one says the same.
    const row = turn.element.closest(`[${ROW_STREAMING}]`);
    if (row) return row.getAttribute(ROW_STREAMING) !== 'false';
    if (!turn.element.querySelector(FINISHED_TOOLBAR)) return true;
    return isLastTurn && doc.querySelector(STOP_BUTTON_SELECTOR) !== null;
  },

  composer(doc) {
    return firstRankedHtmlElement(doc, COMPOSER_SELECTORS);
  },
};

/**
 * The message's `data-turn-key`: on the turn's element or on the one keyed element inside
 * it (the reply's key is on the message, the person's on a wrapper around
 * `user-message`). Null when the turn holds none or several: a key must name one turn.
 */
function turnKeyOf(container: Element): string | null {
  if (container.hasAttribute(TURN_KEY)) return container.getAttribute(TURN_KEY) || null;
  const keyed = container.querySelectorAll(`[${TURN_KEY}]`);
  return keyed.length === 1 ? keyed[0]?.getAttribute(TURN_KEY) || null : null;
}
