/**
 * ChatGPT (chatgpt.com, chat.openai.com). Evidence: chat-sites.md §1, §2.1, §3.2 and
 * chat-sites-2026.md (ChatGPT); selectors in selector-table.ts.
 *
 * Late 2026 (redesign rolled out gradually from 2026-09; both layouts can be live):
 *   [data-turn-key=<user message id>]                 ← one exchange, and it holds both roles:
 *     [data-content-search-turn-key="fallback-turn-N"][data-talvt-turn-state="in_progress|complete"]
 *       [data-chatgpt-search-unit-key="<turn>:<n>:user"]        ← the person's unit
 *         [data-user-message-bubble] (the text)
 *       [data-chatgpt-search-unit-key="<turn>:<n>:assistant"]   ← one or more assistant units
 *         h4[data-conversation-role="assistant"] ("ChatGPT said:"; also on units with no key)
 *         button.group/activity-header + a tertiary-tone summary   ← thinking, not the answer
 *         [data-chatgpt-selection-message-id]  ← set only once streaming ended
 *           [data-markdown-text-style="assistant-message"][data-markdown-animated]
 *                                              (animated: while tokens render)
 *     A thinking summary or a tool step is an assistant unit (or an activity header)
 *     before the answer: only the last assistant unit is the reply.
 *   Units are keyed by their exchange's data-turn-key and their role: the "fallback-turn-N"
 *   in their own keys is numbered per mounted window (live 2026-09-26), so it changes as a
 *   long chat scrolls. Streaming markers are looked for in the whole exchange: where
 *   data-talvt-turn-state sits is not pinned, and it can stay in_progress after a stop
 *   (the watcher's stable-text fallback covers that).
 *   Where a [data-turn-key] holds no units, it is one turn of one role (early captures).
 *   While a reply streams (sanitized live recordings 2026-09-29, steipete/oracle PR #516,
 *   why8023/oracle@e51dabe7 tests/fixtures/chatgpt-dom-2026-09/streaming.html) there is no
 *   assistant unit yet: the answer grows in a block that starts with a hidden
 *   span[data-chatgpt-agent-turn-start], after the activity header ("Thinking", shimmering)
 *   and a primary-tone preamble, in [data-markdown-text-style][data-markdown-animated] with
 *   no unit key, no role heading and no message id. At the end that block shrinks to a
 *   "Worked for Ns" header and the keyed unit appears beside it (completed.html). Such a
 *   block with an answer body in it is the reply while no unit follows it; its text is its
 *   last body only (the one being written; earlier ones are preambles).
 *   No data-message-author-role, data-turn, data-turn-id or conversation-turn-N.
 * Early 2026:
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
  inDocumentOrder,
  innermostOnly,
  joinParagraphs,
  outermostOnly,
  matchPath,
  selfAndDescendants,
  selfOrDescendant,
  type TextExtractionOptions,
} from './dom-text';
import { SITE_HOSTS } from './hosts';
import { rankedFirst, rankedMatches } from './layout-health';
import { anySelector, selectorEntries, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement, TurnRole } from './types';

const MESSAGE_SELECTOR = '[data-message-author-role]';
const USER_MESSAGE_SELECTOR = '[data-message-author-role="user"]';
const ASSISTANT_MESSAGE_SELECTOR = '[data-message-author-role="assistant"]';

/** The 2026-09 layout's markers (selector-table.ts, chatgpt, late-2026 rows). */
const NEW_USER_BODY = '[data-user-message-bubble]';
const NEW_REPLY_BODY = '[data-markdown-text-style="assistant-message"]';
const NEW_TURN_KEY = 'data-turn-key';
/** A 2026-09 message unit, its role the key's last part ("<turn>:<n>:user"). */
const USER_UNIT_SELECTOR = anySelector('chatgpt', 'userTurn');
const ASSISTANT_UNIT_SELECTOR = anySelector('chatgpt', 'assistantTurn');
const UNIT_SELECTOR = `${USER_UNIT_SELECTOR}, ${ASSISTANT_UNIT_SELECTOR}`;
/**
 * A language-free mark of an assistant unit, present also where the unit has no unit key
 * (image-only answers): sho7650 docs/investigation/chatgpt-dom-2026-09.md (live
 * 2026-09-26), code index 71044706781 (live 2026-10-02). No `="user"` counterpart.
 */
