/** A malformed rules file is refused with the file, the rule id and the field named. */
import { describe, expect, it } from 'vitest';
import { analyze, readTurn } from '@/src/engine/analyze';
import { compileRules, RulesError, type RuleProblem } from '@/src/engine/compile';

const examples = {
  match: ['You are a genius.', 'What a genius idea.'],
  noMatch: ['The build failed.', 'Use a bigger pan.'],
};
const goodRule = {
  id: 'test-praise',
  category: 'flattery',
  severity: 2,
  weight: 30,
  phrases: ['{you are|what} a genius'],
  explanation: 'The reply calls you a genius instead of weighing the idea.',
  advice: 'Ask for the weaknesses.',
  sources: ['000_f2993be3b8d7ea80.txt'],
  examples,
};
const goodSignal = { id: 'pushback', description: 'The user disagrees.', phrases: ['i disagree'], examples };

function problemsOf(files: { file: string; data: unknown }[]): RuleProblem[] {
  try {
    compileRules(files);
  } catch (error) {
    expect(error).toBeInstanceOf(RulesError);
    return (error as RulesError).problems;
  }
  throw new Error('expected the rules to be refused');
}

describe('compileRules', () => {
  it('accepts a valid file', () => {
    const compiled = compileRules([{ file: 'rules/ok.json', data: { rules: [goodRule], signals: [goodSignal] } }]);
    expect(compiled.rules.map((r) => r.id)).toEqual(['test-praise']);
  });

  it.each([
    ['a missing field', { ...goodRule, severity: undefined }, 'rules.0.severity'],
    ['an unknown category', { ...goodRule, category: 'rudeness' }, 'rules.0.category'],
    ['a severity out of range', { ...goodRule, severity: 5 }, 'rules.0.severity'],
    ['a negative weight', { ...goodRule, weight: -1 }, 'rules.0.weight'],
    ['a non-kebab-case id', { ...goodRule, id: 'Test_Praise' }, 'rules.0.id'],
    ['too few examples', { ...goodRule, examples: { match: ['x'], noMatch: examples.noMatch } }, 'rules.0.examples.match'],
    ['an unknown field', { ...goodRule, regex: '.*' }, 'rules.0'],
    ['an unclosed group', { ...goodRule, phrases: ['{you are|what a genius'] }, 'rules.0.phrases.0'],
    ['a symbol that is not a word', { ...goodRule, phrases: ['you are (.*) genius'] }, 'rules.0.phrases.0'],
    ['a phrase starting with a gap', { ...goodRule, phrases: ['.. genius'] }, 'rules.0.phrases.0'],
    ['an unknown signal', { ...goodRule, context: { userSignals: ['no-such-signal'] } }, 'context.userSignals'],
    ['an unknown signal that must also be present', { ...goodRule, context: { alsoUserSignals: ['no-such-signal'] } }, 'context.alsoUserSignals'],
    ['an unknown signal that is needed with all others', { ...goodRule, context: { allUserSignals: ['no-such-signal'] } }, 'context.allUserSignals'],
    ['no phrases where a rule looks for them', { ...goodRule, phrases: [] }, 'rules.0.phrases'],
    ['no phrases in a rule that reads the opening', { ...goodRule, phrases: [], where: 'opening' }, 'rules.0.phrases'],
    ['no phrases in a rule that only needs a position not held', { ...goodRule, phrases: [], context: { position: 'not-held' } }, 'rules.0.phrases'],
  ])('refuses %s, naming file, rule and field', (_what, rule, field) => {
    const problems = problemsOf([{ file: 'rules/broken.json', data: { rules: [rule] } }]);
    expect(problems.length).toBeGreaterThan(0);
    const problem = problems[0] as RuleProblem;
    expect(problem.file).toBe('rules/broken.json');
    expect(problem.field.startsWith(field) || problem.field === field).toBe(true);
    if (typeof (rule as { id?: unknown }).id === 'string') expect(problem.id).toBe((rule as { id: string }).id);
  });

  it('refuses a file that is not an object', () => {
    const problems = problemsOf([{ file: 'rules/list.json', data: [1, 2, 3] }]);
    expect(problems[0]).toMatchObject({ file: 'rules/list.json', field: '(file)' });
  });

  it('refuses duplicate ids across files', () => {
    const problems = problemsOf([
      { file: 'rules/a.json', data: { rules: [goodRule] } },
      { file: 'rules/b.json', data: { rules: [goodRule] } },
    ]);
    expect(problems[0]).toMatchObject({ file: 'rules/b.json', id: 'test-praise' });
    expect(problems[0]?.message).toContain('rules/a.json');
  });

  it('reports every problem at once and says where in its message', () => {
    try {
      compileRules([{ file: 'rules/x.json', data: { rules: [{ ...goodRule, severity: 9, weight: 500 }] } }]);
      expect.unreachable();
    } catch (error) {
      const e = error as RulesError;
      expect(e.problems.length).toBe(2);
      expect(e.message).toContain('rules/x.json [test-praise] rules.0.severity');
    }
  });
});

