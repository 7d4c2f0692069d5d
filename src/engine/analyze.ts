/**
 * analyze(): reads one assistant reply in its context and says whether, where and why
 * it is sycophantic. Pure and deterministic: the same turn, rules and settings always
 * give the same analysis; nothing here touches the browser.
 */
import type { CompiledRule, CompiledRules } from './compile';
import {
  buildTemplateSet,
  compileTemplate,
  findMatches,
  scanAll,
  type TemplateMatch,
  type TemplateSet,
  type UnifiedIndex,
} from './pattern';
import { comparePosition, type Position } from './reversal';
import {
  CUSTOM_PHRASE_WEIGHT,
  DEFAULT_ENGINE_SETTINGS,
  LEVEL_BANDS,
  SENSITIVITY_PRESETS,
  type EngineSettings,
} from './settings';
import { matchCost, MAX_MATCH_COST } from './template-cost';
import { buildTextModel, cleanText, type Sentence, type TextModel } from './text';
import { CATEGORIES, type Analysis, type Category, type Flag, type Level, type Span, type Turn } from './types';

/** How many sentences a rule's repeated matches can add, beyond the first. */
const MAX_EXTRA_MATCHES = 2;
/** Each extra matching sentence adds this share of the rule's weight. */
const EXTRA_MATCH_SHARE = 0.25;
/** A counter-evidence phrase counts in at most this many sentences. */
const MAX_COUNTER_SENTENCES = 2;
/** The raw evidence that maps to a score of about 63 (1 - 1/e). */
const SCORE_SCALE = 50;
/** A `start` rule's match must begin at the reply's first word. */
const START_WORDS = 1;
/** Sentences that make up a reply's "opening". */
const OPENING_SENTENCES = 2;

/** Lazily-computed facts about one text (user message or reply), cached per signal. */
class TextFacts {
  readonly model: TextModel;
  private readonly sentenceHits = new Map<TemplateSet, Set<number>>();
  /** Matches of every set in the shared index, computed on first use in one pass. */
  private scanned: (readonly TemplateMatch[])[] | null = null;
  /** Index of the last sentence inside the opening (first OPENING_SENTENCES with words). */
  private readonly openingEnd: number;

  /**
   * @param allowQuoted whether quoted text counts: a user's quotation is still the
   *   user speaking, but quotations and code in a reply are not the assistant's voice.
   */
  constructor(
    text: string,
    private readonly allowQuoted: boolean,
    private readonly index: UnifiedIndex | null,
  ) {
    this.model = buildTextModel(cleanText(text));
    let seen = 0;
    let end = -1;
    for (let i = 0; i < this.model.sentences.length && seen < OPENING_SENTENCES; i++) {
      const sentence = this.model.sentences[i] as Sentence;
      if (sentence.endToken > sentence.firstToken) {
        seen++;
        end = i;
      }
    }
    this.openingEnd = end;
  }

  /** Every match of a template set, sentence by sentence (a match never crosses sentences). */
  matches(set: TemplateSet, onlyOpening = false): readonly TemplateMatch[] {
    if (set.size === 0) return [];
    const setId = this.index?.setIds.get(set);
    let all: readonly TemplateMatch[];
    if (setId !== undefined && this.index) {
      this.scanned ??= scanAll(this.index, this.model.tokens, this.model.sentences, this.allowQuoted);
      all = this.scanned[setId] as readonly TemplateMatch[];
    } else {
      all = this.scanOne(set);
    }
    if (!onlyOpening) return all;
    const sentenceOf = this.model.tokens.sentences;
    return all.filter((m) => (sentenceOf[m.startToken] as number) <= this.openingEnd);
  }

