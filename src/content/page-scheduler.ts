/**
 * The content script's timers. Plain window timers, not WXT's ctx.setTimeout: each of
 * WXT's wrappers adds an abort listener that is never removed, so a long chat would pile
 * up thousands of them. Every callback first asks `isValid()`, so an orphaned script
 * (extension reloaded) does no work, and CandorPage.dispose cancels what is pending.
 *
 * Idle callbacks fall back to a short timer with no idle budget where the browser has
 * no requestIdleCallback (some embedded browsers and DOM emulators).
 */
import type { IdleBudget, Scheduler } from './turn-watcher';

const NO_IDLE_TIME: IdleBudget = { timeRemaining: () => 0 };

export function pageScheduler(win: Window, isValid: () => boolean): Scheduler {
  const hasIdleCallbacks = typeof win.requestIdleCallback === 'function';
  return {
    setTimeout: (fn, ms) => win.setTimeout(() => isValid() && fn(), ms),
    clearTimeout: (id) => win.clearTimeout(id),
    requestIdleCallback: hasIdleCallbacks
      ? (fn, timeout) => win.requestIdleCallback((deadline) => isValid() && fn(deadline), { timeout })
      : (fn) => win.setTimeout(() => isValid() && fn(NO_IDLE_TIME), 1),
    cancelIdleCallback: hasIdleCallbacks ? (id) => win.cancelIdleCallback(id) : (id) => win.clearTimeout(id),
  };
}
