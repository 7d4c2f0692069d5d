/** Flagged words in context: distinct spans, word-boundary trimming, plain text. */
import { describe, expect, it } from 'vitest';
import { distinctSpans, flaggedContexts } from '@/src/background/flag-context';

describe('flaggedContexts', () => {
  const reply = 'Honestly, what a brilliant idea! You should absolutely quit your job tomorrow and go all in.';
  const idea = { start: reply.indexOf('what'), end: reply.indexOf('!') };
  const quit = { start: reply.indexOf('You'), end: reply.indexOf(' your') };

  it('shows each distinct span once, in reply order, with words around it', () => {
    expect(flaggedContexts(reply, [quit, idea, { ...idea }])).toEqual([
      { before: 'Honestly, ', flagged: 'what a brilliant idea', after: '! You should absolutely quit your job tomorrow and go all in.' },
      { before: 'Honestly, what a brilliant idea! ', flagged: 'You should absolutely quit', after: ' your job tomorrow and go all in.' },
    ]);
  });

  it('cuts long context at word boundaries and squashes whitespace', () => {
    const long = `${'word '.repeat(40)}FLAG${'\n\n more'.repeat(40)}`;
    const [context] = flaggedContexts(long, [{ start: long.indexOf('FLAG'), end: long.indexOf('FLAG') + 4 }]);
    expect(context?.before.startsWith('word')).toBe(true);
    expect(context?.before.length).toBeLessThanOrEqual(80);
    expect(context?.after).not.toMatch(/\n|\s{2}/u);
    expect(context?.after.endsWith('more')).toBe(true);
  });

  it('shows no span that lies inside another one', () => {
    const keep = 'Exciting! Keep it somewhere warm. Turn it twice a day.';
    const word = { start: keep.indexOf('Keep'), end: keep.indexOf('Keep') + 4 };
    const sentence = { start: keep.indexOf('Keep'), end: keep.indexOf(' Turn') };
    const turn = { start: keep.indexOf('Turn'), end: keep.length };
    expect(flaggedContexts(keep, [word, sentence, turn]).map((c) => c.flagged)).toEqual(['Keep it somewhere warm.', 'Turn it twice a day.']);
  });

  it('keeps overlapping but different spans', () => {
    expect(distinctSpans([{ start: 0, end: 5 }, { start: 0, end: 9 }, { start: 0, end: 5 }])).toEqual([
      { start: 0, end: 5 },
      { start: 0, end: 9 },
    ]);
  });
});
