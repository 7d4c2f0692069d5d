/** The sentence under the history's time chart (also its accessible name). */
import { describe, expect, it } from 'vitest';
import { summariseDays } from '@/src/ui/options/charts';

const DAY = 24 * 60 * 60 * 1000;
const day = (i: number, flagged: number) => ({ day: Date.UTC(2026, 11, 1) + i * DAY + 12 * 60 * 60 * 1000, flagged, analysed: flagged + 1 });

describe('summariseDays', () => {
  it.each([
    ['nothing recorded', [], 'No replies recorded yet.'],
    ['one day, one flag: no "busiest day" for a single day', [day(0, 1)], '1 flagged reply on 1 day.'],
    ['days without flags', [day(0, 0), day(1, 0)], '0 flagged replies on 2 days.'],
    ['several days: the busiest named with its month in words', [day(0, 1), day(3, 4)], /^5 flagged replies on 2 days; the most on .*Dec.* \(4\)\.$/u],
  ] as const)('%s', (_name, days, expected) => {
    const text = summariseDays(days);
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });
});
