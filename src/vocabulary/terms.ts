/**
 * Candor's one vocabulary: what every surface (popup, history, settings, Try it, first
 * run, the in-page flag and the CLI) calls each category, level, rule, sensitivity and
 * verdict. Nothing else may spell these: tests/unit/ui/vocabulary.test.ts fails when a
 * surface writes one of them its own way.
 *
 * One severity scale everywhere: a reply's level and a rule's severity both read
 * Low / Medium / High (a rule's severity 1–3 is the level it alone would reach).
 *
 * Pure: no DOM, no browser APIs.
 */
import { CATEGORIES, type Category, type Level, type Sensitivity, type Severity } from '../engine/types';

/** What each category is called, as a heading or list item. */
export const CATEGORY_NAMES: Readonly<Record<Category, string>> = {
  flattery: 'Flattery',
  agreement: 'Reflexive agreement',
  caving: 'Caving to pushback',
  delusion_validation: 'Validating delusions',
  harmful_endorsement: 'Endorsing a risky plan',
  emotional_amplification: 'Stoking strong feelings',
};

/** What the assistant did, for sentences such as "ChatGPT flattered you in 12 of 80 replies". */
export const CATEGORY_DEEDS: Readonly<Record<Category, string>> = {
  flattery: 'flattered you',
  agreement: 'agreed by reflex',
  caving: 'caved to pushback',
  delusion_validation: 'validated an unlikely belief',
  harmful_endorsement: 'endorsed a risky plan',
  emotional_amplification: 'stoked strong feelings',
};

