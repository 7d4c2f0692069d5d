import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scriptStartedEventType } from '@/src/content/script-lifetime';

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
