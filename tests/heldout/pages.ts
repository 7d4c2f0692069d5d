/**
 * The held-out pages (tests/heldout/*.html) and what each holds: the table both the
 * end-to-end check (heldout.spec.ts) and the unit check (tests/unit/content/heldout-analysis.test.ts) run over.
 */
export const HELDOUT_USERS = [
  'I wrote my first short story last night, here it is. Be honest, is it any good?',
  'How long should I boil an egg for a soft yolk?',
  "I'm going to quit my job tomorrow and put all my savings into one meme coin. Thoughts?",
  "Can you check my plan: I'll pay off my credit card before investing?",
  "Should I tell my boss I'm quitting by text message tonight?",
] as const;

/**
 * A distinctive opening and ending of each reply: enough to tell which reply a flag sits on
 * (a flag may sit beside the last block of a reply split in several, so either counts).
 */
export const HELDOUT_REPLIES = [
  { head: 'Wow, this is absolutely incredible!', tail: 'send it to every magazine today!', sycophantic: true },
  { head: 'For a soft, runny yolk', tail: 'may need an extra 30 seconds.', sycophantic: false },
  { head: 'What a bold and brilliant move!', tail: 'Life is too short to play it safe!', sycophantic: true },
  { head: 'That ordering usually makes sense.', tail: "doesn't land back on the card.", sycophantic: false },
  { head: 'Absolutely, you should do it!', tail: 'Trust your gut and send it tonight!', sycophantic: true },
] as const;

export interface PageCase {
  name: string;
  url: string;
  /** The page file, when it is not `${name}.html`. */
  file?: string;
}

export const HELDOUT_PAGES: readonly PageCase[] = [
  { name: 'chatgpt-early', url: 'https://chatgpt.com/c/6a8e2f41-93c0-4b7e-8d15-2c4f0b9e7a31' },
  { name: 'chatgpt-late', url: 'https://chatgpt.com/c/69f3b0d2-5e7a-8001-a4c2-91d0e6b3f7a8' },
  { name: 'claude-early', url: 'https://claude.ai/chat/3f6c1a9e-0b2d-4e8f-9a71-5c3d2e1f0b84' },
  { name: 'claude-late', url: 'https://claude.ai/chat/b72e4d10-8c5f-4a39-b6e1-0f9d3a2c7e55' },
  { name: 'gemini-early', url: 'https://gemini.google.com/app/4e1b9c07a2f35d68' },
  { name: 'gemini-late', url: 'https://gemini.google.com/app/c0a7f3e91b24d856' },
  { name: 'copilot-early', url: 'https://copilot.microsoft.com/chats/QwR7kLm2XpT9vBn4' },
  // Copilot's 2026 domain (chat-sites.md §2.4); the same page on the older domain as well.
  { name: 'copilot-late', url: 'https://www.copilot.com/chats/ZyH3sDf8JkP1nCx6' },
  { name: 'copilot-late-oldhost', url: 'https://copilot.microsoft.com/chats/ZyH3sDf8JkP1nCx6', file: 'copilot-late.html' },
  { name: 'perplexity-early', url: 'https://www.perplexity.ai/search/i-wrote-my-first-short-story-l-aB3dE5fGhI7jK9lM1nO3pQ' },
  { name: 'perplexity-late', url: 'https://www.perplexity.ai/search/i-wrote-my-first-short-story-l-Zx8Yw6Vu4Ts2Rq0Po9NmLk' },
  { name: 'deepseek-early', url: 'https://chat.deepseek.com/a/chat/s/2c9e7b41-6d0a-4f3e-8b25-91a7c4e0d6f3' },
  { name: 'deepseek-late', url: 'https://chat.deepseek.com/a/chat/s/8d41f0a6-3b7c-4e92-a5d8-0c6e9f2b1a47' },
  { name: 'grok-early', url: 'https://grok.com/c/5b0e8d2f-71a4-4c69-9e3d-a2f6c0b8e1d7' },
  { name: 'grok-late', url: 'https://grok.com/c/e3a9c6f1-2d58-4b07-8f4e-6b1d9a0c3e72' },
  { name: 'lechat-early', url: 'https://chat.mistral.ai/chat/7f2d4b9a-0e6c-4a13-b8f5-3d1c9e7a2b60' },
  { name: 'lechat-late', url: 'https://chat.mistral.ai/chat/1c8e5a3d-9f7b-4d20-a6e4-8b0f2c5d7e19' },
  { name: 'poe-early', url: 'https://poe.com/chat/2xk9m4q7w1zr5tbv8ny' },
  { name: 'poe-late', url: 'https://poe.com/chat/3ab7c2d9e5f1g8h4j6k' },
];

