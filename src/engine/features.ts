/**
 * Features: what the fitted model sees of one turn. Pure and deterministic.
 *
 * Two kinds, both designed to carry across sources rather than to recognise one
 * benchmark's topic:
 *  - named ("dense") features: each rule's hit in its context, the user-side signals
 *    (pushback, stated belief, plan, distress…), the reply's signals and counter-evidence
 *    (disagreement, caveats, referral to help), and structural facts (the assistant
 *    reversing or holding its own earlier answer, how much of its earlier answer it
 *    repeats after pushback);
 *  - word n-grams of the reply (unigrams and bigrams, inside one sentence, outside code
 *    and quotations). The trainer keeps only n-grams whose association with the label
 *    points the same way inside several benchmarks (see src/training/select.ts), so a
 *    word that only marks one benchmark's subject never becomes evidence.
 */
import { expandWord, internWord, knownAsciiWordId, knownWordId, knownWordIdCount, normalizeWord, type TextModel, type TokenList } from './text';
import { rehashedSlots, slotOf } from './slot-table';
import { withFastWordBoundaries } from './word-boundary';

/**
 * Reply signals that describe the subject, not the stance: "consciousness" or "quantum"
 * mark spiral-bench's conversations, whatever the reply says about them. Rules may still
 * use them as context; the model never sees them alone.
 */
export const TOPIC_SIGNALS: ReadonlySet<string> = new Set(['fringe-vocabulary', 'names-a-fictional-power']);

/**
 * Signals that exist to give one rule its context or its exemption, written from probe
 * sets of kinds the labelled data barely holds (absolution of an at-fault poster, fiction
 * wanted for real). The rules that use them are features; the signals themselves are not,
 * on either side of the turn: fitted on a handful of labelled turns, they moved the fit
 * by noise (dev F1 0.880 to 0.878 with them) and carried no evidence of their own.
 */
export const RULE_CONTEXT_SIGNALS: ReadonlySet<string> = new Set([
  'disputes-the-answer',
  'names-a-fictional-power',
  'describes-the-impossible',
  'plays-with-the-story',
  'asks-for-a-translation',
  'asks-for-no-critique',
  'gives-an-adult-dose',
  'a-new-relationship',
  'a-big-commitment',
  'is-pregnant',
  'a-fast-or-cleanse',
  'declines-to-help',
  'calls-someone-a-creature',
  'has-another-offer',
  'consoles-the-person',
  'has-never-done-it',
  'rides-in-fast-traffic',
  'cites-a-fictional-work',
  'wants-it-for-real',
  'asks-how-to-do-it',
  'says-plainly-it-is-fiction',
  'names-the-persons-fault',
  'reports-someone-hurt-by-me',
  'talks-about-the-story-as-a-story',
  'grounds-the-verdict-in-a-concrete-wrong',
  'minimises-own-part',
  'tells-own-act-against-someone',
  'was-asked-to-stop',
  'wants-the-other-to-change',
  'names-money-at-stake',
  'names-a-gamble',
  'has-been-drinking-or-is-exhausted',
  'about-to-drive',
  'goes-alone',
  'a-dangerous-outing',
  'a-young-child',
  'left-unsupervised',
  'describes-a-serious-symptom',
  'happening-now',
  'reports-professional-advice',
  'goes-ahead-anyway',
  'met-recently-online',
  'money-or-privacy-for-a-stranger',
  'plans-a-risky-act',
  'stops-abruptly',
  'names-a-vital-medication',
  'changes-the-dose-alone',
  'burns-fuel',
  'an-enclosed-space',
  'takes-a-risky-drug',
  'mixes-with-another',
  'names-a-legal-order',
  'disregards-it',
  'works-on-live-electrics',
  'names-a-defect',
  'plans-with-a-professional',
  'had-no-choice',
  'refuses-the-act',
  'pushes-back',
  'names-a-real-namesake',
  'speaks-of-fault-or-repair',
  'debates-a-proposition',
  'tells-of-own-doing',
  'cautions-or-denies',
  'waves-the-risk-away',
  'names-a-past-feeling',
  'credits-someone-else',
  'announces-a-risky-act',
  'names-a-real-risk',
  'waives-a-safeguard',
  'asks-for-a-story',
  'sees-a-hidden-plot',
  'claims-a-special-mission',
  'an-everyday-cue',
  'tied-to-my-moves',
  'reads-it-as-meant',
  'a-cue-for-what-i-should-do',
  'names-a-signal-or-implant',
  'since-a-procedure',
  'wants-to-block-it',
  'a-home-device',
  'reports-on-me',
  'someone-else-makes-my-food',
  'guards-my-food-in-secret',
  'offers-another-explanation',
  'says-it-is-no-coincidence',
  'finds-no-red-flag',
  'says-someone-should-be-honest',
  'says-the-other-should-own-it',
  'takes-in-a-new-fact',
  'offers-critique',
  'plays-down-its-note',
  'speaks-well-of-it',
  'asks-about-own-work',
  'names-own-work',
  'names-a-kind-of-work',
  'wants-a-verdict-on-it',
  'shows-work-for-a-verdict',
  'names-another-person',
]);

