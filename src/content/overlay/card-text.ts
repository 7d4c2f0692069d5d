/**
 * The words of the in-page card, computed from one analysis: what THIS reply did, in
 * one or two sentences quoting its own flagged words, what to ask instead, and the
 * follow-up that "Ask for a straight answer" writes. Pure (no DOM), so it is tested on
 * its own and the card only lays it out.
 */
import type { Analysis, Category, Flag, Span } from '../../engine/types';

/** One reason the reply was flagged: a category, the rule that found it, and its own quote. */
export interface Reason {
  category: Category;
  ruleId: string;
  /** The reply's own words for this reason; no two reasons share a quote. */
  quote: string | null;
  /** The rule's own question to ask instead, when it has one. */
  question: string | null;
  /** For a rule that reads what a reply left out: the person's own words it read the situation from. */
  heard?: readonly string[];
}

const MAX_QUOTE_CHARS = 120;
/** Reasons named in the card's two sentences; further categories are left to the popup. */
const MAX_REASONS = 4;

/** What a reply of each category did, as the predicate of "This reply …" (past tense, plain words). */
const WHAT_IT_DID: Readonly<Record<Category, string>> = {
  flattery: 'praised you or your idea instead of weighing it',
  agreement: 'agreed with you without weighing what you said',
  caving: 'gave up its earlier answer after you pushed back, with no new evidence',
  delusion_validation: 'treated a belief as true without checking the evidence',
  harmful_endorsement: 'cheered on a risky plan without spelling out the risks',
  emotional_amplification: 'fed a strong feeling instead of helping you with it',
};

/**
 * Rules that read what a reply leaves out (a verdict with no word of fault, a warning
 * dropped without a word of caution): their highlight is where the missing words belong,
 * not words that did the category's usual move, so the card says what is missing and
 * quotes the sentence as the place, not as the evidence.
 */
const WHAT_IT_LEFT_OUT: Readonly<Record<string, string>> = {
  'hears-only-the-tellers-side': 'named nothing you did wrong, only your side of it',
  'keeps-none-of-its-warning': 'kept no word of its earlier warning once you objected',
  'helps-without-a-word-of-caution': 'helped with a risky plan without naming a single risk',
  'reviews-without-a-single-note': 'approved of your work without a single note to act on',
  'goes-along-with-the-plot': 'went along with the hidden plot you described without a word of doubt',
  'goes-along-with-the-mission': 'helped with the mission you described without a word of doubt',
  'goes-along-with-the-impossible': 'helped as if what you described could really happen, without a word that it cannot',
  'goes-along-with-the-named-fiction': 'helped as if something from a story were real, without a word that it comes from fiction',
};

/**
 * How the card says what an omission rule read in the person's message, before quoting
 * it: "Candor read the plan as risky from your words “four beers”, “drive home”." The
 * reply's highlight only shows where the missing words belong; this says why.
 */
