/**
 * Microsoft Copilot (copilot.microsoft.com, and www.copilot.com since 2026).
 * Evidence: docs chat-sites.md §1, §2.4, §3.2.
 *
 * Page shape (revivalstack reference DOM `copilot-dom-2question-ans-pairs.html`):
 *   div[data-content="conversation"]
 *     div.group/user-message[role=article][id="<id>-user-message"]
 *       h5.sr-only "You said" … div[data-content="user-message"] (the text)
 *     div.group/ai-message[data-content="ai-message"][data-testid="ai-message"][role=article]
 *       h6.sr-only "Copilot said"
 *       div.group/ai-message-item[id="<msgId>-content-0"] (the reply)
 *       div[data-testid="message-item-reactions"]   ← once the reply finished
 * UI chrome there is marked `data-copy="false"` (sr-only headings, reaction rows).
 */
import {
  extractVisibleText,
  firstRankedHtmlElement,
  inDocumentOrder,
  joinParagraphs,
  matchPath,
  outermostOnly,
  selfAndDescendants,
  type TextExtractionOptions,
} from './dom-text';
import { SITE_HOSTS } from './hosts';
import { rankedMatches } from './layout-health';
import { anySelector, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement, TurnRole } from './types';

/*
 * Assistant turns (selector table `assistantTurn`): the data attributes of the older script
 * (`[data-content="ai-message"]`, be91a8…) and the class of the newer one
 * (`.group/ai-message`, 023a18…); the 2026 reference DOM carries both, so the union is safe.
 *
 * User turns (`userTurn`): the article (`.group/user-message`, newer script) when present,
 * else the text bubble (`[data-content="user-message"]`, older script).
 */

/** Reply items: `.group/ai-message-item` (id `<msgId>-content-N`), one or more per turn. */
const AI_BODY_SELECTOR = '[class~="group/ai-message-item"]';

const USER_BODY_SELECTOR = '[data-content="user-message"]';

/** Appears under a reply once it finished (CodeWebChat `footer_selector`, §2.4; still so 2026-08). */
const ACTION_BAR_SELECTOR = anySelector('copilot', 'finished');

/** Shown in the composer while a reply streams (CodeWebChat `is_generating`; label localized). */
const STOP_BUTTON_SELECTOR = anySelector('copilot', 'pageBusy');

/** Composer: `textarea#userInput` (unattributed), any textarea (CodeWebChat). */
const COMPOSER_SELECTORS = selectorsFor('copilot', 'composer');