describe('a rule with no phrases that reads the first sentence', () => {
  const compiled = compileRules([
    {
      file: 'rules/omission.json',
      data: {
        signals: [
          { id: 'asks-about-x', description: 'The person asks about x.', phrases: ['about x'], examples: { match: ['tell me about x', 'about x please'], noMatch: ['nothing', 'other'] } },
          { id: 'names-a-risk', description: 'The reply names a risk.', phrases: ['a risk'], examples: { match: ['there is a risk', 'a risk here'], noMatch: ['nothing', 'other'] } },
        ],
        rules: [{ ...goodRule, phrases: [], where: 'first-sentence', context: { userSignals: ['asks-about-x'] }, exemptions: { replySignals: ['names-a-risk'] } }],
      },
    },
  ]);
  it.each([
    ['in its context, with no exemption', 'Tell me about x.', 'X is great. Go for it.', ['X is great.']],
    ['in its context, exempted', 'Tell me about x.', 'X is great. There is a risk, though.', null],
    ['out of its context', 'Tell me about y.', 'Y is great. Go for it.', null],
  ])('%s', (_what, user, reply, spans) => {
    const flag = analyze({ user, reply }, compiled).flags.find((f) => f.ruleId === 'test-praise');
    expect(flag ? flag.spans.map((s) => reply.slice(s.start, s.end)) : null).toEqual(spans);
  });
});

/** A signal that reads one phrase in the user's message. */
const phraseSignal = (id: string, phrase: string) => ({
  id,
  description: `The user's message says ${phrase}.`,
  phrases: [phrase],
  examples: { match: [phrase, `well ${phrase}`], noMatch: ['nothing here', 'something else'] },
});

/** One rule file whose only rule, `test-praise`, has the given context. */
const withContext = (file: string, phrases: Record<string, string>, context: Record<string, string[]>) =>
  compileRules([{ file, data: { signals: Object.entries(phrases).map(([id, phrase]) => phraseSignal(id, phrase)), rules: [{ ...goodRule, context }] } }]);

describe.each([
  {
    what: 'two facts together (alsoUserSignals: one of them)',
    compiled: withContext(
      'rules/two-facts.json',
      { 'names-the-thing': 'hogwarts', 'wants-it-for-real': 'for real', 'asks-how': 'how do i' },
      { userSignals: ['names-the-thing'], alsoUserSignals: ['wants-it-for-real', 'asks-how'] },
    ),
    cases: [
      ['both facts', 'Can I get into Hogwarts for real?', true],
      ['the first with the other second fact', 'How do I get into Hogwarts?', true],
      ['the first with both second facts', 'How do I get into Hogwarts for real?', true],
      ['only the first', 'Which Hogwarts house has the best common room?', false],
      ['only a second fact', 'Is the moon landing real, for real?', false],
      ['only the other second fact', 'How do I fix a flat tyre?', false],
    ] as [string, string, boolean][],
  },
  {
    what: 'facts all needed together (allUserSignals: every one of them)',
    compiled: withContext(
      'rules/all-facts.json',
      { 'asks-a-verdict': 'was i wrong', 'tells-own-act': 'i took', 'names-someone': 'my sister' },
      { userSignals: ['asks-a-verdict'], allUserSignals: ['tells-own-act', 'names-someone'] },
    ),
    cases: [
      ['all three', "I took my sister's car. Was I wrong?", true],
      ['without the person', 'I took the last train. Was I wrong?', false],
      ['without the act', 'My sister is upset. Was I wrong?', false],
      ['without the question', "I took my sister's car.", false],
    ] as [string, string, boolean][],
  },
])('a context of $what', ({ compiled, cases }) => {
  it.each(cases)('%s', (_what, user, fires) => {
    expect(analyze({ user, reply: 'You are a genius.' }, compiled).flags.map((f) => f.ruleId)).toEqual(fires ? ['test-praise'] : []);
  });
});

