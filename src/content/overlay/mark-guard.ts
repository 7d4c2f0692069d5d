/**
 * Candor's marks stay put (issue #11): when the page removes a badge host, puts
 * attributes on it (`hidden`, `style`, a class its CSS hides), clears Candor's
 * highlights (`CSS.highlights.clear()`) or removes their style, the guard notices and
 * restores them.
 *
 * Noticing: a MutationObserver on each host (its attributes) and its parent (removal),
 * and on our highlight <style>; highlights leave no mutation behind, so they are
 * checked when the person interacts with the page (pointer, scroll, keys, focus, tab
 * shown), at most every CHECK_INTERVAL_MS. No timers: an idle page costs nothing.
 *
 * Bounded: a page that keeps undoing Candor's marks is not fought forever. After
 * MAX_RESTORES restorations the guard stops, and the caller tells the popup, the
 * trusted surface, in one line.
 */
import { highlightStyleElement, restoreHighlights } from './highlights';
import { placeFlag } from './flag-element';

export interface Interference {
  /** How many marks the guard has put back so far on this page. */
  restored: number;
  /** True once the guard stopped restoring because the page keeps undoing them. */
  gaveUp: boolean;
}

export interface MarkGuardOptions {
  doc: Document;
  /** Called after the first restoration and when the guard gives up (not on every one). */
  onInterference(interference: Interference): void;
  maxRestores?: number;
}

interface Watched {
  turn: Element;
  /** Where the host belongs, read fresh at restore time (the site may have re-rendered). */
  after: () => Element | null;
}

export const MAX_RESTORES = 20;
export const CHECK_INTERVAL_MS = 250;
const INTERACTION_EVENTS = ['pointerover', 'pointerdown', 'scroll', 'keydown', 'focusin', 'visibilitychange'] as const;

export class MarkGuard {
  private readonly watched = new Map<HTMLElement, Watched>();
  private readonly observer: MutationObserver | null;
  private readonly maxRestores: number;
  private restored = 0;
  private gaveUp = false;
  private stopped = false;
  private lastCheck = -Infinity;
  private observedStyle: HTMLStyleElement | null = null;
  private readonly onInteraction = (): void => {
    const now = this.options.doc.defaultView?.performance.now() ?? Date.now();
    if (now - this.lastCheck < CHECK_INTERVAL_MS) return;
    this.lastCheck = now;
    this.check();
  };

  constructor(private readonly options: MarkGuardOptions) {
    this.maxRestores = options.maxRestores ?? MAX_RESTORES;
    const View = options.doc.defaultView?.MutationObserver ?? (typeof MutationObserver === 'undefined' ? null : MutationObserver);
    this.observer = View ? new View(() => this.check()) : null;
    for (const type of INTERACTION_EVENTS) {
      options.doc.addEventListener(type, this.onInteraction, { capture: true, passive: true });
    }
  }

  /** Watch a host Candor just placed in `turn`. Call again after re-placing it. */
  watch(host: HTMLElement, turn: Element, after: () => Element | null): void {
    if (this.stopped) return;
    this.watched.set(host, { turn, after });
    this.observe(host);
    this.observeStyle();
  }

  /** Candor removes a host itself: not interference. */
  unwatch(host: HTMLElement): void {
    this.watched.delete(host);
  }

  /** Looks at every watched mark now and restores what the page undid. */
  check(): void {
    if (this.stopped || this.gaveUp) return;
    let restoredNow = 0;
    for (const [host, { turn, after }] of this.watched) {
      // The site replaced the whole turn (a re-render or a new conversation): the turn
      // watcher brings a new host with the new turn; this one is simply forgotten.
      if (!turn.isConnected) {
        this.watched.delete(host);
        continue;
      }
      if (!host.isConnected || !turn.contains(host)) {
        placeFlag(turn, after(), host);
        this.observe(host);
        restoredNow += 1;
      }
      if (host.attributes.length > 0) {
        for (const name of host.getAttributeNames()) host.removeAttribute(name);
        restoredNow += 1;
      }
    }
    restoredNow += restoreHighlights(this.options.doc);
    this.observeStyle();
    if (restoredNow > 0) this.count(restoredNow);
  }

  /** Stops watching and removes every listener (content script invalidated). */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.watched.clear();
    for (const type of INTERACTION_EVENTS) {
      this.options.doc.removeEventListener(type, this.onInteraction, { capture: true });
    }
  }

  private count(restoredNow: number): void {
    const first = this.restored === 0;
    this.restored += restoredNow;
    if (this.restored >= this.maxRestores) {
      this.gaveUp = true;
      this.observer?.disconnect();
      this.options.onInterference({ restored: this.restored, gaveUp: true });
      return;
    }
    if (first) this.options.onInterference({ restored: this.restored, gaveUp: false });
  }

  private observe(host: HTMLElement): void {
    if (!this.observer) return;
    this.observer.observe(host, { attributes: true });
    if (host.parentNode) this.observer.observe(host.parentNode, { childList: true });
  }

  private observeStyle(): void {
    const style = highlightStyleElement(this.options.doc);
    if (!this.observer || !style || style === this.observedStyle || !style.parentNode) return;
    this.observedStyle = style;
    this.observer.observe(style, { childList: true, characterData: true, subtree: true, attributes: true });
    this.observer.observe(style.parentNode, { childList: true });
  }
}