const ASSISTANT_ROLE_MARKER = 'h4[data-conversation-role="assistant"]';
/**
 * Starts the assistant's part of an exchange, before any unit exists (its parent holds the
 * streaming answer): why8023/oracle@e51dabe7 tests/fixtures/chatgpt-dom-2026-09/
 * streaming.html and completed.html, recorded 2026-09-29 (steipete/oracle PR #516).
 */
const AGENT_TURN_START = '[data-chatgpt-agent-turn-start]';

const ASSISTANT_BODY_SELECTORS = selectorsFor('chatgpt', 'replyBody');
const USER_BODY_SELECTORS = selectorsFor('chatgpt', 'userBody');
const FINISHED_SELECTOR = anySelector('chatgpt', 'finished');
const STREAMING_SELECTOR = anySelector('chatgpt', 'streaming');
const STOP_BUTTON_SELECTOR = anySelector('chatgpt', 'pageBusy');
/** Not the answer: citations, code-block chrome, the thinking summary's header. */
const NOT_REPLY_SELECTOR = anySelector('chatgpt', 'notReply');

const TEXT_OPTIONS: TextExtractionOptions = {
  skipSelector: NOT_REPLY_SELECTOR,
  // 2026-09 code blocks: a wrapper whose class names CodeBlock, with its chrome marked
  // data-markdown-copy="exclude" (survey-2026).
  codeBlockSelector: 'div[class*="CodeBlock"]',
};

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

/** True for a 2026-09 turn or message unit (no author-role attributes anywhere in it). */
function isNewLayoutTurn(element: Element): boolean {
  return (
    element.hasAttribute(NEW_TURN_KEY) ||
    element.matches(UNIT_SELECTOR) ||
    (element.closest(`[${NEW_TURN_KEY}]`) !== null &&
      Array.from(element.children).some((child) => child.matches(ASSISTANT_ROLE_MARKER) || child.matches(AGENT_TURN_START)))
  );
}

/** A block opened by the agent-turn-start marker, with no unit of its own (yet). */
function isAgentBlock(element: Element): boolean {
  return (
    !element.matches(ASSISTANT_UNIT_SELECTOR) &&
    Array.from(element.children).some((child) => child.matches(AGENT_TURN_START)) &&
    !Array.from(element.children).some((child) => child.matches(ASSISTANT_ROLE_MARKER))
  );
}

/** Answer bodies in an element: assistant-message blocks outside the thinking summary. */
function answerBodiesIn(element: Element): Element[] {
  return innermostOnly(selfAndDescendants(element, NEW_REPLY_BODY)).filter((body) => body.closest(NOT_REPLY_SELECTOR) === null);
}

/**
 * A unit's key: its exchange's `data-turn-key` (the user message id, stable across
 * remounts) and its role; one person's unit and one reply per exchange. Never the unit's
 * own `…-unit-key`: its "fallback-turn-N" is numbered per mounted window (2026-09-26), so
 * a reply would change key as the list slides. Without an exchange, the last of the
 * unit's message ids (the reply itself when it spans tool steps, 2026-09-29).
 */
function unitKey(unit: Element, role: TurnRole): string | null {
  const exchangeKey = unit.closest(`[${NEW_TURN_KEY}]`)?.getAttribute(NEW_TURN_KEY);
  if (exchangeKey) return `${exchangeKey}:${role}`;
  const ids = (unit.getAttribute('data-chatgpt-search-message-ids') ?? '').trim().split(/\s+/u);
  return ids.at(-1) || null;
}