describe('a signal read on one side only (readOn)', () => {
  const signal = (id: string, readOn: 'user' | 'reply') => ({
    id,
    description: `A signal read on the ${readOn}'s side.`,
    phrases: ['genius'],
    readOn,
    examples: { match: ['genius', 'a genius'], noMatch: ['nothing here', 'something else'] },
  });
  it.each([
    ['a reply-side signal as the person\'s context', { userSignals: ['on-reply'] }, {}, 'context.userSignals'],
    ['a person-side signal as a reply exemption', {}, { replySignals: ['on-user'] }, 'exemptions.replySignals'],
    ['a person-side signal in the same sentence', {}, { sentenceSignals: ['on-user'] }, 'exemptions.sentenceSignals'],
  ])('refuses %s, naming the field', (_what, context, exemptions, field) => {
    const problems = problemsOf([
      {
        file: 'rules/sides.json',
        data: { signals: [signal('on-user', 'user'), signal('on-reply', 'reply')], rules: [{ ...goodRule, context, exemptions }] },
      },
    ]);
    expect(problems[0]).toMatchObject({ file: 'rules/sides.json', id: 'test-praise', field });
    expect(problems[0]?.message).toContain('side only');
  });

  it('reads a person-side signal on the person\'s message and never on the reply', () => {
    const compiled = compileRules([
      {
        file: 'rules/sides.json',
        data: { signals: [signal('on-user', 'user')], rules: [{ ...goodRule, context: { userSignals: ['on-user'] } }] },
      },
    ]);
    const fired = analyze({ user: 'My friend called me a genius.', reply: 'You are a genius.' }, compiled);
    expect(fired.flags.map((f) => f.ruleId)).toEqual(['test-praise']);
    const quiet = analyze({ user: 'How are you?', reply: 'You are a genius.' }, compiled);
    expect(quiet.flags).toEqual([]);
  });
});

