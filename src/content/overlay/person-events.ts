/**
 * Only the person acts. Candor's in-page controls run inside the page being judged, and
 * that page can dispatch any event it likes (`button.click()`, `dispatchEvent(new
 * MouseEvent('click'))`). The browser marks an event `isTrusted` only when it came from
 * the person's own input (or from the browser itself), so every action in Candor's
 * in-page UI checks this first.
 *
 * WARNING: this is the only thing standing between a page and "Not sycophantic" on its
 * own flagged replies, which would also poison the labelled export `candor eval` reads.
 */
export function isFromPerson(event: Event): boolean {
  return event.isTrusted === true;
}
