/**
 * Pure helpers behind the settings view: rule overrides that store only what differs
 * from the defaults, custom phrase validation, and splitting a reply into plain and
 * highlighted pieces for the "Try it" box.
 */
import type { EngineSettings } from '../../engine/settings';
import { checkCustomPhrase, MAX_PHRASE_CHARS } from '../../settings/custom-phrase-check';
import type { Span } from '../../engine/types';

export type RuleOverride = EngineSettings['rules'][string];

/** A weight factor as stored and shown: one decimal, like the slider's step. */
export function roundWeight(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The rule overrides with one rule's override changed. Only settings that differ from
 * the defaults (enabled, weight ×1) are kept, and a rule back at its defaults loses its
 * entry, so exported settings stay small and later changes to a rule's default apply.
 */
export function withRuleOverride(
  rules: EngineSettings['rules'],
  ruleId: string,
  change: RuleOverride,
): EngineSettings['rules'] {
  const merged: RuleOverride = { ...rules[ruleId], ...change };
  const kept: RuleOverride = {};
  if (merged.enabled === false) kept.enabled = false;
  if (merged.weightFactor !== undefined && roundWeight(merged.weightFactor) !== 1) {
    kept.weightFactor = roundWeight(merged.weightFactor);
  }
  const { [ruleId]: _previous, ...others } = rules;
  return Object.keys(kept).length > 0 ? { ...others, [ruleId]: kept } : others;
}

/** The limits EngineSettingsSchema puts on custom phrases (tests check they agree). */
export const MAX_PHRASE_LENGTH = MAX_PHRASE_CHARS;
export const MAX_PHRASES_PER_CATEGORY = 200;

export interface PhraseError {
  /** 1-based line number in the text box. */
  line: number;
  phrase: string;
  reason: string;
}

export interface PhraseValidation {
  ok: boolean;
  /** The phrases to save: trimmed, blank lines dropped, duplicates removed. */
  phrases: string[];
  errors: PhraseError[];
}

/** Why one phrase cannot be saved, or null when it can. Every per-phrase check belongs here. */
export function phraseProblem(phrase: string): string | null {
  // One check for every way a phrase can be unusable: invalid, matching nothing in
  // particular, or too costly to match (src/settings/custom-phrase-check.ts).
  const check = checkCustomPhrase(phrase);
  return check.ok ? null : check.message;
}

/**
 * Check the lines of a phrase box. Blank lines are ignored; every other line must be a
 * valid phrase, and there may be at most MAX_PHRASES_PER_CATEGORY of them. Errors name
 * the line as the person sees it in the box.
 */
export function validatePhrases(lines: readonly string[]): PhraseValidation {
  const phrases: string[] = [];
  const errors: PhraseError[] = [];
  let count = 0;
  lines.forEach((raw, index) => {
    const phrase = raw.trim();
    if (phrase === '') return;
    count++;
    const line = index + 1;
    if (count === MAX_PHRASES_PER_CATEGORY + 1) {
      errors.push({ line, phrase, reason: `only ${MAX_PHRASES_PER_CATEGORY} phrases are allowed per category; this is phrase ${count}` });
    }
    const problem = phraseProblem(phrase);
    if (problem !== null) errors.push({ line, phrase, reason: problem });
    else if (!phrases.includes(phrase)) phrases.push(phrase);
  });
  return { ok: errors.length === 0, phrases: errors.length === 0 ? phrases : [], errors };
}

export interface TextSegment {
  text: string;
  marked: boolean;
}

/**
 * Cut a text into plain and marked pieces along the given spans, which may overlap,
 * touch, come in any order or reach past the text (they are merged and clamped).
 * Joining the pieces' text gives back the original text.
 */
export function splitBySpans(text: string, spans: readonly Span[]): TextSegment[] {
  const clamped = spans
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of clamped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** A whole number typed into a field, or null when the text is not one. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,9}$/u.test(trimmed) ? Number(trimmed) : null;
}
