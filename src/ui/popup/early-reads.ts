/**
 * The popup's storage reads, started before its UI is loaded (issue #11.6: 300 flagged
 * replies shown in under 200 ms). The popup's entry calls `startPopupReads` as its first
 * statement, then imports React and the UI; the browser fetches and runs about 370 KB of
 * modules meanwhile, and the reads have usually answered by the time the UI asks. The UI
 * reads through `primedArea`, which answers each prefetched key once from these pending
 * reads and everything else (and every later read) from storage itself.
 *
 * Nothing here validates: the values go through the same readers (and schemas) as a read
 * from storage would. So this module imports neither zod nor React nor the polyfill, and
 * the keys it names are held to the background's by tests/unit/ui/early-reads.test.ts.
 */
import { SETTINGS_KEY } from '../../storage/page-view';
import { worstListedReplyKeys } from './listed-replies';

/** Reports the popup's first screen shows (POPUP_PAGE_SIZE in popup.tsx; a test keeps them equal). */
export const EARLY_REPORT_COUNT = 25;

/** The storage and tabs calls the early reads make (chrome.* in Chrome MV3, browser.* in Firefox: both return promises). */
export interface EarlyApi {
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    session?: { get(keys: string[]): Promise<Record<string, unknown>> };
  };
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
}

export interface EarlyReads {
  tabId: Promise<number | null>;
  /** storage.local: the settings. */
  local: PendingKeys;
  /** storage.session: the tab's index, its interference notice and its worst reports. */
  session: PendingKeys;
}

/** Values of some keys, being read; `keys` resolves with the keys the read covers. */
export interface PendingKeys {
  keys: Promise<readonly string[]>;
  values: Promise<Record<string, unknown>>;
}

// The background's key layout (src/background/tab-state.ts, card-actions.ts), named
// here so this module stays free of their schemas; a test compares them.
export const EARLY_TAB_STATE_PREFIX = 'tab:';
export const EARLY_INTERFERENCE_PREFIX = 'interference:';
export const earlyTabStateKey = (tabId: number) => `${EARLY_TAB_STATE_PREFIX}${tabId}`;
export const earlyReplyRecordKey = (tabId: number, replyKey: string) => `${EARLY_TAB_STATE_PREFIX}${tabId}:reply:${replyKey}`;
export const earlyInterferenceKey = (tabId: number) => `${EARLY_INTERFERENCE_PREFIX}${tabId}`;

/** The tab the popup is about: ?tab=<id> (a popped-out popup, or a test), else the active tab. */
export async function popupTabId(api: EarlyApi, search: string): Promise<number | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' ? tab.id : null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The reply keys of the worst `count` listed replies in a raw, unvalidated index (the
 * keys are only asked for; what comes back is validated by the UI's reader). Anything
 * unexpected gives no keys: the UI then reads them itself.
 */
export function earlyReportKeys(rawIndex: unknown, count: number): string[] {
  if (!isPlainObject(rawIndex) || !isPlainObject(rawIndex.index)) return [];
  const index = rawIndex.index;
  for (const summary of Object.values(index)) {
    if (!isPlainObject(summary) || typeof summary.level !== 'string' || typeof summary.score !== 'number' || typeof summary.seq !== 'number' || typeof summary.bytes !== 'number') {
      return [];
    }
  }
  return worstListedReplyKeys({ index: index as Parameters<typeof worstListedReplyKeys>[0]['index'] }, count);
}

/**
 * Starts the popup's reads at once: the tab id, then one storage.session read of the
 * tab's index and interference notice, then one of its worst reports; storage.local's
 * settings in parallel. Never throws: a failed read fails only its promise, and the UI
 * then asks storage itself.
 */
export function startPopupReads(api: EarlyApi, search: string): EarlyReads {
  const session = api.storage.session ?? api.storage.local;
  const localKeys = [SETTINGS_KEY];
  const local: PendingKeys = { keys: Promise.resolve(localKeys), values: api.storage.local.get(localKeys) };
  const tabId = popupTabId(api, search);
  const first = tabId.then(async (id) => {
    if (id === null) return { keys: [] as string[], values: {} };
    const keys = [earlyTabStateKey(id), earlyInterferenceKey(id)];
    return { keys, values: await session.get(keys) };
  });
  const second = Promise.all([tabId, first]).then(async ([id, read]) => {
    const replyKeys = id === null ? [] : earlyReportKeys(read.values[earlyTabStateKey(id)], EARLY_REPORT_COUNT);
    const keys = id === null ? [] : replyKeys.map((replyKey) => earlyReplyRecordKey(id, replyKey));
    return { keys: [...read.keys, ...keys], values: { ...read.values, ...(keys.length > 0 ? await session.get(keys) : {}) } };
  });
  // Unhandled rejections would be logged as errors: the UI sees the failure when it reads.
  for (const pending of [local.values, tabId, first, second]) pending.catch(() => undefined);
  return {
    tabId,
    local,
    session: { keys: second.then((read) => read.keys), values: second.then((read) => read.values) },
  };
}

/** The storage area operations the UI's readers use. */
export interface ReadableStorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

/**
 * `area`, except that a read whose keys were all prefetched (and not yet served) is
 * answered from `pending`, once per key; later reads of a key go to storage, so a change
 * made after the popup opened is seen. A failed prefetch falls back to storage.
 */
export function primedArea<Area extends ReadableStorageArea>(area: Area, pending: PendingKeys): Area {
  const served = new Set<string>();
  const get = async (keys: string | string[]): Promise<Record<string, unknown>> => {
    const wanted = typeof keys === 'string' ? [keys] : keys;
    try {
      const prefetched = new Set(await pending.keys);
      if (wanted.length > 0 && wanted.every((key) => prefetched.has(key) && !served.has(key))) {
        const values = await pending.values;
        for (const key of wanted) served.add(key);
        const answer: Record<string, unknown> = {};
        for (const key of wanted) if (Object.hasOwn(values, key)) answer[key] = values[key];
        return answer;
      }
    } catch {
      // The prefetch failed: read storage itself.
    }
    return area.get(keys);
  };
  // Every other method bound to the area itself: native storage areas refuse another `this`.
  return new Proxy(area, {
    get: (target, property) => {
      if (property === 'get') return get;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