/**
 * Rules that are no feature of the model: they read kinds the labelled data barely holds
 * (a teller's own conduct, work shared for feedback, a plainly risky act, a hidden plot
 * aimed at the person), so the few benchmark turns they fire on are not their kind, and a
 * weight fitted there is noise (dev F1 0.881 to 0.879 with `hears-only-the-tellers-side`;
 * one absolution development reply lost with `validates-the-tellers-act`). They keep
 * their hand-set weight.
 */
export const HAND_ONLY_RULES: ReadonlySet<string> = new Set(['hears-only-the-tellers-side', 'validates-the-tellers-act', 'praises-without-a-single-note', 'reviews-without-a-single-note', 'waves-off-its-own-note', 'recasts-a-flaw-as-style', 'helps-without-a-word-of-caution', 'goes-along-with-the-plot', 'goes-along-with-the-mission', 'goes-along-with-the-impossible', 'goes-along-with-the-named-fiction', 'speaks-of-the-signs-as-real']);

/** A rule that fired in its context, before the person's settings are applied. */
export interface RuleEvidence {
  ruleId: string;
  /** 1 for one matching sentence, up to 1.5 for three or more. */
  strength: number;
}

/** Everything the named features are computed from; built by readTurn() in analyze.ts. */
export interface TurnSignals {
  rules: readonly RuleEvidence[];
  /** Signals found in the user's message. */
  userSignals: readonly string[];
  /** Reply signal id → number of sentences it occurs in. */
  replySignals: ReadonlyMap<string, number>;
  /** Reply signals that occur in the reply's opening (its first two sentences with words). */
  openingSignals?: readonly string[];
  /** Counter-evidence id → number of sentences it occurs in. */
  counters: ReadonlyMap<string, number>;
  /** How the reply's answer compares with the assistant's previous answer. */
  position: 'reversed' | 'held' | 'unknown';
  /** Whether an earlier assistant turn exists. */
  hasPrevious: boolean;
  /** After pushback: share of the previous assistant turn's content words the reply repeats (0–1); else 0. */
  previousOverlap: number;
  /** After pushback, with history: the reply against the assistant's earlier turns (caving-features.ts). */
  caving?: ReadonlyMap<string, number>;
}

const capped = (n: number): number => Math.min(n, 2) / 2;

/** Most names a nameCache keeps (ids come from the rules, so far fewer in practice). */
const MAX_CACHED_NAMES = 4096;

/**
 * Feature names ("rule:" + a rule id, …), each made once: built afresh for every turn,
 * each name was a new string that the model's tables then had to flatten and hash to look
 * up, a fixed cost on every reply. The names are the same strings either way.
 */
function nameCache(prefix: string, suffix = ''): (id: string) => string {
  const names = new Map<string, string>();
  return (id: string): string => {
    let name = names.get(id);
    if (name === undefined) {
      name = prefix + id + suffix;
      if (names.size < MAX_CACHED_NAMES) names.set(id, name);
    }
    return name;
  };
}
/** The name of a rule's feature: `rule:` and its id. */
export const ruleFeatureName = nameCache('rule:');
const userFeatureName = nameCache('user:');
const replyFeatureName = nameCache('reply:');
const counterFeatureName = nameCache('counter:');
const pushbackFeatureName = nameCache('pushback:');
const unchallengedFeatureName = nameCache('stance:', ':unchallenged');
const agreedFeatureName = nameCache('stance:', ':agreed');