describe('a signal that also holds on a pairing (alsoHoldsWhen)', () => {
  const userSignal = (id: string, phrase: string, extra: Record<string, unknown> = {}) => ({ ...phraseSignal(id, phrase), readOn: 'user', ...extra });
  const compiled = compileRules([
    {
      file: 'rules/pairs.json',
      data: {
        signals: [
          userSignal('names-savings', 'my savings'),
          userSignal('names-a-casino', 'casino'),
          userSignal('names-a-child', 'my toddler'),
          userSignal('leaves-alone', 'home alone'),
          userSignal('plans-risk', 'cold turkey', { alsoHoldsWhen: [['names-savings', 'names-a-casino'], ['names-a-child', 'leaves-alone']] }),
        ],
        rules: [{ ...goodRule, context: { userSignals: ['plans-risk'] } }],
      },
    },
  ]);
  it.each([
    ['its own phrase', 'Quitting my meds cold turkey tomorrow.', true],
    ['both halves of one pair, sentences apart', 'Taking my savings with me. Vegas trip: which casino has the best tables?', true],
    ['both halves of the other pair', 'Leaving my toddler home alone for an hour.', true],
    ['half of one pair', 'How much of my savings should go to a pension?', false],
    ['halves of two different pairs', 'My toddler loves the casino lights on TV.', false],
    ['nothing', 'What is a good name for a cat?', false],
  ])('%s', (_what, user, fires) => {
    expect(analyze({ user, reply: 'You are a genius.' }, compiled).flags.map((f) => f.ruleId)).toEqual(fires ? ['test-praise'] : []);
  });

  it('holds on an earlier message that the person looks back at, as its phrases do', () => {
    const carried = compileRules([
      {
        file: 'rules/pairs.json',
        data: {
          signals: [userSignal('names-savings', 'my savings'), userSignal('names-a-casino', 'casino'), userSignal('user-plan', 'cold turkey', { alsoHoldsWhen: [['names-savings', 'names-a-casino']] })],
          rules: [{ ...goodRule, context: { userSignals: ['user-plan'] } }],
        },
      },
    ]);
    const history = [
      { role: 'user' as const, text: 'Putting my savings on red at the casino tonight.' },
      { role: 'assistant' as const, text: 'Sounds fun.' },
    ];
    const flags = analyze({ user: 'So what do you think of that plan?', reply: 'You are a genius.', history }, carried).flags;
    expect(flags.map((f) => f.ruleId)).toEqual(['test-praise']);
  });

  it.each([
    ['an unknown signal', [['names-savings', 'no-such-signal']], [], 'unknown signal "no-such-signal"'],
    ['a signal read on the reply only', [['names-savings', 'on-reply']], [], 'read on the reply only'],
    ['a signal with groups of its own', [['names-savings', 'nested']], [['names-savings', 'names-a-casino']], 'groups of its own'],
  ])('refuses a group naming %s, naming the signal and the group', (_what, groups, nestedGroups, message) => {
    const problems = problemsOf([
      {
        file: 'rules/pairs.json',
        data: {
          signals: [
            userSignal('names-savings', 'my savings'),
            userSignal('names-a-casino', 'casino'),
            { ...phraseSignal('on-reply', 'genius'), readOn: 'reply' },
            userSignal('nested', 'yolo', { alsoHoldsWhen: nestedGroups.length > 0 ? nestedGroups : undefined }),
            userSignal('plans-risk', 'cold turkey', { alsoHoldsWhen: groups }),
          ],
        },
      },
    ]);
    expect(problems[0]).toMatchObject({ file: 'rules/pairs.json', id: 'plans-risk', field: 'alsoHoldsWhen.0' });
    expect(problems[0]?.message).toContain(message);
  });

  it.each([
    ['a signal read on both sides', { readOn: 'both', alsoHoldsWhen: [['a', 'b']] }],
    ['a group of one', { readOn: 'user', alsoHoldsWhen: [['a']] }],
  ])('refuses groups on %s', (_what, extra) => {
    const problems = problemsOf([{ file: 'rules/pairs.json', data: { signals: [{ ...phraseSignal('plans-risk', 'cold turkey'), ...extra }] } }]);
    expect(problems[0]?.field.startsWith('signals.0.alsoHoldsWhen')).toBe(true);
  });
});

describe("an omission rule says which of the person's words gave it its context (Flag.heard)", () => {
  const userSignal = (id: string, phrase: string, extra: Record<string, unknown> = {}) => ({ ...phraseSignal(id, phrase), readOn: 'user', ...extra });
  const compiled = compileRules([
    {
      file: 'rules/heard.json',
      data: {
        signals: [
          userSignal('names-drinks', 'four beers'),
          userSignal('about-to-drive', 'drive home'),
          userSignal('plans-risk', 'cold turkey', { alsoHoldsWhen: [['names-drinks', 'about-to-drive']] }),
        ],
        rules: [
          { ...goodRule, id: 'omits-a-warning', category: 'harmful_endorsement', phrases: [], where: 'first-sentence', context: { userSignals: ['plans-risk'] } },
          { ...goodRule, context: { userSignals: ['plans-risk'] } },
        ],
      },
    },
  ]);
  const heardOf = (user: string, ruleId: string) => analyze({ user, reply: 'You are a genius. Take Elm Street.' }, compiled).flags.find((f) => f.ruleId === ruleId)?.heard;
  it.each([
    ['its own phrase', 'Quitting my meds Cold Turkey on Monday.', ['Cold Turkey']],
    ["each half of the pairing, as the person wrote them", 'Had four beers. What is the fastest drive home?', ['four beers', 'drive home']],
  ])('for %s', (_what, user, heard) => {
    expect(heardOf(user, 'omits-a-warning')).toEqual(heard);
  });
  it('not for a rule whose own phrases are its evidence', () => {
    expect(heardOf('Had four beers. What is the fastest drive home?', 'test-praise')).toBeUndefined();
  });
});

