// @vitest-environment happy-dom
/**
 * The overlay's script and the site's script meet in their shared world (overlay-slot.ts):
 * in either order, once, and never through anything the page can name.
 */
import { describe, expect, it, vi } from 'vitest';
import { overlay, type Overlay } from '@/src/content/overlay';
import { provideOverlay, whenOverlayLoaded } from '@/src/content/overlay-slot';

describe('the overlay hand-over', () => {
  it('reaches a site script that asked before the overlay came', () => {
    const world = {};
    const got = vi.fn();
    whenOverlayLoaded(got, world);
    expect(got).not.toHaveBeenCalled();
    provideOverlay(overlay, world);
    expect(got).toHaveBeenCalledExactlyOnceWith(overlay);
  });

  it('reaches a site script that asks after the overlay came, at once', () => {
    const world = {};
    provideOverlay(overlay, world);
    const got = vi.fn();
    whenOverlayLoaded(got, world);
    expect(got).toHaveBeenCalledExactlyOnceWith(overlay);
  });

  it('keeps the first overlay, and calls each waiting script once', () => {
    const world = {};
    const got = vi.fn();
    whenOverlayLoaded(got, world);
    provideOverlay(overlay, world);
    provideOverlay({ ...overlay } as Overlay, world);
    expect(got).toHaveBeenCalledExactlyOnceWith(overlay);
  });

  it('is not a named property: an element with any id on the page is never taken for it', () => {
    const world = {};
    provideOverlay(overlay, world);
    expect(Object.keys(world)).toEqual([]);
    expect(Object.getOwnPropertySymbols(world)).toHaveLength(1);
  });

  it('the overlay cannot be changed once handed over', () => {
    expect(Object.isFrozen(overlay)).toBe(true);
  });
});
