/**
 * ChatGPT (chatgpt.com, chat.openai.com). Evidence: docs chat-sites.md §1, §2.1, §3.2.
 *
 * Page shape (2026, revivalstack reference DOM `chatgpt-dom-*.html`):
 *   section[data-turn-id][data-turn="user|assistant"][data-testid="conversation-turn-N"]
 *     h4.sr-only "You said:" / "ChatGPT said:"
 *     [data-message-author-role][data-message-id] → .markdown.prose (assistant)
 *                                                 → .whitespace-pre-wrap (user)
 *     div[role=group] with button[data-testid="copy-turn-action-button"] once finished
 * Before 2026-03 the turn was an <article> with the same data-testid (SirTensor v31).
 */
import {
  extractVisibleText,
  firstRanked,
  firstRankedHtmlElement,
  innermostOnly,
  joinParagraphs,
  matchPath,
  queryAll,
  selfAndDescendants,
  selfOrDescendant,
} from './dom-text';
import type { SiteAdapter, TurnElement, TurnRole } from './types';

/**
 * Turn containers, tag-agnostic so both the 2026 <section> and the older <article> match
 * (chat-sites.md §2.1 "Use a tag-agnostic selector").
 */
const TURN_CONTAINER_SELECTORS: readonly string[] = [
  '[data-turn-id][data-turn], [data-testid^="conversation-turn-"]',
  // Oldest fallback: the message node itself (SirTensor `turnContainerFallback`).
  '[data-message-author-role]',
];

const MESSAGE_SELECTOR = '[data-message-author-role]';
const USER_MESSAGE_SELECTOR = '[data-message-author-role="user"]';
const ASSISTANT_MESSAGE_SELECTOR = '[data-message-author-role="assistant"]';

/** Reply body inside an assistant message (sho7650 selectors/chatgpt.ts `assistantResponse`). */
const ASSISTANT_BODY_SELECTORS: readonly string[] = ['.markdown.prose', '.markdown', '[class*="markdown"]'];

/** User text inside a user message (sho7650 `userMessage`). */
const USER_BODY_SELECTORS: readonly string[] = ['.whitespace-pre-wrap'];

/**
 * A finished turn's action bar: the copy button is the documented signal (CodeWebChat,
 * chat-sites.md §2.1); the thumbs buttons and the "Response actions" group are fallbacks.
 */
const ACTION_BAR_SELECTOR = [
  'button[data-testid="copy-turn-action-button"]',
  'button[data-testid="good-response-turn-action-button"]',
  'button[data-testid="bad-response-turn-action-button"]',
].join(', ');

/**
 * While streaming, the composer's submit button turns into `data-testid="stop-button"`
 * (one element, not two: chat-sites.md §2.1, ophel, CodeWebChat, llm-answer-notifier).
 */
const STOP_BUTTON_SELECTOR = 'button[data-testid="stop-button"]';

/** Legacy streaming class on the `.markdown` div (llm-answer-notifier, first check). */
const LEGACY_STREAMING_SELECTOR = '.result-streaming';

/** Composer: ProseMirror `div#prompt-textarea[contenteditable]` (2026), textarea (older). */
const COMPOSER_SELECTORS: readonly string[] = [
  '#prompt-textarea[contenteditable="true"]',
  'div.ProseMirror[contenteditable="true"]',
  'textarea#prompt-textarea',
  'textarea[name="prompt-textarea"]',
  'form[data-type="unified-composer"] [contenteditable="true"]',
];

/**
 * `/c/<id>`, optionally under `/g/<gpt or project>/` or `/u/<n>/` (voyager's
 * isConversationPage, chat-sites.md §3.4).
 */
const CONVERSATION_PATH = /^(?:\/u\/\d+)?(?:\/g\/[^/]+)?\/c\/([^/?#]+)\/?$/;

/**
 * Virtual-list roots reuse `data-turn-id-container` with values such as
 * `client-created-root` and `paginated-root:<id>` (voyager regression notes, §2.1):
 * they wrap turns and are never turns themselves.
 */
function isVirtualListRoot(element: Element): boolean {
  const marker = element.getAttribute('data-turn-id-container') ?? element.getAttribute('data-turn-id') ?? '';
  return /(?:^|-)root(?::|$)/.test(marker);
}

/** The turn's declared role, else that of its (first) message. */
function roleOf(container: Element, message: Element): TurnRole | null {
  const declared = container.getAttribute('data-turn');
  if (declared === 'user' || declared === 'assistant') return declared;
  const role = message.getAttribute('data-message-author-role');
  return role === 'user' || role === 'assistant' ? role : null;
}

function messagesOf(turn: TurnElement): Element[] {
  const selector = turn.role === 'assistant' ? ASSISTANT_MESSAGE_SELECTOR : USER_MESSAGE_SELECTOR;
  return selfAndDescendants(turn.element, selector);
}

/** Each message's body; one turn can hold several assistant messages (tools, images). */
function bodiesOf(turn: TurnElement): Element[] {
  const selectors = turn.role === 'assistant' ? ASSISTANT_BODY_SELECTORS : USER_BODY_SELECTORS;
  return messagesOf(turn).map((message) => firstRanked(message, selectors) ?? message);
}

export const chatgptAdapter: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  hosts: ['chatgpt.com', 'chat.openai.com'],

  isConversationPage(url) {
    if (matchPath(url, CONVERSATION_PATH) !== null) return true;
    // A temporary chat keeps its URL at `/?temporary-chat=true` (voyager, §3.4).
    return url.pathname === '/' && url.searchParams.get('temporary-chat') === 'true';
  },

  conversationId(url) {
    return matchPath(url, CONVERSATION_PATH);
  },

  findTurns(root) {
    let candidates: Element[] = [];
    for (const selector of TURN_CONTAINER_SELECTORS) {
      candidates = queryAll(root, selector).filter((element) => !isVirtualListRoot(element));
      if (candidates.length > 0) break;
    }
    const turns: TurnElement[] = [];
    for (const element of innermostOnly(candidates)) {
      // "Thinking" shells and empty turns carry `data-turn` but no message node
      // (SirTensor v30 comment, voyager notes): there is no reply text to read yet.
      const message = selfOrDescendant(element, MESSAGE_SELECTOR);
      if (!message) continue;
      const role = roleOf(element, message);
      if (!role) continue;
      const key =
        element.getAttribute('data-turn-id') ??
        message.getAttribute('data-message-id') ??
        element.getAttribute('data-testid');
      turns.push({ element, role, key });
    }
    return turns;
  },

  readText(turn) {
    const bodies = bodiesOf(turn);
    if (bodies.length === 0) return extractVisibleText(turn.element);
    return joinParagraphs(bodies.map((body) => extractVisibleText(body)));
  },

  replyBody(turn) {
    return bodiesOf(turn).at(-1) ?? null;
  },

  isStreaming(turn, doc, isLastTurn) {
    if (turn.role !== 'assistant') return false;
    if (turn.element.querySelector(LEGACY_STREAMING_SELECTOR)) return true;
    if (!turn.element.querySelector(ACTION_BAR_SELECTOR)) return true;
    return isLastTurn && doc.querySelector(STOP_BUTTON_SELECTOR) !== null;
  },

  composer(doc) {
    return firstRankedHtmlElement(doc, COMPOSER_SELECTORS);
  },
};