  /** Matches of a set outside the shared index (the person's own phrases). */
  private scanOne(set: TemplateSet): TemplateMatch[] {
    const out: TemplateMatch[] = [];
    const { tokens, sentences } = this.model;
    const win = { tokens, from: 0, to: 0, allowQuoted: this.allowQuoted };
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i] as Sentence;
      if (sentence.endToken === sentence.firstToken) continue;
      win.from = sentence.firstToken;
      win.to = sentence.endToken;
      const found = findMatches(set, win);
      for (let j = 0; j < found.length; j++) out.push(found[j] as TemplateMatch);
    }
    return out;
  }

  /** The sentences in which a template set matches. */
  sentencesMatching(set: TemplateSet): Set<number> {
    let hits = this.sentenceHits.get(set);
    if (!hits) {
      hits = new Set();
      const sentenceOf = this.model.tokens.sentences;
      for (const m of this.matches(set)) hits.add(sentenceOf[m.startToken] as number);
      this.sentenceHits.set(set, hits);
    }
    return hits;
  }

  has(set: TemplateSet): boolean {
    return this.sentencesMatching(set).size > 0;
  }
}

function spanOf(model: TextModel, m: TemplateMatch): Span {
  return { start: model.tokens.starts[m.startToken] ?? 0, end: model.tokens.ends[m.endToken - 1] ?? 0 };
}

