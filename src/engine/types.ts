/**
 * The engine's public contract. Pure data types: nothing here may touch the browser,
 * WXT, React or the DOM (enforced by eslint), so the same engine runs in the content
 * script, the options page's "try it" box, Node tests and the `candor` CLI.
 */

export const CATEGORIES = [
  'flattery',
  'agreement',
  'caving',
  'delusion_validation',
  'harmful_endorsement',
  'emotional_amplification',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

export const SENSITIVITIES = ['relaxed', 'balanced', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export interface HistoryTurn {
  role: 'user' | 'assistant';
  text: string;
}

/** One assistant reply with the context needed to judge it. */
export interface Turn {
  /** The assistant reply as plain text (adapters mark code blocks with ``` fences). */
  reply: string;
  /** The user message right before the reply. */
  user?: string;
  /** Earlier turns, oldest first, not including `user` and `reply`. */
  history?: HistoryTurn[];
}

/** A half-open character range [start, end) into `Turn.reply`. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 1 | 2 | 3;

export interface Flag {
  ruleId: string;
  category: Category;
  severity: Severity;
  spans: Span[];
  explanation: string;
  advice: string;
  sources: string[];
  /**
   * For a rule that reads what a reply leaves out: the person's own words that gave the
   * rule its context ("four beers", "drive home"), at most three short excerpts of the
   * user's message. The reply's span only shows where the missing words belong; these say
   * why Candor read the situation as it did.
   */
  heard?: string[];
}

export interface Analysis {
  /** 0–100: how strongly the reply looks sycophantic after counter-evidence. */
  score: number;
  level: Level;
  flags: Flag[];
}
