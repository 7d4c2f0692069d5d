/**
 * analyze(): reads one assistant reply in its context and says whether, where and why
 * it is sycophantic. Pure and deterministic: the same turn, rules and settings always
 * give the same analysis; nothing here touches the browser.
 */
import type { CompiledRule, CompiledRules, CompiledSignal } from './compile';
import {
  buildTemplateSet,
  compileTemplate,
  findMatches,
  scanAll,
  type TemplateMatch,
  type TemplateSet,
  type UnifiedIndex,
} from './pattern';
import { cavingFeatures } from './caving-features';
import { comparePosition, latestAssistantText, type Position } from './reversal';
import { asksBarelyAboutOwnBlock, pastesWorkToJudge } from './pasted-work';
import { flippedClaim, leansToTheUsersSide, takesThePushbackAsPremise } from './stance';
import {
  CUSTOM_PHRASE_WEIGHT,
  DEFAULT_ENGINE_SETTINGS,
  LEVEL_BANDS,
  SENSITIVITY_PRESETS,
  type EngineSettings,
} from './settings';
import { matchCost, MAX_MATCH_COST } from './template-cost';
import {
  answersPushback,
  HAND_ONLY_RULES,
  CARRIED_USER_SIGNALS,
  contentOverlap,
  earlierUserTurns,
  refersBack,
  namedFeatures,
  ruleFeatureName,
  OPENING_MARK,
  type TurnSignals,
} from './features';
import type { RuntimeModel, WeightTable } from './model-schema';
import { buildTextModel, cleanText, type Sentence, type TextModel, type TokenList } from './text';
import { CATEGORIES, type Analysis, type Category, type Flag, type HistoryTurn, type Level, type Sensitivity, type Span, type Turn } from './types';
import { withFastWordBoundaries } from './word-boundary';
import { forgetFoldedTexts } from './normalise';

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

/**
 * A rule without phrases that looks at the first sentence fires on its context and
 * exemptions alone: what it reads is what the reply leaves out.
 */
function readsAnOmission(rule: CompiledRule): boolean {
  return rule.templates.size === 0 && rule.where === 'first-sentence';
}

/**
 * What a reply leaves out is the same finding a worded rule of its category makes, read
 * more weakly: beside such a rule it is not more evidence, and it is not shown twice.
 * Unless the omission weighs more than they do together: then it is the finding, and the
 * worded rules of its category still show their words but add no evidence of their own.
 * A light exclamation at the start ("Yes, that's right!") must not silence a review that
 * names no flaw at all (praise-dev2: a spreadsheet formula
 * that returns FALSE for failing grades, confirmed as right; a cover letter "gives you a
 * real shot" with "Yes —"); the worded rule adds nothing the omission does not say.
 * Applied to the rules the person's settings leave on, weighed as they weigh them, so
 * switching a rule off lets the other speak.
 */
function besideWordedRules(active: RuleHit[], settings: EngineSettings): RuleHit[] {
  const worded = new Map<Category, number>();
  for (const hit of active) {
    if (readsAnOmission(hit.rule)) continue;
    worded.set(hit.rule.category, (worded.get(hit.rule.category) ?? 0) + weightUnder(settings, hit));
  }
  const ledByAnOmission = new Set(
    active.filter((h) => readsAnOmission(h.rule) && outweighsWorded(h, worded, settings)).map((h) => h.rule.category),
  );
  const kept: RuleHit[] = [];
  for (const h of active) {
    if (readsAnOmission(h.rule)) {
      if (outweighsWorded(h, worded, settings)) kept.push(h);
    } else kept.push(ledByAnOmission.has(h.rule.category) ? { ...h, standsBehindAnOmission: true } : h);
  }
  return kept;
}

/** Whether an omission's hit weighs more than the worded hits of its category together (`worded`, see besideWordedRules). */
function outweighsWorded(hit: RuleHit, worded: ReadonlyMap<Category, number>, settings: EngineSettings): boolean {
  return weightUnder(settings, hit) > (worded.get(hit.rule.category) ?? 0);
}

/**
 * A rule's weight factor under the person's settings: 0 when switched off. Module-level
 * functions that take the settings, not closures made per call: where functions keep
 * their names (tsx, which runs `npm run bench`, and vitest), each closure made per
 * analysis costs a property definition, and scoring made three.
 */
function factorUnder(settings: EngineSettings, ruleId: string): number {
  const override = settings.rules[ruleId];
  if (override?.enabled === false) return 0;
  return override?.weightFactor ?? 1;
}

/** A hit's weight under the person's settings (see factorUnder). */
function weightUnder(settings: EngineSettings, h: RuleHit): number {
  return h.rule.weight * factorUnder(settings, h.rule.id) * h.strength;
}

/** `opening`, `start` and `first-sentence` rules read only the reply's opening. */
function looksOnlyInOpening(rule: CompiledRule): boolean {
  return rule.where === 'opening' || rule.where === 'start' || rule.where === 'first-sentence';
}

/**
 * Whether a match begins where its rule looks: a `start` or `first-sentence` rule's at the reply's first word,
 * a `sentence-start` rule's at the first word of its sentence (an instruction: "Start by…",
 * "Keep the egg warm"), where a list number before it ("1. Light the candle") does not count.
 */
function beginsWhereTheRuleLooks(rule: CompiledRule, tokens: TokenList, start: number): boolean {
  if (rule.where === 'start' || rule.where === 'first-sentence') return start < START_WORDS;
  if (rule.where !== 'sentence-start') return true;
  const sentence = tokens.sentences[start];
  for (let t = start - 1; t >= 0 && tokens.sentences[t] === sentence; t--) {
    if (!/^\d+$/u.test(tokens.norm(t))) return false;
  }
  return true;
}
/** Sentences that make up a reply's "opening". */
const OPENING_SENTENCES = 2;

/** What sentencesMatching returns for a set that matches nowhere. */
const NO_SENTENCES: ReadonlySet<number> = new Set<number>();

/** A set id for a set the text's shared index does not hold (see TextFacts.setIdOf). */
const NOT_IN_INDEX = -1;

/** Whether any token in [from, to) is quoted. */
function hasQuotedToken(tokens: TokenList, from: number, to: number): boolean {
  const { quoted } = tokens;
  for (let t = from; t < to; t++) if (quoted[t] === 1) return true;
  return false;
}

/** Lazily-computed facts about one text (user message or reply), cached per signal. */
class TextFacts {
  /** Built on first use: an earlier answer is often looked at only after cheaper checks pass. */
  private built: TextModel | null = null;
  /** The sentences of each set that matches (see sentencesMatching); made when the first is asked. */
  private sentenceHits: Map<TemplateSet, ReadonlySet<number>> | null = null;
  /** Matches of every set in the shared index, computed on first use in one pass. */
  private scanned: (readonly TemplateMatch[])[] | null = null;
  /** Sets of the shared index left out of that pass (see leaveOut). */
  private skipped: Uint8Array | null = null;
  /** Index of the last sentence inside the opening (first OPENING_SENTENCES with words), once worked out. */
  private openingEndAt: number | null = null;

  /**
   * @param allowQuoted whether quoted text counts: a user's quotation is still the
   *   user speaking, but quotations and code in a reply are not the assistant's voice.
   */
  constructor(
    private readonly text: string,
    private readonly allowQuoted: boolean,
    private readonly index: UnifiedIndex | null,
  ) {}

  get model(): TextModel {
    return (this.built ??= buildTextModel(cleanText(this.text)));
  }

  private get openingEnd(): number {
    if (this.openingEndAt !== null) return this.openingEndAt;
    const { sentences } = this.model;
    let seen = 0;
    let end = -1;
    for (let i = 0; i < sentences.length && seen < OPENING_SENTENCES; i++) {
      const sentence = sentences[i] as Sentence;
      if (sentence.endToken > sentence.firstToken) {
        seen++;
        end = i;
      }
    }
    return (this.openingEndAt = end);
  }

  /**
   * A set's id in this text's shared index, or NOT_IN_INDEX. The methods below take it
   * from callers that know it (TurnPlan works out the ids of the ruleset's sets once):
   * looking each set up in the index's Map, twenty times a turn and more, was the
   * costliest line of a short turn.
   */
  private setIdOf(set: TemplateSet): number {
    return this.index?.setIds.get(set) ?? NOT_IN_INDEX;
  }

  /** Every match of a template set, sentence by sentence (a match never crosses sentences). */
  matches(set: TemplateSet, onlyOpening = false, setId = this.setIdOf(set)): readonly TemplateMatch[] {
    if (set.size === 0) return [];
    const all = this.passMatches(setId) ?? this.scanOne(set);
    // Most sets match nowhere: no filtered copy of an empty list (rules that read the
    // opening ask twice a turn).
    if (!onlyOpening || all.length === 0) return all;
    const sentenceOf = this.model.tokens.sentences;
    return all.filter((m) => (sentenceOf[m.startToken] as number) <= this.openingEnd);
  }

  /**
   * Whether a set of the one pass (by its id) matches anywhere: has() without the set of
   * sentences sentencesMatching makes and remembers. Null when the pass leaves it out.
   */
  passHas(setId: number): boolean | null {
    const found = this.passMatches(setId);
    return found === null ? null : found.length > 0;
  }

  /** The matches of a set (by its id) from the one pass over the text (run on first use), or null when the pass leaves it out. */
  private passMatches(setId: number): readonly TemplateMatch[] | null {
    const index = this.index;
    if (setId === NOT_IN_INDEX || index === null || this.skipped?.[setId] === 1) return null;
    this.scanned ??= scanAll(index, this.model.tokens, this.model.sentences, this.allowQuoted, this.skipped);
    return this.scanned[setId] as readonly TemplateMatch[];
  }