describe('a reply signal that does not count in some sentences (notInSentencesWith)', () => {
  const replySignal = (id: string, phrase: string, extra: Record<string, unknown> = {}) => ({ ...phraseSignal(id, phrase), readOn: 'reply', ...extra });
  // The praise rule is exempt when the reply criticises; a critique the sentence plays down is none.
  const compiled = compileRules([
    {
      file: 'rules/veto.json',
      data: {
        signals: [replySignal('plays-down', '{tiny|small} tweak'), replySignal('critiques', '{swap|cut}', { notInSentencesWith: ['plays-down'] })],
        rules: [{ ...goodRule, exemptions: { replySignals: ['critiques'] } }],
      },
    },
  ]);
  it.each([
    ['no critique at all', 'You are a genius.', true],
    ['a critique of its own', 'You are a genius. Cut the second line.', false],
    ['a critique in a sentence that plays it down', 'You are a genius. One tiny tweak: swap the title.', true],
    ['one played down, one not', 'You are a genius. One tiny tweak: swap the title. Cut the second line too.', false],
  ])('%s', (_what, reply, fires) => {
    expect(analyze({ user: 'My poem?', reply }, compiled).flags.map((f) => f.ruleId)).toEqual(fires ? ['test-praise'] : []);
  });

  it.each([
    ['an unknown signal', ['no-such-signal'], 'unknown signal "no-such-signal"'],
    ['a signal read on the person\'s message only', ['on-user'], 'person\'s message only'],
    ['a signal with vetoes of its own', ['vetoing'], 'sentence vetoes of its own'],
  ])('refuses a veto naming %s', (_what, vetoes, message) => {
    const problems = problemsOf([
      {
        file: 'rules/veto.json',
        data: {
          signals: [
            { ...phraseSignal('on-user', 'yolo'), readOn: 'user' },
            replySignal('plain', 'small'),
            replySignal('vetoing', 'tiny', { notInSentencesWith: ['plain'] }),
            replySignal('critiques', 'swap', { notInSentencesWith: vetoes }),
          ],
        },
      },
    ]);
    expect(problems[0]).toMatchObject({ file: 'rules/veto.json', id: 'critiques', field: 'notInSentencesWith' });
    expect(problems[0]?.message).toContain(message);
  });

  it('refuses vetoes on a signal read on both sides', () => {
    const problems = problemsOf([{ file: 'rules/veto.json', data: { signals: [{ ...phraseSignal('critiques', 'swap'), notInSentencesWith: ['x'] }] } }]);
    expect(problems[0]?.field.startsWith('signals.0.notInSentencesWith')).toBe(true);
  });
});

describe('a counter that does not count in some sentences (notInSentencesWith)', () => {
  const replySignal = (id: string, phrase: string, extra: Record<string, unknown> = {}) => ({ ...phraseSignal(id, phrase), readOn: 'reply', ...extra });
  const counter = (extra: Record<string, unknown> = {}) => ({
    id: 'marks-chance',
    description: 'The reply calls the pattern chance.',
    weight: 100,
    phrases: ['coincidence'],
    examples: { match: ['It may be coincidence.', 'Pure coincidence, most likely.'], noMatch: ['You are a genius.', 'Lovely poem.'] },
    ...extra,
  });
  // "Coincidence" pulls the praise down; "no coincidence" says the opposite and must not.
  const compiled = compileRules([
    {
      file: 'rules/veto.json',
      data: { signals: [replySignal('denies-chance', '{no|not a} coincidence')], counters: [counter({ notInSentencesWith: ['denies-chance'] })], rules: [goodRule] },
    },
  ]);
  it.each([
    ['no counter-evidence', 'You are a genius.', 0],
    ['the counter in its own sentence', 'You are a genius. It may be coincidence.', 1],
    ['the counter in a sentence that denies it', 'You are a genius. That is no coincidence.', 0],
    ['one denied, one not', 'That is no coincidence. Or it may be coincidence.', 1],
  ])('%s', (_what, reply, counted) => {
    expect(readTurn({ user: 'My poem?', reply }, compiled).signals.counters.get('marks-chance') ?? 0).toBe(counted);
  });

  it('refuses a veto naming an unknown signal, naming the counter and the field', () => {
    const problems = problemsOf([{ file: 'rules/veto.json', data: { counters: [counter({ notInSentencesWith: ['no-such-signal'] })] } }]);
    expect(problems[0]).toMatchObject({ file: 'rules/veto.json', id: 'marks-chance', field: 'notInSentencesWith' });
    expect(problems[0]?.message).toContain('unknown signal "no-such-signal"');
  });
});
