/** The site selector table's ranked lists by purpose; apart from selector-schema.ts so a reader of layout health needs no zod. */
/**
 * What each ranked list is for. Every adapter reads some of these; health reports the
 * rank at which each list matched.
 */
export const SELECTOR_LISTS = [
  /** Turn containers (either role), newest markup first. */
  'turn',
  /** The person's turns, when the site marks them apart. */
  'userTurn',
  /** The assistant's turns, when the site marks them apart. */
  'assistantTurn',
  /** The reply's body inside an assistant turn. */
  'replyBody',
  /** The person's text inside a user turn. */
  'userBody',
  /** Present in a turn (or on it) only once the reply finished. */
  'finished',
  /** Present in a turn while its reply still streams. */
  'streaming',
  /** Present on the page while the newest reply streams (the stop control). */
  'pageBusy',
  /** Inside a reply but not the answer: thinking, citations, disclaimers, chrome. */
  'notReply',
  /** The message composer. */
  'composer',
] as const;
export type SelectorListName = (typeof SELECTOR_LISTS)[number];
