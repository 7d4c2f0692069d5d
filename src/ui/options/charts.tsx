/**
 * History charts: flagged replies over time and flags by category, both as plain HTML
 * bars. The time axis is computed in time-axis.ts (ends today, at least a week), so it
 * is right by construction and scales down to 360 px; each chart carries a text
 * summary for screen readers.
 */
import { useMemo } from 'react';
import { CATEGORIES, type Category } from '../../engine/types';
import type { DailyCount } from '../../history/query';
import { CATEGORY_LABELS } from '../labels';
import { timeAxis } from './time-axis';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The time chart in one sentence (shown under it and read aloud for it). The busiest day
 * is named with its month in words, since "12/4/2026" reads as April in much of the world,
 * and only when more than one day had flags.
 */
export function summariseDays(days: readonly DailyCount[]): string {
  const total = days.reduce((sum, d) => sum + d.flagged, 0);
  if (days.length === 0) return 'No replies recorded yet.';
  const counted = `${plural(total, 'flagged reply', 'flagged replies')} on ${plural(days.length, 'day', 'days')}`;
  const peak = days.reduce((best, d) => (d.flagged > best.flagged ? d : best), days[0] as DailyCount);
  if (peak.flagged === 0 || days.filter((d) => d.flagged > 0).length < 2) return `${counted}.`;
  const when = new Date(peak.day).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return `${counted}; the most on ${when} (${peak.flagged}).`;
}

export function FlagsOverTime({ days, now = Date.now() }: { days: readonly DailyCount[]; now?: number }) {
  const summary = summariseDays(days);
  const axis = useMemo(() => timeAxis(days, now), [days, now]);
  const max = Math.max(1, ...axis.bars.map((b) => b.flagged));
  const dateText = (start: number) => new Date(start).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <figure className="chart">
      <figcaption>Flagged replies per {axis.unit}</figcaption>
      <div className="time-chart" role="img" aria-label={summary} data-testid="time-chart">
        <div className="time-bars" aria-hidden="true">
          {axis.bars.map((bar) => (
            <span
              key={bar.start}
              className="time-bar"
              title={`${axis.unit === 'week' ? 'Week of ' : ''}${dateText(bar.start)}: ${bar.flagged} flagged`}
              style={{ height: `${(bar.flagged / max) * 100}%` }}
            />
          ))}
        </div>
        <div className="time-ticks" aria-hidden="true">
          {axis.ticks.map((tick) => (
            <span key={tick.index} className="time-tick" style={{ left: `${((tick.index + 0.5) / axis.bars.length) * 100}%` }}>
              {tick.label}
            </span>
          ))}
        </div>
        <span className="time-max" aria-hidden="true">
          {max}
        </span>
      </div>
      <p className="faint small">{summary}</p>
    </figure>
  );
}

export function FlagsByCategory({ counts }: { counts: ReadonlyMap<Category, number> }) {
  const rows = useMemo(() => CATEGORIES.map((category) => ({ category, count: counts.get(category) ?? 0 })), [counts]);
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <figure className="chart">
      <figcaption>Flags by category</figcaption>
      <ul className="bars">
        {rows.map(({ category, count }) => (
          <li key={category} className="bar-row">
            <span className="bar-label">{CATEGORY_LABELS[category]}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${(count / max) * 100}%` }} />
            </span>
            <span className="bar-count">{count}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
