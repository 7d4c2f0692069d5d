/**
 * Keyboard shortcuts declared in the manifest's `commands` (wxt.config.ts). The browser
 * delivers a command only when the person pressed the keys, so what it asks of the page
 * is the person's own action.
 */
import type { OpenLatestFlag } from '../messaging/protocol';

export const OPEN_LATEST_FLAG_COMMAND = 'open-latest-flag';

export interface CommandDeps {
  /** The active tab of the focused window, if any. */
  activeTabId(): Promise<number | null>;
  sendToTab(tabId: number, message: OpenLatestFlag): Promise<void>;
}

export async function onCommand(deps: CommandDeps, command: string): Promise<void> {
  if (command !== OPEN_LATEST_FLAG_COMMAND) return;
  const tabId = await deps.activeTabId();
  // A tab without Candor's content script (not a chat page) simply does not answer.
  if (tabId !== null) await deps.sendToTab(tabId, { type: 'openLatestFlag' }).catch(() => undefined);
}
