import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asksBarelyAboutOwnBlock,
  BARE_VERDICT_QUESTION,
  hasBareVerdictQuestion,
  pastesABlock,
  pastesOwnWork,
  pastesWorkNotSetAsATask,
  pastesWorkToJudge,
  wordsBesideTheBlock,
} from '../../../src/engine/pasted-work';

const BIO = 'Not here for hookups. No smokers, no gamers. If you do not have your life together, keep swiping. I like travel.';

/** [what it is, message, pastes a block, pastes own work] */
const CASES: [string, string, boolean, boolean][] = [
  ['a fenced function claimed', 'my helper for pagination:\n```python\ndef last(items, n):\n    return items[-n:]\n```\nlgtm?', true, true],
  ['a quoted bio claimed', `Is my dating bio ok? "${BIO}"`, true, true],
  ['a poem in short lines claimed', 'Wrote this for my mum:\nRoses by the door\nTea at four\nYou, and nothing more\nThoughts?', true, true],
  ['CV bullets with "I put together"', "I've put together these bullets\n• Managed social media\n• Helped increase sales\n• Team player", true, true],
  ['a pasted poem that is not the person\'s ("our" inside it)', 'From Stalingrad to Warsaw\nRoad is long and march is hard\nHey, our birches, hey guelder roses\nInterpret the poem. Provide a thesis for interpretation and prove it in 250 words.', true, false],
  ['code to explain, nobody\'s claimed', 'What is the expected output of the following C++ code snippet?\n```cpp\nint a = 5;\n```', true, false],
  ['"my" far from the block', 'my brain wants it to mean something, honestly, but maybe it is just there, and I know it.\n\nbeen logging it, pure timestamps:\n09:00 post one\n09:07 post two\n09:15 post three\n\nnot saying it means anything at all, just logging what I see here.', true, false],
  ['short quotes that a long stretch of story separates', 'At the wedding I said "and next year there will be one more of us!" Everyone cheered, and my brother texted me the next day that it was "not the time." Am I the jerk?', false, false],
  ['a plain message', 'Can you check my cover letter for me? I will paste it in a minute.', false, false],
  ['an unclosed fence', 'my script:\n```\nprint("hi")', true, true],
];

describe.each(CASES)('pasted work: %s', (_what, message, block, own) => {
  it(`pastes a block: ${block}`, () => expect(pastesABlock(message)).toBe(block));
  it(`pastes own work: ${own}`, () => expect(pastesOwnWork(message)).toBe(own));
});

/**
 * [what it is, message, shown to be judged though unclaimed]: a block that the person's own
 * words do not set as a task is work shown; one they set a task on is material to work on.
 */
const UNCLAIMED: [string, string, boolean][] = [
  ['a listing pasted with its deadline', 'Listing copy for a flat I\'m letting, needs to go live today:\n\n"Stunning spacious 1 bed apartment, just 2 mins walk from the station. Quiet location above a popular nightclub."', true],
  ['a headline in short lines, asked about', 'landing page headline + sub:\nCureBoost\nReverses it in 14 days\nClinically proven*\nthoughts before we start running ads?', true],
  ['a verdict asked with "is this ready?"', 'Is this ready to send?\n"Dear Gareth, please accept this as my notice. This place is badly run and you have no idea how to manage people."', true],
  ['an exercise: the expected output', 'What is the expected output of the following C++ code snippet?\n```cpp\nint a = 5;\n```', false],
  ['a fix set as the task', 'Fix the following JavaScript code to remove duplicates.\n```js\nfunction f(a) { return a; }\n```', false],
  ['a task after the pasted poem', 'From Stalingrad to Warsaw\nRoad is long and march is hard\nHey, our birches, hey guelder roses\nInterpret the poem. Provide a thesis for interpretation and prove it in 250 words.', false],
  ['a polite request to summarise', 'Hi! Can you summarize this for me?\n"The committee met on Tuesday and agreed to move the budget vote to next month, pending the audit."', false],
  ['a timeline introduced with "here\'s what I\'ve got"', 'been logging it, pure timestamps. here\'s what i\'ve got so far:\n09:00 post one\n09:07 post two\n09:15 post three', false],
  ['no block at all', 'Can you check my cover letter? I will paste it in a minute.', false],
];

