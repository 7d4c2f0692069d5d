import { describe, expect, it } from 'vitest';
import { askInsteadOf, questionOf, quoteOf, reasonsOf, straightAnswerPrompt, summaryOf } from '../../../src/content/overlay/card-text';
import type { Analysis, Category, Flag } from '../../../src/engine/types';

const REPLY = 'What a brilliant idea! You are absolutely right, I apologise. Go for it, quit tomorrow.';
const at = (words: string) => ({ start: REPLY.indexOf(words), end: REPLY.indexOf(words) + words.length });

function flag(category: Category, words: string[], extra: Partial<Flag> = {}): Flag {
  return {
    ruleId: `${category}-rule`,
    category,
    severity: 2,
    spans: words.map(at),
    explanation: 'x',
    advice: `Ask: "What is the weakest part, about ${category}?"`,
    sources: [],
    ...extra,
  };
}

const analysis = (flags: Flag[]): Analysis => ({ level: 'medium', score: 60, flags });

describe('questionOf', () => {
  it.each([
    ['Ask: "Argue the other side. Where could I be wrong?"', 'Argue the other side. Where could I be wrong?'],
    ['If it seems too much, ask: “What would a sceptic say?”', 'What would a sceptic say?'],
    ['Ask the question again without saying what you think.', null],
    ['Ask: "ok"', null],
    ['Ask: "never closed', null],
  ])('%s', (advice, expected) => {
    expect(questionOf(advice)).toBe(expected);
  });
});

describe('reasonsOf', () => {
  it('gives one reason per category, worst first, and never the same words to two reasons', () => {
    const reasons = reasonsOf(
      analysis([
        flag('flattery', ['What a brilliant idea!']),
        flag('agreement', ['What a brilliant idea!', 'You are absolutely right']),
        flag('harmful_endorsement', ['Go for it, quit tomorrow.'], { severity: 3 }),
        flag('flattery', ['brilliant'], { ruleId: 'second-flattery-rule' }),
      ]),
      REPLY,
    );
    expect(reasons.map((r) => [r.category, r.quote])).toEqual([
      ['harmful_endorsement', 'Go for it, quit tomorrow.'],
      ['flattery', 'What a brilliant idea!'],
      ['agreement', 'You are absolutely right'],
    ]);
    expect(reasons[1]?.ruleId).toBe('flattery-rule');
  });

  it('a reason whose words were all quoted already has no quote', () => {
    const reasons = reasonsOf(analysis([flag('flattery', ['What a brilliant idea!']), flag('agreement', ['brilliant idea'])]), REPLY);
    expect(reasons.map((r) => r.quote)).toEqual(['What a brilliant idea!', null]);
  });
});

describe('quoteOf', () => {
  it('flattens whitespace and cuts long quotes at a word', () => {
    const text = `Start ${'word '.repeat(60)}end`;
    const quote = quoteOf(text, { start: 0, end: text.length });
    expect(quote.length).toBeLessThanOrEqual(120);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote).not.toMatch(/\s{2}/u);
    expect(quoteOf('a\n\n  b', { start: 0, end: 6 })).toBe('a b');
    expect(quoteOf('abc', { start: 10, end: 20 })).toBe('');
  });
});

describe('summaryOf', () => {
  it.each([
    [0, 'This reply may be telling you what you want to hear.'],
    [1, 'This reply praised you or your idea instead of weighing it (“What a brilliant idea!”).'],
    [
      2,
      'This reply praised you or your idea instead of weighing it (“What a brilliant idea!”) and agreed with you without weighing what you said (“You are absolutely right”).',
    ],
    [
      3,
      'This reply praised you or your idea instead of weighing it (“What a brilliant idea!”) and agreed with you without weighing what you said (“You are absolutely right”). It also cheered on a risky plan without spelling out the risks (“Go for it, quit tomorrow.”).',
    ],
  ])('with %i reasons: one or two sentences, each reason with its own quote', (count, expected) => {
    const flags = [
      flag('flattery', ['What a brilliant idea!']),
      flag('agreement', ['You are absolutely right']),
      flag('harmful_endorsement', ['Go for it, quit tomorrow.']),
    ].slice(0, count);
    expect(summaryOf(reasonsOf(analysis(flags), REPLY))).toBe(expected);
  });
});

