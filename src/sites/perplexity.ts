/**
 * Perplexity (www.perplexity.ai). Evidence: docs chat-sites.md §1, §2.5.
 *
 * Perplexity has no turn wrapper (sho7650 `ready.ts`): queries and answers are siblings
 * in document order, so an answer is "every prose block after a query, up to the next
 * query". Two layouts are served at once (sho7650, issue #444):
 *   legacy:  div#markdown-content-N > … > div.prose.dark:prose-invert(.inline)
 *   2026-08: div#markdown-content-N left EMPTY, div.prose.dark:prose-invert.inline beside it
 * Since 2026-04 one answer can be split into several `.has-inline-images > div > .prose`
 * blocks, which are concatenated. From 2026-08 the answer is also `.prose[data-renderer="lm"]`
 * (Tuanle207/ai-proxy, live 2026-08-16..23) and the query a `group/user-bubble`; a Deep
 * Research card's own prose beside an answer is left out. Query: `[class~="group/query"] span.select-text`
 * (an <h1> in the 2026-02 capture, a <div> in sho7650's selector).
 * 2026-09 (live readings 2026-09-18 and 2026-09-26): a flat list of `[data-workflow-entry="N"]`
 * question blocks, each followed by its answer's `[data-workflow-final-text]` block (mounted with
 * the first token) and `[data-workflow-text-footer]` row; the stop control is found by its icon.
 */
import {
  extractVisibleText,
  firstRanked,
  firstRankedHtmlElement,
  inDocumentOrder,
  joinParagraphs,
  matchPath,
  outermostOnly,
  queryAll,
  selfAndDescendants,
} from './dom-text';
import { SITE_HOSTS } from './hosts';
import { rankedMatches } from './layout-health';
import { anySelector, selectorEntries, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement } from './types';

/**
 * Query containers (selector table `userTurn`: tag-agnostic `group/query`, sho7650
 * `userQuery`; `group/user-bubble` in the layout with `data-renderer="lm"` answers), else
 * the selectable query text itself, as a last resort.
 */
const QUERY_SELECTORS = selectorEntries('perplexity', 'userTurn')
  .filter((entry) => entry.lastResort !== true)
  .map((entry) => entry.css);
/**
 * The query's text inside its container: the markdown renderer's node in the bubble (live
 * 2026-09-25, sho7650 perplexity-user-bubble-2026-09.md: `span.select-text` gone from the
 * page), else the selectable span of the earlier layout.
 */
const QUERY_TEXT_SELECTORS = selectorsFor('perplexity', 'userBody');

/**
 * Answer prose, both layouts at once (sho7650 `answerProse`, `markdownContent`,
 * `deepResearchProse`; PR #450, 2026-08-16); `dark\:prose-invert` is the escaped
 * Tailwind class.
 */
const ANSWER_PROSE_SELECTOR = anySelector('perplexity', 'replyBody');

/**
 * A Deep Research card (sho7650@1f2e07fe selectors/perplexity.ts, 2026-08): a raised panel
 * holding the report's own `.prose.max-w-none`, which nests an `.inline` prose too. It is the
 * collapsed report, not the answer beside it, so no prose inside it is read. A raised panel
 * without such prose is not taken for a card; `.prose.max-w-none` outside a card is still
 * read, so an answer rendered with it is not lost.
 */
const DEEP_RESEARCH_CARD = 'div.bg-raised.rounded-lg';
const DEEP_RESEARCH_PROSE = '.prose.max-w-none';

function inDeepResearchCard(block: Element): boolean {
  const card = block.closest(DEEP_RESEARCH_CARD);
  return card !== null && card.querySelector(DEEP_RESEARCH_PROSE) !== null;
}

/** The legacy per-answer wrapper; its index is the only stable id on the page. */
const MARKDOWN_CONTENT_SELECTOR = '[id^="markdown-content-"]';

/**
 * Present while an answer streams (several automation scripts, §2.5): the only streaming
 * signal, since answers carry no per-answer marker (survey-2026). Found by its test id; its
 * label is localized and never read.
 */
const STOP_BUTTON_SELECTOR = anySelector('perplexity', 'pageBusy');

/**
 * The stop control as read from the live page in 2026-09: the button Perplexity swaps in for
 * Submit while it answers, drawn with this sprite icon and no test id (code index 68397199145,
 * "read from the script the page loads, 2026-09-26"; code index 69426551765, live 2026-09-18).
 * `[data-workflow-final-text]` is no end marker: it is mounted with the first token (same
 * evidence). The icon is referenced as `xlink:href` (a namespaced attribute, which no selector
 * valid in every engine we test on matches), so it is compared in code; plain SVG2 `href` too.
 * An answer's read-aloud player shows the same icon on its Stop: a button inside a thread
 * block is never taken for the stop control.
 */
const STOP_ICON_REF = '#pplx-icon-player-stop-filled';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const THREAD_BLOCK = '[data-workflow-entry], [data-workflow-final-text], [data-workflow-text-footer], .prose';

function iconRef(use: Element): string | null {
  return use.getAttribute('href') ?? use.getAttributeNS(XLINK_NS, 'href');
}

