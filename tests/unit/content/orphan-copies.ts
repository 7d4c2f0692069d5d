import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import overlayScript from '@/entrypoints/overlay.content';
import { scriptStartedEventType } from '@/src/content/script-lifetime';

/**
 * Start a copy of a site's content script as WXT starts it: the overlay's script and the
 * site's, each with a ContentScriptContext (whose constructor announces the copy).
 */
export async function startCopy(siteScript: { main(ctx: ContentScriptContext): unknown }): Promise<void> {
  await overlayScript.main(new ContentScriptContext('overlay'));
  await siteScript.main(new ContentScriptContext('content'));
}

/**
 * End every copy of the content script a test started, as an extension update does: the
 * copies see their extension gone, and an announcement makes them check at once. (The
 * page cannot do this: a forged announcement alone stops nothing.) For afterEach, so one
 * test's copies never act on the next test's page.
 */
export function orphanEveryCopy(): void {
  const type = scriptStartedEventType(fakeBrowser.runtime.id, import.meta.env.ENTRYPOINT);
  const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
  document.dispatchEvent(new CustomEvent(type));
  id.mockRestore();
}
