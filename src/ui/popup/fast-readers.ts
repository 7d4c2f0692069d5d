/**
 * Hand-written readers for the two shapes the popup reads on every opening: a tab's
 * compact index and the stored report of a flagged reply (issue #11.6). zod validates
 * them correctly but slowly when cold (it runs interpreted in extension pages, where
 * eval is forbidden): about 25 ms for an index of 300 replies and 25 reports, on every
 * opening, before the first item can show.
 *
 * The layout health in an index and the page-interference notice are read here too, so
 * the popup's first screen builds no zod schema at all (the schemas are imported only when
 * a reader steps aside).
 *
 * Each reader answers only for a value it is sure of, exactly as the schema would
 * (TabIndexSchema in src/background/tab-state.ts, AnalysisReportSchema in
 * src/messaging/protocol.ts); for anything else it answers `undefined` and the caller asks
 * the schema, so a hostile or corrupt value gets the schema's verdict, never this one's.
 * tests/unit/ui/fast-readers.test.ts holds them to the schemas on valid, mutated and
 * random values.
 */
import type { InterferenceNotice } from '../../background/card-actions';
import type { TabIndex } from '../../background/tab-state';
import { CATEGORIES, LEVELS } from '../../engine/types';
import type { AnalysisReport, LayoutHealth } from '../../messaging/protocol';
import { MAX_REPLY_KEY_CHARS, VERDICTS } from '../../messaging/page-protocol';
import { SELECTOR_LISTS } from '../../sites/selector-lists';
import { SITE_IDS } from '../../sites/types';
import { everyItem, hasProtoKey, isCount, isOneOf, isPlainObject } from '../plain-values';

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
/** A fresh array of the items (objects copied), by index: an array's own methods may be anything. */
function copyItems(items: unknown[]): unknown[] {
  const copy: unknown[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    copy.push(isPlainObject(item) ? { ...item } : item);
  }
  return copy;
}

const REPORT_KEYS = new Set(['type', 'site', 'url', 'conversationId', 'replyKey', 'score', 'level', 'categories', 'ruleIds', 'excerpt', 'flaggedText', 'contexts', 'analysedAt']);

function isContext(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 3 && isText(value.before, 80) && isText(value.flagged, 200) && isText(value.after, 80);
}

/** A stored report as AnalysisReportSchema gives it, or undefined: ask the schema. */
export function fastReport(raw: unknown): AnalysisReport | undefined {
  if (!isPlainObject(raw)) return undefined;
  for (const key of Object.keys(raw)) if (!REPORT_KEYS.has(key)) return undefined;
  // Present but undefined: what the schema makes of it is the schema's to say.
  if (Object.hasOwn(raw, 'contexts') && raw.contexts === undefined) return undefined;
  const { categories, ruleIds, flaggedText, contexts, score } = raw;
  const sure =
    raw.type === 'analysisReport' &&
    isOneOf(SITE_IDS, raw.site) &&
    isText(raw.url, 2048) &&
    (raw.conversationId === null || isText(raw.conversationId, 200)) &&
    isText(raw.replyKey, MAX_REPLY_KEY_CHARS) &&
    isCount(score) &&
    score <= 100 &&
    isOneOf(LEVELS, raw.level) &&
    Array.isArray(categories) &&
    categories.length <= CATEGORIES.length &&
    everyItem(categories, (category) => isOneOf(CATEGORIES, category)) &&
    Array.isArray(ruleIds) &&
    ruleIds.length <= 100 &&
    everyItem(ruleIds, (id) => isText(id, 64)) &&
    isText(raw.excerpt, 300) &&
    Array.isArray(flaggedText) &&
    flaggedText.length <= 20 &&
    everyItem(flaggedText, (text) => isText(text, 200)) &&
    (contexts === undefined || (Array.isArray(contexts) && contexts.length <= 20 && everyItem(contexts, isContext))) &&
    isCount(raw.analysedAt);
  if (!sure) return undefined;
  // A copy with the schema's keys only (there are no others), arrays copied too.
  const report: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) report[key] = Array.isArray(raw[key]) ? copyItems(raw[key]) : raw[key];
  return report as AnalysisReport;
}

function isSummary(value: unknown): boolean {
  // The schema strips unknown keys of a summary; a summary with any is left to it.
  if (!isPlainObject(value) || Object.keys(value).length !== 4) return false;
  return isOneOf(LEVELS, value.level) && isCount(value.score) && value.score <= 100 && isCount(value.seq) && isCount(value.bytes);
}