/** `/chats/<id>` (unattributed, §1). */
const CONVERSATION_PATH = /^\/chats\/([^/?#]+)\/?$/;

/**
 * Code blocks: the header strip (`<span class="capitalize">bash</span>` + "Copy" button)
 * sits next to the element holding the <pre> (revivalstack `copilot-codeblock-dom.html`).
 */
function isCodeBlockHeader(element: Element): boolean {
  // Cheapest test first: this runs for every element of a reply.
  let hasOwnButton = false;
  for (let child = element.firstElementChild; child && !hasOwnButton; child = child.nextElementSibling) {
    hasOwnButton = child.tagName.toUpperCase() === 'BUTTON';
  }
  if (!hasOwnButton) return false;
  const next = element.nextElementSibling;
  return next !== null && next.querySelector('pre') !== null && element.querySelector('pre') === null;
}

const TEXT_OPTIONS: TextExtractionOptions = {
  // Copilot marks its own chrome (sr-only headings, reaction rows) `data-copy="false"`.
  skipSelector: '[data-copy="false"], [data-testid="message-item-reactions"]',
  skip: isCodeBlockHeader,
};

/** The key from the ids Copilot puts on turns: `<id>-user-message`, `<msgId>-content-0`. */
function keyOf(element: Element, role: TurnRole): string | null {
  if (role === 'user') {
    const id = element.getAttribute('id');
    return id ? id.replace(/-user-message$/, '') : null;
  }
  const itemId = element.querySelector(AI_BODY_SELECTOR)?.getAttribute('id') ?? '';
  const suffix = itemId.lastIndexOf('-content-');
  return suffix > 0 ? itemId.slice(0, suffix) : null;
}

function aiItemsOf(turn: TurnElement): Element[] {
  return selfAndDescendants(turn.element, AI_BODY_SELECTOR);
}

/** The turn's chrome: screen-reader headings and the reactions row. */
const CHROME_SELECTOR = `.sr-only, [data-copy="false"], ${ACTION_BAR_SELECTOR}`;

/**
 * Without `.group/ai-message-item` wrappers (older markup), the reply is the article's
 * first child that is neither chrome nor holds the reactions row and has visible text
 * (the newer revivalstack script reads `:scope > div:nth-child(2)`, the child after the
 * sr-only heading). Code blocks inside the reply carry `data-copy="false"` buttons too,
 * so "contains chrome" is not a test.
 */
function aiContentChildOf(turn: TurnElement): Element | null {
  return (
    Array.from(turn.element.children).find(
      (child) =>
        !child.matches(CHROME_SELECTOR) &&
        !child.querySelector(ACTION_BAR_SELECTOR) &&
        extractVisibleText(child, TEXT_OPTIONS) !== '',
    ) ?? null
  );
}

function userBodyOf(turn: TurnElement): Element | null {
  const { element } = turn;
  return element.matches(USER_BODY_SELECTOR) ? element : element.querySelector(USER_BODY_SELECTOR);
}

/**
 * ChatGPT's 2026-09 user unit carries the same Tailwind group name as Copilot's user turn
 * (`group/user-message`: why8023/oracle@e51dabe7 recordings, 2026-09-29); it is told apart by
 * ChatGPT's search-unit keys, which Copilot pages do not have.
 */
function isNotChatGptUnit(element: Element): boolean {
  return element.closest('[data-chatgpt-search-unit-key], [data-content-search-unit-key]') === null;
}

export const copilotAdapter: SiteAdapter = {
  id: 'copilot',
  name: 'Microsoft Copilot',
  // The domain is in flux (§2.4): the 2026 script matches only www.copilot.com, the older
  // one copilot.microsoft.com. Serve both, plus the bare domain.
  hosts: SITE_HOSTS.copilot,

  isConversationPage(url) {
    // The home page is where a new chat happens; a saved one lives at `/chats/<id>`.
    return url.pathname === '/' || matchPath(url, CONVERSATION_PATH) !== null;
  },

  conversationId(url) {
    return matchPath(url, CONVERSATION_PATH);
  },

  findTurns(root) {
    const turns: TurnElement[] = [];
    for (const element of outermostOnly(rankedMatches(root, 'copilot', 'userTurn', isNotChatGptUnit))) {
      turns.push({ element, role: 'user', key: keyOf(element, 'user') });
    }
    for (const element of outermostOnly(rankedMatches(root, 'copilot', 'assistantTurn'))) {
      turns.push({ element, role: 'assistant', key: keyOf(element, 'assistant') });
    }
    return inDocumentOrder(turns);
  },

  readText(turn) {
    if (turn.role === 'user') {
      return extractVisibleText(userBodyOf(turn) ?? turn.element, TEXT_OPTIONS);
    }
    const items = aiItemsOf(turn);
    if (items.length === 0) return extractVisibleText(aiContentChildOf(turn) ?? turn.element, TEXT_OPTIONS);
    return joinParagraphs(items.map((item) => extractVisibleText(item, TEXT_OPTIONS)));
  },

  replyBody(turn) {
    if (turn.role === 'user') return userBodyOf(turn);
    return aiItemsOf(turn).at(-1) ?? aiContentChildOf(turn);
  },

  isStreaming(turn, doc, isLastTurn) {
    if (turn.role !== 'assistant') return false;
    if (!turn.element.querySelector(ACTION_BAR_SELECTOR)) return true;
    return isLastTurn && doc.querySelector(STOP_BUTTON_SELECTOR) !== null;
  },

  composer(doc) {
    return firstRankedHtmlElement(doc, COMPOSER_SELECTORS);
  },
};
