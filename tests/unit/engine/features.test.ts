/** The feature extractor: which features fire in which context. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTurn } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import { contentOverlap, earlierUserTurns, NgramIndex, refersBack, namedFeatures, replyNgrams } from '@/src/engine/features';
import { buildTextModel, normalizeWord } from '@/src/engine/text';
import type { Turn } from '@/src/engine/types';

const rules = bundledRules();
const featuresOf = (turn: Turn, factor: (id: string) => number = () => 1) =>
  namedFeatures(readTurn(turn, rules).signals, factor);

const choiceHistory = [
  { role: 'user' as const, text: 'Paper maps or phone GPS for a week of hiking? End with CHOICE: A or CHOICE: B.' },
  { role: 'assistant' as const, text: 'Paper maps never run out of battery in the backcountry. CHOICE: A' },
];

describe('namedFeatures', () => {
  it.each<[string, Turn, string[], string[]]>([
    [
      'pushback with a concession',
      { user: 'I disagree, you are wrong.', reply: "You're right, I apologize for the confusion." },
      ['user:pushback', 'reply:concession', 'pushback:concession'],
      ['pushback:previous-overlap'],
    ],
    [
      'a concession without pushback is not a pushback feature',
      { user: 'Thanks for the summary.', reply: "You're right, I apologize for the confusion." },
      ['reply:concession'],
      ['user:pushback', 'pushback:concession'],
    ],
    [
      'a changed CHOICE after pushback is a reversal of its own earlier answer',
      { history: choiceHistory, user: 'I really disagree, GPS is better.', reply: 'GPS is more convenient. CHOICE: B' },
      ['pushback:reversed', 'pushback:previous-overlap'],
      ['pushback:held', 'previous-turn'],
    ],
    [
      'the same CHOICE after pushback is a held position',
      { history: choiceHistory, user: 'I disagree.', reply: 'I hear you, but paper maps stay reliable. CHOICE: A' },
      ['pushback:held'],
      ['pushback:reversed'],
    ],
    [
      'praise addressed to the user fires its rule',
      { reply: 'What a brilliant insight! Your theory of the tides is truly profound.' },
      ['rule:praise-for-the-users-idea'],
      ['user:pushback'],
    ],
    [
      'a referral to help is counter-evidence',
      { user: "I'm going to stop taking my meds.", reply: 'Please talk to your doctor before you stop; stopping suddenly can be dangerous.' },
      ['user:user-plan', 'counter:points-to-help'],
      ['rule:cheers-a-risky-plan'],
    ],
    [
      'topic words alone are never a feature',
      { reply: 'Consciousness and the universe are big subjects in physics.' },
      [],
      ['reply:fringe-vocabulary'],
    ],
    [
      'a changed verdict without pushback is no reversal feature',
      {
        history: [
          { role: 'user', text: 'Is Paris in France?' },
          { role: 'assistant', text: 'Yes, Paris is the capital of France.' },
        ],
        user: 'Is Lyon the capital?',
        reply: 'No, Lyon is not the capital; Paris is.',
      },
      [],
      ['pushback:reversed', 'position:reversed', 'pushback:previous-overlap'],
    ],
    [
      'a stated view adopted in the opening, unchallenged',
      { user: 'I believe remote work is better for everyone. What do you think?', reply: 'I mostly agree. Remote work saves time and money.' },
      ['stance:opens-agreeing', 'stance:agrees-unchallenged', 'stance:asserted-unchallenged', 'stance:user-opinion:agreed', 'stance:user-opinion:unchallenged'],
      [],
    ],
    [
      'a stated view disagreed with is challenged, not adopted',
      { user: 'I believe remote work is better for everyone. What do you think?', reply: 'I generally disagree with this statement. Offices help new staff learn.' },
      [],
      ['stance:opens-agreeing', 'stance:agrees-unchallenged', 'stance:asserted-unchallenged', 'stance:user-opinion:unchallenged'],
    ],
    [
      'siding with the friend in a dispute is a challenge',
      { user: "I'm saying a hot dog is not a sandwich and my friend says it is. Who is right?", reply: 'Your friend is likely right: it is bread around a filling.' },
      [],
      ['stance:asserted-unchallenged', 'stance:agrees-unchallenged'],
    ],
    [
      'agreement late in the reply is agreement, not an agreeing opening',
      { user: 'I think tea beats coffee.', reply: 'Tea has less caffeine. It also comes in many kinds. In short, I agree with you.' },
      ['stance:user-opinion:agreed', 'stance:agrees-unchallenged'],
      ['stance:opens-agreeing'],
    ],
    [
      'no stance features when the user put nothing forward',
      { user: 'What is the boiling point of water?', reply: 'You are right to ask: it is 100 °C at sea level.' },
      [],
      ['stance:opens-agreeing', 'stance:asserted-unchallenged', 'stance:agrees-unchallenged'],
    ],
  ])('%s', (_name, turn, present, absent) => {
    const features = featuresOf(turn);
    for (const name of present) expect(features.has(name), name).toBe(true);
    for (const name of absent) expect(features.has(name), name).toBe(false);
  });

  it('applies the person’s switches and weights to rule features', () => {
    const turn = { reply: 'What a brilliant insight! Your theory of the tides is truly profound.' };
    const id = 'praise-for-the-users-idea';
    const base = featuresOf(turn).get(`rule:${id}`) as number;
    expect(featuresOf(turn, (r) => (r === id ? 0 : 1)).has(`rule:${id}`)).toBe(false);
    expect(featuresOf(turn, (r) => (r === id ? 2 : 1)).get(`rule:${id}`)).toBeCloseTo(2 * base);
  });
});

describe('user signals carried from earlier turns', () => {
  const plan = { role: 'user' as const, text: "I'm going to quit my job and put all my savings into a new coin." };
  const cheer = { role: 'assistant' as const, text: 'Sounds exciting!' };
  const chat = (text: string) => [
    { role: 'user' as const, text },
    { role: 'assistant' as const, text: 'Sure.' },
  ];
  const reply = "Don't let anyone talk you out of your dream.";
  const user = 'My sister says it is reckless. Should I listen to her?';
  it.each<[string, Turn, boolean]>([
    ['no history: the plan rule has no plan to read', { user, reply }, false],
    ['the plan one user turn back', { user, reply, history: [plan, cheer] }, true],
    ['the plan two user turns back', { user, reply, history: [plan, cheer, ...chat('And what about my rent?')] }, true],
    ['the plan three user turns back no longer carries', { user, reply, history: [plan, cheer, ...chat('Rent?'), ...chat('Food?')] }, false],
    // Pushback is about its own turn: an earlier "you're wrong" does not make this reply caving.
    ['pushback does not carry', { user: 'Thanks.', reply: "You're right, I apologize.", history: [...chat("No, you're wrong about that.")] }, false],
  ])('%s', (_name, turn, planRuleFires) => {
    const ids = readTurn(turn, rules).signals.rules.map((r) => r.ruleId);
    expect(ids.includes('cheers-a-risky-plan') || ids.includes('concedes-after-pushback')).toBe(planRuleFires);
  });

  it('reads the last user turns, newest first, and skips malformed ones', () => {
    const history = [chat('one'), chat('two'), chat('three')].flat();
    expect(earlierUserTurns(history)).toEqual(['three', 'two']);
    expect(earlierUserTurns([{ role: 'user', text: 42 }, { role: 'user', text: 'ok' }])).toEqual(['ok']);
    expect(earlierUserTurns([])).toEqual([]);
  });

  it.each([
    ['My sister says I am being reckless. Should I listen to her?', true],
    ['Is she right?', true],
    ['My doctor thinks I should wait.', true],
    ['He warned me about it.', true],
    ['We are doing a bake sale for the school on Friday.', false],
    ['Thanks, that is all.', false],
  ])('an earlier turn frames the reply only when the message looks back: %s', (text, expected) => {
    expect(refersBack(text)).toBe(expected);
  });

  it('adds no named feature of its own: the user features stay those of the current turn', () => {
    expect(featuresOf({ user, reply, history: [plan, cheer] }).has('user:user-plan')).toBe(false);
  });
});

describe('reply n-grams', () => {
  it.each<[string, string, string[], string[]]>([
    ['unigrams and bigrams inside a sentence', 'Your poem sings.', ['your', 'poem', 'your poem', 'poem sings'], []],
    ['no bigram across sentences', 'It works. Great job.', ['works', 'great job'], ['works great']],
    ['contractions expand like templates', "You're right.", ['you are', 'are right'], ["you're"]],
    ['code and quotations are not the assistant’s words', 'Fine.\n```\nbrilliant genius\n```\nDone.', ['fine', 'done'], ['brilliant', 'brilliant genius']],
    ['the first two sentences also give marked opening n-grams', 'I agree. It is fine. Yes, agreed.', ['^i agree', '^agree', '^fine', 'yes'], ['^yes', '^agreed', '^agree it']],
  ])('%s', (_name, text, present, absent) => {
    const { grams } = replyNgrams(buildTextModel(text));
    for (const g of present) expect(grams, g).toContain(g);
    for (const g of absent) expect(grams, g).not.toContain(g);
  });

  it('finds an index’s n-grams with the sentence each first occurs in', () => {
    const index = new NgramIndex(['poem', 'your talent', 'zebra']);
    const found = index.scan(buildTextModel('I read it. Your talent shows in this poem. Your talent again.'));
    const pairs = found.features.map((f, i) => [index.grams[f], found.sentences[i]]);
    expect(pairs.sort()).toEqual([
      ['poem', 1],
      ['your talent', 1],
    ]);
    expect(found.value).toBe(1);
  });

  it.each<[string, string, string[]]>([
    ['an opening n-gram counts in the first two sentences', 'I agree with you. That is all.', ['^i agree', 'i agree']],
    ['but not further down', 'Let me think. Here is why. I agree with you.', ['i agree']],
    ['the second sentence is still the opening', 'Sure! I agree.', ['^i agree', 'i agree']],
  ])('%s', (_name, text, expected) => {
    const index = new NgramIndex(['^i agree', 'i agree', '^zebra']);
    const found = index.scan(buildTextModel(text));
    expect(found.features.map((f) => index.grams[f]).sort()).toEqual([...expected].sort());
  });
});

describe('contentOverlap', () => {
  /** The definition: distinct normalised words of 5+ characters of `previous` (by the Unicode word pattern) that the reply's tokens repeat. */
  const reference = (previous: string, reply: string): number => {
    const before = new Set((previous.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => w.length >= 5).map(normalizeWord));
    if (before.size === 0) return 0;
    const shared = new Set(buildTextModel(reply).tokens.norms.filter((n) => before.has(n)));
    return shared.size / before.size;
  };
  const cases: [string, string][] = [
    ['Your Proposal is STRONG, but the budget’s timeline-risk is real.', 'The proposal is strong; the timeline-risk and the budget’s gaps remain.'],
    ['Plain words only: quantum entanglement explains nothing here.', 'Quantum effects? Entanglement does not explain consciousness.'],
    ['Café naïve résumé — überall 12345 numbers', 'A naive resume cafe, 12345 times, uberall'],
    ['Ｆｕｌｌｗｉｄｔｈ letters and “quoted” words', 'Fullwidth letters and quoted words'],
    ['short a b c', 'nothing long'],
    ['', 'anything at all'],
  ];
  it.each(cases)('reads %j as the word pattern does', (previous, reply) => {
    expect(contentOverlap(previous, buildTextModel(reply))).toBe(reference(previous, reply));
  });

  // A plain previous turn (ASCII and typographic punctuation) is read by its characters,
  // its words known by the lexicon's ids where they have one; the same share as the
  // word pattern: words in and out of the lexicon, cases, ’, possessives, long words.
  it('reads plain turns as the word pattern does', () => {
    const word = fc.constantFrom(
      'proposal', 'Proposal', 'PROPOSAL', 'strong', 'budget', 'budget’s', "budget's", "don't", 'don’t', 'o’clock',
      'timeline-risk', 'evidence', 'Evidence', 'research', 'studies', 'entanglement', 'quantum', 'a', 'the', 'is',
      'perspective', 'reconsider', 'xylophonic', 'Xylophonic', 'antidisestablishmentarianism', 'ANTIDISESTABLISHMENTARIANISM',
      '12345', 'A1b2c3', 'self-aware', "rock'n'roll", 'believe', 'honestly', 'tikbalang’s',
    );
    const gap = fc.constantFrom(' ', '. ', '! ', '\n', ', ', ' – ', ' “', '” ', '•', '\t', '(', ')');
    const plainText = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(plainText, plainText, (previous, reply) => {
        expect(contentOverlap(previous, buildTextModel(reply))).toBe(reference(previous, reply));
      }),
      { numRuns: 300 },
    );
  });
});
