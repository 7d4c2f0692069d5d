/**
 * Grok (grok.com). Findings: /work/shared/design/chat-sites.md §2.7.
 *
 * Trap: user and assistant bubbles BOTH use `.message-bubble .response-content-markdown`.
 * The role comes from the bubble's `data-testid` or `aria-label` (2026-09), else from the
 * row's alignment (`items-end` = user, `items-start` = assistant: older markup, and not
 * reliable on the 2026-09 page), else from the user bubble's `rounded-br-lg`.
 *
 * Not covered: x.com/i/grok is a different React Native Web bundle with no known selectors
 * (chat-sites.md §2.7 "x.com/i/grok"), so its host is deliberately not listed.
 */
import {
  extractVisibleText,
  firstRanked,
  firstRankedHtmlElement,
  joinParagraphs,
  outermostOnly,
  type TextExtractionOptions,
} from './dom-text';
import { SITE_HOSTS } from './hosts';
import { rankedMatches } from './layout-health';
import { anySelector, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement, TurnRole } from './types';

/**
 * Turn containers, best first:
 *  1. the row `div[id="response-<uuid>"]` (revivalstack reference DOM; stable id per turn),
 *  2. the bubbles themselves when rows lose their id (`data-testid` seen 2026-09),
 *  3. any `.message-bubble` (SirTensor / ophel).
 */

const BUBBLE = '.message-bubble, [data-testid="assistant-message"], [data-testid="user-message"]';

/** Reasoning UI ("Thought for 9s" and the thoughts), before the answer inside the bubble. */
const THINKING = '.thinking-container';

/** The rendered markdown of a message (both roles). `streamdown-chat-md`: seen 2026-09. */
const MARKDOWN_RANKED = selectorsFor('grok', 'replyBody');

const READ_OPTIONS: TextExtractionOptions = {
  // Thinking, and citation chips (`a.no-copy`, survey-2026).
  skipSelector: anySelector('grok', 'notReply'),
  // `div.chat-code-block` (2026-09) and the earlier data-testid wrapper.
  codeBlockSelector: '[data-testid="code-block"], div.chat-code-block',
};

/** Row action bar: Regenerate / Read aloud / Copy … (CodeWebChat `div.items-start div.action-buttons > div`). */
const ACTION_BUTTON = anySelector('grok', 'finished');

/** Stop button: aria-label (English UI) or the stop-square icon path (CodeWebChat grok.ts). */
const STOP_RANKED = selectorsFor('grok', 'pageBusy');

/**
 * Grok pauses longer than the watcher's default settle window mid-reply (tool calls,
 * search), and its action bar can come before the text (survey-2026).
 */
const GROK_SETTLE_MS = 2_500;

/** `/c/<id>` (sidebar links `a[href^="/c/"]`, ophel); `/chat/<id>` also accepted. */
const CONVERSATION_PATH = /^\/(?:c|chat)\/([^/?#]+)/;

/** `/c` alone is a private (unsaved) chat: CodeWebChat opens `a[href="/c#private"]`. */
const PRIVATE_CHAT_PATH = /^\/c\/?$/;

export const grokAdapter: SiteAdapter = {
  id: 'grok',
  name: 'Grok',
  hosts: SITE_HOSTS.grok,

  isConversationPage(url: URL): boolean {
    return CONVERSATION_PATH.test(url.pathname) || PRIVATE_CHAT_PATH.test(url.pathname);
  },

  conversationId(url: URL): string | null {
    return CONVERSATION_PATH.exec(url.pathname)?.[1] ?? null;
  },

  settleMs: GROK_SETTLE_MS,

  findTurns(root: ParentNode): TurnElement[] {
    const candidates = outermostOnly(rankedMatches(root, 'grok', 'turn', (element) => bubbleOf(element) !== null));
    return candidates.map((element) => ({
      element,
      role: roleOf(element),
      key: element.id.startsWith('response-') ? element.id : null,
    }));
  },

  readText(turn: TurnElement): string {
    // Every markdown block outside the reasoning, in case one reply renders several.
    return joinParagraphs(markdownBlocks(turn).map((block) => extractVisibleText(block, READ_OPTIONS)));
  },

  replyBody(turn: TurnElement): Element | null {
    return markdownBlocks(turn).at(-1) ?? null;
  },

  isStreaming(turn: TurnElement, doc: Document, isLastTurn: boolean): boolean {
    if (turn.role === 'user') return false;
    const blocks = markdownBlocks(turn);
    // Empty text is still streaming: the action bar can come before the answer does.
    if (blocks.length === 0 || blocks.every((block) => extractVisibleText(block, READ_OPTIONS).trim() === '')) return true;
    // The row's action bar may exist but stay empty while streaming (CodeWebChat waits
    // for `.action-buttons > div`), so require an actual button in it.
    if (rowOf(turn.element).querySelector(ACTION_BUTTON) === null) return true;
    return isLastTurn && firstRanked(doc, STOP_RANKED) !== null;
  },

  composer(doc: Document): HTMLElement | null {
    return firstRankedHtmlElement(doc, selectorsFor('grok', 'composer'));
  },
};

function bubbleOf(turnElement: Element): Element | null {
  return turnElement.matches(BUBBLE) ? turnElement : turnElement.querySelector(BUBBLE);
}

/** The row holding the bubble and its action bar (the bubble itself has no actions). */
function rowOf(turnElement: Element): Element {
  return turnElement.closest('div[id^="response-"]') ?? turnElement.parentElement ?? turnElement;
}

/**
 * The bubble's own marks first: `data-testid`, then `aria-label` ("You" / "Grok"). The
 * row's `items-end` / `items-start` come after them: measured on the live page on
 * 2026-09-29 they matched 4 and 3 rows against 3 person's and 3 Grok messages, "not a role
 * signal" (andrewfung729/vmscript-grok-export@87cd32d5 docs/PLAN.md §2); a reply taken for
 * the person's would never be checked.
 */
function roleOf(turnElement: Element): TurnRole {
  const bubble = bubbleOf(turnElement);
  const testId = bubble?.getAttribute('data-testid');
  if (testId === 'user-message') return 'user';
  if (testId === 'assistant-message') return 'assistant';
  const label = bubble?.getAttribute('aria-label');
  if (label === 'You') return 'user';
  if (label === 'Grok') return 'assistant';
  const row = turnElement.closest('div[id^="response-"]');
  if (row?.classList.contains('items-end')) return 'user';
  if (row?.classList.contains('items-start')) return 'assistant';
  // ophel: user `.message-bubble.rounded-br-lg`; assistant bubbles lack that corner.
  return bubble?.classList.contains('rounded-br-lg') ? 'user' : 'assistant';
}

function markdownBlocks(turn: TurnElement): Element[] {
  const bubble = bubbleOf(turn.element) ?? turn.element;
  for (const selector of MARKDOWN_RANKED) {
    const blocks = outermostOnly(Array.from(bubble.querySelectorAll(selector))).filter(
      (block) => block.closest(THINKING) === null,
    );
    if (blocks.length > 0) return blocks;
  }
  return [];
}