/**
 * An exchange's assistant units in document order: those keyed `…:assistant`, and those
 * with no unit key that hold the assistant marker (the marker's parent).
 */
function assistantUnitsOf(exchange: Element): Element[] {
  const found = selfAndDescendants(exchange, `${ASSISTANT_UNIT_SELECTOR}, ${ASSISTANT_ROLE_MARKER}, ${AGENT_TURN_START}`);
  const units = found
    .map((element) => (element.matches(ASSISTANT_ROLE_MARKER) || element.matches(AGENT_TURN_START) ? element.parentElement : element))
    .filter((unit): unit is Element => unit !== null && unit !== exchange && exchange.contains(unit))
    // A marker's parent that holds the person's message is not an assistant unit.
    .filter((unit) => unit.matches(ASSISTANT_UNIT_SELECTOR) || (!selfOrDescendant(unit, USER_UNIT_SELECTOR) && !selfOrDescendant(unit, NEW_USER_BODY)))
    // An agent block counts only while it holds an answer body and no unit of its own
    // ("Worked for 12s" alone, once the keyed unit stands beside it, is not a reply).
    .filter(
      (unit) =>
        !isAgentBlock(unit) ||
        (answerBodiesIn(unit).length > 0 && !unit.querySelector(`${ASSISTANT_UNIT_SELECTOR}, ${ASSISTANT_ROLE_MARKER}`)),
    );
  return outermostOnly(inDocumentOrder(units.map((element) => ({ element }))).map(({ element }) => element));
}

/**
 * The turns of a 2026-09 exchange that holds its message units: the person's unit, and
 * the last assistant unit as the reply (a thinking summary or a tool step before it is
 * not the answer). Null when the exchange has no units: then it is one turn itself.
 */
function unitTurnsOf(exchange: Element): TurnElement[] | null {
  const users = outermostOnly(selfAndDescendants(exchange, USER_UNIT_SELECTOR));
  const assistants = assistantUnitsOf(exchange);
  if (users.length === 0 && assistants.length === 0) return null;
  const turns: TurnElement[] = users.map((element) => ({ element, role: 'user', key: unitKey(element, 'user') }));
  const reply = assistants.at(-1);
  if (reply) turns.push({ element: reply, role: 'assistant', key: unitKey(reply, 'assistant') });
  return inDocumentOrder(turns);
}

/** The turn's declared role, else that of its (first) message. */
function roleOf(container: Element, message: Element): TurnRole | null {
  const declared = container.getAttribute('data-turn');
  if (declared === 'user' || declared === 'assistant') return declared;
  const role = message.getAttribute('data-message-author-role');
  return role === 'user' || role === 'assistant' ? role : null;
}

/** A 2026-09 turn's role, from what it holds; null for an empty shell. */
function newLayoutRoleOf(element: Element): TurnRole | null {
  if (selfOrDescendant(element, NEW_REPLY_BODY)) return 'assistant';
  if (selfOrDescendant(element, NEW_USER_BODY)) return 'user';
  return null;
}

function messagesOf(turn: TurnElement): Element[] {
  const selector = turn.role === 'assistant' ? ASSISTANT_MESSAGE_SELECTOR : USER_MESSAGE_SELECTOR;
  return selfAndDescendants(turn.element, selector);
}

/**
 * The 2026-09 answer bodies of a turn: every assistant-message block outside the thinking
 * summary (a turn can hold a summary and the answer, both styled as assistant messages).
 */
function newLayoutReplyBodies(turn: TurnElement): Element[] {
  const bodies = answerBodiesIn(turn.element);
  // A streaming agent block: only the body being written is the answer; a primary-tone
  // preamble before the activity headers is not (2026-09-29 streaming recording).
  if (isAgentBlock(turn.element)) return bodies.slice(-1);
  return bodies;
}

