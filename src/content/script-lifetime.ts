/**
 * How long this copy of the content script keeps working on the page: until the
 * extension behind it is gone (updated, reloaded, disabled or removed).
 *
 * Not WXT's ContentScriptContext, on purpose. That context stops its script as soon as
 * the document carries the event WXT dispatches when a newer copy of the script starts,
 * and the event is named from the extension's public id, so any page can dispatch it:
 * one line of page script removed every badge and stopped all checking, silently (issue
 * #11, `hostile-page.spec.ts`). Here that event only prompts a check of what a page
 * cannot fake: whether this copy's extension is still there (an orphaned content script
 * sees `runtime.id` undefined, or no `runtime` at all). A newer copy that really started
 * means this one is orphaned, so it still stops at once; a forged event changes nothing.
 * The same check runs before every scheduled piece of work (page-scheduler.ts), so an
 * orphaned copy also stops at its next timer when no newer copy announces itself.
 */

/**
 * The event WXT's ContentScriptContext dispatches on `document` as a copy of a script
 * starts (WXT's getUniqueEventName; `entrypoint` is WXT's import.meta.env.ENTRYPOINT).
 */
export function scriptStartedEventType(extensionId: string, entrypoint: string | undefined): string {
  return `${extensionId}:${entrypoint}:wxt:content-script-started`;
}

/**
 * A copy of the script announces itself as it starts, as WXT's context did: any older
 * copy on the page checks whether it is orphaned. A page can send the same event, which
 * changes nothing.
 */
export function announceScriptStarted(target: EventTarget, type: string): void {
  target.dispatchEvent(new CustomEvent(type));
}

export class ScriptLifetime {
  private readonly controller = new AbortController();

  /**
   * @param extensionPresent whether this copy's extension is still installed and running
   * @param newerCopyStarted where and under which name a newer copy announces itself
   */
  constructor(
    private readonly extensionPresent: () => boolean,
    newerCopyStarted?: { target: EventTarget; type: string },
  ) {
    newerCopyStarted?.target.addEventListener(newerCopyStarted.type, () => this.check(), { signal: this.controller.signal });
  }

  /** Whether this copy should still work: false from the moment its extension is gone. */
  get isValid(): boolean {
    return this.check();
  }

  /** Run `cleanup` once, when this copy stops; at once if it already has. */
  onInvalidated(cleanup: () => void): void {
    if (this.controller.signal.aborted) cleanup();
    else this.controller.signal.addEventListener('abort', cleanup, { once: true });
  }

  /** A listener that goes away when this copy stops. */
  addEventListener(target: EventTarget, type: string, listener: EventListener): void {
    target.addEventListener(type, listener, { signal: this.controller.signal });
  }

  private check(): boolean {
    if (this.controller.signal.aborted) return false;
    let present: boolean;
    try {
      present = this.extensionPresent();
    } catch {
      present = false; // Firefox throws on a dead add-on's objects
    }
    if (!present) this.controller.abort();
    return present;
  }
}
