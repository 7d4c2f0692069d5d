/**
 * The background's message handler: validates every message with zod and checks that
 * it comes from our own content script in a tab. Anything else is ignored and changes
 * nothing.
 */
import { parseContentMessage } from '../messaging/protocol';
import type { KeyValueArea } from '../storage/settings';
import { flaggedCount, updateTabState } from './tab-state';

export interface MessageSender {
  id?: string;
  tab?: { id?: number };
}

export interface BackgroundDeps {
  extensionId: string;
  session: KeyValueArea;
  setBadge(tabId: number, text: string): Promise<void>;
}

/** Returns true when the message was ours and was applied. */
export async function handleContentMessage(raw: unknown, sender: MessageSender, deps: BackgroundDeps): Promise<boolean> {
  if (sender.id !== deps.extensionId) return false;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return false;
  const message = parseContentMessage(raw);
  if (!message) return false;
  if (message.type === 'feedback') return true; // recorded by the history store (popup and history issue)
  const state = await updateTabState(deps.session, tabId, message);
  const count = flaggedCount(state);
  await deps.setBadge(tabId, count > 0 ? String(count) : '');
  return true;
}
