import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import overlayScript from '@/entrypoints/overlay.content';
import { ContentScriptContext } from '@/src/content/script-context';
import { scriptStartedEventType } from '@/src/content/script-lifetime';

/**
 * Start a copy of a site's content script as the build starts it: the overlay's script
 * and the site's, each with the context the build hands `main` (script-context.ts: an
 * inert one; the copy announces itself in its own start task).
 */
export async function startCopy(siteScript: { main(ctx: WxtContext): unknown }): Promise<void> {
  const context = (name: string) => new ContentScriptContext(name) as unknown as WxtContext;
  await overlayScript.main(context('overlay'));
  await siteScript.main(context('content'));
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
