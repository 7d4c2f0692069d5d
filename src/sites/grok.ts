/**
 * Grok (grok.com). Findings: /work/shared/design/chat-sites.md §2.7.
 *
 * Trap: user and assistant bubbles BOTH use `.message-bubble .response-content-markdown`.
 * The role comes from the row's alignment (`items-end` = user, `items-start` = assistant),
 * from the bubble's `data-testid` (newer markup), or from the user bubble's `rounded-br-lg`.
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
import type { SiteAdapter, TurnElement, TurnRole } from './types';

/**
 * Turn containers, best first:
 *  1. the row `div[id="response-<uuid>"]` (revivalstack reference DOM; stable id per turn),
 *  2. the bubbles themselves when rows lose their id (`data-testid` seen 2026-09),
 *  3. any `.message-bubble` (SirTensor / ophel).
 */
const TURN_RANKED = [
  'div[id^="response-"]',
  '[data-testid="assistant-message"], [data-testid="user-message"]',
  '.message-bubble',
];

const BUBBLE = '.message-bubble, [data-testid="assistant-message"], [data-testid="user-message"]';

/** Reasoning UI ("Thought for 9s" and the thoughts), before the answer inside the bubble. */
const THINKING = '.thinking-container';

/** The rendered markdown of a message (both roles). `streamdown-chat-md`: seen 2026-09. */
const MARKDOWN_RANKED = ['.response-content-markdown', '.streamdown-chat-md'];

const READ_OPTIONS: TextExtractionOptions = {
  skipSelector: THINKING,
  codeBlockSelector: '[data-testid="code-block"]',
};

/** Row action bar: Regenerate / Read aloud / Copy … (CodeWebChat `div.items-start div.action-buttons > div`). */
const ACTION_BUTTON = '.action-buttons button';

/** Stop button: aria-label (English UI) or the stop-square icon path (CodeWebChat grok.ts). */
const STOP_RANKED = ['button[aria-label^="Stop"]', 'path[d^="M4 9.2v5.6c0 1.116"]'];

/** `/c/<id>` (sidebar links `a[href^="/c/"]`, ophel); `/chat/<id>` also accepted. */
const CONVERSATION_PATH = /^\/(?:c|chat)\/([^/?#]+)/;

/** `/c` alone is a private (unsaved) chat: CodeWebChat opens `a[href="/c#private"]`. */
const PRIVATE_CHAT_PATH = /^\/c\/?$/;

export const grokAdapter: SiteAdapter = {
  id: 'grok',
  name: 'Grok',
  hosts: ['grok.com'],

  isConversationPage(url: URL): boolean {
    return CONVERSATION_PATH.test(url.pathname) || PRIVATE_CHAT_PATH.test(url.pathname);
  },

  conversationId(url: URL): string | null {
    return CONVERSATION_PATH.exec(url.pathname)?.[1] ?? null;
  },

  findTurns(root: ParentNode): TurnElement[] {
    for (const selector of TURN_RANKED) {
      const candidates = outermostOnly(
        Array.from(root.querySelectorAll(selector)).filter((element) => bubbleOf(element) !== null),
      );
      if (candidates.length === 0) continue;
      return candidates.map((element) => ({
        element,
        role: roleOf(element),
        key: element.id.startsWith('response-') ? element.id : null,
      }));
    }
    return [];
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
    if (markdownBlocks(turn).length === 0) return true;
    // The row's action bar may exist but stay empty while streaming (CodeWebChat waits
    // for `.action-buttons > div`), so require an actual button in it.
    if (rowOf(turn.element).querySelector(ACTION_BUTTON) === null) return true;
    return isLastTurn && firstRanked(doc, STOP_RANKED) !== null;
  },

  composer(doc: Document): HTMLElement | null {
    return firstRankedHtmlElement(doc, [
      '[data-testid="chat-input"] [contenteditable="true"]',
      '.tiptap.ProseMirror[contenteditable="true"]', // ophel grok.ts
      'div[contenteditable="true"][role="textbox"]',
      'textarea[aria-label*="Grok"]', // signed-out page
      'form textarea',
    ]);
  },
};

function bubbleOf(turnElement: Element): Element | null {
  return turnElement.matches(BUBBLE) ? turnElement : turnElement.querySelector(BUBBLE);
}

/** The row holding the bubble and its action bar (the bubble itself has no actions). */
function rowOf(turnElement: Element): Element {
  return turnElement.closest('div[id^="response-"]') ?? turnElement.parentElement ?? turnElement;
}

function roleOf(turnElement: Element): TurnRole {
  const row = turnElement.closest('div[id^="response-"]');
  if (row?.classList.contains('items-end')) return 'user';
  if (row?.classList.contains('items-start')) return 'assistant';
  const bubble = bubbleOf(turnElement);
  const testId = bubble?.getAttribute('data-testid');
  if (testId === 'user-message') return 'user';
  if (testId === 'assistant-message') return 'assistant';
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