/**
 * Whether the person's message pushes back on the assistant's answer: such a reply is
 * read by the caving features and scored on the model's thresholds after pushback.
 * One definition for the engine and the trainer that chooses those thresholds.
 */
export function answersPushback(userSignals: readonly string[]): boolean {
  return userSignals.includes('pushback');
}

/**
 * The named features of a turn. `ruleFactor` applies the person's switches and weights:
 * a rule switched off contributes nothing, a weight scales its contribution.
 */
export function namedFeatures(signals: TurnSignals, ruleFactor: (ruleId: string) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const hit of signals.rules) {
    if (HAND_ONLY_RULES.has(hit.ruleId)) continue;
    const value = hit.strength * ruleFactor(hit.ruleId);
    if (value > 0) out.set(ruleFeatureName(hit.ruleId), value);
  }
  for (const id of signals.userSignals) if (!RULE_CONTEXT_SIGNALS.has(id)) out.set(userFeatureName(id), 1);
  for (const [id, n] of signals.replySignals) {
    if (n > 0 && !TOPIC_SIGNALS.has(id) && !RULE_CONTEXT_SIGNALS.has(id)) out.set(replyFeatureName(id), capped(n));
  }
  for (const [id, n] of signals.counters) if (n > 0) out.set(counterFeatureName(id), capped(n));

  const pushback = answersPushback(signals.userSignals);
  // A changed or kept answer only counts after pushback: in a real chat, consecutive
  // answers to different questions often start with different verdicts.
  // Whether there was an earlier turn at all is deliberately not a feature: in the
  // training data it marks the caving benchmarks, but in a real chat almost every reply has one.
  if (signals.hasPrevious && pushback) {
    // After pushback, a reply that keeps its own words usually kept its position; one
    // that drops them often switched sides without saying so (debate caving).
    out.set('pushback:previous-overlap', signals.previousOverlap);
  }
  if (pushback) {
    for (const id of ['concession', 'holds-position', 'disagreement']) {
      if ((signals.replySignals.get(id) ?? 0) > 0) out.set(pushbackFeatureName(id), 1);
    }
    if (signals.position !== 'unknown') out.set(pushbackFeatureName(signals.position), 1);
    for (const [id, value] of signals.caving ?? []) out.set(id, value);
  }
  stanceFeatures(signals, out);
  return out;
}

/** What the user put forward for the assistant to weigh: a view, a belief, a plan, a grievance, their work. */
const USER_ASSERTIONS = ['user-opinion', 'user-belief', 'user-plan', 'user-distress', 'user-fears-being-targeted', 'user-shares-work'];
/** Reply signals that push back on what the user put forward. */
const REPLY_PUSHBACK = ['disagreement', 'holds-position', 'reply-disagrees-with-user'];
/** Counter-evidence that pushes back (a caveat, a correction, a pointer to help). */
const COUNTER_PUSHBACK = ['real-disagreement', 'marks-speculation', 'points-to-help', 'warns-of-the-risk'];
/** Reply signals that agree with the user. */
const REPLY_AGREEMENT = ['reply-agrees', 'concession'];

/**
 * Interactions between the user's turn and the reply: sycophancy is often relative to
 * what the user said (the reply adopts the stance the user stated, sides with the user
 * in a dispute, accepts their belief), so the same agreeing sentence is evidence only
 * when the user put something forward, and more so when the reply raises no objection
 * at all. Patterns, not phrasings: they carry to sources whose topics differ.
 */
function stanceFeatures(signals: TurnSignals, out: Map<string, number>): void {
  const asserted = USER_ASSERTIONS.filter((id) => signals.userSignals.includes(id));
  if (asserted.length === 0) return;
  const pushesBack =
    REPLY_PUSHBACK.some((id) => (signals.replySignals.get(id) ?? 0) > 0) ||
    COUNTER_PUSHBACK.some((id) => (signals.counters.get(id) ?? 0) > 0);
  const opening = signals.openingSignals ?? [];
  const opensAgreeing = REPLY_AGREEMENT.some((id) => opening.includes(id));
  const agrees = opensAgreeing || REPLY_AGREEMENT.some((id) => (signals.replySignals.get(id) ?? 0) > 0);
  if (!pushesBack) out.set('stance:asserted-unchallenged', 1);
  if (opensAgreeing) out.set('stance:opens-agreeing', 1);
  if (agrees && !pushesBack) out.set('stance:agrees-unchallenged', 1);
  // Per kind of assertion: accepting a stated belief is not the same as agreeing with an opinion.
  for (const id of asserted) {
    if (!pushesBack) out.set(unchallengedFeatureName(id), 1);
    if (agrees) out.set(agreedFeatureName(id), 1);
  }
}

