/**
 * The supported sites' names for the extension pages. A table of its own so that a page
 * naming a site does not load every site adapter (their selectors, parsers and
 * schemas): the popup opens on every toolbar click (issue #11.6). A unit test checks it
 * against the adapters, so a renamed or added site cannot drift from it unnoticed.
 */
import type { SiteId } from '../sites/types';

/** In the adapters' order (the order the pages list the sites in). */
export const SITE_NAMES: ReadonlyArray<{ id: SiteId; name: string }> = [
  { id: 'chatgpt', name: 'ChatGPT' },
  { id: 'claude', name: 'Claude' },
  { id: 'gemini', name: 'Gemini' },
  { id: 'copilot', name: 'Microsoft Copilot' },
  { id: 'perplexity', name: 'Perplexity' },
  { id: 'deepseek', name: 'DeepSeek' },
  { id: 'grok', name: 'Grok' },
  { id: 'lechat', name: 'Le Chat' },
  { id: 'poe', name: 'Poe' },
];

/** A site's name; an id this version does not know (from older history) is shown as is. */
export function siteName(site: string): string {
  return SITE_NAMES.find((entry) => entry.id === site)?.name ?? site;
}