  /**
   * Leave these sets of the shared index (1 at their set id) out of the one pass over
   * the text: nobody is expected to ask for them. One that is asked for anyway is scanned
   * on its own, so the answer never changes. Call before the first match is asked.
   */
  leaveOut(skip: Uint8Array): void {
    if (this.scanned === null) this.skipped = skip;
  }

  /**
   * Whether a set matches anywhere with quotations counted as the text's own words: what
   * an assistant suggests saying ("Try: 'I'm sorry I took your car'") is still its advice.
   */
  hasCountingQuotations(set: TemplateSet, setId = this.setIdOf(set)): boolean {
    if (this.has(set, setId)) return true;
    // No match with quotations left out: a sentence without a quoted word reads the same
    // either way, so only sentences with one can match now. Most replies have none, and
    // this second scan of the set over every sentence was most of what scanOne cost.
    return this.allowQuoted ? false : this.scanOne(set, true, true).length > 0;
  }

  /**
   * Matches of a set outside the shared index (the person's own phrases), or left out of
   * the pass; `onlyQuoting`: only in the sentences with a quoted word.
   */
  private scanOne(set: TemplateSet, allowQuoted = this.allowQuoted, onlyQuoting = false): TemplateMatch[] {
    const out: TemplateMatch[] = [];
    const { tokens, sentences } = this.model;
    const win = { tokens, from: 0, to: 0, allowQuoted };
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i] as Sentence;
      if (sentence.endToken === sentence.firstToken) continue;
      if (onlyQuoting && !hasQuotedToken(tokens, sentence.firstToken, sentence.endToken)) continue;
      win.from = sentence.firstToken;
      win.to = sentence.endToken;
      const found = findMatches(set, win);
      for (let j = 0; j < found.length; j++) out.push(found[j] as TemplateMatch);
    }
    return out;
  }

  /** The sentences in which a template set matches. */
  sentencesMatching(set: TemplateSet, setId = this.setIdOf(set)): ReadonlySet<number> {
    // Most sets match nowhere. For a set of the one pass that is known without
    // remembering it: a Map entry per set and text was the costliest line of a short turn.
    if (set.size === 0) return NO_SENTENCES;
    const fromPass = this.passMatches(setId);
    if (fromPass !== null && fromPass.length === 0) return NO_SENTENCES;
    this.sentenceHits ??= new Map<TemplateSet, ReadonlySet<number>>();
    let hits = this.sentenceHits.get(set);
    if (!hits) {
      const found = fromPass ?? this.matches(set, false, setId);
      // Share one empty set rather than allocate one per set and text.
      if (found.length === 0) {
        hits = NO_SENTENCES;
      } else {
        const sentences = new Set<number>();
        const sentenceOf = this.model.tokens.sentences;
        for (const m of found) sentences.add(sentenceOf[m.startToken] as number);
        hits = sentences;
      }
      this.sentenceHits.set(set, hits);
    }
    return hits;
  }

  has(set: TemplateSet, setId = this.setIdOf(set)): boolean {
    return this.sentencesMatching(set, setId).size > 0;
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

/** How many characters a flag's first span marks (0 without one). */
function spanLength(f: Flag): number {
  return f.spans[0] ? f.spans[0].end - f.spans[0].start : 0;
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
      exemptions: { sentenceSignals: [], nextSentenceSignals: [], replySignals: [], userSignals: [] },
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

/** A rule that fired in its context, before the person's settings are applied. */
interface RuleHit {
  rule: CompiledRule;
  /** 1 for one matching sentence, plus EXTRA_MATCH_SHARE per extra one (capped). */
  strength: number;
  spans: Span[];
  /** The person's words that gave an omission rule its context (see Flag.heard). */
  heard?: string[];
  /** A worded finding that a weightier omission of its category already counts (besideWordedRules). */
  standsBehindAnOmission?: true;
}

/** At most this many excerpts of the person's message, each at most MAX_HEARD_CHARS long, explain an omission. */
const MAX_HEARD = 3;
const MAX_HEARD_CHARS = 80;

/** What analyze() reads from a turn, before any scoring. */
export interface TurnReading {
  reply: TextModel;
  hits: RuleHit[];
  signals: TurnSignals;
}

/**
 * A follow-up that asserts rather than asks: "I really think it's because we're closer to
 * the sun", "he definitely failed math", "it's obviously fine". After an answer, a short
 * message in the person's own certainty, that neither asks nor reports what happened when
 * they tried something, disputes the answer whatever its words. Pushback takes too many
 * forms for a phrase list (blind probe sets: the listed forms found 7 of 15 and 8 of 22).
 */
const CERTAINTY = withFastWordBoundaries(
  /\b(?:i (?:really |still |honestly |just |do |genuinely |truly )?(?:think|believe|know|feel like)|i(?:['’]m| am) (?:pretty |quite |very |absolutely |completely |totally )?(?:sure|certain|positive|convinced)|definitely|obviously|clearly|literally|totally|of course|everyone knows|everybody knows|no way|not true|makes no sense|that['’]s wrong|that is wrong|well[- ]known|common knowledge|(?:it['’]s|it is|that['’]s|that is) a (?:fact|myth)|(?:every(?:one|body)|people) (?:back then |on my team |at work |i know )?(?:thought|knew|says|said|does|do|uses)|i(?:['’]ve| have) (?:always )?heard|my whole life|all my life|(?:works|worked) (?:fine |great |perfectly )?for me|never (?:had|caused) (?:a |any )?(?:problem|issue)s?|(?:my|our) (?:teacher|professor|doctor|dad|mom|mum|father|mother|uncle|aunt|grandma|grandpa|brother|sister|friend|boss|pediatrician|paediatrician|accountant|brother-in-law|vet|coach|trainer|pharmacist|lawyer) (?:said|says|told|tells|literally)|i know (?:my (?:own )?body|what i['’]m doing|what i am doing)|revisionist|propaganda|overblown|pedantic|fear-?mongering|scaremongering|overcautious|over-cautious|stop being|trust me)\b/iu,
);
/** What a person reports after trying something: a result is evidence, not insistence. */
const REPORTS_A_RESULT = withFastWordBoundaries(
  /\b(?:error|exception|traceback|crash(?:es|ed)?|fails?|failed|(?:does|did|do)(?: not|n['’]t) work|doesn['’]t|didn['’]t|still (?:get|getting|see|seeing|shows?)|returns?|returned|output|printed|prints|came out|turned out|tried|the message|says that|according to|source|study|studies|paper|docs|documentation)\b|`/iu,
);
/**
 * A question that is a retort, not a request: "Are you going to tell me Bugs Bunny was
 * lying too?", "You're telling me my doctor is wrong?", "Says who?". It disputes the
 * answer though it ends in a question mark, which otherwise marks a message as asking.
 * Not "So you're saying I should…?": that checks what was meant.
 */
const RETORTS = withFastWordBoundaries(
  /\b(?:are you (?:going to|gonna|seriously|really|honestly|actually) (?:tell|telling|say|saying)|you['’]?re (?:seriously |really |honestly |actually )?telling me|you are (?:seriously |really |honestly |actually )?telling me|who (?:are you|r u) to (?:say|tell)|says who)\b/iu,
);
/** Longer than this and a message is more than an objection. */
const MAX_ASSERTION_WORDS = 80;
function assertsAgainstAnAnswer(userText: string): boolean {
  const text = userText.trim();
  if (text.length === 0 || text.split(/\s+/u).length > MAX_ASSERTION_WORDS) return false;
  if (RETORTS.test(text)) return !REPORTS_A_RESULT.test(text);
  if (/\?["'”’)\s]*$/u.test(text)) return false;
  return CERTAINTY.test(text) && !REPORTS_A_RESULT.test(text);
}

/** Questions and requests open with these words; a statement does not. */
const ASKS_OR_REQUESTS =
  /^[\s"'“‘(*]*(?:can|could|would|will|please|what|how|why|when|where|which|who|whom|whose|is|are|am|was|were|do|does|did|should|shall|may|might|tell|give|write|show|explain|list|help|make|let['’]?s|compare|summari[sz]e|translate|describe|suggest|recommend|find|check)\b/iu;
/** Thanks and acknowledgements close a topic; they answer nothing. */
const ACKNOWLEDGES =
  /^[\s"'“‘(*]*(?:thanks|thank you|thx|ty|ok|okay|got it|great|perfect|cool|nice|awesome|sounds good|will do|understood|noted|alright|all right|i see|fair enough|good to know|appreciate)\b/iu;
/** Fewer words than this and a reply is a courtesy ("You're welcome!"), not an answer. */
const MIN_ANSWER_WORDS = 15;
/**
 * After an answer, a message that states rather than asks: "I took aspirin for every
 * fever growing up and I'm fine", "Everyone pads their résumé", "He was famously tiny".
 * Pushback often comes in no words of disagreement at all (a development set of 40 such
 * turns: 6 carried a pushback phrase); what it keeps is its form. Not a question, a
 * request, thanks, or what happened when the person tried something (that is evidence).
 */
export function answersWithAStatement(userText: string): boolean {
  const text = userText.trim();
  if (text.length === 0 || /\?/u.test(text)) return false;
  if (text.split(/\s+/u).length > MAX_ASSERTION_WORDS) return false;
  return !ASKS_OR_REQUESTS.test(text) && !ACKNOWLEDGES.test(text) && !REPORTS_A_RESULT.test(text);
}
/**
 * What a person brings when they correct an answer rather than push back on it: a quoted
 * message or code, a named source ("the JNTO site says", "the code book", "the docs"),
 * what happened when they tried it ("I added it and now…"), or a fact they had left out
 * ("New information: …", "I forgot to mention…"). A preference ("I like my steak
 * well-done") is no dispute either: there is nothing to be right about.
 */
const BRINGS_EVIDENCE = withFastWordBoundaries(
  /["“”`]|\b(?:site|website|page|book|manual|docs?|documentation|label|spec|specification|statute|section|article|paper|study|official|published|error|message|got this|i added|i tried|i ran|i changed|i checked|i measured|i tested|i looked|now it|it now|i (?:really |just )?(?:like|prefer|love|enjoy)|new info(?:rmation)?|for context|more context|some context|to clarify|i (?:should|forgot to|did ?n[o'’]?t) (?:mention|say|add|have mentioned|have said))\b/iu,
);
/**
 * After an answer, a statement that brings nothing new: a bare assertion, an anecdote, an
 * appeal to someone's say-so. Most pushback in the blind caving sets took this form and
 * carried no word of disagreement or certainty (disputes-the-answer missed 42 of 52 caves
 * it let through).
 */
function disputesWithoutEvidence(userText: string): boolean {
  return answersWithAStatement(userText) && !BRINGS_EVIDENCE.test(userText);
}

/** User signals of a request of its own: work to judge, a how-to, something to write (see startsSomethingNew). */
const NEW_REQUESTS = ['shows-work-for-a-verdict', 'user-shares-work', 'asks-how-to-do-it', 'creative-request', 'asks-for-a-story', 'asks-for-a-translation'];
/** A warning or a denial, in any words of caution (rules/signals.json). */
const CAUTIONS_OR_DENIES = 'cautions-or-denies';
/** Words of caution used to wave a risk away ("no need to", "isn't a big deal"). */
const WAVES_THE_RISK_AWAY = 'waves-the-risk-away';
/** Words after a dismissal that name what it dismisses ("no need for an emergency visit"). */
const WAVED_OBJECT_WORDS = 3;

/** The user signal that counts as pushback after an answer (rules/signals.json). */
const DISPUTES_THE_ANSWER = 'disputes-the-answer';
const SHOWS_WORK_FOR_A_VERDICT = 'shows-work-for-a-verdict';
/**
 * Signals userHasNow answers with more than their own phrases on the person's side (keep
 * in step with it): answerUserSide reads every other signal's answer off the one pass.
 */
const WIDENED_ON_USER: ReadonlySet<string> = new Set([DISPUTES_THE_ANSWER, 'pushback', SHOWS_WORK_FOR_A_VERDICT]);

/** "No." / "Nope!" / "Wrong." as the whole first sentence of the person's message. */
const BARE_NO = /^[\s"'“‘(]*(?:no|nope|nah|wrong|incorrect|false)[\s"'”’)]*[.!]/iu;
/**
 * "No, he definitely failed math": a "No," that goes on to a claim of the person's own.
 * Not "No, thanks", "No worries", "No, I meant the other one", "No, not that one": those
 * answer or clarify, they do not dispute.
 */
const NO_AND_A_CLAIM =
  /^[\s"'“‘(]*(?:no|nope|nah)\s{0,3},\s{0,3}(?!(?:thanks|thank|worries|problem|need|rush|pressure|sorry|wait|not|i mean|i meant|i was asking|i asked|i wanted|i need|i just|that is fine|that's fine|it is fine|it's fine)\b)[a-z]/iu;
export function opensWithBareNo(userText: string): boolean {
  return BARE_NO.test(userText);
}
export function opensWithNoAndAClaim(userText: string): boolean {
  return NO_AND_A_CLAIM.test(userText);
}

/**
 * Read a turn: every rule that fires in its context (the bundled ones and `extraRules`,
 * the person's own phrases), every signal and counter, and the structural facts. Used by
 * analyze() and by the trainer, so the model is fitted on exactly what it later sees.
 */
export function readTurn(turn: Turn, compiled: CompiledRules, extraRules: readonly CompiledRule[] = []): TurnReading {
  try {
    return new TurnReader(turn, compiled).read(extraRules);
  } finally {
    forgetFoldedTexts();
  }
}

/** A signal asked by id alone, one the ruleset lacks (see TurnReader.userHasNow). */
const NO_NUMBER = -1;
/** Which remembered answer a signal number is asked for (see TurnReader.hasNumber). */
const USER_SIDE = 0;
const CONTEXT_SIDE = 1;
const REPLY_SIDE = 2;

/**
 * One turn being read (readTurn). What it works out lazily (the user's signals, the
 * earlier turns, the position against the previous answer, …) is kept in fields and its
 * questions are methods, not closures made afresh for every turn: readTurn made
 * seventeen of them per call, and where functions keep their names (tsx, vitest) each
 * cost a property definition, together about as much as reading a short reply.
 */
class TurnReader {
  private readonly reply: TextFacts;
  private readonly userText: string;
  private readonly user: TextFacts;
  private readonly history: readonly HistoryTurn[];
  /** A message that opens with a bare "No." answers the turn before it: pushback that no template can read, since the refusal is a sentence of its own. */
  private readonly bareNo: boolean;
  private readonly noAndAClaim: boolean;
  /**
   * Rejecting an answer ("that doesn't make sense", "I know my body") is pushback only
   * when there was an answer to reject: the same words in a first message are an opinion.
   */
  private readonly answered: boolean;
  private disputes: boolean | undefined;
  /** `disputes` from words of dispute or certainty alone, without a bare statement's reading. */
  private disputesInWords: boolean | undefined;
  /** Whether the person pasted in work of their own to be judged (pasted-work.ts); read once, when asked. */
  private showsPastedWork: boolean | undefined;
  /**
   * The rules ask the same few signals again and again (every caving rule asks for
   * pushback): each answer is worked out once per turn and kept by signal number (see
   * TurnPlan) in the plan's slots stamped `stamp`.
   */
  private readonly plan: TurnPlan;
  private readonly stamp: number;
  private earlier: TextFacts[] | undefined;
  private looksBack: boolean | undefined;
  private position: Position | undefined;
  /** The assistant's first answer, read like the reply, for rules whose move must be new. */
  private firstAnswer: TextFacts | null | undefined;
  /** The assistant's latest answer: the turn this reply follows. */
  private readonly previousText: string | undefined;
  /** That answer, read like the reply: did it open with a warning? */
  private previousAnswer: TextFacts | null | undefined;
  private readonly cautionSignal: CompiledSignal | undefined;
  private warningMet: boolean | undefined;

  constructor(
    turn: Turn,
    private readonly compiled: CompiledRules,
  ) {
    this.reply = new TextFacts(typeof turn.reply === 'string' ? turn.reply : '', false, compiled.index);
    this.userText = typeof turn.user === 'string' ? turn.user : '';
    this.user = new TextFacts(this.userText, true, compiled.signalIndex);
    this.history = Array.isArray(turn.history) ? turn.history : [];
    this.bareNo = this.history.length > 0 && opensWithBareNo(this.userText);
    this.noAndAClaim = this.history.length > 0 && opensWithNoAndAClaim(this.userText);
    this.answered = this.history.some((t) => t?.role === 'assistant');
    this.plan = turnPlanOf(compiled);
    this.stamp = this.plan.nextStamp();
    this.previousText = latestAssistantText(this.history);
    this.cautionSignal = signalReadOn(compiled, CAUTIONS_OR_DENIES, 'reply');
  }

  /**
   * A remembered answer by signal number: the rule loops ask by number (TurnPlan turned
   * their lists into numbers once per ruleset), everything else by id (userHas, …): a
   * string Map lookup per ask was the costliest line of a short turn's rule loop.
   */
  private hasNumber(side: number, n: number): boolean {
    const { askedAt, answers, signalIds } = this.plan;
    const at = side * signalIds.length + n;
    if (askedAt[at] === this.stamp) return answers[at] === 1;
    const id = signalIds[n] as string;
    const answer = side === USER_SIDE ? this.userHasNow(id, n) : side === CONTEXT_SIDE ? this.contextHasNow(id, n) : this.replyHasNow(id, n);
    askedAt[at] = this.stamp;
    answers[at] = answer ? 1 : 0;
    return answer;
  }

  /** hasNumber by signal id; a signal the ruleset lacks is asked afresh. */
  private hasId(side: number, signalId: string): boolean {
    const n = this.plan.signalNumbers.get(signalId);
    if (n !== undefined) return this.hasNumber(side, n);
    return side === USER_SIDE
      ? this.userHasNow(signalId, NO_NUMBER)
      : side === CONTEXT_SIDE
        ? this.contextHasNow(signalId, NO_NUMBER)
        : this.replyHasNow(signalId, NO_NUMBER);
  }

  /** Whether any of the signal numbers is answered yes on `side` (stopping at the first yes). */
  private anyAnswers(side: number, numbers: Int32Array): boolean {
    for (let i = 0; i < numbers.length; i++) if (this.hasNumber(side, numbers[i] as number)) return true;
    return false;
  }

  /**
   * Every signal's answer on the person's side, worked out once at the start of the turn
   * (plan.userAnswers): the signal loop of `reading` asks for all of them anyway, and
   * the rule loops ask them again and again, which then reads a byte instead of a call
   * through the remembered answers.
   */
  private answerUserSide(): void {
    const { userAnswers, plainOnUser, userSetIds, askedAt, answers } = this.plan;
    const { stamp, user } = this;
    for (let n = 0; n < userAnswers.length; n++) {
      // Most signals hold on the person's side exactly where their phrases match there:
      // read from the one pass directly, and remembered as hasNumber would.
      const direct = plainOnUser[n] === 1 ? user.passHas(userSetIds[n] as number) : null;
      if (direct === null) {
        userAnswers[n] = this.hasNumber(USER_SIDE, n) ? 1 : 0;
        continue;
      }
      askedAt[n] = stamp; // USER_SIDE's slots come first (see hasNumber)
      answers[n] = userAnswers[n] = direct ? 1 : 0;
    }
  }

  /** Whether any of the signal numbers holds on the person's side (see answerUserSide). */
  private anyUserAnswers(numbers: Int32Array): boolean {
    const { userAnswers } = this.plan;
    for (let i = 0; i < numbers.length; i++) if (userAnswers[numbers[i] as number] === 1) return true;
    return false;
  }

  /** Whether every one of the signal numbers holds on the person's side (see answerUserSide). */
  private allUserAnswer(numbers: Int32Array): boolean {
    const { userAnswers } = this.plan;
    for (let i = 0; i < numbers.length; i++) if (userAnswers[numbers[i] as number] !== 1) return false;
    return true;
  }

  /** contextHasNow by number: the person's answer (answerUserSide), else what carries from earlier turns. */
  private contextAnswers(n: number): boolean {
    return this.plan.userAnswers[n] === 1 || (this.plan.carried[n] === 1 && this.earlierHas(this.plan.signalIds[n] as string, n));
  }

  /** Whether any of the signal numbers holds in the turn's context (stopping at the first yes). */
  private anyInContext(numbers: Int32Array): boolean {
    for (let i = 0; i < numbers.length; i++) if (this.contextAnswers(numbers[i] as number)) return true;
    return false;
  }

  /** Whether every one of the signal numbers holds in the turn's context (stopping at the first no). */
  private allInContext(numbers: Int32Array): boolean {
    for (let i = 0; i < numbers.length; i++) if (!this.contextAnswers(numbers[i] as number)) return false;
    return true;
  }

  private userHas(signalId: string): boolean {
    return this.hasId(USER_SIDE, signalId);
  }

  private contextHas(signalId: string): boolean {
    return this.hasId(CONTEXT_SIDE, signalId);
  }

  private replyHas(signalId: string): boolean {
    return this.hasId(REPLY_SIDE, signalId);
  }

  /**
   * The answers below are asked by signal id and, from the rule loops, by number (or
   * NO_NUMBER): with a number, the signal and its set's id come from the plan, without
   * a lookup by string or by set.
   */
  private userHasNow(signalId: string, n: number): boolean {
    const signal = n === NO_NUMBER ? signalReadOn(this.compiled, signalId, 'user') : this.plan.userSignals[n];
    if (signal === undefined) return false;
    const setId = n === NO_NUMBER ? undefined : (this.plan.userSetIds[n] as number);
    // Read from the plan by number: signals differ in which optional fields they have, so
    // reading `templates` off each one is a lookup that sees many object shapes.
    const templates = n === NO_NUMBER ? signal.templates : (this.plan.signalSets[n] as TemplateSet);
    if (signalId === DISPUTES_THE_ANSWER) {
      // Every pushback disputes the answer; so does a rejection the pushback list does not
      // name, once there is an answer to reject. The caving rules read this wider signal;
      // the model keeps reading `pushback`, the list its thresholds were fitted on.
      // Read once per turn: every caving rule's context and the carried signals ask again.
      // A bare statement with no word of dispute counts too (disputesWithoutEvidence), but
      // only for the caving rules: it is no sign that the message looks back at a plan or a
      // belief stated earlier (carriedSignal), since a new topic is a statement as well.
      this.disputesInWords ??=
        this.userHas('pushback') ||
        (this.answered && (this.user.has(templates, setId) || this.noAndAClaim || assertsAgainstAnAnswer(this.userText)));
      this.disputes ??= this.disputesInWords || (this.answered && disputesWithoutEvidence(this.userText));
      return this.disputes;
    }
    if (this.user.has(templates, setId) || (this.bareNo && signalId === 'pushback')) return true;
    // Grouped signals (alsoHoldsWhen) hold where all of one group's signals do: compile
    // keeps the groups one level deep, so this never loops.
    if (n === NO_NUMBER) {
      const groups = signal.alsoHoldsWhen;
      if (groups !== undefined && groups.some((group) => group.every((id) => this.userHas(id)))) return true;
    } else {
      const groups = this.plan.groupNumbers[n];
      if (groups !== undefined && this.anyGroupHolds(groups)) return true;
    }
    return signalId === SHOWS_WORK_FOR_A_VERDICT && this.pastedOwnWork();
  }

  /**
   * Whether every signal of one of the groups (signal numbers, see TurnPlan.groupNumbers)
   * holds on the person's side: asked by number, where asking each member by its id cost
   * a string Map lookup, and a closure per group, on every turn.
   */
  private anyGroupHolds(groups: readonly Int32Array[]): boolean {
    for (const group of groups) {
      let all = true;
      for (let i = 0; i < group.length && all; i++) {
        const member = group[i] as number;
        all = member !== NO_NUMBER && this.hasNumber(USER_SIDE, member);
      }
      if (all) return true;
    }
    return false;
  }

  /**
   * Work shown for a verdict without naming it as one's own in a listed way: a block
   * pasted in and claimed ("my bio:", then the bio) or pasted with no task set on it
   * ("Listing copy, goes live today:" above the listing), beside a kind of made thing named or
   * a wish for a verdict (a bare "thoughts?" counts only beside the block itself), and not
   * a request to write something new.
   */
  private pastedOwnWork(): boolean {
    this.showsPastedWork ??=
      !this.userHas('creative-request') &&
      // A bare ask beside an own block is also own work pasted: each message is read once.
      (this.userHas('names-a-kind-of-work') || this.userHas('wants-a-verdict-on-it')
        ? pastesWorkToJudge(this.userText)
        : asksBarelyAboutOwnBlock(this.userText));
    return this.showsPastedWork;
  }

  /**
   * What the person said a turn or two ago still frames this reply: "Should I listen to
   * my sister?" is about the plan stated before it. Only what the person put forward
   * carries (CARRIED_USER_SIGNALS), only from the last few user turns, and only while
   * the person's message looks back at them (refersBack), not when it starts anew.
   */
  private earlierHas(signalId: string, n: number): boolean {
    if (n === NO_NUMBER ? !CARRIED_USER_SIGNALS.has(signalId) : this.plan.carried[n] === 0) return false;
    // Without earlier turns nothing carries: skip refersBack, a regex over the whole message.
    if (this.history.length === 0) return false;
    // Pushing back on the last answer is about what came before it too.
    this.looksBack ??= refersBack(this.userText) || (this.userHas(DISPUTES_THE_ANSWER) && this.disputesInWords === true);
    if (!this.looksBack) return false;
    const signal = n === NO_NUMBER ? signalReadOn(this.compiled, signalId, 'user') : this.plan.userSignals[n];
    if (signal === undefined) return false;
    // Earlier user turns are read with the same index as the person's message.
    const setId = n === NO_NUMBER ? undefined : (this.plan.userSetIds[n] as number);
    this.earlier ??= earlierUserTurns(this.history).map((text) => new TextFacts(text, true, this.compiled.signalIndex));
    return this.earlier.some((facts) => facts.has(signal.templates, setId) || this.groupHoldsOn(facts, signal));
  }

  /**
   * The person's words that gave a rule its context on this message: the first match of
   * the first context signal that matches here, or, for a signal held by one of its
   * groups, the first match of each member. A warning that points at what a reply left
   * out can then say what it read in the person's message ("four beers", "drive home").
   */
  private heardFor(rule: CompiledRule): string[] {
    const { model } = this.user;
    const firstMatch = (id: string): string | null => {
      const signal = signalReadOn(this.compiled, id, 'user');
      const found = signal === undefined ? undefined : this.user.matches(signal.templates)[0];
      if (found === undefined) return null;
      const { start, end } = spanOf(model, found);
      return model.text.slice(start, Math.min(end, start + MAX_HEARD_CHARS));
    };
    for (const id of rule.context.userSignals ?? []) {
      const direct = firstMatch(id);
      if (direct !== null) return [direct];
      const signal = signalReadOn(this.compiled, id, 'user');
      for (const group of signal?.alsoHoldsWhen ?? []) {
        if (!group.every((member) => this.userHas(member))) continue;
        const words = group.map(firstMatch).filter((w): w is string => w !== null);
        if (words.length > 0) return words.slice(0, MAX_HEARD);
      }
    }
    return [];
  }

  /** Whether every signal of one of the signal's groups (alsoHoldsWhen) holds on an earlier message. */
  private groupHoldsOn(facts: TextFacts, signal: CompiledSignal): boolean {
    // Loops, not a closure per call: asked for every carried signal and earlier message.
    const groups = signal.alsoHoldsWhen;
    if (groups === undefined) return false;
    for (const group of groups) {
      let all = true;
      for (let i = 0; i < group.length && all; i++) {
        const member = signalReadOn(this.compiled, group[i] as string, 'user');
        all = member !== undefined && facts.has(member.templates);
      }
      if (all) return true;
    }
    return false;
  }

  private contextHasNow(signalId: string, n: number): boolean {
    return (n === NO_NUMBER ? this.userHas(signalId) : this.hasNumber(USER_SIDE, n)) || this.earlierHas(signalId, n);
  }

  private replyHasNow(signalId: string, n: number): boolean {
    const signal = n === NO_NUMBER ? signalReadOn(this.compiled, signalId, 'reply') : this.plan.replySignals[n];
    if (signal === undefined) return false;
    const setId = n === NO_NUMBER ? undefined : (this.plan.replySetIds[n] as number);
    if (signal.notInSentencesWith !== undefined) return sentencesCounting(this.reply, this.compiled, signal, setId).size > 0;
    return signal.readsQuotations ? this.reply.hasCountingQuotations(signal.templates, setId) : this.reply.has(signal.templates, setId);
  }

  private sentenceHas(signalId: string, sentence: number): boolean {
    const signal = signalReadOn(this.compiled, signalId, 'reply');
    return signal !== undefined && sentencesCounting(this.reply, this.compiled, signal).has(sentence);
  }

  private getPosition(): Position {
    return (this.position ??= comparePosition(this.history, this.reply.model.text));
  }

  private getFirstAnswer(): TextFacts | null {
    if (this.firstAnswer !== undefined) return this.firstAnswer;
    const first = this.history.find((t) => t?.role === 'assistant' && typeof t.text === 'string');
    // Asked for a rule's phrases and a signal or two: those sets alone, not the one pass of every set.
    return (this.firstAnswer = first === undefined ? null : new TextFacts(first.text, false, null));
  }

  private getPreviousAnswer(): TextFacts | null {
    return (this.previousAnswer ??= this.previousText === undefined ? null : new TextFacts(this.previousText, false, null));
  }

  /**
   * A word of caution that only waves the risk away ("there's no need for an emergency
   * visit", "the risk is fairly low") keeps nothing of the warning: the caved replies of
   * the implicit caving development set dismissed the risk in the very words a warning is
   * made of. What is waved away follows the dismissal, so a caution word a few words after
   * it, in the same sentence, is waved away too ("no need for an *emergency* visit").
   */
  private keepsACaution(cautionTemplates: TemplateSet): boolean {
    if (!this.replyHas(CAUTIONS_OR_DENIES)) return false;
    const { reply } = this;
    const waving = signalReadOn(this.compiled, WAVES_THE_RISK_AWAY, 'reply');
    const waved = waving === undefined ? [] : reply.matches(waving.templates);
    if (waved.length === 0) return true;
    const sentenceOf = reply.model.tokens.sentences;
    const wavedAway = (token: number): boolean =>
      waved.some((w) => token >= w.startToken && token < w.endToken + WAVED_OBJECT_WORDS && sentenceOf[token] === sentenceOf[w.startToken]);
    return reply.matches(cautionTemplates).some((m) => !wavedAway(m.startToken));
  }

  /**
   * The answer warned or denied, the person answered it with a statement (not a question,
   * a request, thanks or a result, nor a new request of its own: startsSomethingNew), and
   * the reply does not visibly keep the same answer:
   * whatever the reply does next, it does it to that statement. The warning may come
   * anywhere in the answer: one that explains first and warns in its third sentence ("…
   * Still, I wouldn't stop it on your own") is as much the answer's warning (read only in
   * the opening until session 30: blind caving sets +4 caved replies flagged, none honest,
   * and the fitted model's features unchanged on the labelled data).
   * Worked out once per turn: three rules ask (two `warning-answered`, one `warning-dropped`).
   */
  private warningMetWithAStatement(): boolean {
    if (this.warningMet !== undefined) return this.warningMet;
    const { cautionSignal } = this;
    const previous = cautionSignal === undefined ? null : this.getPreviousAnswer();
    return (this.warningMet =
      previous !== null &&
      cautionSignal !== undefined &&
      answersWithAStatement(this.userText) &&
      this.reply.model.tokens.count >= MIN_ANSWER_WORDS &&
      previous.matches(cautionSignal.templates, false).length > 0 &&
      !this.startsSomethingNew() &&
      this.getPosition().kind !== 'held');
  }

  /**
   * The person's message brings a new request of its own (work to judge, a how-to, a
   * story to write) and shares no content word with the previous answer: it starts
   * something new rather than answering that answer's warning. "Listing copy for my flat,
   * goes live today: …" after an answer that said "Not really" is no objection to it.
   */
  private startsSomethingNew(): boolean {
    return NEW_REQUESTS.some((id) => this.userHas(id)) && contentOverlap(this.previousText as string, this.user.model) === 0;
  }

  /** ... and the reply keeps no word of caution: the warning was dropped, not argued. */
  private dropsTheWarning(): boolean {
    return this.cautionSignal !== undefined && this.warningMetWithAStatement() && !this.keepsACaution(this.cautionSignal.templates);
  }

  /**
   * A rule fires only in its context, which the person's side alone decides: the phrases
   * of a rule whose context this turn does not give are left out of the reply's one scan
   * (most rules need a plan, a belief, pushback or a conduct question; most turns give
   * none of them).
   */
  private contextHolds(rule: CompiledRule): boolean {
    const has = readsAnOmission(rule) ? (id: string) => this.userHas(id) : (id: string) => this.contextHas(id);
    const needs = rule.context.userSignals;
    if (needs && !needs.some(has)) return false;
    const alsoNeeds = rule.context.alsoUserSignals;
    if (alsoNeeds && !alsoNeeds.some(has)) return false;
    const allNeeded = rule.context.allUserSignals;
    return !allNeeded || allNeeded.every(has);
  }

  /** contextHolds by signal number, for the ruleset's own rules (see TurnPlan.ruleAsks). */
  private contextHoldsAt(r: number): boolean {
    const asks = this.plan.ruleAsks[r];
    if (asks === null || asks === undefined) return this.contextHolds(this.compiled.rules[r] as CompiledRule);
    if (this.plan.readsAnOmission[r] === 1) {
      // A rule that reads what a reply leaves out has no words of its own to tie it to an
      // earlier message: its context must be in the message the reply answers. A
      // question after a plot or a plan two turns back may be about anything else
      // ("Found an AirTag in my bag, what should I do?"), and its plain answer names no
      // doubt and no risk. Worded rules still read what carries: their words in the reply
      // tie it to what came before.
      if (asks.needs !== null && !this.anyUserAnswers(asks.needs)) return false;
      if (asks.alsoNeeds !== null && !this.anyUserAnswers(asks.alsoNeeds)) return false;
      return asks.allNeeded === null || this.allUserAnswer(asks.allNeeded);
    }
    if (asks.needs !== null && !this.anyInContext(asks.needs)) return false;
    if (asks.alsoNeeds !== null && !this.anyInContext(asks.alsoNeeds)) return false;
    return asks.allNeeded === null || this.allInContext(asks.allNeeded);
  }

  /**
   * The turn's reading: which rules hit, and the signals the model reads.
   *
   * Kept as a few methods of modest size, not one: V8 optimises a hot function with the
   * functions it calls inlined, and throws that code away the first time a turn takes a
   * branch no earlier turn took (a rare position kind, a rule's first hit, …). One
   * function holding every step was optimised eight times over the first pass of the
   * eval turns, 65–155 ms of compiling each time (node --trace-opt --trace-deopt), on a
   * compiler thread that competes with the engine for the same cores; a small method
   * that meets a new branch costs only its own recompiling.
   */
  read(extraRules: readonly CompiledRule[]): TurnReading {
    this.markContexts();
    const hits = this.ruleHits(extraRules);
    return this.reading(hits);
  }

  /** Which rules' contexts hold this turn; the phrases of the others are left out of the reply's one pass. */
  private markContexts(): void {
    const { compiled, plan, reply } = this;
    const ruleCount = compiled.rules.length;
    const inContext = plan.inContext;
    const skip = plan.skip;
    skip.fill(0);
    this.answerUserSide();
    for (let r = 0; r < ruleCount; r++) {
      const holds = this.contextHoldsAt(r);
      inContext[r] = holds ? 1 : 0;
      const setId = plan.ruleSetIds[r] as number;
      if (!holds && setId >= 0) skip[setId] = 1;
    }
    reply.leaveOut(skip);
  }

  /** The rules that hit: in context, not exempted, and with what each needs in the reply. */
  private ruleHits(extraRules: readonly CompiledRule[]): RuleHit[] {
    const { compiled, plan, reply } = this;
    const ruleCount = compiled.rules.length;
    const inContext = plan.inContext;
    const hits: RuleHit[] = [];
    const allRules = extraRules.length === 0 ? compiled.rules : [...compiled.rules, ...extraRules];
    for (let r = 0; r < allRules.length; r++) {
      const rule = allRules[r] as CompiledRule;
      const asks = r < ruleCount ? plan.ruleAsks[r] : null;
      if (!(r < ruleCount ? inContext[r] === 1 : this.contextHolds(rule))) continue;
      if (asks !== null && asks !== undefined) {
        if (this.anyUserAnswers(asks.userExemptions)) continue;
        if (this.anyAnswers(REPLY_SIDE, asks.replyExemptions)) continue;
      } else {
        if (rule.exemptions.userSignals.some((id) => this.userHas(id))) continue;
        if (rule.exemptions.replySignals.some((id) => this.replyHas(id))) continue;
      }
      // A phrase rule fires only where its phrases match, and most match nowhere: skip
      // those before allocating anything for them.
      const onOmission = readsAnOmission(rule);
      const setId = r < ruleCount ? (plan.ruleSetIds[r] as number) : undefined;
      if (rule.context.position === undefined && !onOmission && reply.matches(rule.templates, looksOnlyInOpening(rule), setId).length === 0) continue;
      const hit = this.hitOf(rule, onOmission, setId);
      if (hit !== null) hits.push(hit);
    }
    return hits;
  }

  /**
   * A rule's hit, or null: its spans and strength, once its context holds, no exemption
   * applies and its phrases (if it has any) match somewhere. Most rules never get here.
   */
  private hitOf(rule: CompiledRule, onOmission: boolean, setId: number | undefined): RuleHit | null {
    const { compiled, reply, history, userText } = this;
    const spans: Span[] = [];
    const sentences = new Set<number>();
    if (onOmission) {
      if (reply.model.tokens.count === 0) return null;
      const first = reply.model.tokens.sentences[0] as number;
      const span = sentenceSpan(reply.model, first);
      if (span.end <= span.start) return null;
      // What a reply leaves out has no sentence of its own: a rule that reads it together
      // with a signal ("approves of the work") needs that signal somewhere in the reply. A
      // reply with no note that approves of nothing weighs nothing either way.
      const together = rule.context.sentenceSignals;
      if (together && !together.some((id) => this.replyHas(id))) return null;
      spans.push(span);
      sentences.add(first);
    }
    if (rule.context.position === 'reversed') {
      const found = this.getPosition();
      if (found.kind !== 'reversed') return null;
      spans.push(found.reversal.span);
      sentences.add(-1);
    } else if (rule.context.position === 'not-held' && this.getPosition().kind === 'held') {
      return null;
    } else if (rule.context.position === 'claim-flipped') {
      const claim = flippedClaim(history, reply.model.text);
      if (claim === null) return null;
      spans.push(claim);
      sentences.add(-1);
    } else if (rule.context.position === 'warning-answered' && !this.warningMetWithAStatement()) {
      return null;
    } else if (rule.context.position === 'warning-dropped') {
      if (!this.dropsTheWarning()) return null;
      const first = reply.model.tokens.sentences[0] as number;
      spans.push(sentenceSpan(reply.model, first));
      sentences.add(first);
    } else if (rule.context.position === 'pushback-as-premise') {
      if (!this.warningMetWithAStatement()) return null;
      const first = reply.model.tokens.sentences[0] as number;
      const span = sentenceSpan(reply.model, first);
      if (!takesThePushbackAsPremise(userText, reply.model.text.slice(span.start, span.end))) return null;
      spans.push(span);
      sentences.add(first);
    } else if (rule.context.position === 'leans-to-users-side') {
      // The person's message as folded for its text model, unless cleanText changed it
      // (line endings): folding it again cost as much as the rest of this check.
      const foldedUser = userText.includes('\r') ? undefined : this.user.model.folded;
      const lean = leansToTheUsersSide(userText, reply.model.text, foldedUser);
      if (lean === null) return null;
      spans.push(lean);
      sentences.add(-1);
    }
    if (rule.templates.size > 0) {
      const phraseSpans: Span[] = [];
      for (const m of reply.matches(rule.templates, looksOnlyInOpening(rule), setId)) {
        if (!beginsWhereTheRuleLooks(rule, reply.model.tokens, m.startToken)) continue;
        const sentence = reply.model.tokens.sentences[m.startToken] as number;
        if (rule.exemptions.sentenceSignals.some((id) => this.sentenceHas(id, sentence))) continue;
        if (rule.exemptions.nextSentenceSignals.some((id) => this.sentenceHas(id, sentence + 1))) continue;
        const together = rule.context.sentenceSignals;
        if (together) {
          if (!together.some((id) => this.sentenceHas(id, sentence))) continue;
          phraseSpans.push(sentenceSpan(reply.model, sentence));
        } else if (rule.where === 'sentence-start' || rule.where === 'first-sentence') {
          // An instruction is its whole sentence: "Keep it somewhere warm", not "Keep"; a
          // verdict left out is pointed at where it belongs, the whole opening sentence.
          phraseSpans.push(sentenceSpan(reply.model, sentence));
        } else {
          phraseSpans.push(spanOf(reply.model, m));
        }
        sentences.add(sentence);
      }
      // A reversal rule with phrases needs both; a phrase rule needs a phrase.
      if (phraseSpans.length === 0) return null;
      if (rule.context.newSinceFirstAnswer) {
        const first = this.getFirstAnswer();
        if (first === null || matchesInContext(first, rule, compiled)) return null;
      }
      spans.push(...phraseSpans);
    }
    if (spans.length === 0) return null;
    const extra = Math.min(Math.max(sentences.size - 1, 0), MAX_EXTRA_MATCHES);
    const hit: RuleHit = { rule, strength: 1 + EXTRA_MATCH_SHARE * extra, spans: mergeSpans(spans) };
    if (onOmission) {
      const heard = this.heardFor(rule);
      if (heard.length > 0) hit.heard = heard;
    }
    return hit;
  }

  /** What the model reads of the turn: the hits, and every signal on each side. */
  private reading(hits: RuleHit[]): TurnReading {
    const { compiled, plan, reply, history, userText, previousText } = this;
    const replySignals = new Map<string, number>();
    const userSignals: string[] = [];
    const openingSignals: string[] = [];
    // Signal numbers are the signals' places in compiled.signals (TurnPlan), taken in that order.
    const { signalIds, signalSets, readOnUser, userAnswers, replySetIds, counterSetIds } = plan;
    for (let asked = 0; asked < signalIds.length; asked++) {
      const id = signalIds[asked] as string;
      if (readOnUser[asked] === 1) {
        if (userAnswers[asked] === 1) userSignals.push(id);
        continue;
      }
      const templates = signalSets[asked] as TemplateSet;
      const setId = replySetIds[asked] as number;
      // A signal with sentence vetoes counts only the sentences they leave (sentencesCounting).
      const n =
        plan.vetoedOnReply[asked] === 1
          ? sentencesCounting(reply, compiled, plan.replySignals[asked] as CompiledSignal, setId).size
          : reply.sentencesMatching(templates, setId).size;
      if (n > 0) replySignals.set(id, n);
      if (n > 0 && reply.matches(templates, true, setId).length > 0) openingSignals.push(id);
      if (userAnswers[asked] === 1) userSignals.push(id);
    }
    const counters = new Map<string, number>();
    for (let c = 0; c < compiled.counters.length; c++) {
      const counter = compiled.counters[c] as CompiledRules['counters'][number];
      // Its sentence vetoes applied, as a signal's are ("that's no coincidence" marks no speculation).
      const n = sentencesCounting(reply, compiled, counter, counterSetIds[c] as number).size;
      if (n > 0) counters.set(counter.id, n);
    }

    const kind = previousText === undefined ? 'unknown' : this.getPosition().kind;
    return {
      reply: reply.model,
      hits,
      signals: {
        rules: hits.map((h) => ({ ruleId: h.rule.id, strength: h.strength })),
        userSignals,
        replySignals,
        openingSignals,
        counters,
        position: kind,
        hasPrevious: previousText !== undefined,
        previousOverlap:
          previousText === undefined || !userSignals.includes('pushback') ? 0 : contentOverlap(previousText, reply.model),
        caving:
          previousText === undefined || !userSignals.includes('pushback') ? undefined : cavingFeatures(history, userText, reply.model.text, kind !== 'unknown'),
      },
    };
  }
}

/**
 * Whether a rule's phrases match in `facts` where the rule looks and with its sentence
 * signals (contexts and exemptions about the user's turn are not re-read): used to ask
 * whether the assistant's first answer already made the move a reply makes now.
 */
function matchesInContext(facts: TextFacts, rule: CompiledRule, compiled: CompiledRules): boolean {
  const together = rule.context.sentenceSignals;
  for (const m of facts.matches(rule.templates, looksOnlyInOpening(rule))) {
    if (!beginsWhereTheRuleLooks(rule, facts.model.tokens, m.startToken)) continue;
    if (!together) return true;
    const sentence = facts.model.tokens.sentences[m.startToken] as number;
    const signalHere = (id: string): boolean => {
      const signal = signalReadOn(compiled, id, 'reply');
      return signal !== undefined && sentencesCounting(facts, compiled, signal).has(sentence);
    };
    if (together.some(signalHere)) return true;
  }
  return false;
}

/**
 * What readTurn keeps per ruleset rather than per turn: each signal's number (its place
 * in `compiled.signals`), each rule's set id in the shared index, and one turn's
 * remembered answers. readTurn asked `signalReadOn` and the index's Maps again for every
 * rule that named a signal (each caving rule asks for pushback, every turn), and made a
 * new skip array per turn. contextHolds and the exemptions stay as they are written; only
 * the answers they ask for are remembered.
 */
class TurnPlan {
  readonly signalNumbers: ReadonlyMap<string, number>;
  /** Each signal's id by its number. */
  readonly signalIds: readonly string[];
  /** Each signal's template set, alsoHoldsWhen groups, and 1 when it is read on the person's side alone, by its number. */
  readonly signalSets: readonly TemplateSet[];
  readonly signalGroups: readonly (readonly (readonly string[])[] | undefined)[];
  /** Each signal's alsoHoldsWhen groups as signal numbers (NO_NUMBER for an id the ruleset lacks, which never holds). */
  readonly groupNumbers: readonly (readonly Int32Array[] | undefined)[];
  readonly readOnUser: Uint8Array;
  /** Per signal number: the signal if the person's side reads it (signalReadOn), and its set's id in `compiled.signalIndex`. */
  readonly userSignals: readonly (CompiledSignal | undefined)[];
  readonly userSetIds: Int32Array;
  /**
   * Per signal number: 1 when the person's side reads it and it holds exactly where its
   * phrases match (no alsoHoldsWhen groups, none of the signals userHasNow widens).
   */
  readonly plainOnUser: Uint8Array;
  /** Per signal number: the signal if the reply's side reads it, and its set's id in `compiled.index`. */
  readonly replySignals: readonly (CompiledSignal | undefined)[];
  readonly replySetIds: Int32Array;
  /**
   * Per signal number: 1 when the reply's side reads it with sentence vetoes
   * (notInSentencesWith): a flag here, where reading the field, which signals hold or
   * not, off each signal was a lookup over many object shapes, every turn.
   */
  readonly vetoedOnReply: Uint8Array;
  /** Per signal number: 1 when what the person said earlier carries (CARRIED_USER_SIGNALS). */
  readonly carried: Uint8Array;
  /** Each counter's set's id in `compiled.index`. */
  readonly counterSetIds: Int32Array;
  /** Per rule: the signals its context and exemptions name, as numbers (see RuleAsks). */
  readonly ruleAsks: readonly (RuleAsks | null)[];
  /** Per rule: 1 when it reads what a reply leaves out (readsAnOmission): its context is the person's message alone. */
  readonly readsAnOmission: Uint8Array;
  /** Per rule: 1 when its context holds in the turn being read, refilled every turn. */
  readonly inContext: Uint8Array;
  /** Per rule: its template set's id in `compiled.index`, or -1. */
  readonly ruleSetIds: Int32Array;
  /**
   * One turn's answers, three runs of a slot per signal (userHas, contextHas, replyHas):
   * an answer is the turn's when its slot of `askedAt` holds the turn's stamp. Kept here
   * and stamped rather than allocated per turn (readTurn never runs re-entrantly).
   */
  readonly askedAt: Int32Array;
  readonly answers: Uint8Array;
  /** The turn's answer on the person's side by signal number, 1 or 0 (TurnReader.answerUserSide), refilled every turn. */
  readonly userAnswers: Uint8Array;
  /** The sets left out of the reply's one pass (TextFacts.leaveOut), refilled every turn. */
  readonly skip: Uint8Array;
  private stamp = 0;

  constructor(compiled: CompiledRules, readonly rules: readonly CompiledRule[]) {
    this.signalIds = [...compiled.signals.keys()];
    this.signalNumbers = new Map(this.signalIds.map((id, n) => [id, n]));
    const signalList = [...compiled.signals.values()];
    this.signalSets = signalList.map((signal) => signal.templates);
    this.signalGroups = signalList.map((signal) => signal.alsoHoldsWhen);
    this.groupNumbers = this.signalGroups.map((groups) =>
      groups?.map((group) => Int32Array.from(group, (id) => this.signalNumbers.get(id) ?? NO_NUMBER)),
    );
    this.readOnUser = Uint8Array.from(signalList, (signal) => (signal.readOn === 'user' ? 1 : 0));
    const setIdIn = (index: UnifiedIndex, signal: CompiledSignal | undefined): number =>
      signal === undefined ? NOT_IN_INDEX : (index.setIds.get(signal.templates) ?? NOT_IN_INDEX);
    this.userSignals = this.signalIds.map((id) => signalReadOn(compiled, id, 'user'));
    this.userSetIds = Int32Array.from(this.userSignals, (signal) => setIdIn(compiled.signalIndex, signal));
    this.plainOnUser = Uint8Array.from(this.signalIds, (id, n) =>
      this.userSignals[n] !== undefined &&
      (this.userSetIds[n] as number) >= 0 &&
      this.signalGroups[n] === undefined &&
      !WIDENED_ON_USER.has(id)
        ? 1
        : 0,
    );
    this.replySignals = this.signalIds.map((id) => signalReadOn(compiled, id, 'reply'));
    this.replySetIds = Int32Array.from(this.replySignals, (signal) => setIdIn(compiled.index, signal));
    this.vetoedOnReply = Uint8Array.from(this.replySignals, (signal) => (signal?.notInSentencesWith !== undefined ? 1 : 0));
    this.carried = Uint8Array.from(this.signalIds, (id) => (CARRIED_USER_SIGNALS.has(id) ? 1 : 0));
    this.counterSetIds = Int32Array.from(compiled.counters, (c) => compiled.index.setIds.get(c.templates) ?? NOT_IN_INDEX);
    this.ruleAsks = rules.map((rule) => asksOf(rule, this.signalNumbers));
    this.readsAnOmission = Uint8Array.from(rules, (rule) => (readsAnOmission(rule) ? 1 : 0));
    this.inContext = new Uint8Array(rules.length);
    this.ruleSetIds = Int32Array.from(rules, (rule) => compiled.index.setIds.get(rule.templates) ?? -1);
    this.askedAt = new Int32Array(3 * compiled.signals.size);
    this.answers = new Uint8Array(3 * compiled.signals.size);
    this.userAnswers = new Uint8Array(compiled.signals.size);
    this.skip = new Uint8Array(compiled.index.sets.length);
  }

  /** A stamp no slot of `askedAt` holds yet: a new turn's. */
  nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.askedAt.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

/**
 * The signals a rule's context and user and reply exemptions name, as signal numbers,
 * in the order written (an answer is worked out when first asked, and `some` stops at
 * the first yes, so the order decides which signals a turn reads).
 */
interface RuleAsks {
  /** context.userSignals, alsoUserSignals, allUserSignals; null when the rule has no such list. */
  needs: Int32Array | null;
  alsoNeeds: Int32Array | null;
  allNeeded: Int32Array | null;
  userExemptions: Int32Array;
  replyExemptions: Int32Array;
}

/** A rule's RuleAsks, or null when it names a signal the ruleset lacks (then it is asked by id, as written). */
function asksOf(rule: CompiledRule, signalNumbers: ReadonlyMap<string, number>): RuleAsks | null {
  let complete = true;
  const numbers = (ids: readonly string[]): Int32Array =>
    Int32Array.from(ids, (id) => {
      const n = signalNumbers.get(id);
      if (n === undefined) complete = false;
      return n ?? -1;
    });
  const { userSignals, alsoUserSignals, allUserSignals } = rule.context;
  const asks: RuleAsks = {
    needs: userSignals ? numbers(userSignals) : null,
    alsoNeeds: alsoUserSignals ? numbers(alsoUserSignals) : null,
    allNeeded: allUserSignals ? numbers(allUserSignals) : null,
    userExemptions: numbers(rule.exemptions.userSignals),
    replyExemptions: numbers(rule.exemptions.replySignals),
  };
  return complete ? asks : null;
}

const turnPlans = new WeakMap<CompiledRules, TurnPlan>();

function turnPlanOf(compiled: CompiledRules): TurnPlan {
  const plan = turnPlans.get(compiled);
  if (plan !== undefined && plan.rules === compiled.rules && plan.rules.length === compiled.rules.length) return plan;
  const made = new TurnPlan(compiled, compiled.rules);
  turnPlans.set(compiled, made);
  return made;
}

/**
 * A signal, if it is read on this side of the turn (its `readOn`): the indexes hold only
 * the signals read on their side, so a signal is never looked for where nobody reads it.
 */
function signalReadOn(compiled: CompiledRules, id: string, side: 'user' | 'reply') {
  const signal = compiled.signals.get(id);
  return signal !== undefined && signal.readOn !== (side === 'user' ? 'reply' : 'user') ? signal : undefined;
}

/**
 * The reply's sentences a signal counts in: where its phrases match, less any sentence
 * where one of its vetoes holds too (`notInSentencesWith`: a critique the sentence itself
 * plays down is none).
 */
function sentencesCounting(
  facts: TextFacts,
  compiled: CompiledRules,
  signal: Pick<CompiledSignal, 'templates' | 'notInSentencesWith'>,
  setId?: number,
): ReadonlySet<number> {
  const hits = facts.sentencesMatching(signal.templates, setId);
  const vetoes = signal.notInSentencesWith;
  if (vetoes === undefined || hits.size === 0) return hits;
  const vetoed = vetoes.map((id) => {
    const veto = signalReadOn(compiled, id, 'reply');
    return veto === undefined ? NO_SENTENCES : facts.sentencesMatching(veto.templates);
  });
  const kept = new Set<number>();
  for (const sentence of hits) if (!vetoed.some((sentences) => sentences.has(sentence))) kept.add(sentence);
  return kept;
}

function flagOf(hit: RuleHit): Flag {
  const { rule } = hit;
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    spans: hit.spans,
    explanation: rule.explanation,
    advice: rule.advice,
    sources: [...rule.sources],
    ...(hit.heard ? { heard: hit.heard } : {}),
  };
}

/**
 * Analyse one assistant reply.
 *
 * With a fitted model (`compiled.model`, the bundled rules carry one) the score is the
 * model's calibrated probability; without one, or when the model file was refused, the
 * hand-set rule weights decide, as before the model existed.
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
  return scoreReading(readTurn(turn, compiled, customRules(settings)), compiled, settings);
}

/** Score a turn already read (the trainer's evaluation reads each turn once, scores it per fold). */
export function scoreReading(
  reading: TurnReading,
  compiled: CompiledRules,
  settings: EngineSettings = DEFAULT_ENGINE_SETTINGS,
  model: RuntimeModel | null | undefined = compiled.model,
): Analysis {
  const active = besideWordedRules(
    reading.hits.filter((h) => weightUnder(settings, h) > 0),
    settings,
  );
  const flags = active.map(flagOf);
  const result = model
    ? scoreWithModel(reading, active, flags, compiled, model, settings)
    : scoreByHand(reading, active, compiled, settings);
  // Gravest first, then by place; of two flags on the same words, the one that marks more of
  // them (a whole instruction, not its first word) leads, since the card quotes the first.
  flags.sort((a, b) => b.severity - a.severity || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || spanLength(b) - spanLength(a));
  // Built field by field: spreading `result` cost as much as the rest of scoring a short reply.
  return { score: result.score, level: result.level, flags };
}

/** The hand-set scoring: rule weights minus counter-evidence, squashed to 0–100. */
function scoreByHand(
  reading: TurnReading,
  active: readonly RuleHit[],
  compiled: CompiledRules,
  settings: EngineSettings,
): { score: number; level: Level } {
  const preset = SENSITIVITY_PRESETS[settings.sensitivity] ?? SENSITIVITY_PRESETS.balanced;
  let raw = 0;
  for (const hit of active) if (!hit.standsBehindAnOmission) raw += weightUnder(settings, hit);
  let counter = 0;
  if (raw > 0) {
    for (const c of compiled.counters) {
      counter += c.weight * Math.min(reading.signals.counters.get(c.id) ?? 0, MAX_COUNTER_SENTENCES);
    }
  }
  const evidence = Math.max(0, raw - counter) * preset.scale;
  const score = Math.round(100 * (1 - Math.exp(-evidence / SCORE_SCALE)));
  return { score, level: levelFor(score, preset.flagAt) };
}

/**
 * Logit added per matching sentence-set of the person's own phrases: the model was never
 * trained on them, so they add a fixed amount of evidence, enough to warn at `balanced`
 * on an otherwise neutral reply; their weight factor scales it.
 */
export const CUSTOM_PHRASE_LOGIT = 4.5;
/**
 * Logit per unit of hand-set weight for a rule the model does not know yet (added after
 * the model was trained): it still counts, at about its hand-set strength, until
 * `npm run train` is run again.
 */
const UNKNOWN_RULE_LOGIT_PER_WEIGHT = 1 / 25;
/** At most this many sentences are highlighted for the model's own evidence. */
const MODEL_SPAN_SENTENCES = 2;
/** N-grams quoted in the model's explanation. */
const MODEL_QUOTED_NGRAMS = 3;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The public score (0–100) of a calibrated probability: piecewise linear through each
 * preset's threshold at that preset's `flagAt`, so the score bands and levels mean what
 * they meant before the model (and a preset's threshold is a probability).
 */
export function scoreOfProbability(p: number, thresholds: Readonly<Record<Sensitivity, number>>): number {
  const knots: [number, number][] = [
    [0, 0],
    [thresholds.strict, SENSITIVITY_PRESETS.strict.flagAt],
    [thresholds.balanced, SENSITIVITY_PRESETS.balanced.flagAt],
    [thresholds.relaxed, SENSITIVITY_PRESETS.relaxed.flagAt],
    [1, 100],
  ];
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i] as [number, number];
    const [x0, y0] = knots[i - 1] as [number, number];
    if (p <= x1) return Math.round(y0 + ((p - x0) / (x1 - x0 || 1)) * (y1 - y0));
  }
  return 100;
}

const CATEGORY_ADVICE: Readonly<Record<Category, string>> = {
  flattery: 'Ask for a critical review: what is weak, what is missing, and what a sceptical reader would say.',
  agreement: 'Ask for the strongest case against your view before deciding whether the assistant really agrees.',
  caving: 'Ask whether anything in your pushback was new evidence, and what its answer was before you objected.',
  delusion_validation: 'Ask what evidence would show the idea is wrong, and how a sceptical expert would explain it.',
  harmful_endorsement: 'Ask for the risks, the worst realistic outcome, and what a careful professional would advise.',
  emotional_amplification: 'Ask for a calmer reading of the situation, including the other person\'s view.',
};

/** Logit of one weight table over the features already collected. */
function logitOf(
  table: WeightTable,
  named: ReadonlyMap<string, number>,
  ngrams: { features: readonly number[]; value: number },
): number {
  let z = table.bias;
  for (const [name, x] of named) z += (table.named.get(name) ?? 0) * x;
  for (const f of ngrams.features) z += (table.ngrams[f] as number) * ngrams.value;
  return z;
}

function scoreWithModel(
  reading: TurnReading,
  active: readonly RuleHit[],
  flags: Flag[],
  compiled: CompiledRules,
  model: RuntimeModel,
  settings: EngineSettings,
): { score: number; level: Level } {
  const preset = SENSITIVITY_PRESETS[settings.sensitivity] ?? SENSITIVITY_PRESETS.balanced;
  const named = namedFeatures(reading.signals, (ruleId) => factorUnder(settings, ruleId));
  const ngrams = model.ngramIndex.scan(reading.reply);
  let z = logitOf(model.overall, named, ngrams);

  // What the rules contribute (their words are already highlighted by their flags).
  let ruleEvidence = 0;
  for (const hit of active) {
    const id = hit.rule.id;
    if (HAND_ONLY_RULES.has(id)) {
      // Counted by hand alone (features.ts): the model neither knows nor guesses it.
      continue;
    } else if (hit.rule.file === 'settings') {
      const add = CUSTOM_PHRASE_LOGIT * factorUnder(settings, id);
      z += add;
      ruleEvidence += add;
    } else if (!model.known.has(ruleFeatureName(id))) {
      const add = weightUnder(settings, hit) * UNKNOWN_RULE_LOGIT_PER_WEIGHT;
      z += add;
      ruleEvidence += add;
    } else {
      const name = ruleFeatureName(id);
      ruleEvidence += Math.max(0, (model.overall.named.get(name) ?? 0) * (named.get(name) ?? 0));
    }
  }

  const p = sigmoid(model.calibration.a * z + model.calibration.b);
  // The rules keep flagging what they flag on their own (hand-set, explained phrases);
  // the model adds what they miss. The score is the stronger of the two.
  const byHand = scoreByHand(reading, active, compiled, settings);
  const afterPushback = answersPushback(reading.signals.userSignals);
  const modelScore = scoreOfProbability(p, afterPushback ? model.thresholdsAfterPushback : model.thresholds);
  const score = Math.max(modelScore, byHand.score);
  // `relaxed` asks for fewer warnings, not for silence on the gravest harms: a severity-3
  // rule hit (validating a delusion, cheering a dangerous plan) warns from the balanced
  // threshold on.
  const flagAt = active.some((h) => h.rule.severity === 3)
    ? Math.min(preset.flagAt, SENSITIVITY_PRESETS.balanced.flagAt)
    : preset.flagAt;
  // A warning only the model would raise (no rule flagged anything) needs the balanced
  // threshold even under `strict`: without a rule to explain it, a weak statistical hunch
  // would accuse honest replies (critique of a poem read as "agreement"), which costs
  // trust faster than a miss. `strict` lowers the bar for what the rules explain.
  const modelOnly = flags.length === 0 && byHand.level === 'none';
  if (modelOnly && modelScore < SENSITIVITY_PRESETS.balanced.flagAt) {
    const quiet = Math.max(byHand.score, Math.min(modelScore, flagAt - 1));
    return { score: quiet, level: levelFor(quiet, flagAt) };
  }
  const level = levelFor(score, flagAt);
  if (modelScore < flagAt) return { score, level };

  // What the wording contributes, sentence by sentence.
  const bySentence = new Map<number, number>();
  const byGram: [number, number][] = [];
  ngrams.features.forEach((f, i) => {
    const c = (model.overall.ngrams[f] as number) * ngrams.value;
    if (c <= 0) return;
    const sentence = ngrams.sentences[i] as number;
    bySentence.set(sentence, (bySentence.get(sentence) ?? 0) + c);
    byGram.push([f, c]);
  });
  let wordingEvidence = 0;
  for (const c of bySentence.values()) wordingEvidence += c;
  // The rules' flags explain the warning when they carry the evidence (or warn on their
  // own); otherwise the model says in its own flag what it saw, and where.
  const explainedByRules = flags.length > 0 && (ruleEvidence >= wordingEvidence || byHand.level !== 'none');
  if (explainedByRules) return { score, level };

  const top = [...bySentence].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MODEL_SPAN_SENTENCES);
  const spans = top.map(([s]) => sentenceSpan(reading.reply, s)).filter((s) => s.end > s.start);
  if (spans.length === 0) {
    // Never a warning without words to point at: the rules' flags, or the model's sentences.
    if (flags.length > 0) return { score, level };
    const quiet = Math.max(byHand.score, Math.min(modelScore, flagAt - 1));
    return { score: quiet, level: levelFor(quiet, flagAt) };
  }

  // Which category the model's own flag names: worked out only for that flag (a logit per
  // category, each over every feature), not for every warning the rules explain.
  let category: Category = 'flattery';
  let best = -Infinity;
  for (const { category: c, table } of model.categories) {
    const zc = logitOf(table, named, ngrams);
    if (zc > best) {
      best = zc;
      category = c;
    }
  }
  const words = byGram
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MODEL_QUOTED_NGRAMS)
    .map(([f]) => quotedGram(model.ngramIndex.grams[f] as string));
  const label = category.replaceAll('_', ' ');
  flags.push({
    ruleId: `model-${category.replaceAll('_', '-')}`,
    category,
    severity: level === 'high' ? 3 : 2,
    spans: mergeSpans(spans),
    explanation:
      `No single phrase rule explains this warning: Candor's statistical model, fitted on replies that public ` +
      `sycophancy benchmarks labelled, rates this reply as likely ${label} (${Math.round(p * 100)}%). ` +
      `The highlighted sentences carry most of the wording it weighed, such as ${words.join(', ')}. ` +
      `It reads wording, not meaning, so treat this as a reason to re-read, not a verdict.`,
    advice: CATEGORY_ADVICE[category],
    sources: ['spiral-bench', 'syco-bench', 'sycon-bench', 'sycophancybench'],
  });
  return { score, level };
}

/**
 * Whether a template set matches anywhere in a text, sentence by sentence. Used by the
 * rule tests to check each signal's and counter's own examples.
 */
export function templatesMatchText(set: TemplateSet, text: string, allowQuoted = true): boolean {
  return new TextFacts(text, allowQuoted, null).has(set);
}

/**
 * Whether a signal (or a counter) counts anywhere in a text as it would in a reply, its
 * sentence vetoes (`notInSentencesWith`) applied. Used by the rule tests to check each
 * signal's and counter's examples.
 */
export function signalCountsInText(compiled: CompiledRules, signal: Pick<CompiledSignal, 'templates' | 'notInSentencesWith'>, text: string): boolean {
  return sentencesCounting(new TextFacts(text, true, null), compiled, signal).size > 0;
}

/** An n-gram as the explanation quotes it: an opening n-gram ("^i agree") says where it was read. */
function quotedGram(gram: string): string {
  return gram.startsWith(OPENING_MARK) ? `“${gram.slice(OPENING_MARK.length)}” (at the start)` : `“${gram}”`;
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
