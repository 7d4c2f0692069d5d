/**
 * Everything the page's watcher (candor-page.ts) draws with, as one object. It is built
 * into its own content script (overlay-script.ts), not the site's: the browser compiles
 * each content script in one task of the chat page, and the overlay was about a third
 * of what the site's script made it compile at load (issue #13.3: no task over a frame).
 * The site's script imports only the type of this object and receives the object
 * itself through overlay-slot.ts.
 */
import { addToComposer } from './composer';
import { openLatestFlag, removeFlag, renderFlag } from './flag-element';
import { highlightSpans, removeHighlightStyles } from './highlights';
import { MarkGuard, type MarkGuardOptions } from './mark-guard';

export const overlay = Object.freeze({
  renderFlag,
  removeFlag,
  openLatestFlag,
  highlightSpans,
  removeHighlightStyles,
  addToComposer,
  markGuard: (options: MarkGuardOptions) => new MarkGuard(options),
});

export type Overlay = typeof overlay;