/**
 * User signals that still frame a reply a turn or two later: a plan, a belief, a fear or a
 * grievance stays on the table ("Should I listen to my sister?" asks about the plan stated
 * before it). Pushback, an opinion or a request for fiction are about their own turn.
 */
export const CARRIED_USER_SIGNALS: ReadonlySet<string> = new Set([
  'user-plan',
  'user-belief',
  'user-distress',
  'user-fears-being-targeted',
]);
/**
 * Whether the person's current message looks back at what came before (a question, or
 * what someone else said or thinks): only then does an earlier turn frame the reply.
 * "My sister says I'm reckless. Should I listen to her?" is about the plan stated before
 * it; "We are doing a bake sale on Friday." starts something new, and a cheer for it is
 * not a cheer for the coin plan of the turn before.
 */
export function refersBack(userText: string): boolean {
  return userText.includes('?') || REPORTED_VIEW.test(userText);
}
/** Someone else's view, reported: "she says", "my doctor thinks", "he warned me". */
const REPORTED_VIEW = withFastWordBoundaries(/\b(?:says?|said|thinks?|thought|told me|tells me|warned|warns|believes?)\b/iu);

/** How many earlier user turns a rule's context reads, most recent first. */
export const EARLIER_USER_TURNS = 2;

/** The texts of the last EARLIER_USER_TURNS user turns of a history (newest first). */
export function earlierUserTurns(history: readonly { role?: unknown; text?: unknown }[]): string[] {
  const out: string[] = [];
  for (let i = history.length - 1; i >= 0 && out.length < EARLIER_USER_TURNS; i--) {
    const turn = history[i];
    if (turn?.role === 'user' && typeof turn.text === 'string') out.push(turn.text);
  }
  return out;
}

/** Shortest word that counts as a content word for the overlap with the previous turn. */
const CONTENT_WORD_LENGTH = 5;
/** Words of the previous turn, read cheaply (no sentence or quotation model needed). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Any character but printable ASCII, tabs, line breaks and the punctuation replies are
 * full of (dashes, curly quotes, a bullet; none of them a letter or digit). A text
 * without one has only ASCII letters and digits, so WORD's words in it are found by
 * contentOverlapOfPlain's loop over its characters: the regex, with its Unicode property
 * classes, cost more than the rest of contentOverlap.
 */
const NOT_PLAIN_TEXT = /[^\t\n\r\x20-\x7f\u2013\u2014\u2018\u2019\u201c\u201d\u2022]/u;

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Share of the distinct content words of the previous assistant turn that the reply uses
 * too. Only computed after pushback, where it is a feature.
 */
export function contentOverlap(previous: string, reply: TextModel): number {
  return NOT_PLAIN_TEXT.test(previous) ? contentOverlapByStrings(previous, reply) : contentOverlapOfPlain(previous, reply);
}

/** contentOverlap of any previous turn, its words made into strings and kept in Sets. */
function contentOverlapByStrings(previous: string, reply: TextModel): number {
  const before = new Set<string>();
  let shortest = Infinity;
  // match() with a global pattern: the matched words only, no match object per word.
  const words = previous.match(WORD) ?? [];
  for (const word of words) {
    if (word.length < CONTENT_WORD_LENGTH) continue;
    const norm = normalizeWord(word);
    before.add(norm);
    if (norm.length < shortest) shortest = norm.length;
  }
  if (before.size === 0) return 0;
  // A reply word shorter than every word of `before` is none of them: its norm (most of a
  // reply's words have none made yet) is neither made nor looked up.
  const shared = new Set<string>();
  const { tokens } = reply;
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.normIsShorterThan(t, shortest)) continue;
    const norm = tokens.norm(t);
    if (before.has(norm)) shared.add(norm);
  }
  return shared.size / before.size;
}

const RIGHT_QUOTE = 0x2019;
/** A character of a plain text's word as normalizeWord leaves it: A–Z lower-cased, ’ read as '. */
const loweredCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === RIGHT_QUOTE ? 39 : c);

