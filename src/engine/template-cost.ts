/**
 * How much work one template can cost the matcher at one word of a reply.
 *
 * The matcher (pattern.ts) tries a template depth-first from each word where it can
 * start: a `..` gap tries skipping 0 to 3 words, a group tries each alternative that can
 * begin with the word in front of it, and a failed attempt is not remembered. The number
 * of attempts from one word is therefore the product of those choices along the
 * template. Time stays linear in the reply's length whatever the template (each attempt
 * ends within TEMPLATE_LIMITS.maxWords words), but the constant can be large:
 * `a .. .. .. .. .. .. .. b` passes the template limits and allows 4^7 = 16,384 attempts
 * at every "a": 5–9 s for 50 KB of "a a a …" (scripts/bench-engine.ts measures this).
 *
 * matchCost() computes that product so a phrase can be held to a budget before it is
 * used. The bundled rules stay far below it (tests/unit/safety/no-backtracking.test.ts).
 */
import type { CompiledTemplate } from './pattern';

type Element = CompiledTemplate['elements'][number];

/**
 * The most attempts a user phrase may cost at one word: twice the dearest bundled
 * template (32). At this cost a phrase adds about a tenth of a second to a 50 KB reply
 * built to be its worst case, and nothing measurable to an ordinary one.
 */
export const MAX_MATCH_COST = 64;

/** Attempts to match `seq[from…]` from one position, at most. */
function sequenceCost(seq: readonly Element[], from = 0): number {
  let cost = 1;
  for (let i = from; i < seq.length; i++) cost *= elementCost(seq[i] as Element);
  return cost;
}

function elementCost(element: Element): number {
  switch (element.kind) {
    case 'word':
    case 'prefix':
    case 'any':
      return 1;
    case 'gap':
      return element.max + 1;
    case 'group': {
      // Only alternatives starting with the word in front of the group are tried (plus
      // those that start otherwise): the worst word is the one most alternatives share.
      let worstWord = 0;
      for (const alternatives of element.byFirst.values()) {
        worstWord = Math.max(worstWord, alternatives.reduce((sum, alt) => sum + sequenceCost(alt, 1), 0));
      }
      const others = element.others.reduce((sum, alt) => sum + sequenceCost(alt), 0);
      return (element.optional ? 1 : 0) + worstWord + others;
    }
  }
}

/** The most partial matches the matcher can try for this template from one word of a reply. */
export function matchCost(template: CompiledTemplate): number {
  return sequenceCost(template.elements);
}
