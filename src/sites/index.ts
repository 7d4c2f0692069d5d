/**
 * The supported chat sites. The content script's `matches` are built from these hosts,
 * so Candor runs on exactly these sites and nowhere else (no <all_urls>).
 */
import { chatgptAdapter } from './chatgpt';
import { claudeAdapter } from './claude';
import { copilotAdapter } from './copilot';
import { deepseekAdapter } from './deepseek';
import { geminiAdapter } from './gemini';
import { grokAdapter } from './grok';
import { lechatAdapter } from './lechat';
import { perplexityAdapter } from './perplexity';
import { poeAdapter } from './poe';
import type { SiteAdapter, SiteId } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  chatgptAdapter,
  claudeAdapter,
  geminiAdapter,
  copilotAdapter,
  perplexityAdapter,
  deepseekAdapter,
  grokAdapter,
  lechatAdapter,
  poeAdapter,
];

/** Match patterns for every supported host (`https://chatgpt.com/*`, …). */
export const SITE_MATCHES: readonly string[] = SITE_ADAPTERS.flatMap((a) => a.hosts.map((h) => `https://${h}/*`));

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => a.hosts.includes(hostname));
}

export function adapterById(id: SiteId): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => a.id === id);
}
