/** The content script's hand-written check of the background's verdict. */
import { describe, expect, it } from 'vitest';
import type { Flag } from '@/src/engine/types';
import { readAnalysisAnswer } from '@/src/messaging/analysis-answer';

const flag: Flag = {
  ruleId: 'praise-for-the-users-idea',
  category: 'flattery',
  severity: 2,
  spans: [{ start: 0, end: 10 }],
  explanation: 'Praises the idea without weighing it.',
  advice: 'Ask what could go wrong.',
  sources: ['000'],
};
const good = {
  ok: true,
  analysis: { score: 62, level: 'medium', flags: [flag] },
  examples: [{ ruleId: flag.ruleId, flattering: 'What a brilliant idea!', straight: 'The idea has two weak points.' }],
};
const REPLY_LENGTH = 40;
const withFlag = (change: Partial<Record<keyof Flag, unknown>>) => ({ ...good, analysis: { ...good.analysis, flags: [{ ...flag, ...change }] } });

describe('readAnalysisAnswer', () => {
  it('takes a well-formed verdict as it is', () => {
    expect(readAnalysisAnswer(good, REPLY_LENGTH)).toEqual({ analysis: good.analysis, examples: good.examples });
  });

  it("takes the person's words an omission rule read (heard)", () => {
    const heard = ['Had four beers', 'drive home'];
    expect(readAnalysisAnswer(withFlag({ heard }), REPLY_LENGTH)?.analysis.flags[0]?.heard).toEqual(heard);
  });

  it('takes a verdict without example pairs (none to show)', () => {
    expect(readAnalysisAnswer({ ok: true, analysis: good.analysis }, REPLY_LENGTH)?.examples).toEqual([]);
  });

  it.each([
    ['a plain acknowledgement', { ok: true }],
    ['a refusal', { ok: false, retry: true, error: 'busy' }],
    ['null', null],
    ['a string', 'ok'],
    ['a score above 100', { ...good, analysis: { ...good.analysis, score: 101 } }],
    ['a score that is not a number', { ...good, analysis: { ...good.analysis, score: '62' } }],
    ['an unknown level', { ...good, analysis: { ...good.analysis, level: 'severe' } }],
    ['flags that are not a list', { ...good, analysis: { ...good.analysis, flags: {} } }],
    ['an unknown category', withFlag({ category: 'rudeness' })],
    ['severity 4', withFlag({ severity: 4 })],
    ['a span past the end of the reply', withFlag({ spans: [{ start: 30, end: 41 }] })],
    ['a span ending before it starts', withFlag({ spans: [{ start: 5, end: 4 }] })],
    ['a negative span', withFlag({ spans: [{ start: -1, end: 4 }] })],
    ['a fractional offset', withFlag({ spans: [{ start: 1.5, end: 4 }] })],
    ['an explanation that is not text', withFlag({ explanation: { html: '<b>x</b>' } })],
    ['sources that are not text', withFlag({ sources: [1] })],
    ["the person's words as one string", withFlag({ heard: 'four beers' })],
    ["four excerpts of the person's words", withFlag({ heard: ['a', 'b', 'c', 'd'] })],
    ["an excerpt of the person's words that is not text", withFlag({ heard: [{ text: 'x' }] })],
    ["an excerpt of the person's words past 80 characters", withFlag({ heard: ['x'.repeat(81)] })],
    ['an example pair without its straight half', { ...good, examples: [{ ruleId: flag.ruleId, flattering: 'x' }] }],
  ])('refuses %s', (_what, response) => {
    expect(readAnalysisAnswer(response, REPLY_LENGTH)).toBeNull();
  });
});
