/**
 * The one place the Firefox smoke reads Candor's verdicts, like tests/e2e/flags.ts for
 * Chromium. Verdicts are read from the extension's side (the per-tab state the background
 * keeps, seen from one of Candor's own pages), never from attributes of the in-page flag:
 * the in-page UI is moving into a closed shadow root, where the page (and a test reading
 * the page) can see that a <candor-flag> host sits at a reply but not what it says.
 *
 * If the background's tab state changes shape, `repliesOfTab` is the function to adapt.
 */
import type { Page } from 'puppeteer-core';

export interface ReplyVerdict {
  replyKey: string;
  level: string;
  categories: string[];
  excerpt: string;
  /** The flagged words, as the popup and the history show them. */
  flaggedText: string[];
}

/** The `browser` global of Candor's own pages, as far as these helpers use it. */
interface ExtensionApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { session: { get(keys: string | string[] | null): Promise<Record<string, unknown>> } };
}

/**
 * The Firefox tab id of the tab showing `url`, seen from a Candor page (`probe`), or null.
 * Candor's host permissions for the chat sites let it see those tabs' URLs without `tabs`.
 */
export async function tabIdOf(probe: Page, url: string): Promise<number | null> {
  return probe.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
}

/**
 * Every reply Candor analysed in tab `tabId`, with its verdict (what the popup lists from).
 * The tab state is a compact index (`tab:<id>`: level and score per reply) plus one key per
 * flagged reply's full report (`tab:<id>:reply:<replyKey>`); replies judged "none" are only
 * indexed, so they come back with their level and no text (empty excerpt and categories).
 */
export async function repliesOfTab(probe: Page, tabId: number): Promise<ReplyVerdict[]> {
  return probe.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const indexKey = `tab:${id}`;
    const state = (await api.storage.session.get(indexKey))[indexKey] as { index?: Record<string, { level: string }> } | undefined;
    const indexed = Object.entries(state?.index ?? {});
    const reportKey = (replyKey: string) => `tab:${id}:reply:${replyKey}`;
    const reports = indexed.length > 0 ? await api.storage.session.get(indexed.map(([replyKey]) => reportKey(replyKey))) : {};
    return indexed.map(([replyKey, { level }]) => {
      const report = reports[reportKey(replyKey)] as { categories: string[]; excerpt: string; flaggedText: string[] } | undefined;
      return { replyKey, level, categories: report?.categories ?? [], excerpt: report?.excerpt ?? '', flaggedText: report?.flaggedText ?? [] };
    });
  }, tabId);
}

export interface FlagHostAtReply {
  /** <candor-flag> hosts inside the smallest element holding both the reply's text and a flag. */
  hosts: number;
  /** Whether that element also holds `otherText` (then the flag may belong to another reply). */
  sharedWithOther: boolean;
  /** The host takes space on the page (a badge is drawn, whatever is inside its shadow root). */
  visible: boolean;
}

/**
 * The page-level check that works with an open or a closed shadow root: starting from the
 * element that holds `replyText`, go up to the first ancestor that holds a <candor-flag>.
 * Null when the reply is not on the page or no flag is anywhere above it.
 */
export async function flagHostAt(page: Page, replyText: string, otherText: string): Promise<FlagHostAtReply | null> {
  return page.evaluate(
    (text, other) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      let start: Element | null = null;
      while ((node = walker.nextNode())) {
        if (node.textContent?.includes(text)) {
          start = node.parentElement;
          break;
        }
      }
      for (let el = start; el; el = el.parentElement) {
        const hosts = el.querySelectorAll('candor-flag');
        if (hosts.length === 0) continue;
        const box = hosts[0]!.getBoundingClientRect();
        return {
          hosts: hosts.length,
          sharedWithOther: (el.textContent ?? '').includes(other),
          visible: box.width > 0 && box.height > 0,
        };
      }
      return null;
    },
    replyText,
    otherText,
  );
}
