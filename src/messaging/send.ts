/**
 * Sending to the background from a content script. An MV3 service worker may be
 * starting up ("Receiving end does not exist"), so a failed send is retried a few
 * times with backoff; the background treats repeated reports idempotently.
 */
import type { ContentMessage } from './protocol';

export async function sendWithRetry(
  send: (message: ContentMessage) => Promise<unknown>,
  message: ContentMessage,
  attempts = 3,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    try {
      // The answer is the background's acknowledgement (ContentAck): the caller decides on resends.
      return await send(message);
    } catch (error) {
      // The extension was reloaded under us: nobody will ever answer this page again.
      if (String(error).includes('Extension context invalidated') || attempt >= attempts) throw error;
      await wait(200 * 2 ** (attempt - 1));
    }
  }
}