/**
 * The distinct content words of one plain previous turn (contentOverlapOfPlain), each
 * kept as where it was first read in that text, with no string made: an open-addressing
 * table by the hash of its lowered characters, reused (stamped) from call to call.
 */
class PlainWordTable {
  private text = '';
  count = 0;
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  /** Per word: the call in which the reply was found to use it. */
  sharedIn = new Int32Array(256);
  private hashes = new Int32Array(256);
  private slots = new Int32Array(512);
  private slotCall = new Int32Array(512);
  call = 0;
  /** Per word id: the call whose words include that id's word, and which of them it is. */
  idCall = new Int32Array(0);
  idWord = new Int32Array(0);

  /** Start a call reading `text`, with `ids` word ids known (see knownWordIdCount). */
  start(text: string, ids: number): void {
    if (this.call === 0x7fffffff) {
      this.slotCall.fill(0);
      this.sharedIn.fill(0);
      this.idCall.fill(0);
      this.call = 0;
    }
    this.call++;
    this.text = text;
    this.count = 0;
    if (this.idCall.length < ids) {
      const size = Math.max(ids, 2 * this.idCall.length);
      const idCall = new Int32Array(size);
      idCall.set(this.idCall);
      this.idCall = idCall;
      this.idWord = new Int32Array(size);
    }
  }

  /** The number of text[start, end) (hash: hashOfLowered), added when new. */
  add(start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = slotOf(hash, mask);
    for (; this.slotCall[slot] === this.call; slot = (slot + 1) & mask) {
      const n = this.slots[slot] as number;
      if (this.hashes[n] === hash && this.sameAsText(n, this.text, start, end)) return n;
    }
    const n = this.count++;
    if (n >= this.starts.length) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.hashes[n] = hash;
    this.slots[slot] = n;
    this.slotCall[slot] = this.call;
    // At most half full, so that a probe meets a free slot soon.
    if (2 * this.count > this.slots.length) this.rehash();
    return n;
  }

  /** The number of a word given as a normalised string, or -1 when the turn has no such word. */
  find(norm: string): number {
    const hash = hashOfLowered(norm, 0, norm.length);
    const mask = this.slots.length - 1;
    for (let slot = slotOf(hash, mask); this.slotCall[slot] === this.call; slot = (slot + 1) & mask) {
      const n = this.slots[slot] as number;
      if (this.hashes[n] === hash && this.sameAsText(n, norm, 0, norm.length)) return n;
    }
    return -1;
  }

  /** Whether word `n` is text[start, end), both read as loweredCode reads them. */
  private sameAsText(n: number, text: string, start: number, end: number): boolean {
    const from = this.starts[n] as number;
    if ((this.ends[n] as number) - from !== end - start) return false;
    for (let k = 0; k < end - start; k++) {
      if (loweredCode(this.text.charCodeAt(from + k)) !== loweredCode(text.charCodeAt(start + k))) return false;
    }
    return true;
  }

  private grow(): void {
    const size = 2 * this.starts.length;
    const grown = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.hashes = grown(this.hashes);
    this.sharedIn = grown(this.sharedIn);
  }

  private rehash(): void {
    ({ slots: this.slots, slotCall: this.slotCall } = rehashedSlots(this.hashes, this.count, this.call, this.slots.length));
  }
}

/** FNV-1a over the characters of text[start, end) as loweredCode reads them. */
function hashOfLowered(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ loweredCode(text.charCodeAt(i)), 0x01000193);
  return hash;
}

const plainWords = new PlainWordTable();

/**
 * contentOverlap of a plain previous turn (see NOT_PLAIN_TEXT), the same share as
 * contentOverlapByStrings: its words, found as plainContentWords finds them, are
 * normalizeWord's words once lowered (A–Z lower-cased, ’ read as '), so each is kept as
 * where it stands in the text (PlainWordTable), and a word the lexicon has is also known
 * by its id. A reply token with an id (most) then has that id's word as its norm
 * (TokenList.normId): found by one read of a typed array, where making strings of the
 * turn's words, hashing them into a Set and reading each reply token's word to look it
 * up there was most of the cost.
 */
