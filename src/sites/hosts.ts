/**
 * The hosts of every supported chat site, apart from the adapters: the overlay's
 * content script runs on all of them (src/content/overlay-script.ts) and must not carry
 * nine adapters to know where.
 */
import type { SiteId } from './types';

export const SITE_HOSTS = {
  chatgpt: ['chatgpt.com', 'chat.openai.com'],
  claude: ['claude.ai'],
  gemini: ['gemini.google.com'],
  copilot: ['copilot.microsoft.com', 'www.copilot.com'],
  perplexity: ['www.perplexity.ai'],
  deepseek: ['chat.deepseek.com'],
  grok: ['grok.com'],
  lechat: ['chat.mistral.ai'],
  poe: ['poe.com'],
} as const satisfies Record<SiteId, readonly string[]>;

/** A content script's `matches` for these hosts (`https://chatgpt.com/*`, …). */
export function matchPatterns(hosts: readonly string[]): string[] {
  return hosts.map((host) => `https://${host}/*`);
}