describe.each(UNCLAIMED)('unclaimed pasted work: %s', (_what, message, shown) => {
  it(`is work shown to be judged: ${shown}`, () => expect(pastesWorkNotSetAsATask(message)).toBe(shown));
});

describe('work pasted to be judged, read once', () => {
  it.each([...CASES.map((c) => c[1]), ...UNCLAIMED.map((c) => c[1])])('is own work or untasked work: %s', (message) => {
    expect(pastesWorkToJudge(message)).toBe(pastesOwnWork(message) || pastesWorkNotSetAsATask(message));
  });
});

describe('the words beside a block', () => {
  it('keeps the line that introduces it and the line that asks about it, not the block', () => {
    const beside = wordsBesideTheBlock('Some story first, long enough to be its own words and not a short line at all.\nHere is my poem:\nline one\nline two\nline three\nIs it any good?');
    expect(beside).toContain('Here is my poem:');
    expect(beside).toContain('Is it any good?');
    expect(beside).not.toContain('line two');
    expect(beside).not.toContain('Some story first');
  });
  it('reads a quotation of any length in linear time', () => {
    const long = `my essay: "${'word '.repeat(200_000)}" thoughts?`;
    expect(pastesOwnWork(long)).toBe(true);
  });
});

const STATEMENT = '"We leverage synergistic paradigms to empower stakeholder-centric value creation across holistic verticals."';

/** [what it is, message, asks barely about the person's own block] */
const BARE_ASKS: [string, string, boolean][] = [
  ['"thoughts?" beside a quoted statement the person calls theirs', `Our new mission statement — thoughts? ${STATEMENT}`, true],
  ['"opinions?" under a poem the person wrote', 'I wrote this last night:\nRoses by the door\nTea at four\nYou, and nothing more\nOpinions?', true],
  ['"thoughts?" beside a block nobody claims', `Saw this on a billboard — thoughts? ${STATEMENT}`, false],
  ['"thoughts?" with no block at all (a theory talked through)', 'my idea is that the hum is co-written by both of us. thoughts?', false],
  ['a claimed block and no question', `Our new mission statement: ${STATEMENT}`, false],
];

describe.each(BARE_ASKS)('a bare ask beside a block: %s', (_what, message, asks) => {
  it(`asks barely about own block: ${asks}`, () => expect(asksBarelyAboutOwnBlock(message)).toBe(asks));
});

describe('the bare verdict question, searched from its question marks', () => {
  // Pieces that make near misses likely: the words in any case (and with "ſ", which /iu
  // reads as "s"), white space of every kind, word characters that break \b, surrogates.
  const piece = fc.constantFrom(
    'thoughts', 'Opinions', 'THOUGHTſ', 'opinion', 'houghts', 'xthoughts', '_', 'é', '?', '??', ' ', '\t', '\n', '\u00a0', '\u2003',
    '\u3000', '\ufeff', 'a', '.', '\ud83d\ude00', '\ud83d', 'K', '\u212a', '—',
  );
  it('answers as the regex does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(hasBareVerdictQuestion(text)).toBe(BARE_VERDICT_QUESTION.test(text));
      }),
      { numRuns: 20000 },
    );
  });
  it('finds the question after the first question mark and at the very start', () => {
    for (const text of ['what? thoughts?', 'Thoughts \n ?', 'opinions?', 'x?thoughts?', 'mythoughts?', 'thoughts.?']) {
      expect(hasBareVerdictQuestion(text)).toBe(BARE_VERDICT_QUESTION.test(text));
    }
  });
});
