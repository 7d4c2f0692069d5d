/**
 * The content script's check of the background's verdict (`AnalysisAnswer`), written by
 * hand so that the page's script does not carry a schema library for one shape.
 *
 * WARNING: only the extension's own background can answer a content script's
 * `runtime.sendMessage`, so this guards against our own bugs and version skew (an old
 * background answering a new content script), not against the page. Still, nothing
 * that fails it is drawn: a span outside the reply, an unknown level or category, or a
 * field of the wrong type makes the whole answer unusable.
 */
import { CATEGORIES, LEVELS, type Analysis, type Category, type Flag, type Level, type Span } from '../engine/types';
import type { RuleExamplePair } from './protocol';

export interface UsableAnswer {
  analysis: Analysis;
  examples: RuleExamplePair[];
}

const MAX_FLAGS = 200;
const MAX_SPANS = 1000;
const MAX_EXPLANATION_CHARS = 2000;
/** The engine sends at most 3 excerpts of the person's message of at most 80 characters (Flag.heard). */
const MAX_HEARD = 3;
const MAX_HEARD_CHARS = 80;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isTextList = (value: unknown, max: number): value is string[] =>
  Array.isArray(value) && value.length <= 50 && value.every((item) => isText(item, max));

function readSpans(raw: unknown, replyLength: number): Span[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_SPANS) return null;
  const spans: Span[] = [];
  for (const span of raw) {
    if (!isRecord(span)) return null;
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
    if ((start as number) < 0 || (end as number) < (start as number) || (end as number) > replyLength) return null;
    spans.push({ start: start as number, end: end as number });
  }
  return spans;
}

function readFlag(raw: unknown, replyLength: number): Flag | null {
  if (!isRecord(raw)) return null;
  const { ruleId, category, severity, explanation, advice, sources } = raw;
  if (!isText(ruleId, 64) || !CATEGORIES.includes(category as Category)) return null;
  if (severity !== 1 && severity !== 2 && severity !== 3) return null;
  if (!isText(explanation, MAX_EXPLANATION_CHARS) || !isText(advice, MAX_EXPLANATION_CHARS) || !isTextList(sources, 64)) return null;
  const spans = readSpans(raw.spans, replyLength);
  if (!spans) return null;
  const flag: Flag = { ruleId, category: category as Category, severity, spans, explanation, advice, sources: [...sources] };
  const { heard } = raw;
  if (heard === undefined) return flag;
  if (!Array.isArray(heard) || heard.length > MAX_HEARD || !heard.every((words) => isText(words, MAX_HEARD_CHARS))) return null;
  return { ...flag, heard: [...(heard as string[])] };
}

function readExamples(raw: unknown): RuleExamplePair[] | null {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_FLAGS) return null;
  const pairs: RuleExamplePair[] = [];
  for (const pair of raw) {
    if (!isRecord(pair) || !isText(pair.ruleId, 64) || !isText(pair.flattering, 400) || !isText(pair.straight, 400)) return null;
    pairs.push({ ruleId: pair.ruleId, flattering: pair.flattering, straight: pair.straight });
  }
  return pairs;
}

/**
 * The verdict in the background's answer, checked against the reply it is about
 * (`replyLength`: the length of the text that was sent). Null for an acknowledgement
 * without a verdict, or one that fails any check.
 */
export function readAnalysisAnswer(response: unknown, replyLength: number): UsableAnswer | null {
  if (!isRecord(response) || response.ok !== true || !isRecord(response.analysis)) return null;
  const { score, level, flags } = response.analysis;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) return null;
  if (!LEVELS.includes(level as Level) || !Array.isArray(flags) || flags.length > MAX_FLAGS) return null;
  const readFlags: Flag[] = [];
  for (const raw of flags) {
    const flag = readFlag(raw, replyLength);
    if (!flag) return null;
    readFlags.push(flag);
  }
  const examples = readExamples(response.examples);
  if (!examples) return null;
  return { analysis: { score, level: level as Level, flags: readFlags }, examples };
}
