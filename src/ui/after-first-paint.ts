/**
 * False in a component's first render, true once the browser has painted it (or after
 * FIRST_PAINT_FALLBACK_MS, for a page that is not drawn, such as a background tab). What a
 * page only needs a moment later, below the fold or for screen readers only, is rendered
 * then, so its first frame builds and lays out less (issue #11.6: the popup with 300
 * flagged replies).
 */
import { useEffect, useState } from 'react';

/** At most this long after the first commit (a hidden page gets no animation frames). */
export const FIRST_PAINT_FALLBACK_MS = 100;

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => setPainted(true);
    // A task queued from an animation frame runs after that frame is painted.
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(done, 0))) : undefined;
    const fallback = setTimeout(done, FIRST_PAINT_FALLBACK_MS);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [painted]);
  return painted;
}