function contentOverlapOfPlain(previous: string, reply: TextModel): number {
  const table = plainWords;
  table.start(previous, knownWordIdCount());
  const { call, idCall, idWord } = table;
  let shortest = Infinity;
  const n = previous.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiLetterOrDigit(previous.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    let ascii = true;
    for (; end < n; end++) {
      const c = previous.charCodeAt(end);
      if (c === RIGHT_QUOTE) ascii = false;
      else if (!isAsciiLetterOrDigit(c) && c !== 39 /* ' */ && c !== 45 /* - */) break;
    }
    if (end - i >= CONTENT_WORD_LENGTH) {
      const before = table.count;
      const word = table.add(i, end, hashOfLowered(previous, i, end));
      if (word === before) {
        // A new word: its id too, when it has one.
        const id = ascii ? knownAsciiWordId(previous, i, end) : knownWordId(normalizeWord(previous.slice(i, end)));
        if (id >= 0) {
          idCall[id] = call;
          idWord[id] = word;
        }
        if (end - i < shortest) shortest = end - i;
      }
    }
    i = end;
  }
  if (table.count === 0) return 0;
  let shared = 0;
  const { sharedIn } = table;
  const { tokens } = reply;
  for (let t = 0; t < tokens.count; t++) {
    const id = tokens.normId(t);
    let word: number;
    if (id >= 0) {
      if (idCall[id] !== call) continue;
      word = idWord[id] as number;
    } else {
      // A reply word shorter than every word of the turn is none of them: its norm (most
      // of a reply's words have none made yet) is neither made nor looked up.
      if (tokens.normIsShorterThan(t, shortest)) continue;
      word = table.find(tokens.norm(t));
      if (word < 0) continue;
    }
    if (sharedIn[word] === call) continue;
    sharedIn[word] = call;
    shared++;
  }
  return shared / table.count;
}

/**
 * How much each n-gram counts: presence, damped for long replies so that a reply does not
 * become sycophantic by being long. 1 up to 16 tokens, then 4/√tokens.
 */
export function ngramValue(tokenCount: number): number {
  return tokenCount <= 16 ? 1 : 4 / Math.sqrt(tokenCount);
}

/**
 * Marks an n-gram read in the reply's opening ("^i agree"): how a reply begins (agreeing,
 * siding, praising, or correcting) says more about its stance than the same words
 * further down, where they are often quoted back or weighed.
 */
export const OPENING_MARK = '^';
/** Sentences with words that make up the opening, for opening n-grams. */
const OPENING_GRAM_SENTENCES = 2;

/** Index of the last sentence of the reply's opening (-1 for a reply without words). */
function openingEndOf(model: TextModel): number {
  let seen = 0;
  let end = -1;
  for (let i = 0; i < model.sentences.length && seen < OPENING_GRAM_SENTENCES; i++) {
    const sentence = model.sentences[i];
    if (sentence && sentence.endToken > sentence.firstToken) {
      seen++;
      end = i;
    }
  }
  return end;
}

/** Words of the assistant's own voice: the tokens n-grams are read from. */
function ownWords(model: TextModel, visit: (norm: string, token: number, sentence: number) => void): number {
  const { tokens } = model;
  const norms = tokens.norms;
  let count = 0;
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.quoted[t] === 1) continue;
    count++;
    visit(norms[t] as string, t, tokens.sentences[t] as number);
  }
  return count;
}

/**
 * Every distinct unigram and bigram of a reply (the trainer's candidates), with the
 * reply's token count. A bigram never spans two sentences or skips a quotation.
 */
export function replyNgrams(model: TextModel): { grams: string[]; tokenCount: number } {
  const grams = new Set<string>();
  const openingEnd = openingEndOf(model);
  let previous = '';
  let previousToken = -2;
  let previousSentence = -1;
  const tokenCount = ownWords(model, (norm, token, sentence) => {
    grams.add(norm);
    const opening = sentence <= openingEnd;
    if (opening) grams.add(`${OPENING_MARK}${norm}`);
    if (previousToken === token - 1 && previousSentence === sentence) {
      grams.add(`${previous} ${norm}`);
      if (opening) grams.add(`${OPENING_MARK}${previous} ${norm}`);
    }
    previous = norm;
    previousToken = token;
    previousSentence = sentence;
  });
  return { grams: [...grams].sort(), tokenCount };
}

/** What WordPairFeatures.get returns for a pair it does not hold. */
const NO_FEATURE = -1;

/**
 * Bigram features by their two word numbers, in an open-addressing table of integers
 * (first word, second word, feature per slot; at most half the slots full). A Map keyed
 * by first * 2^20 + second hashed the key and walked a chain for every pair of adjacent
 * n-gram words of every reply; this is a multiply and a compare or two. Filled once.
 */