describe('straightAnswerPrompt', () => {
  it('asks the worst reason’s own question, then for strengths and weaknesses, in plain words, without the reply’s text', () => {
    const a = analysis([flag('flattery', ['What a brilliant idea!']), flag('caving', ['I apologise'], { severity: 3 })]);
    const prompt = straightAnswerPrompt(a, REPLY);
    expect(prompt.startsWith('What is the weakest part, about caving?')).toBe(true);
    expect(prompt).toMatch(/what is strong and what is weak/u);
    expect(prompt).not.toContain('brilliant');
    expect(prompt).not.toMatch(/sycophan|flattery|caving to pushback/iu);
    expect(prompt).not.toContain('\n');
  });

  it('without a rule question it still asks for both sides', () => {
    const prompt = straightAnswerPrompt(analysis([flag('flattery', ['brilliant'], { advice: 'Be careful with praise.' })]), REPLY);
    expect(prompt).toBe(
      'Please give me a straight answer: tell me plainly what is strong and what is weak here, and what you would check before agreeing with me.',
    );
    expect(askInsteadOf([])).toBeNull();
  });
});

describe('a reason read from what a reply leaves out', () => {
  it('says what is missing and quotes the sentence as the place, not as the evidence', () => {
    const reasons = reasonsOf(analysis([flag('agreement', ['You are absolutely right, I apologise.'], { ruleId: 'hears-only-the-tellers-side' })]), REPLY);
    expect(summaryOf(reasons)).toBe('This reply named nothing you did wrong, only your side of it; it says “You are absolutely right, I apologise”.');
  });
  it('says so for help with a risky plan that names no risk', () => {
    const reasons = reasonsOf(analysis([flag('harmful_endorsement', ['What a brilliant idea!'], { ruleId: 'helps-without-a-word-of-caution' })]), REPLY);
    expect(summaryOf(reasons)).toBe('This reply helped with a risky plan without naming a single risk; it says “What a brilliant idea!”.');
  });
  it.each([
    [
      'the plan it read as risky, in the person\'s own words',
      'helps-without-a-word-of-caution',
      ['Had four beers', 'drive home'],
      'This reply helped with a risky plan without naming a single risk; it says “What a brilliant idea!”. Candor read the plan as risky from your words “Had four beers”, “drive home”.',
    ],
    [
      'a plot it read, cutting a long excerpt at a word',
      'goes-along-with-the-plot',
      ['the neighbour across the street flashes his porch light twice every single night when I get home'],
      'This reply went along with the hidden plot you described without a word of doubt; it says “What a brilliant idea!”. Candor read a plot aimed at you from your words “the neighbour across the street flashes his porch light…”.',
    ],
    ['nothing more for a rule with no words of its own to say', 'keeps-none-of-its-warning', ['you are wrong'], 'This reply kept no word of its earlier warning once you objected; it says “What a brilliant idea!”.'],
  ])('says %s', (_what, ruleId, heard, expected) => {
    const reasons = reasonsOf(analysis([flag('harmful_endorsement', ['What a brilliant idea!'], { ruleId, heard })]), REPLY);
    expect(summaryOf(reasons)).toBe(expected);
  });
  it('joins a usual reason in one sentence', () => {
    const reasons = reasonsOf(
      analysis([
        flag('caving', ['What a brilliant idea!'], { ruleId: 'keeps-none-of-its-warning' }),
        flag('flattery', ['You are absolutely right'], { severity: 1 }),
      ]),
      REPLY,
    );
    expect(summaryOf(reasons)).toBe(
      'This reply kept no word of its earlier warning once you objected; it says “What a brilliant idea!” and praised you or your idea instead of weighing it (“You are absolutely right”).',
    );
  });
});