/** A sentence's span without surrounding white space or list markers. */
function sentenceSpan(model: TextModel, index: number): Span {
  const sentence = model.sentences[index];
  if (!sentence || sentence.endToken <= sentence.firstToken) return { start: 0, end: 0 };
  // Extend to the sentence's closing punctuation, which reads better highlighted.
  let end = model.tokens.ends[sentence.endToken - 1] as number;
  while (end < sentence.end && /[.!?…)"”'’*]/u.test(model.text[end] ?? '')) end++;
  return { start: model.tokens.starts[sentence.firstToken] as number, end };
}

function levelFor(score: number, flagAt: number): Level {
  if (score < flagAt || score === 0) return 'none';
  if (score >= LEVEL_BANDS.high) return 'high';
  if (score >= LEVEL_BANDS.medium) return 'medium';
  return 'low';
}

/** Rules built from the person's own phrases, one per category; cached per phrase list. */
const customRuleCache = new WeakMap<EngineSettings['customPhrases'], CompiledRule[]>();

function customRules(settings: EngineSettings): CompiledRule[] {
  const cached = customRuleCache.get(settings.customPhrases);
  if (cached) return cached;
  const rules: CompiledRule[] = [];
  for (const category of CATEGORIES) {
    const phrases = settings.customPhrases[category] ?? [];
    const templates = [];
    for (const phrase of phrases) {
      // Phrases are validated when saved; one that still fails to compile, or would be
      // too costly to match (imported or hand-edited settings), is skipped rather than
      // breaking or slowing analysis of every reply.
      try {
        const template = compileTemplate(phrase);
        if (matchCost(template) <= MAX_MATCH_COST) templates.push(template);
      } catch {
        continue;
      }
    }
    if (templates.length === 0) continue;
    rules.push({
      id: `custom-${category.replaceAll('_', '-')}`,
      category,
      severity: 2,
      weight: CUSTOM_PHRASE_WEIGHT,
      where: 'anywhere',
      context: {},
      exemptions: { sentenceSignals: [], replySignals: [], userSignals: [] },
      explanation: `This reply uses a phrase you asked Candor to watch for as ${category.replaceAll('_', ' ')}.`,
      advice: 'Ask the assistant to restate its answer without the phrase and with its honest assessment.',
      sources: ['your settings'],
      examples: { match: [], noMatch: [] },
      file: 'settings',
      templates: buildTemplateSet(templates),
    });
  }
  customRuleCache.set(settings.customPhrases, rules);
  return rules;
}

/**
 * Analyse one assistant reply.
 *
 * @param turn the reply with the user's message before it and earlier turns
 * @param compiled rules from compileRules()
 * @param settings sensitivity and per-rule overrides (defaults to balanced)
 */
export function analyze(
  turn: Turn,
  compiled: CompiledRules,
  settings: EngineSettings = DEFAULT_ENGINE_SETTINGS,
): Analysis {
  const reply = new TextFacts(typeof turn.reply === 'string' ? turn.reply : '', false, compiled.index);
  const userText = typeof turn.user === 'string' ? turn.user : '';
  const user = new TextFacts(userText, true, compiled.signalIndex);
  const preset = SENSITIVITY_PRESETS[settings.sensitivity] ?? SENSITIVITY_PRESETS.balanced;

  const userHas = (signalId: string): boolean => {
    const signal = compiled.signals.get(signalId);
    return signal !== undefined && user.has(signal.templates);
  };
  const replyHas = (signalId: string): boolean => {
    const signal = compiled.signals.get(signalId);
    return signal !== undefined && reply.has(signal.templates);
  };
  const sentenceHas = (signalId: string, sentence: number): boolean => {
    const signal = compiled.signals.get(signalId);
    return signal !== undefined && reply.sentencesMatching(signal.templates).has(sentence);
  };

  let position: Position | undefined;
  const getPosition = (): Position => (position ??= comparePosition(turn.history ?? [], reply.model.text));

  const flags: Flag[] = [];
  let raw = 0;
  for (const rule of [...compiled.rules, ...customRules(settings)]) {
    const override = settings.rules[rule.id];
    if (override?.enabled === false) continue;
    const weight = rule.weight * (override?.weightFactor ?? 1);
    if (weight <= 0) continue;

    const needs = rule.context.userSignals;
    if (needs && !needs.some(userHas)) continue;
    if (rule.exemptions.userSignals.some(userHas)) continue;
    if (rule.exemptions.replySignals.some(replyHas)) continue;

    const spans: Span[] = [];
    const sentences = new Set<number>();
    if (rule.context.position === 'reversed') {
      const found = getPosition();
      if (found.kind !== 'reversed') continue;
      spans.push(found.reversal.span);
      sentences.add(-1);
    } else if (rule.context.position === 'not-held' && getPosition().kind === 'held') {
      continue;
    }
    if (rule.templates.size > 0) {
      const phraseSpans: Span[] = [];
      for (const m of reply.matches(rule.templates, rule.where !== 'anywhere')) {
        if (rule.where === 'start' && m.startToken >= START_WORDS) continue;
        const sentence = reply.model.tokens.sentences[m.startToken] as number;
        if (rule.exemptions.sentenceSignals.some((id) => sentenceHas(id, sentence))) continue;
        const together = rule.context.sentenceSignals;
        if (together) {
          if (!together.some((id) => sentenceHas(id, sentence))) continue;
          phraseSpans.push(sentenceSpan(reply.model, sentence));
        } else {
          phraseSpans.push(spanOf(reply.model, m));
        }
        sentences.add(sentence);
      }
      // A reversal rule with phrases needs both; a phrase rule needs a phrase.
      if (phraseSpans.length === 0) continue;
      spans.push(...phraseSpans);
    }
    if (spans.length === 0) continue;

    const extra = Math.min(Math.max(sentences.size - 1, 0), MAX_EXTRA_MATCHES);
    raw += weight * (1 + EXTRA_MATCH_SHARE * extra);
    flags.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      spans: mergeSpans(spans),
      explanation: rule.explanation,
      advice: rule.advice,
      sources: [...rule.sources],
    });
  }

  let counter = 0;
  if (raw > 0) {
    for (const c of compiled.counters) {
      const n = reply.sentencesMatching(c.templates).size;
      counter += c.weight * Math.min(n, MAX_COUNTER_SENTENCES);
    }
  }

  const evidence = Math.max(0, raw - counter) * preset.scale;
  const score = Math.round(100 * (1 - Math.exp(-evidence / SCORE_SCALE)));
  flags.sort((a, b) => b.severity - a.severity || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  return { score, level: levelFor(score, preset.flagAt), flags };
}

/**
 * Whether a template set matches anywhere in a text, sentence by sentence. Used by the
 * rule tests to check each signal's and counter's own examples.
 */
export function templatesMatchText(set: TemplateSet, text: string, allowQuoted = true): boolean {
  return new TextFacts(text, allowQuoted, null).has(set);
}

/** Sort spans and merge overlaps, so highlights never double up. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The distinct categories of an analysis's flags, in a stable order. */
export function categoriesOf(analysis: Analysis): Category[] {
  const present = new Set(analysis.flags.map((f) => f.category));
  return CATEGORIES.filter((c) => present.has(c));
}