/** Each message's body; one turn can hold several assistant messages (tools, images). */
function bodiesOf(turn: TurnElement): Element[] {
  if (isNewLayoutTurn(turn.element)) {
    if (turn.role === 'assistant') return newLayoutReplyBodies(turn);
    const body = firstRanked(turn.element, USER_BODY_SELECTORS);
    return body ? [body] : [];
  }
  const selectors = turn.role === 'assistant' ? ASSISTANT_BODY_SELECTORS : USER_BODY_SELECTORS;
  const messages = messagesOf(turn);
  const bodies = messages.map((message) => firstRanked(message, selectors));
  // A tool step ("Searched the web" and its source cards) is an assistant message of its
  // own in the turn, with no reply body: when any message has a body, only bodies are
  // the answer; a turn with none (an image, say) is read whole.
  if (turn.role === 'assistant' && bodies.some((body) => body !== null)) {
    return bodies.filter((body): body is Element => body !== null);
  }
  return messages.map((message, i) => bodies[i] ?? message);
}

/**
 * Per-turn signals of the 2026-09 layout: any streaming marker in the whole exchange
 * (animated text, data-talvt-turn-state="in_progress", whose element is not pinned by the
 * evidence), else an id on the answer's wrapper once done.
 */
function newLayoutStreaming(turn: TurnElement): boolean {
  const exchange = turn.element.closest(`[${NEW_TURN_KEY}]`) ?? turn.element;
  if (exchange.matches(STREAMING_SELECTOR) || exchange.querySelector(STREAMING_SELECTOR)) return true;
  const bodies = newLayoutReplyBodies(turn);
  const answer = bodies.at(-1);
  if (!answer) return true;
  if (answer.matches(STREAMING_SELECTOR)) return true;
  // The message id is set on an ancestor of the answer only after streaming ended: inside
  // the unit, or between it and its exchange.
  const finished = answer.closest(FINISHED_SELECTOR);
  return finished === null || !exchange.contains(finished);
}

/** The turn list's ranked selectors (selector-table.ts), newest layout first. */
const TURN_RANKS = selectorEntries('chatgpt', 'turn').map((entry) => entry.css);

const isTurnCandidate = (element: Element): boolean => !isVirtualListRoot(element);

/** findTurnsInSlices: candidates read between two looks at the clock. */
const CANDIDATES_PER_CLOCK_READ = 8;

/** The turns one candidate of the turn list stands for (none for an empty shell). */
function turnsOfCandidate(element: Element): TurnElement[] {
  if (isNewLayoutTurn(element)) {
    const units = unitTurnsOf(element);
    if (units) return units;
    const role = newLayoutRoleOf(element);
    // An empty unit is a turn still being set up, or an unmounted virtual shell.
    return role ? [{ element, role, key: element.getAttribute(NEW_TURN_KEY) || null }] : [];
  }
  // "Thinking" shells and empty turns carry `data-turn` but no message node
  // (SirTensor v30 comment, voyager notes): there is no reply text to read yet.
  const message = selfOrDescendant(element, MESSAGE_SELECTOR);
  if (!message) return [];
  const role = roleOf(element, message);
  if (!role) return [];
  const key = element.getAttribute('data-turn-id') ?? message.getAttribute('data-message-id') ?? element.getAttribute('data-testid');
  return [{ element, role, key }];
}

/** The outermost element matching `css` (virtual-list roots aside) that is or holds `node`. */
function outermostCandidate(node: Element, css: string): Element | null {
  let found: Element | null = null;
  for (let element = node.closest(css); element; element = element.parentElement?.closest(css) ?? null) {
    if (isTurnCandidate(element)) found = element;
  }
  return found;
}

/**
 * The rank of the turn list the page's turns were last found with, from its last turn:
 * every late-2026 turn is an exchange or lies in one, and an early-2026 page has no
 * exchange at all (else the late-2026 rank would have matched). Null for the last-resort
 * rank, or a turn no longer on the page.
 */
