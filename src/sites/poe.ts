/**
 * Poe (poe.com). Findings: /work/shared/design/chat-sites.md §2.9 — the least evidence of
 * all sites; confirm against a live DOM before relying on it.
 *
 * Poe styles with CSS modules: `Message_botMessageBubble__aYctV`, where the suffix is a build
 * hash that changes on deploys. Every selector here matches the stable prefix only
 * (`[class*="Message_botMessageBubble__"]`).
 */
import {
  extractVisibleText,
  firstRanked,
  firstRankedHtmlElement,
  outermostOnly,
  type TextExtractionOptions,
} from './dom-text';
import { rankedMatches } from './layout-health';
import { anySelector, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement, TurnRole } from './types';


/** Right-hand bubbles are the person's (current), `humanMessageBubble` (older). */
const USER_MARKERS =
  '[class*="Message_rightSideMessageBubble__"], [class*="ChatMessage_rightSideMessageWrapper__"], [class*="Message_humanMessageBubble__"], [class*="Message_rightSideMessageRow__"]';

/** Left-hand bubbles (with the bot-name header) are the bot's; `botMessageBubble` (older). */
const ASSISTANT_MARKERS =
  '[class*="Message_leftSideMessageBubble__"], [class*="LeftSideMessageHeader_"], [class*="Message_botMessageBubble__"], [class*="Message_leftSideMessageRow__"]';

const BUBBLE_RANKED = [
  '[class*="Message_leftSideMessageBubble__"]',
  '[class*="Message_rightSideMessageBubble__"]',
  '[class*="Message_botMessageBubble__"]',
  '[class*="Message_humanMessageBubble__"]',
];

const BODY_RANKED = selectorsFor('poe', 'replyBody');

const READ_OPTIONS: TextExtractionOptions = {
  // The bot-name header above a reply (survey-2026) is not the reply.
  skipSelector: anySelector('poe', 'notReply'),
  // The code block header (language label + copy button) sits above the <pre>.
  codeBlockSelector: '[class*="MarkdownCodeBlock_container__"]',
};

/** `data-complete="false"` while a message streams (selector table, evidence there). */
const STILL_STREAMING = anySelector('poe', 'streaming');
const COMPLETE = '[data-complete="true"]';

/** Per-message action bar (Share, Retry, …); older pages put it after the bot message. */
const ACTION_BAR = selectorsFor('poe', 'finished').filter((css) => css !== COMPLETE).join(', ');

/** The stop control: its CSS-module class first; the English label is a last resort. */
const STOP_RANKED = selectorsFor('poe', 'pageBusy');

/** Before the first token Poe shows "…" in the bubble; it is not a reply yet. */
const PLACEHOLDER_TEXT = /^(?:…|\.{3})$/;

const CONVERSATION_PATH = /^\/chat\/([^/?#]+)/;

/** `/<BotName>` opens a new chat with that bot; these top-level paths are not bots. */
const NON_BOT_PAGES = new Set([
  'about', 'api', 'api_key', 'apps', 'chat', 'chats', 'contact', 'create_bot', 'creators',
  'edit_bot', 'explore', 'login', 'logout', 'notifications', 'pricing', 'privacy', 'profile',
  'settings', 'signup', 'subscribe', 'subscription', 'tos', 'universal_link_page',
]);
const BOT_PAGE_PATH = /^\/([a-z0-9][\w.-]*)\/?$/i;

export const poeAdapter: SiteAdapter = {
  id: 'poe',
  name: 'Poe',
  hosts: ['poe.com'],

  isConversationPage(url: URL): boolean {
    if (CONVERSATION_PATH.test(url.pathname)) return true;
    const botName = BOT_PAGE_PATH.exec(url.pathname)?.[1];
    return botName !== undefined && !NON_BOT_PAGES.has(botName.toLowerCase());
  },

  conversationId(url: URL): string | null {
    return CONVERSATION_PATH.exec(url.pathname)?.[1] ?? null;
  },

  findTurns(root: ParentNode): TurnElement[] {
    // Rows without a bubble ("context cleared" breaks, date separators) are not turns.
    const rows = outermostOnly(rankedMatches(root, 'poe', 'turn', (element) => roleOf(element) !== null));
    return rows.map((element) => ({ element, role: roleOf(element) as TurnRole, key: keyOf(element) }));
  },

  readText(turn: TurnElement): string {
    const body = replyBody(turn);
    if (body === null) return '';
    const text = extractVisibleText(body, READ_OPTIONS);
    return turn.role === 'assistant' && PLACEHOLDER_TEXT.test(text) ? '' : text;
  },

  replyBody,

  isStreaming(turn: TurnElement, doc: Document, isLastTurn: boolean): boolean {
    if (turn.role === 'user') return false;
    const body = replyBody(turn);
    if (body === null || PLACEHOLDER_TEXT.test((body.textContent ?? '').trim())) return true;
    // The per-message `data-complete` marker (selector table), on the message or inside its row.
    const onTurn = (css: string) => turn.element.matches(css) || turn.element.querySelector(css) !== null;
    if (onTurn(STILL_STREAMING)) return true;
    if (!onTurn(COMPLETE) && !hasActionBar(turn.element)) return true;
    return isLastTurn && firstRanked(doc, STOP_RANKED) !== null;
  },

  composer(doc: Document): HTMLElement | null {
    return firstRankedHtmlElement(doc, [
      'textarea[class*="GrowingTextArea_textArea__"]',
      '[class*="ChatMessageInputContainer_"] textarea',
      'footer textarea',
      'textarea',
    ]);
  },
};

function roleOf(message: Element): TurnRole | null {
  if (message.matches(USER_MARKERS) || message.querySelector(USER_MARKERS) !== null) return 'user';
  if (message.matches(ASSISTANT_MARKERS) || message.querySelector(ASSISTANT_MARKERS) !== null) {
    return 'assistant';
  }
  return null;
}

function keyOf(message: Element): string | null {
  if (message.id.startsWith('message-')) return message.id;
  const withId = message.closest('[id^="message-"]') ?? message.querySelector('[id^="message-"]');
  return withId?.id ?? null;
}

function replyBody(turn: TurnElement): Element | null {
  const bubble = firstRanked(turn.element, BUBBLE_RANKED);
  // The body may sit beside the bubble in a late-2026 row, so the row is searched too.
  return firstRanked(bubble ?? turn.element, BODY_RANKED) ?? firstRanked(turn.element, BODY_RANKED) ?? bubble;
}

/**
 * The action bar is inside the message, or (older pages) a sibling after it in the
 * message pair (`ChatMessagesView_messagePair__* > section.ChatMessageActionBar_actionBar__*`).
 */
function hasActionBar(message: Element): boolean {
  if (message.querySelector(ACTION_BAR) !== null) return true;
  for (let sibling = message.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling) {
    if (sibling.matches(ACTION_BAR)) return true;
    if (roleOf(sibling) !== null) return false; // reached the next message
  }
  return false;
}
