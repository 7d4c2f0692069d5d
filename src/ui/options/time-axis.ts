/**
 * The history chart's time axis, computed here rather than by a charting library: the
 * window always ends today and spans at least a week, so one day of data sits on a
 * one-week axis (a library's auto-range once drew it on an axis from 2027 to 2029).
 * Long spans are grouped by week so bars stay readable at 360 px.
 */
import type { DailyCount } from '../../history/query';

/** At least this many days are shown, ending today. */
export const MIN_WINDOW_DAYS = 7;
/** Beyond this many days, one bar per week. */
export const MAX_DAILY_BARS = 62;
/** At most this many date labels under the bars. */
export const MAX_TICKS = 6;

export interface ChartBar {
  /** Local midnight of the bar's first day. */
  start: number;
  /** Days the bar covers (1, or 7 for weekly bars; the last week may be shorter). */
  days: number;
  flagged: number;
}

export interface TimeAxis {
  unit: 'day' | 'week';
  bars: ChartBar[];
  /** Labelled bars: index into `bars` and the date text. */
  ticks: Array<{ index: number; label: string }>;
}

function startOfDay(time: number): number {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The next local midnight (calendar days, so daylight-saving changes neither skip nor repeat a day). */
function nextDay(day: number): number {
  const d = new Date(day);
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

function addDays(day: number, n: number): number {
  const d = new Date(day);
  d.setDate(d.getDate() + n);
  return d.getTime();
}

export function timeAxis(days: readonly DailyCount[], now: number, locale?: string): TimeAxis {
  const today = startOfDay(now);
  const first = days.length > 0 ? Math.min(startOfDay(days[0]?.day ?? today), today) : today;
  const last = days.length > 0 ? Math.max(startOfDay(days[days.length - 1]?.day ?? today), today) : today;
  const start = Math.min(first, addDays(last, -(MIN_WINDOW_DAYS - 1)));

  const flaggedByDay = new Map<number, number>();
  for (const d of days) flaggedByDay.set(startOfDay(d.day), (flaggedByDay.get(startOfDay(d.day)) ?? 0) + d.flagged);

  const daily: ChartBar[] = [];
  for (let day = start; day <= last; day = nextDay(day)) daily.push({ start: day, days: 1, flagged: flaggedByDay.get(day) ?? 0 });

  let unit: TimeAxis['unit'] = 'day';
  let bars = daily;
  if (daily.length > MAX_DAILY_BARS) {
    unit = 'week';
    bars = [];
    for (let i = 0; i < daily.length; i += 7) {
      const week = daily.slice(i, i + 7);
      bars.push({ start: week[0]?.start ?? start, days: week.length, flagged: week.reduce((sum, d) => sum + d.flagged, 0) });
    }
  }

  const spansYears = new Date(bars[0]?.start ?? today).getFullYear() !== new Date(last).getFullYear();
  const format = new Intl.DateTimeFormat(locale, spansYears ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' });
  const step = Math.max(1, Math.ceil(bars.length / MAX_TICKS));
  const ticks: TimeAxis['ticks'] = [];
  // Count back from the newest bar, so "today" is always labelled.
  for (let index = bars.length - 1; index >= 0; index -= step) ticks.unshift({ index, label: format.format(bars[index]?.start ?? today) });
  return { unit, bars, ticks };
}