/** The category's name inside a sentence or after "Candor ·": the same words, lower case. */
export function categoryInline(category: Category): string {
  const name = CATEGORY_NAMES[category];
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Category ids in the engine's order, with their names (for filters and charts). */
export const CATEGORY_CHOICES: ReadonlyArray<{ id: Category; name: string }> = CATEGORIES.map((id) => ({ id, name: CATEGORY_NAMES[id] }));

/** The one severity scale. */
export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  none: 'Not flagged',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** "Medium level": how a level is read aloud and written in full sentences. */
export function levelPhrase(level: Level): string {
  return level === 'none' ? LEVEL_NAMES.none : `${LEVEL_NAMES[level]} level`;
}

const SEVERITY_LEVELS: Readonly<Record<Severity, Exclude<Level, 'none'>>> = { 1: 'low', 2: 'medium', 3: 'high' };

/** A rule's severity on the same scale as a reply's level. */
export function severityLevel(severity: Severity): Exclude<Level, 'none'> {
  return SEVERITY_LEVELS[severity];
}

export const SENSITIVITY_NAMES: Readonly<Record<Sensitivity, { name: string; description: string }>> = {
  relaxed: { name: 'Relaxed', description: 'Only clear, strong cases.' },
  balanced: { name: 'Balanced', description: 'The default: few false alarms, most real cases.' },
  strict: { name: 'Strict', description: 'Also weaker signs; expect more false alarms.' },
};

export type VerdictWord = 'none' | 'confirmed' | 'not-sycophantic';

/**
 * The button that records "this flag is right", on the card, the popup and the history.
 * "Confirm" alone did not say what was confirmed; this answers "Possible sycophancy" and
 * pairs with "Not sycophantic".
 */
export const CONFIRM_LABEL = 'Yes, sycophantic';

export const VERDICT_NAMES: Readonly<Record<VerdictWord, string>> = {
  none: 'No verdict',
  confirmed: 'Confirmed',
  'not-sycophantic': 'Not sycophantic',
};

/**
 * Each bundled rule's name. Written by hand, not derived from the id, so that names read
 * as plain English ("Praises your idea", not "Praise for the users idea"). A test fails
 * when a bundled rule has no name here.
 */
export const RULE_NAMES: Readonly<Record<string, string>> = {
  'praise-for-the-users-idea': 'Praises your idea',
  'gushing-opening': 'Gushing opening',
  'exclaims-at-the-start': 'Opens with an exclamation',
  'awestruck-response': 'Awestruck response',
  'user-is-absolutely-right': 'Says you are absolutely right',
  'sides-with-the-user': 'Takes your side by default',
  'sides-against-the-evidence': 'Encourages doubting the evidence',
  'adopts-the-users-stated-view': 'Adopts the view you stated',
  'verdict-sides-with-the-user': 'Gives the verdict you hoped for',
  'leans-to-the-users-side': 'Leans to your side of a dispute',
  'defers-to-claimed-expertise': 'Defers to a credential, not evidence',
  'changed-answer-after-pushback': 'Changed its answer after pushback',
  'concedes-after-pushback': 'Gives in after pushback',
  'argues-against-its-own-answer': 'Argues against its own answer after pushback',
  'retreats-to-it-depends': 'Retreats to "it depends" after pushback',
  'turns-against-its-own-case': 'Turns against its own case after pushback',
  'confirms-the-experience-is-real': 'Confirms an unusual experience is real',
  'agrees-the-belief-makes-sense': 'Agrees your belief makes sense',
  'builds-on-the-fringe-idea': 'Builds on a fringe idea',
  'co-creating-a-shared-mythology': 'Builds a shared mythology with you',
  'trust-your-perception': 'Tells you to trust your perception',
  'takes-the-suspicion-seriously': 'Takes a suspicion at face value',
  'helps-act-on-the-belief': 'Helps act on an unchecked belief',
  'goes-along-with-the-plot': 'Goes along with a hidden plot without a word of doubt',
  'goes-along-with-the-mission': 'Goes along with a special mission without a word of doubt',
  'goes-along-with-the-impossible': 'Helps as if the impossible were real',
  'goes-along-with-the-named-fiction': 'Helps as if a story were real',
  'speaks-of-the-signs-as-real': 'Speaks of signals or a plot around you as real',
  'cheers-a-risky-plan': 'Cheers on a risky plan',
  'helps-without-a-word-of-caution': 'Helps with a risky plan without a word of caution',
  'urges-acting-now': 'Urges you to act now',
  'fuels-anger-or-resentment': 'Fuels anger or resentment',
  'fosters-reliance-on-the-assistant': 'Makes itself your only confidant',
  'deepens-self-doubt': 'Deepens self-doubt',
  'drops-its-own-warning': 'Drops its own warning under pressure',
  'keeps-none-of-its-warning': 'Keeps none of its warning once you object',
  'builds-on-the-pushback': 'Takes your objection as settled fact and builds on it',
  'takes-the-anecdote-as-proof': 'Takes your anecdote as proof against its warning',
  'grants-the-objection': 'Grants your objection and drops its answer',
  'confirms-a-persecutory-belief': 'Confirms a fear of being targeted',
  'confirms-a-grand-destiny': 'Confirms you are chosen or destined',
  'praises-the-persons-talent': 'Praises your talent, not the work',
  'praises-the-persons-judgment': 'Praises your judgment, not the choice',
  'praises-the-persons-work': 'Gushes over your work',
  'praises-without-a-single-note': 'Praises your work without a single note',
  'reviews-without-a-single-note': 'Reviews your work without a single note',
  'waves-off-its-own-note': 'Waves off its own note about your work',
  'recasts-a-flaw-as-style': 'Calls a weak spot in your work a deliberate choice',
  'courtesy-opener': 'Courtesy opener',
  'absolves-the-person': 'Clears you without weighing your part',
  'hears-only-the-tellers-side': 'Hears only your side of it',
  'validates-the-tellers-act': 'Reassures you about what you did, unasked',
  'leaves-the-fault-unnamed': 'Reassures you without naming your part',
  'soothes-the-one-at-fault': 'Sides with your telling of it',
  'reassures-the-one-who-did-it': 'Takes your side over what you did to someone',
  'treats-fiction-as-real': 'Treats fiction as real',
  'plays-along-with-fiction': 'Coaches you towards a fictional power',
  'coaches-the-fictional-feat': 'Gives steps for something only fiction has',
};

/**
 * Names of the flags the fitted model raises when the wording as a whole, not one rule,
 * carries the evidence (analyze() names them `model-<category>`).
 */
export const MODEL_FLAG_NAMES: Readonly<Record<string, string>> = {
  'model-flattery': 'Reads as flattery overall',
  'model-agreement': 'Reads as agreeing by default overall',
  'model-caving': 'Reads as giving in overall',
  'model-delusion-validation': 'Reads as validating a belief overall',
  'model-harmful-endorsement': 'Reads as cheering a risky plan overall',
  'model-emotional-amplification': 'Reads as amplifying feelings overall',
};

/** A rule's name; a rule from another version of Candor gets its id, readable but marked as such. */
export function ruleName(ruleId: string): string {
  return RULE_NAMES[ruleId] ?? MODEL_FLAG_NAMES[ruleId] ?? `Rule “${ruleId}”`;
}

/** The heading for flags from the person's own phrases. */
export function customPhrasesName(category: Category): string {
  return `Your phrases: ${categoryInline(category)}`;
}

/**
 * A rule's advice split into its label and text. Rules write a suggested question as
 * `Ask: "…"`; surfaces label it once ("Ask instead"), never "Try asking: Ask: …".
 */
export function adviceParts(advice: string): { label: string; text: string } {
  const question = /^ask:\s*/iu.exec(advice);
  if (question) return { label: ADVICE_LABELS.ask, text: advice.slice(question[0].length) };
  return { label: ADVICE_LABELS.other, text: advice };
}

export const ADVICE_LABELS = { ask: 'Ask instead', other: 'What to do' } as const;

export const SOURCES_LABEL = 'Sources';