const WHAT_IT_HEARD: Readonly<Record<string, string>> = {
  'hears-only-the-tellers-side': 'Candor read your own act in a conflict from your words',
  'helps-without-a-word-of-caution': 'Candor read the plan as risky from your words',
  'reviews-without-a-single-note': 'Candor read a request for a verdict on your work from your words',
  'goes-along-with-the-plot': 'Candor read a plot aimed at you from your words',
  'goes-along-with-the-mission': 'Candor read a mission you were chosen for from your words',
  'goes-along-with-the-impossible': 'Candor read something no real thing does from your words',
  'goes-along-with-the-named-fiction': 'Candor read something from a story, game or myth in your words',
};
const MAX_HEARD_QUOTE_CHARS = 60;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The reply's words in `span`, on one line and cut at a word to a readable length (`max` characters). */
export function quoteOf(replyText: string, span: Span, max = MAX_QUOTE_CHARS): string {
  const from = Math.max(0, Math.min(span.start, replyText.length));
  const to = Math.max(from, Math.min(span.end, replyText.length));
  const flat = replyText.slice(from, to).replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The question a rule's advice suggests asking: the first quoted passage of
 * `Ask: "…"`-style advice, or null when the advice quotes nothing.
 */
export function questionOf(advice: string): string | null {
  const open = advice.search(/["“]/u);
  if (open < 0) return null;
  const rest = advice.slice(open + 1);
  const close = rest.search(/["”]/u);
  const question = (close < 0 ? '' : rest.slice(0, close)).trim();
  return question.length >= 8 ? question : null;
}

/**
 * One reason per category, worst first (severity, then position in the reply). Each
 * takes the first of its flags' spans that no earlier reason has quoted, so the same
 * words never appear under two reasons.
 */
export function reasonsOf(analysis: Analysis, replyText: string): Reason[] {
  const firstStart = (flag: Flag) => Math.min(...flag.spans.map((span) => span.start), Number.MAX_SAFE_INTEGER);
  const flags = [...analysis.flags].sort((a, b) => b.severity - a.severity || firstStart(a) - firstStart(b));
  const used: Span[] = [];
  const reasons: Reason[] = [];
  for (const flag of flags) {
    if (reasons.some((reason) => reason.category === flag.category)) continue;
    const span = [...flag.spans]
      .sort((a, b) => a.start - b.start)
      .find((candidate) => !used.some((taken) => overlaps(taken, candidate)) && quoteOf(replyText, candidate) !== '');
    if (span) used.push(span);
    reasons.push({
      category: flag.category,
      ruleId: flag.ruleId,
      quote: span ? quoteOf(replyText, span) : null,
      question: questionOf(flag.advice),
      ...(flag.heard && flag.heard.length > 0 ? { heard: flag.heard } : {}),
    });
    if (reasons.length === MAX_REASONS) break;
  }
  return reasons;
}

function clause(reason: Reason): string {
  const leftOut = WHAT_IT_LEFT_OUT[reason.ruleId];
  // The sentence's own full stop would end up beside the summary's: "…experience.”."
  if (leftOut) return reason.quote ? `${leftOut}; it says “${(reason.quote.endsWith('.') ? reason.quote.slice(0, -1) : reason.quote)}”` : leftOut;
  const did = WHAT_IT_DID[reason.category];
  return reason.quote ? `${did} (“${reason.quote}”)` : did;
}

/**
 * One or two sentences on what this reply did, each reason with its own quote:
 * "This reply praised you … (“…”) and agreed … (“…”). It also …".
 */
export function summaryOf(reasons: readonly Reason[]): string {
  if (reasons.length === 0) return 'This reply may be telling you what you want to hear.';
  const [first, second, ...rest] = reasons.map(clause);
  const opening = `This reply ${first}${second ? ` and ${second}` : ''}.`;
  const said = rest.length === 0 ? opening : `${opening} It also ${rest.join(' and ')}.`;
  const heard = heardSentence(reasons);
  return heard ? `${said} ${heard}` : said;
}

/** "Candor read the plan as risky from your words “…”, “…”." for the first reason that carries the person's words. */
function heardSentence(reasons: readonly Reason[]): string | null {
  for (const reason of reasons) {
    const lead = WHAT_IT_HEARD[reason.ruleId];
    if (!lead || !reason.heard || reason.heard.length === 0) continue;
    const quotes = reason.heard.map((words) => `“${quoteOf(words, { start: 0, end: words.length }, MAX_HEARD_QUOTE_CHARS)}”`);
    return `${lead} ${quotes.join(', ')}.`;
  }
  return null;
}

/** What to ask instead: the worst reason's own question, else the first any reason has. */
export function askInsteadOf(reasons: readonly Reason[]): string | null {
  return reasons.find((reason) => reason.question !== null)?.question ?? null;
}

/**
 * The follow-up "Ask for a straight answer" puts after the person's draft: the flag's
 * own question, then a request for strengths and weaknesses both, in plain words. It
 * never quotes the reply (the page's text stays out of what Candor writes).
 */
export function straightAnswerPrompt(analysis: Analysis, replyText = ''): string {
  const question = askInsteadOf(reasonsOf(analysis, replyText));
  const ask = 'Please give me a straight answer: tell me plainly what is strong and what is weak here, and what you would check before agreeing with me.';
  return question ? `${question} ${ask}` : ask;
}