class WordPairFeatures {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** How many pairs it holds. */
  readonly size: number;

  /** From (first, second, feature) triples laid end to end. */
  constructor(triples: readonly number[]) {
    this.size = triples.length / 3;
    let bits = 2;
    while (1 << bits < 2 * this.size) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.slots = new Int32Array(3 << bits).fill(NO_FEATURE);
    for (let t = 0; t < triples.length; t += 3) {
      const first = triples[t] as number;
      const second = triples[t + 1] as number;
      let slot = this.slotOf(first, second);
      // A pair met again keeps its last feature, as Map.set did.
      while (this.slots[3 * slot] !== NO_FEATURE && !(this.slots[3 * slot] === first && this.slots[3 * slot + 1] === second)) {
        slot = (slot + 1) & this.mask;
      }
      this.slots[3 * slot] = first;
      this.slots[3 * slot + 1] = second;
      this.slots[3 * slot + 2] = triples[t + 2] as number;
    }
  }

  private slotOf(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> this.shift;
  }

  /** The feature of the pair, or NO_FEATURE. */
  get(first: number, second: number): number {
    const { slots, mask } = this;
    let slot = this.slotOf(first, second);
    for (;;) {
      const at = 3 * slot;
      const found = slots[at] as number;
      if (found === first && slots[at + 1] === second) return slots[at + 2] as number;
      if (found === NO_FEATURE) return NO_FEATURE;
      slot = (slot + 1) & mask;
    }
  }
}

/** Integers per lexicon id in NgramIndex.byLexiconId: the n-gram word's id + 1, its unigram, its opening unigram. */
const LEXICON_RECORD_INTS = 4;
const LEXICON_UNIGRAM = 1;
const LEXICON_OPENING_UNIGRAM = 2;

/** The n-grams a model weighs, as lookup tables for one pass over a reply's tokens. */
export class NgramIndex {
  /** Word → its number in this index. */
  private readonly words = new Map<string, number>();
  /** Word number → feature index of the unigram, or -1. */
  private readonly unigrams: number[] = [];
  /** (first word number, second) → feature index of the bigram. */
  private readonly bigrams: WordPairFeatures;
  /** The same two tables for n-grams read in the opening (OPENING_MARK). */
  private readonly openingUnigrams = new Map<number, number>();
  private readonly openingBigrams: WordPairFeatures;

  constructor(readonly grams: readonly string[]) {
    const word = (w: string): number => {
      let id = this.words.get(w);
      if (id === undefined) {
        id = this.words.size;
        this.words.set(w, id);
        this.unigrams.push(-1);
      }
      return id;
    };
    const bigrams: number[] = [];
    const openingBigrams: number[] = [];
    grams.forEach((gram, feature) => {
      const opening = gram.startsWith(OPENING_MARK);
      const words = opening ? gram.slice(OPENING_MARK.length) : gram;
      const space = words.indexOf(' ');
      if (space < 0) {
        if (opening) this.openingUnigrams.set(word(words), feature);
        else this.unigrams[word(words)] = feature;
      } else {
        (opening ? openingBigrams : bigrams).push(word(words.slice(0, space)), word(words.slice(space + 1)), feature);
      }
    });
    this.bigrams = new WordPairFeatures(bigrams);
    this.openingBigrams = new WordPairFeatures(openingBigrams);
    // Give every n-gram word a lexicon id (a contraction never is a token's word: the
    // tokenizer expands it), so a token without one is in no n-gram and the scan skips
    // it without a string lookup (see ngramWordOf).
    for (const w of this.words.keys()) if (expandWord(w).length === 1) internWord(w);
  }

  /**
   * The model's n-grams present in a reply: each feature once, with the first sentence
   * it occurs in (for highlighting), and the value each presence counts for.
   */
  /**
   * Per lexicon word id, LEXICON_RECORD_INTS integers, filled as words are met: its n-gram
   * word's id + 1 (0: not looked up yet, -1: in no n-gram), then that word's unigram
   * feature and its opening unigram feature (NO_FEATURE when none). An array index
   * instead of a string Map lookup for every token of every reply (ids are stable once
   * interned), and one record: the unigram in an array by n-gram word and the opening
   * unigram in a Map were two more lookups per token, each depending on the one before.
   */
  private byLexiconId = new Int32Array(0);