function hasStopIcon(doc: Document): boolean {
  for (const use of doc.querySelectorAll('button use')) {
    if (iconRef(use) !== STOP_ICON_REF) continue;
    if (use.closest(THREAD_BLOCK) === null) return true;
  }
  return false;
}

/** Composer: Lexical editor `#ask-input` (CodeWebChat), older textarea. */
const COMPOSER_SELECTORS = selectorsFor('perplexity', 'composer');

/** `/search/<slug>`; `/search/new` is the redirect for a fresh question. */
const CONVERSATION_PATH = /^\/search\/([^/?#]+)\/?$/;

function findQueries(root: ParentNode): Element[] {
  // A selectable span inside an answer is not a query.
  return outermostOnly(rankedMatches(root, 'perplexity', 'userTurn', (element) => !element.closest('.prose')));
}

/** The smallest element holding every block of one answer, without holding a query. */
function answerContainerFor(blocks: readonly Element[]): Element | null {
  const first = blocks[0];
  if (!first) return null;
  if (blocks.length === 1) return first.closest(MARKDOWN_CONTENT_SELECTOR) ?? first;
  for (let node: Element | null = first; node; node = node.parentElement) {
    const candidate = node;
    if (!blocks.every((block) => candidate.contains(block))) continue;
    const holdsQuery = candidate.querySelector(QUERY_SELECTORS.join(', ')) !== null;
    return holdsQuery ? first : candidate;
  }
  return first;
}

/**
 * The answer's `markdown-content-N` id: its wrapper in the legacy layout, or the empty
 * placeholder just before it in the 2026-08 layout (looked for a few levels up only).
 */
function answerKeyOf(answer: Element): string | null {
  const wrapper = answer.closest(MARKDOWN_CONTENT_SELECTOR);
  if (wrapper) return wrapper.getAttribute('id');
  let node: Element | null = answer;
  for (let level = 0; node && level < 6; level += 1, node = node.parentElement) {
    const placeholder = node.previousElementSibling;
    if (placeholder?.matches(MARKDOWN_CONTENT_SELECTOR)) return placeholder.getAttribute('id');
  }
  return null;
}

function proseBlocksOf(turn: TurnElement): Element[] {
  return outermostOnly(selfAndDescendants(turn.element, ANSWER_PROSE_SELECTOR).filter((block) => !inDeepResearchCard(block)));
}

function queryTextOf(turn: TurnElement): Element {
  if (QUERY_TEXT_SELECTORS.some((selector) => turn.element.matches(selector))) return turn.element;
  return firstRanked(turn.element, QUERY_TEXT_SELECTORS) ?? turn.element;
}

export const perplexityAdapter: SiteAdapter = {
  id: 'perplexity',
  name: 'Perplexity',
  hosts: SITE_HOSTS.perplexity,

  isConversationPage(url) {
    return matchPath(url, CONVERSATION_PATH) !== null;
  },

  conversationId(url) {
    const slug = matchPath(url, CONVERSATION_PATH);
    return slug === 'new' ? null : slug;
  },

  findTurns(root) {
    const queries = findQueries(root);
    const queryElements = new Set(queries);
    const prose = outermostOnly(queryAll(root, ANSWER_PROSE_SELECTOR).filter((block) => !inDeepResearchCard(block))).filter(
      (block) => !queries.some((query) => query.contains(block)),
    );
    const ordered = inDocumentOrder([
      ...queries.map((element) => ({ element })),
      ...prose.map((element) => ({ element })),
    ]);

    // Group consecutive prose blocks into one answer; a query closes the group.
    const turns: TurnElement[] = [];
    let answerBlocks: Element[] = [];
    const closeAnswer = (): void => {
      const element = answerContainerFor(answerBlocks);
      if (element) turns.push({ element, role: 'assistant', key: answerKeyOf(element) });
      answerBlocks = [];
    };
    for (const { element } of ordered) {
      if (queryElements.has(element)) {
        closeAnswer();
        turns.push({ element, role: 'user', key: null });
      } else {
        answerBlocks.push(element);
      }
    }
    closeAnswer();
    return turns;
  },

  readText(turn) {
    if (turn.role === 'user') return extractVisibleText(queryTextOf(turn));
    const blocks = proseBlocksOf(turn);
    if (blocks.length === 0) return extractVisibleText(turn.element);
    return joinParagraphs(blocks.map((block) => extractVisibleText(block)));
  },

  replyBody(turn) {
    if (turn.role === 'user') return queryTextOf(turn);
    return proseBlocksOf(turn).at(-1) ?? null;
  },

  isStreaming(turn, doc, isLastTurn) {
    // No per-answer marker is documented; the page-level stop button describes the
    // newest answer only.
    if (turn.role !== 'assistant' || !isLastTurn) return false;
    return doc.querySelector(STOP_BUTTON_SELECTOR) !== null || hasStopIcon(doc);
  },

  composer(doc) {
    return firstRankedHtmlElement(doc, COMPOSER_SELECTORS);
  },
};
