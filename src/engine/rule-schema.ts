/**
 * The shape of a rules file (`rules/*.json`). Validated with zod whenever rules are
 * compiled, and over every file in the tests: a malformed file is refused with the
 * file, the rule id and the field named.
 */
import { z } from 'zod';
import { CATEGORIES } from './types';

const Id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u, 'must be kebab-case (a-z, 0-9 and single dashes)')
  .max(64);

const Phrase = z.string().min(1).max(1500);

/** A worked example: a bare reply, or a reply with the turn's context. */
export const ExampleTurnSchema = z.union([
  z.string().min(1),
  z
    .object({
      reply: z.string().min(1),
      user: z.string().optional(),
      history: z
        .array(z.object({ role: z.enum(['user', 'assistant']), text: z.string() }).strict())
        .optional(),
    })
    .strict(),
]);
export type ExampleTurn = z.infer<typeof ExampleTurnSchema>;

const Examples = z
  .object({
    match: z.array(ExampleTurnSchema).min(2, 'needs at least 2 examples that must match'),
    noMatch: z.array(ExampleTurnSchema).min(2, 'needs at least 2 examples that must not match'),
  })
  .strict();

/** Where in the reply a rule looks. */
export const WHERE = ['anywhere', 'opening', 'start', 'sentence-start', 'first-sentence'] as const;

export const RuleSchema = z
  .object({
    id: Id,
    category: z.enum(CATEGORIES),
    severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Points this rule adds to the raw score when it fires (before sensitivity). */
    weight: z.number().min(0).max(100),
    /** Templates (see src/engine/pattern.ts). Optional only for structural rules. */
    phrases: z.array(Phrase).max(400).default([]),
    /**
     * `opening`: only the first two sentences, where flattery usually sits; `start`: the
     * match must begin at the reply's first word ("Wow!", "Yes!"); `sentence-start`: at
     * the first word of any sentence of the reply, which is where an instruction begins
     * ("Start by…", "Keep it warm"); `first-sentence`: at the reply's first word, and the
     * whole first sentence is highlighted. Such a rule may have no phrases: it then fires
     * on its context and exemptions alone, on what a reply leaves out (a verdict on the
     * person's conduct that names no fault), and points at the opening, where that
     * verdict belongs.
     */
    where: z.enum(WHERE).default('anywhere'),
    context: z
      .object({
        /** At least one of these signals must be present in the user's message. */
        userSignals: z.array(Id).min(1).optional(),
        /**
         * At least one of these signals must be present in the user's message as well: a
         * context that only two facts together make (a fictional power named, and the
         * wish to have it for real or a practical ask for it), where either alone is
         * everyday talk.
         */
        alsoUserSignals: z.array(Id).min(1).optional(),
        /**
         * Every one of these signals must be present in the user's message too: facts a
         * context needs together, each of them everyday talk alone (the person tells of
         * something they did, and another person is in the story).
         */
        allUserSignals: z.array(Id).min(1).optional(),
        /**
         * A match counts only when its own sentence also matches one of these signals
         * (co-occurrence, e.g. speculation about a fringe idea); the whole sentence is
         * then highlighted. A rule that reads an omission (no phrases, `first-sentence`)
         * has no sentence of its own: it needs one of these signals anywhere in the reply
         * (no note of critique, and some word of approval).
         */
        sentenceSignals: z.array(Id).min(1).optional(),
        /**
         * How the reply's answer must compare with the assistant's previous one:
         * `reversed`: it must switch (a changed CHOICE or yes/no verdict), and the new
         * answer is highlighted; `not-held`: the rule is silent when the same answer is
         * visibly kept; `claim-flipped`: the claim the reply commits to ("I believe …")
         * denies what the first answer affirmed, or the reverse (stance.ts), and that
         * claim is highlighted; `leans-to-users-side`: the user reported a dispute ("I'm
         * saying A, they're saying B") and the reply leans to the view that matches A
         * (stance.ts), and that lean is highlighted; `warning-dropped`: the assistant's
         * previous answer warned or denied anywhere in it (the `cautions-or-denies`
         * signal), the person answered it with a statement of their own (not a question, a
         * request, thanks or a result), and the reply keeps no word of caution at all (words
         * that only wave the risk away, `waves-the-risk-away`, keep none); its first
         * sentence is highlighted; `warning-answered`: the same first two conditions, and
         * the reply does not visibly keep its answer; the rule's phrases say what the reply
         * did with the person's statement (took an anecdote as proof), and they are
         * highlighted; `pushback-as-premise`: the same first two conditions, and the
         * reply's first sentence opens on the person's statement as a premise ("Since USDC
         * holds its peg, …", in the person's own words: stance.ts); that sentence is
         * highlighted.
         */
        position: z
          .enum(['reversed', 'not-held', 'claim-flipped', 'leans-to-users-side', 'warning-dropped', 'warning-answered', 'pushback-as-premise'])
          .optional(),
        /**
         * The move must be new in the conversation: the rule is silent when the
         * assistant's first answer already matched it (phrase, place and sentence
         * signals alike). After pushback, granting a case's merits and then arguing
         * against it is caving only if the first answer had not argued exactly that.
         */
        newSinceFirstAnswer: z.boolean().optional(),
      })
      .strict()
      .default({}),
    exemptions: z
      .object({
        /** A match is void when its own sentence also matches one of these signals. */
        sentenceSignals: z.array(Id).default([]),
        /**
         * A match is void when the sentence right after it matches one of these signals:
         * "Your perspective is compelling. However, …" is a courtesy before disagreement,
         * not praise.
         */
        nextSentenceSignals: z.array(Id).default([]),
        /** The rule is silent when the reply matches one of these signals anywhere. */
        replySignals: z.array(Id).default([]),
        /** The rule is silent when the user's message matches one of these signals. */
        userSignals: z.array(Id).default([]),
      })
      .strict()
      .default({ sentenceSignals: [], nextSentenceSignals: [], replySignals: [], userSignals: [] }),
    explanation: z.string().min(20).max(600),
    advice: z.string().min(10).max(400),
    sources: z.array(z.string().min(3)).min(1),
    examples: Examples,
  })
  .strict()
  .refine((r) => r.phrases.length > 0 || r.where === 'first-sentence' || (r.context.position !== undefined && r.context.position !== 'not-held'), {
    message: 'needs phrases (only a rule that looks at the first sentence, or requires a reversed position, a flipped claim, a lean to the user\'s side or a dropped warning, may have none)',
    path: ['phrases'],
  });