function pageRankOf(last: TurnElement): number | null {
  if (!last.element.isConnected) return null;
  if (outermostCandidate(last.element, TURN_RANKS[0] as string) !== null) return 0;
  if (outermostCandidate(last.element, TURN_RANKS[1] as string) !== null) return 1;
  return null;
}

export const chatgptAdapter: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  hosts: SITE_HOSTS.chatgpt,

  isConversationPage(url) {
    if (matchPath(url, CONVERSATION_PATH) !== null) return true;
    // A temporary chat keeps its URL at `/?temporary-chat=true` (voyager, §3.4).
    return url.pathname === '/' && url.searchParams.get('temporary-chat') === 'true';
  },

  conversationId(url) {
    return matchPath(url, CONVERSATION_PATH);
  },

  findTurns(root) {
    const candidates = rankedMatches(root, 'chatgpt', 'turn', isTurnCandidate);
    return innermostOnly(candidates).flatMap(turnsOfCandidate);
  },

  findTurnsInSlices(root) {
    let candidates: Element[] | null = null;
    let next = 0;
    const turns: TurnElement[] = [];
    return {
      step(timeUp) {
        if (candidates === null) {
          // The page-wide query alone can take most of a slice on a long page (cold, at load).
          candidates = innermostOnly(rankedMatches(root, 'chatgpt', 'turn', isTurnCandidate));
          if (candidates.length > CANDIDATES_PER_CLOCK_READ && timeUp()) return null;
        }
        while (next < candidates.length) {
          for (const turn of turnsOfCandidate(candidates[next++] as Element)) turns.push(turn);
          // The clock is read every few candidates: reading it costs about as much as one.
          if (next % CANDIDATES_PER_CLOCK_READ === 0 && next < candidates.length && timeUp()) return null;
        }
        return turns;
      },
    };
  },

  turnsAround(node, last) {
    const rank = pageRankOf(last);
    if (rank === null) return null;
    const css = TURN_RANKS[rank] as string;
    // Late-2026 markup appearing on an early-2026 page makes findTurns rank the whole page
    // anew (the newest layout wins): only the whole page can tell.
    if (rank > 0) {
      const newer = TURN_RANKS[0] as string;
      if (outermostCandidate(node, newer) !== null || selfAndDescendants(node, newer).some(isTurnCandidate)) return null;
    }
    // Turns are the innermost candidates, so only the outermost candidate holding the
    // node can change with it; a node outside every candidate brings its own.
    const scope = outermostCandidate(node, css) ?? node;
    const candidates = innermostOnly(selfAndDescendants(scope, css).filter(isTurnCandidate));
    return { scope, turns: candidates.flatMap(turnsOfCandidate) };
  },

  readText(turn) {
    const bodies = bodiesOf(turn);
    if (bodies.length === 0) return isNewLayoutTurn(turn.element) ? '' : extractVisibleText(turn.element, TEXT_OPTIONS);
    return joinParagraphs(bodies.map((body) => extractVisibleText(body, TEXT_OPTIONS)));
  },

  replyBody(turn) {
    return bodiesOf(turn).at(-1) ?? null;
  },

  isStreaming(turn, doc, isLastTurn) {
    if (turn.role !== 'assistant') return false;
    if (isNewLayoutTurn(turn.element)) {
      if (newLayoutStreaming(turn)) return true;
    } else {
      if (turn.element.querySelector(STREAMING_SELECTOR)) return true;
      if (!turn.element.querySelector(FINISHED_SELECTOR)) return true;
    }
    return isLastTurn && doc.querySelector(STOP_BUTTON_SELECTOR) !== null;
  },

  composer(doc) {
    const found = rankedFirst(doc, 'chatgpt', 'composer');
    return found && found.namespaceURI === 'http://www.w3.org/1999/xhtml' ? (found as HTMLElement) : null;
  },
};