  /** Where a lexicon id's record starts in byLexiconId (see there), or -1 when its word is in no n-gram. */
  private recordOf(tokens: TokenList, token: number, lexiconId: number): number {
    const at = lexiconId * LEXICON_RECORD_INTS;
    if (at >= this.byLexiconId.length) {
      const grown = new Int32Array(Math.max(at + LEXICON_RECORD_INTS, this.byLexiconId.length * 2, 1024 * LEXICON_RECORD_INTS));
      grown.set(this.byLexiconId);
      this.byLexiconId = grown;
    }
    const records = this.byLexiconId;
    const cached = records[at] as number;
    if (cached > 0) return at;
    if (cached < 0) return -1;
    // The token's norm only the first time its lexicon id is met: reading it for every
    // token was a load from the vocabulary's array of strings each time.
    const id = this.words.get(tokens.norm(token));
    if (id === undefined) {
      records[at] = -1;
      return -1;
    }
    records[at] = id + 1;
    records[at + LEXICON_UNIGRAM] = this.unigrams[id] as number;
    records[at + LEXICON_OPENING_UNIGRAM] = this.openingUnigrams.get(id) ?? NO_FEATURE;
    return at;
  }

  /**
   * Per feature, the scan that last found it (`scanStamp`): one typed array reused by
   * every scan instead of a Map per reply (the scan is synchronous, never re-entered).
   */
  private seenIn = new Int32Array(0);
  private scanStamp = 0;

  scan(model: TextModel): { features: number[]; sentences: number[]; value: number } {
    const { tokens } = model;
    const lexiconIds = tokens.wordIds();
    if (this.seenIn.length !== this.grams.length) this.seenIn = new Int32Array(this.grams.length);
    if (this.scanStamp === 0x7fffffff) {
      this.seenIn.fill(0);
      this.scanStamp = 0;
    }
    const stamp = ++this.scanStamp;
    const seenIn = this.seenIn;
    // Each feature once, in the order first found, with the sentence it was first found in.
    const features: number[] = [];
    const sentences: number[] = [];
    const openingEnd = this.openingUnigrams.size + this.openingBigrams.size > 0 ? openingEndOf(model) : -1;
    let previous = -1;
    let previousToken = -2;
    let previousSentence = -1;
    let tokenCount = 0;
    // The words of the assistant's own voice (see ownWords), without a callback per token.
    for (let token = 0; token < tokens.count; token++) {
      if (tokens.quoted[token] === 1) continue;
      tokenCount++;
      const sentence = tokens.sentences[token] as number;
      // Every n-gram word has a lexicon id (see the constructor): a token without one is
      // in no n-gram, and its norm is not even read.
      const lexiconId = lexiconIds[token] as number;
      const record = lexiconId < 0 ? -1 : this.recordOf(tokens, token, lexiconId);
      if (record < 0) {
        previous = -1;
        continue;
      }
      const records = this.byLexiconId;
      const id = (records[record] as number) - 1;
      const opening = sentence <= openingEnd;
      const unigram = records[record + LEXICON_UNIGRAM] as number;
      if (unigram >= 0 && seenIn[unigram] !== stamp) {
        seenIn[unigram] = stamp;
        features.push(unigram);
        sentences.push(sentence);
      }
      if (opening) {
        const marked = records[record + LEXICON_OPENING_UNIGRAM] as number;
        if (marked !== NO_FEATURE && seenIn[marked] !== stamp) {
          seenIn[marked] = stamp;
          features.push(marked);
          sentences.push(sentence);
        }
      }
      if (previous >= 0 && previousToken === token - 1 && previousSentence === sentence) {
        const bigram = this.bigrams.get(previous, id);
        if (bigram !== NO_FEATURE && seenIn[bigram] !== stamp) {
          seenIn[bigram] = stamp;
          features.push(bigram);
          sentences.push(sentence);
        }
        if (opening) {
          const marked = this.openingBigrams.get(previous, id);
          if (marked !== NO_FEATURE && seenIn[marked] !== stamp) {
            seenIn[marked] = stamp;
            features.push(marked);
            sentences.push(sentence);
          }
        }
      }
      previous = id;
      previousToken = token;
      previousSentence = sentence;
    }
    return { features, sentences, value: ngramValue(tokenCount) };
  }
}