export type RuleData = z.infer<typeof RuleSchema>;

/** A named set of templates that rules use as context or exemptions. */
export const SignalSchema = z
  .object({
    id: Id,
    description: z.string().min(10),
    phrases: z.array(Phrase).min(1).max(400),
    /**
     * Which side of the turn the signal is read on. Most are read on both (the model
     * weighs each side); a signal that only gives rules their context on one side (the
     * person's wish, the reply's verdict) is read there alone, so no text pays for a
     * scan nothing asks about.
     */
    readOn: z.enum(['both', 'user', 'reply']).default('both'),
    /**
     * Read on a reply, a quotation counts as the reply's own words. Quoted text is not the
     * assistant's voice for praise or agreement, but an apology it suggests in quotation
     * marks ("Try: 'I'm sorry I took your car'") is still the reply naming a repair.
     */
    readsQuotations: z.boolean().default(false),
    /**
     * The signal also holds when every signal of one of these groups holds on the same
     * message. Some risks are a pairing that no phrase can hold: savings are ordinary and
     * so is a casino, but "my rent money" and "a parlay" in one message make a risky plan,
     * however far apart and however worded. Read on the person's message only; a grouped
     * signal may not have groups of its own (compile checks both).
     */
    alsoHoldsWhen: z.array(z.array(Id).min(2).max(3)).max(20).optional(),
    /**
     * Read on a reply, the signal does not count in a sentence where one of these signals
     * holds too. A review's token fix ("One tiny tweak: you could swap 'Hi' for 'Hello',
     * but that's optional") has the words of critique, and the sentence itself says it is
     * none; a reply whose only notes are played down like that has offered no critique.
     * The signals named are read on the reply and have no such list of their own (compile
     * checks both).
     */
    notInSentencesWith: z.array(Id).min(1).max(5).optional(),
    examples: Examples,
  })
  .strict()
  .refine((s) => s.alsoHoldsWhen === undefined || s.readOn === 'user', {
    message: 'alsoHoldsWhen is read on the person\'s message only: readOn must be "user"',
    path: ['alsoHoldsWhen'],
  })
  .refine((s) => s.notInSentencesWith === undefined || s.readOn === 'reply', {
    message: 'notInSentencesWith is read on the reply only: readOn must be "reply"',
    path: ['notInSentencesWith'],
  });
export type SignalData = z.infer<typeof SignalSchema>;

/**
 * Counter-evidence: language that shows the assistant is actually helping (disagreeing,
 * correcting, adding caveats, referring to help). Each match pulls the score down.
 */
export const CounterSchema = z
  .object({
    id: Id,
    description: z.string().min(10),
    /** Points subtracted from the raw score per matching sentence (at most 2 sentences count). */
    weight: z.number().min(0).max(100),
    phrases: z.array(Phrase).min(1).max(400),
    /**
     * The counter does not count in a sentence where one of these reply signals holds:
     * "coincidence" marks speculation, but "that's no coincidence" says the opposite and is
     * the validation itself. Same rule as a signal's list (compile checks the names).
     */
    notInSentencesWith: z.array(Id).min(1).max(5).optional(),
    examples: Examples,
  })
  .strict();
export type CounterData = z.infer<typeof CounterSchema>;

export const RuleFileSchema = z
  .object({
    $comment: z.string().optional(),
    rules: z.array(RuleSchema).default([]),
    signals: z.array(SignalSchema).default([]),
    counters: z.array(CounterSchema).default([]),
  })
  .strict();
export type RuleFile = z.infer<typeof RuleFileSchema>;
