/** The history chart's time axis: ends today, at least a week, weekly bars for long spans. */
import { describe, expect, it } from 'vitest';
import type { DailyCount } from '@/src/history/query';
import { MAX_DAILY_BARS, MAX_TICKS, MIN_WINDOW_DAYS, timeAxis } from '@/src/ui/options/time-axis';

const NOW = new Date(2026, 11, 4, 15, 30).getTime();
const day = (y: number, m: number, d: number, flagged = 1): DailyCount => ({ day: new Date(y, m - 1, d).getTime(), flagged, analysed: flagged });

describe('timeAxis', () => {
  it('puts one day of data on a one-week axis ending today, labelled in that week', () => {
    const axis = timeAxis([day(2026, 12, 4, 3)], NOW, 'en-GB');
    expect(axis.unit).toBe('day');
    expect(axis.bars).toHaveLength(MIN_WINDOW_DAYS);
    expect(axis.bars.at(-1)).toEqual({ start: new Date(2026, 11, 4).getTime(), days: 1, flagged: 3 });
    expect(axis.bars[0]?.start).toBe(new Date(2026, 10, 28).getTime());
    expect(axis.ticks.at(-1)?.label).toBe('4 Dec');
    for (const tick of axis.ticks) expect(tick.label).toMatch(/^\d{1,2} (?:Nov|Dec)$/u);
  });

  it.each([
    ['no data', [], MIN_WINDOW_DAYS],
    ['three scattered days', [day(2026, 11, 20), day(2026, 11, 25), day(2026, 12, 1)], 15],
    ['a month', [day(2026, 11, 4)], 31],
  ])('fills every day of %s', (_what, days, bars) => {
    const axis = timeAxis(days, NOW, 'en-GB');
    expect(axis.bars).toHaveLength(bars);
    expect(axis.bars.reduce((sum, b) => sum + b.flagged, 0)).toBe(days.reduce((sum, d) => sum + d.flagged, 0));
    expect(axis.ticks.length).toBeLessThanOrEqual(MAX_TICKS);
    expect(axis.ticks.at(-1)?.index).toBe(axis.bars.length - 1);
  });

  it('groups a long span by week and names the year when it spans two', () => {
    const axis = timeAxis([day(2025, 6, 1, 2), day(2026, 12, 4, 5)], NOW, 'en-GB');
    expect(axis.unit).toBe('week');
    const totalDays = axis.bars.reduce((sum, b) => sum + b.days, 0);
    expect(totalDays).toBeGreaterThan(MAX_DAILY_BARS);
    expect(axis.bars).toHaveLength(Math.ceil(totalDays / 7));
    expect(axis.bars.reduce((sum, b) => sum + b.flagged, 0)).toBe(7);
    expect(axis.ticks[0]?.label).toMatch(/2025$/u);
    expect(axis.ticks.at(-1)?.label).toMatch(/2026$/u);
  });

  it('keeps a reply dated after today (a clock change) on the axis', () => {
    const axis = timeAxis([day(2026, 12, 6, 1)], NOW, 'en-GB');
    expect(axis.bars.at(-1)?.start).toBe(new Date(2026, 11, 6).getTime());
    expect(axis.bars.at(-1)?.flagged).toBe(1);
  });
});
