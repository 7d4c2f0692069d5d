/**
 * Checks a phrase a person wants Candor to watch for (Options → your own phrases) before
 * it is saved, and says in plain words what to change when it cannot be used.
 *
 * A phrase is a template (see src/engine/pattern.ts), so it must compile; beyond that it
 * must require at least one word, and stay cheap to match whatever reply it meets: at
 * most MAX_GAPS `..` gaps and at most MAX_MATCH_COST attempts per word
 * (src/engine/template-cost.ts). tests/unit/safety/no-backtracking.test.ts proves every
 * accepted phrase is also safe as a regular expression (recheck, safe-regex2).
 *
 * The analysis never throws on a bad phrase either (it skips one that does not compile);
 * this check is what keeps slow or meaningless phrases out in the first place.
 */
import { buildTemplateSet, compileTemplate, findMatches, TemplateError, type CompiledTemplate } from '../engine/pattern';
import { matchCost, MAX_MATCH_COST } from '../engine/template-cost';
import { buildTextModel, wordOf, type TextModel } from '../engine/text';
import { ORDINARY_REPLIES } from './ordinary-replies';

type Element = CompiledTemplate['elements'][number];

/** Longest phrase, in characters (EngineSettingsSchema's limit for custom phrases). */
export const MAX_PHRASE_CHARS = 300;
/** Most `..` gaps in one phrase: each makes it match in many more places (ours use at most 2). */
export const MAX_GAPS = 4;

export type CustomPhraseCheck = { ok: true; phrase: string } | { ok: false; message: string };

/** The fewest words a sequence can match. */
function minWords(seq: readonly Element[]): number {
  let total = 0;
  for (const element of seq) {
    if (element.kind === 'group') total += element.optional ? 0 : Math.min(...element.alternatives.map(minWords));
    else if (element.kind !== 'gap') total += 1;
  }
  return total;
}

function countGaps(seq: readonly Element[]): number {
  let total = 0;
  for (const element of seq) {
    if (element.kind === 'gap') total += 1;
    else if (element.kind === 'group') for (const alternative of element.alternatives) total += countGaps(alternative);
  }
  return total;
}

const sameText = (a: string, b: string) => a.trim().replace(/\s+/gu, ' ').toLowerCase() === b.trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * Whether `text` can be saved as a custom phrase next to the `existing` ones. On success
 * returns the phrase as it should be stored (trimmed); otherwise a message for the person.
 */
export function checkCustomPhrase(text: unknown, existing: readonly string[] = []): CustomPhraseCheck {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, message: 'Type a phrase first.' };
  const phrase = text.trim();
  if (phrase.length > MAX_PHRASE_CHARS) {
    return { ok: false, message: `This phrase is ${phrase.length} characters long; the limit is ${MAX_PHRASE_CHARS}.` };
  }
  let template: CompiledTemplate;
  try {
    template = compileTemplate(phrase);
  } catch (error) {
    // Refuse rather than throw into the options page, whatever went wrong.
    const reason = error instanceof TemplateError ? error.message : 'it could not be read';
    return { ok: false, message: `This phrase can't be used: ${reason}.` };
  }
  if (minWords(template.elements) === 0) {
    return {
      ok: false,
      message: 'Every word in this phrase is optional, so it would match nothing in particular. Make at least one word required.',
    };
  }
  const gaps = countGaps(template.elements);
  if (gaps > MAX_GAPS) {
    return {
      ok: false,
      message: `This phrase uses ".." ${gaps} times; at most ${MAX_GAPS} are allowed, because each one lets it match in many more places.`,
    };
  }
  const cost = matchCost(template);
  if (cost > MAX_MATCH_COST) {
    return {
      ok: false,
      message:
        `This phrase can match in too many ways (${cost} tries at every word, the limit is ${MAX_MATCH_COST}), which would slow ` +
        'down every chat page. Use fewer ".." gaps next to each other, or fewer alternatives that start with the same word.',
    };
  }
  if (carriesNoMeaning(template.elements)) {
    return {
      ok: false,
      message: `“${phrase}” is made only of common words such as “a”, “the” or “you”, which appear in almost every reply. Add the words that make the phrase sycophantic.`,
    };
  }
  const ordinary = ordinaryRepliesMatched(template);
  if (ordinary.count > MAX_ORDINARY_MATCHES) {
    return {
      ok: false,
      message:
        `This phrase would flag ${ordinary.count} of ${ORDINARY_REPLIES.length} ordinary, helpful replies in Candor’s sample ` +
        `(such as “${ordinary.example}”), so it would flag almost everything. Make it more specific.`,
    };
  }
  if (existing.some((other) => sameText(other, phrase))) return { ok: false, message: 'You already have this phrase.' };
  return { ok: true, phrase };
}

/** A phrase may match at most this many of the ordinary replies ("more than a few" is refused). */
export const MAX_ORDINARY_MATCHES = 3;

/**
 * Words too common to mean anything alone. A phrase whose required words are all among
 * them would flag any reply: "a" turned a Python answer into "agreement".
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so of to in on at by for with from as is are was were be been being am it its this that these those ' +
    'i me my we our you your he she they them his her their there here what which who how when where why not no yes do does did ' +
    'have has had will would can could should may might must just also very too all any some more most much many one'
  ).split(' '),
);

/** Whether every word the phrase requires is a stop-word (wildcards and gaps count as no word). */
function carriesNoMeaning(seq: readonly Element[]): boolean {
  return requiredWords(seq).every((word) => STOP_WORDS.has(word));
}

/** The literal words and prefixes a phrase always requires; a group counts only when every alternative is meaningless. */
function requiredWords(seq: readonly Element[]): string[] {
  const words: string[] = [];
  for (const element of seq) {
    if (element.kind === 'word') words.push(wordOf(element.id));
    else if (element.kind === 'prefix') words.push(`${element.prefix}*`);
    else if (element.kind === 'group' && !element.optional) {
      const meaningful = element.alternatives.some((alternative) => !carriesNoMeaning(alternative));
      if (meaningful) words.push('{…}');
    }
  }
  return words;
}

let ordinaryModels: TextModel[] | undefined;

/** How many of the ordinary replies the phrase matches (in the assistant's own words, sentence by sentence), and the first one. */
export function ordinaryRepliesMatched(template: CompiledTemplate): { count: number; example: string } {
  ordinaryModels ??= ORDINARY_REPLIES.map((reply) => buildTextModel(reply));
  const set = buildTemplateSet([template]);
  let count = 0;
  let example = '';
  for (const model of ordinaryModels) {
    const hit = model.sentences.some(
      (sentence) => findMatches(set, { tokens: model.tokens, from: sentence.firstToken, to: sentence.endToken, allowQuoted: false }).length > 0,
    );
    if (!hit) continue;
    count++;
    if (!example) example = model.text.length > 80 ? `${model.text.slice(0, 79)}…` : model.text;
  }
  return { count, example };
}
