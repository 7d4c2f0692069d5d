/**
 * How the overlay's content script hands the overlay to the site's content script. Both
 * are declared in the manifest for the same pages and run in the same isolated world
 * (Chrome) or sandbox (Firefox) of this extension, each evaluated in a task of its own;
 * which of the two runs first is the browser's business, so either order works.
 *
 * The hand-over is a property of that world's global object under a symbol. The page
 * cannot reach this global at all (its own `window` is another object), so it can
 * neither plant an overlay nor read this one; a symbol, not a name, because a name
 * Candor had not set yet would read the page's element of that id (named access on
 * `window` reaches the isolated world too).
 */
import type { Overlay } from './overlay';

const SLOT = Symbol.for('candor.overlay');

interface Slot {
  overlay: Overlay | null;
  waiting: ((overlay: Overlay) => void)[];
}

function slotIn(scope: object): Slot {
  const holder = scope as { [SLOT]?: Slot };
  holder[SLOT] ??= { overlay: null, waiting: [] };
  return holder[SLOT];
}

/** The overlay's script: the overlay is here (once; a second one is ignored). */
export function provideOverlay(overlay: Overlay, scope: object = globalThis): void {
  const slot = slotIn(scope);
  if (slot.overlay) return;
  slot.overlay = overlay;
  for (const callback of slot.waiting.splice(0)) callback(overlay);
}

/**
 * The site's script: `callback` gets the overlay at once when it is already there, else
 * in the overlay script's own task as it is evaluated (so a caller that has work to do
 * should start it in a task of its own).
 */
export function whenOverlayLoaded(callback: (overlay: Overlay) => void, scope: object = globalThis): void {
  const slot = slotIn(scope);
  if (slot.overlay) callback(slot.overlay);
  else slot.waiting.push(callback);
}