const INDEX_KEYS = new Set(['site', 'url', 'status', 'index', 'feedback', 'nextSeq', 'earlierChecked', 'earlierFlagged', 'bytes', 'health']);
const STATUSES = ['watching', 'unreadable', 'disabled'] as const;

/**
 * A tab's compact index as TabIndexSchema gives it, or undefined: ask the schema. The
 * layout health, a small value, is left to `readHealth` (the schema's own reader).
 */
export function fastTabIndex(raw: unknown, readHealth: (raw: unknown) => LayoutHealth | undefined): TabIndex | undefined {
  if (!isPlainObject(raw)) return undefined;
  for (const key of Object.keys(raw)) if (!INDEX_KEYS.has(key)) return undefined;
  const { index, feedback } = raw;
  if (!(typeof raw.site === 'string' && typeof raw.url === 'string' && isOneOf(STATUSES, raw.status) && isPlainObject(index)) || hasProtoKey(index)) return undefined;
  for (const key in index) if (!isSummary(index[key])) return undefined;
  if (feedback !== undefined) {
    if (!isPlainObject(feedback) || hasProtoKey(feedback)) return undefined;
    for (const key in feedback) if (!isOneOf(VERDICTS, feedback[key])) return undefined;
  }
  const counts: Record<'nextSeq' | 'earlierChecked' | 'earlierFlagged' | 'bytes', number> = { nextSeq: 0, earlierChecked: 0, earlierFlagged: 0, bytes: 0 };
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
    const value = raw[key];
    if (value === undefined) continue;
    if (!isCount(value)) return undefined;
    counts[key] = value;
  }
  let health: LayoutHealth | undefined;
  if (raw.health !== undefined) {
    health = readHealth(raw.health);
    if (!health) return undefined;
  }
  const summaries: TabIndex['index'] = {};
  for (const key in index) summaries[key] = { ...(index[key] as TabIndex['index'][string]) };
  return {
    site: raw.site,
    url: raw.url,
    status: raw.status,
    index: summaries,
    feedback: { ...((feedback as TabIndex['feedback'] | undefined) ?? {}) },
    ...counts,
    ...(health ? { health } : {}),
  };
}

const HEALTH_KEYS = ['verdict', 'reason', 'turnsFound', 'repliesSeen', 'repliesFinished', 'repliesEmpty', 'repliesByFallback', 'ranks'];
const HEALTH_COUNTS = ['turnsFound', 'repliesSeen', 'repliesFinished', 'repliesEmpty', 'repliesByFallback'] as const;
const HEALTH_VERDICTS = ['ok', 'cannot-follow'] as const;
const HEALTH_REASONS = ['following', 'no-reply-finishes', 'only-last-resort-selectors', 'too-early'] as const;

function isRank(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && isCount(value.rank) && value.rank <= 40 && typeof value.lastResort === 'boolean' && Object.hasOwn(value, 'lastResort');
}

/** A page's layout health as LayoutHealthSchema (src/messaging/protocol.ts) gives it, or undefined: ask the schema. */
export function fastHealth(raw: unknown): LayoutHealth | undefined {
  if (!isPlainObject(raw)) return undefined;
  const keys = Object.keys(raw);
  if (keys.length !== HEALTH_KEYS.length || !HEALTH_KEYS.every((key) => Object.hasOwn(raw, key))) return undefined;
  if (!isOneOf(HEALTH_VERDICTS, raw.verdict) || !isOneOf(HEALTH_REASONS, raw.reason)) return undefined;
  for (const key of HEALTH_COUNTS) {
    const value = raw[key];
    if (!isCount(value) || value > 1_000_000) return undefined;
  }
  const { ranks } = raw;
  if (!isPlainObject(ranks) || hasProtoKey(ranks)) return undefined;
  for (const key of Object.keys(ranks)) if (!isOneOf(SELECTOR_LISTS, key) || !isRank(ranks[key])) return undefined;
  const copied: Record<string, unknown> = {};
  for (const key of Object.keys(ranks)) copied[key] = { ...(ranks[key] as object) };
  return { ...(raw as unknown as LayoutHealth), ranks: copied as LayoutHealth['ranks'] };
}

/** A tab's page-interference notice as InterferenceNoticeSchema (src/background/card-actions.ts) gives it, or undefined: ask the schema. */
export function fastInterference(raw: unknown): InterferenceNotice | undefined {
  if (!isPlainObject(raw)) return undefined;
  const keys = Object.keys(raw);
  if (keys.length !== 4) return undefined;
  const { url, restored, gaveUp, at } = raw;
  if (typeof url !== 'string' || !isCount(restored) || typeof gaveUp !== 'boolean' || typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  return { url, restored, gaveUp, at };
}
