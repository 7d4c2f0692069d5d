/**
 * Gemini (gemini.google.com). Evidence: docs chat-sites.md §1, §2.3, §3.2, §4.
 *
 * Page shape (revivalstack reference DOM `gemini-dom.html`; Angular custom elements, no
 * shadow roots):
 *   infinite-scroller[data-test-id="chat-history-container"]
 *     div.conversation-container[id]           ← one exchange (user + model)
 *       user-query … .query-text > p.query-text-line
 *       model-response … message-content > div.markdown.markdown-main-panel
 *                       … message-actions     ← rendered once the turn finished
 * An unregistered hyphenated tag is still a plain HTMLElement, so querySelector finds it.
 */
import {
  extractVisibleText,
  firstRanked,
  firstRankedHtmlElement,
  inDocumentOrder,
  matchPath,
  outermostOnly,
  queryAll,
  type TextExtractionOptions,
} from './dom-text';
import type { SiteAdapter, TurnElement, TurnRole } from './types';

/**
 * Turns, newest markup first: the custom elements (sho7650, revivalstack
 * `GEMINI_MESSAGE_ITEM_SELECTOR`), then voyager's class/aria fallbacks.
 */
const USER_TURN_SELECTORS: readonly string[] = ['user-query', '.user-query-bubble-with-background'];
const MODEL_TURN_SELECTORS: readonly string[] = [
  'model-response',
  '[aria-label="Gemini response"]',
  '.presented-response-container',
];

/** Reply body, newest first (sho7650 `modelResponseContent`). */
const MODEL_BODY_SELECTORS: readonly string[] = [
  'message-content .markdown.markdown-main-panel',
  '.markdown.markdown-main-panel',
  '.markdown-main-panel',
  'message-content .markdown',
  '.model-response-text',
  'message-content',
];

/** User text (sho7650 `queryTextLine`, revivalstack `div.query-content`). */
const USER_BODY_SELECTORS: readonly string[] = ['.query-text', '.query-content', '.query-text-line'];

/**
 * Besides the shared list (model-thoughts, .cdk-visually-hidden, citations, code-block
 * header): the "Gemini said" header row (`div.response-container-header`, exporter fix
 * notes) and the per-response action row.
 */
const TEXT_OPTIONS: TextExtractionOptions = {
  skipSelector: '.response-container-header, message-actions, .attachment-container',
};

/** Rendered inside `model-response` only once the turn finished (§2.3, §3.2). */
const ACTION_BAR_SELECTOR = 'message-actions';

/**
 * The stop control, by Material icon name (same in every UI language, §2.3/§5):
 * `mat-icon[data-mat-icon-name="stop"]` (CodeWebChat), `mat-icon[fonticon="stop"]`,
 * and the 2026-05 `stop_circle` name (unattributed).
 */
const STOP_ICON_SELECTOR = [
  'mat-icon[data-mat-icon-name="stop"]',
  'mat-icon[fonticon="stop"]',
  'mat-icon[data-mat-icon-name="stop_circle"]',
  'mat-icon[fonticon="stop_circle"]',
  '.send-button.stop',
].join(', ');

/** Composer: Quill editor inside `rich-textarea`. */
const COMPOSER_SELECTORS: readonly string[] = [
  'rich-textarea div.ql-editor[contenteditable="true"]',
  'div.ql-editor[contenteditable="true"]',
  'div[contenteditable="true"][role="textbox"]',
];

/** `/app/<id>` and `/gem/<gem>/<id>`, optionally under Google's `/u/<n>/` account prefix. */
const CONVERSATION_PATH = /^(?:\/u\/\d+)?\/(?:app|gem\/[^/]+)\/([^/?#]+)\/?$/;

function queryTurns(root: ParentNode, selectors: readonly string[], role: TurnRole): TurnElement[] {
  for (const selector of selectors) {
    const elements = outermostOnly(queryAll(root, selector));
    if (elements.length > 0) {
      return elements.map((element) => ({ element, role, key: keyOf(element, role) }));
    }
  }
  return [];
}

/** `.conversation-container[id]` holds one exchange (§3.2), so the role completes the key. */
function keyOf(element: Element, role: TurnRole): string | null {
  const id = element.closest('.conversation-container[id]')?.getAttribute('id');
  return id ? `${id}:${role}` : null;
}

/** The reasoning panel's own content is a `.markdown.markdown-main-panel` too. */
const REASONING_SELECTOR = 'model-thoughts, .model-thoughts, .thoughts-container';

function bodyOf(turn: TurnElement): Element | null {
  if (turn.role === 'user') return firstRanked(turn.element, USER_BODY_SELECTORS);
  for (const selector of MODEL_BODY_SELECTORS) {
    const body = queryAll(turn.element, selector).find((candidate) => !candidate.closest(REASONING_SELECTOR));
    if (body) return body;
  }
  return null;
}

export const geminiAdapter: SiteAdapter = {
  id: 'gemini',
  name: 'Gemini',
  hosts: ['gemini.google.com'],

  isConversationPage(url) {
    return matchPath(url, CONVERSATION_PATH) !== null;
  },

  conversationId(url) {
    return matchPath(url, CONVERSATION_PATH);
  },

  findTurns(root) {
    return inDocumentOrder([
      ...queryTurns(root, USER_TURN_SELECTORS, 'user'),
      ...queryTurns(root, MODEL_TURN_SELECTORS, 'assistant'),
    ]);
  },

  readText(turn) {
    return extractVisibleText(bodyOf(turn) ?? turn.element, TEXT_OPTIONS);
  },

  replyBody(turn) {
    return bodyOf(turn);
  },

  isStreaming(turn, doc, isLastTurn) {
    if (turn.role !== 'assistant') return false;
    if (!turn.element.querySelector(ACTION_BAR_SELECTOR)) return true;
    return isLastTurn && doc.querySelector(STOP_ICON_SELECTOR) !== null;
  },

  composer(doc) {
    return firstRankedHtmlElement(doc, COMPOSER_SELECTORS);
  },
};
