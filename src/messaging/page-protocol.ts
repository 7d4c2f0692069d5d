/**
 * The part of the message protocol a content script needs, without a schema library:
 * the page's script must stay small and start fast (issue #13.3), and zod's schemas cost
 * it about 25 KB gzipped and their construction at every page load. The background and
 * Candor's own pages validate with the zod schemas in protocol.ts, which re-exports
 * everything here; tests/unit/messaging/page-protocol.test.ts holds the hand-written
 * checks to the same answers as those schemas.
 */

export const VERDICTS = ['not-sycophantic', 'confirmed', 'none'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The longest reply text a content script sends for analysis (longer replies are cut). */
export const MAX_ANALYSED_REPLY_CHARS = 300_000;
/**
 * A reply's key as messages carry it: cut to this many characters. The page keeps whole
 * keys, so finding a reply by a reported key compares that many characters (reportedKey).
 */
export const MAX_REPLY_KEY_CHARS = 300;

/** A reply's key as a message carries it. */
export function reportedKey(key: string): string {
  return key.length > MAX_REPLY_KEY_CHARS ? key.slice(0, MAX_REPLY_KEY_CHARS) : key;
}

/**
 * The entry of `byKey` (whole keys) whose key a message reported as `replyKey`, and that
 * whole key. Almost every key is shorter than the cut, so a direct lookup finds it; only a
 * longer one needs the search.
 */
export function findByReportedKey<T>(byKey: ReadonlyMap<string, T>, replyKey: string): [string, T] | undefined {
  const exact = byKey.get(replyKey);
  if (exact !== undefined) return [replyKey, exact];
  if (replyKey.length < MAX_REPLY_KEY_CHARS) return undefined;
  for (const entry of byKey) if (reportedKey(entry[0]) === replyKey) return entry;
  return undefined;
}

/** At most this many earlier turns go with a reply, each at most this long. */
export const MAX_CONTEXT_TURNS = 12;
export const MAX_CONTEXT_TURN_CHARS = 8000;

export function isAcknowledged(response: unknown): boolean {
  return typeof response === 'object' && response !== null && (response as { ok?: unknown }).ok === true;
}

/** True when the background was only busy (the tab's queue is full): not a failure. */
export function isBusy(response: unknown): boolean {
  return typeof response === 'object' && response !== null && (response as { busy?: unknown }).busy === true;
}

/** True when the background refused the message for good (malformed, not ours). */
export function isRefused(response: unknown): boolean {
  return typeof response === 'object' && response !== null && (response as { retry?: unknown }).retry === false;
}

const hasExactly = (value: object, keys: readonly string[]) => {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
};

/**
 * Background → content script: the person gave feedback on a reply in the popup.
 * Returns the message when it is exactly that (as FeedbackChangedSchema), else null.
 */
export function readFeedbackChanged(raw: unknown): { type: 'feedbackChanged'; replyKey: string; verdict: Verdict } | null {
  if (typeof raw !== 'object' || raw === null || !hasExactly(raw, ['type', 'replyKey', 'verdict'])) return null;
  const { type, replyKey, verdict } = raw as Record<string, unknown>;
  if (type !== 'feedbackChanged' || typeof replyKey !== 'string' || replyKey.length > MAX_REPLY_KEY_CHARS) return null;
  if (!VERDICTS.includes(verdict as Verdict)) return null;
  return { type, replyKey, verdict: verdict as Verdict };
}

/** Background → content script: the keyboard shortcut asks to open the latest flag's card (as OpenLatestFlagSchema). */
export function isOpenLatestFlag(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && hasExactly(raw, ['type']) && (raw as { type?: unknown }).type === 'openLatestFlag';
}
