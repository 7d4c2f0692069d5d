/**
 * Gemini (gemini.google.com). Evidence: docs chat-sites.md §1, §2.3, §3.2, §4.
 *
 * Page shape (revivalstack reference DOM `gemini-dom.html`; Angular custom elements, no
 * shadow roots):
 *   infinite-scroller[data-test-id="chat-history-container"]
 *     div.conversation-container[id]           ← one exchange (user + model); possibly a
 *                                                <conversation-container> tag (late 2026)
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
import { SITE_HOSTS } from './hosts';
import { rankedMatches } from './layout-health';
import { anySelector, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement, TurnRole } from './types';

/** Reply body, newest first (sho7650 `modelResponseContent`). */
const MODEL_BODY_SELECTORS = selectorsFor('gemini', 'replyBody');

/** User text (sho7650 `queryTextLine`, revivalstack `div.query-content`). */
const USER_BODY_SELECTORS = selectorsFor('gemini', 'userBody');

/**
 * Besides the shared list (model-thoughts, .cdk-visually-hidden, citations, code-block
 * header): the "Gemini said" header row (`div.response-container-header`, exporter fix
 * notes) and the per-response action row.
 */
const TEXT_OPTIONS: TextExtractionOptions = {
  // Thinking, source lists, the *-disclaimer elements (survey-2026) and the header and
  // action rows: none of it is the answer.
  skipSelector: anySelector('gemini', 'notReply'),
};

/** Rendered inside `model-response` only once the turn finished (§2.3, §3.2). */
const ACTION_BAR_SELECTOR = anySelector('gemini', 'finished');

/** Composer: Quill editor inside `rich-textarea`. */
const COMPOSER_SELECTORS = selectorsFor('gemini', 'composer');

/** `/app/<id>` and `/gem/<gem>/<id>`, optionally under Google's `/u/<n>/` account prefix. */
const CONVERSATION_PATH = /^(?:\/u\/\d+)?\/(?:app|gem\/[^/]+)\/([^/?#]+)\/?$/;

function queryTurns(root: ParentNode, list: 'userTurn' | 'assistantTurn', role: TurnRole): TurnElement[] {
  return outermostOnly(rankedMatches(root, 'gemini', list)).map((element) => ({ element, role, key: keyOf(element, role) }));
}

/**
 * One exchange (user + model, §3.2): `div.conversation-container[id]`, or, in a newer
 * build, a `<conversation-container>` element (Ice-wilderness/ophel@07c85b1c
 * gemini-config.ts, after 2026-08-13, lists both).
 */
const EXCHANGE_SELECTOR = '.conversation-container[id], conversation-container[id]';

/** The reply's own id (`message-content-id-r_<16hex>`, live 2026-09-09 and 2026-09-28). */
const REPLY_ID_SELECTOR = 'message-content[id^="message-content-id-r_"]';

/**
 * The exchange's id completed by the role; without an exchange id, a reply is keyed by its
 * own message-content id, and the person's message by its content (null).
 */
function keyOf(element: Element, role: TurnRole): string | null {
  const id = element.closest(EXCHANGE_SELECTOR)?.getAttribute('id');
  if (id) return `${id}:${role}`;
  if (role !== 'assistant') return null;
  return element.querySelector(REPLY_ID_SELECTOR)?.getAttribute('id') ?? null;
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
  hosts: SITE_HOSTS.gemini,

  isConversationPage(url) {
    return matchPath(url, CONVERSATION_PATH) !== null;
  },

  conversationId(url) {
    return matchPath(url, CONVERSATION_PATH);
  },

  findTurns(root) {
    return inDocumentOrder([
      ...queryTurns(root, 'userTurn', 'user'),
      ...queryTurns(root, 'assistantTurn', 'assistant'),
    ]);
  },

  readText(turn) {
    return extractVisibleText(bodyOf(turn) ?? turn.element, TEXT_OPTIONS);
  },

  replyBody(turn) {
    return bodyOf(turn);
  },

  isStreaming(turn) {
    if (turn.role !== 'assistant') return false;
    // The action row is the end signal, per turn and language-free; the page's stop
    // control is not consulted, because elements of it can linger after the reply
    // finished (issue #10). A row that never comes is covered by the watcher's fallback.
    return turn.element.querySelector(ACTION_BAR_SELECTOR) === null;
  },

  composer(doc) {
    return firstRankedHtmlElement(doc, COMPOSER_SELECTORS);
  },
};
