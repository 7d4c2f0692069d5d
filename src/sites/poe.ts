/**
 * Poe (poe.com). Findings: /work/shared/design/chat-sites.md §2.9, and real page captures of
 * February 2026 (SyncNos/SyncNos-Webclipper's committed page dumps, commits 558661fe,
 * 0fef2873, d6e6defe; fixture captured-2026-02.html follows them). No public capture shows a
 * reply while it streams, nor the stop control, in 2025 or 2026.
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
import { SITE_HOSTS } from './hosts';
import { rankedMatches } from './layout-health';
import { anySelector, selectorsFor } from './selector-table';
import type { SiteAdapter, TurnElement, TurnRole } from './types';


/** Right-hand bubbles are the person's (current), `humanMessageBubble` (older). */
const USER_MARKERS =
  '[class*="Message_rightSideMessageBubble__"], [class*="ChatMessage_rightSideMessageWrapper__"], [class*="Message_humanMessageBubble__"], [class*="Message_rightSideMessageRow__"]';

/**
 * Left-hand bubbles (with the bot-name header) are the bot's; `botMessageBubble` and the
 * `LeftSideChatMessageHeader_` header prefix are older (an undated English capture).
 */
const ASSISTANT_MARKERS =
  '[class*="Message_leftSideMessageBubble__"], [class*="LeftSideMessageHeader_"], [class*="LeftSideChatMessageHeader_"], [class*="Message_botMessageBubble__"], [class*="Message_leftSideMessageRow__"]';

/**
 * A chat notice ("you renamed the chat") is a message with a right-side wrapper and no
 * bubble (2026-02 captures): not a turn.
 */
const ANNOUNCEMENT = '[class*="Message_chatAnnouncement__"]';

/** A reasoning bot's reply opens with "Thinking..." and its thinking in a blockquote (2026-02 captures). */
const THINKING_LABEL = /^\s*Thinking(?:\.\.\.|…)\s*$/;

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
  skip: isThinkingBlock,
  // The code block header (language label + copy button) sits above the <pre>.
  codeBlockSelector: '[class*="MarkdownCodeBlock_container__"]',
};

/** `data-complete="false"` while a message streams (selector table, evidence there). */
const STILL_STREAMING = anySelector('poe', 'streaming');
const COMPLETE = '[data-complete="true"]';

/**
 * What shows once a reply is done: the action bar (Share, Retry, …) and the follow-up
 * suggestions, inside the message on some pages, after the tuple's last message on others.
 */
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
  hosts: SITE_HOSTS.poe,

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
    // The per-message `data-complete` marker (selector table): on the message itself
    // (2026-02 captures) or on its inner row (older); on an ancestor when a lower-ranked
    // selector found the turn inside the message.
    const marked = turn.element.closest('[data-complete]');
    const onTurn = (css: string) =>
      turn.element.matches(css) || turn.element.querySelector(css) !== null || (marked !== null && marked.matches(css));
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
  if (message.matches(ANNOUNCEMENT) || message.querySelector(ANNOUNCEMENT) !== null) return null;
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
 * The action bar is inside the message, or after it in its group: a direct sibling
 * (`ChatMessagesView_messagePair__* > section.ChatMessageActionBar_actionBar__*`, older) or
 * inside an unnamed <div> after the tuple's last message (2026-02 captures).
 */
function hasActionBar(message: Element): boolean {
  if (message.querySelector(ACTION_BAR) !== null) return true;
  for (let sibling = message.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling) {
    if (sibling.matches(ACTION_BAR)) return true;
    if (roleOf(sibling) !== null) return false; // reached the next message
    if (sibling.querySelector(ACTION_BAR) !== null) return true;
  }
  return false;
}

/** The "Thinking..." label of a reasoning bot's reply and the blockquote of thinking after it. */
function isThinkingBlock(element: Element): boolean {
  if (element.localName === 'p') {
    const next = element.nextElementSibling;
    return element.previousElementSibling === null && next?.localName === 'blockquote' && THINKING_LABEL.test(element.textContent ?? '');
  }
  if (element.localName !== 'blockquote') return false;
  const label = element.previousElementSibling;
  return label !== null && label.localName === 'p' && label.previousElementSibling === null && THINKING_LABEL.test(label.textContent ?? '');
}
