/**
 * History charts: flagged replies per day (uPlot, a 50 KB canvas library) and flags by
 * category (plain HTML bars: a handful of values reads better as text than as a canvas).
 * The canvas chart carries a text summary for screen readers.
 */
import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import { CATEGORIES, type Category } from '../../engine/types';
import type { DailyCount } from '../../history/query';
import { CATEGORY_LABELS } from '../labels';

const HALF_DAY_S = 12 * 60 * 60;

function cssVar(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/** Canvas 2D is missing in some environments (DOM emulators, hardened browsers): the text summary stands alone there. */
function canDrawCanvas(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

function summarise(days: readonly DailyCount[]): string {
  const total = days.reduce((sum, d) => sum + d.flagged, 0);
  if (days.length === 0) return 'No replies recorded yet.';
  const peak = days.reduce((best, d) => (d.flagged > best.flagged ? d : best), days[0] as DailyCount);
  const peakText = peak.flagged > 0 ? `, most on ${new Date(peak.day).toLocaleDateString()} (${peak.flagged})` : '';
  return `${total} flagged ${total === 1 ? 'reply' : 'replies'} over ${days.length} ${days.length === 1 ? 'day' : 'days'}${peakText}.`;
}

export function FlagsOverTime({ days }: { days: readonly DailyCount[] }) {
  const container = useRef<HTMLDivElement>(null);
  const summary = summarise(days);

  useEffect(() => {
    const element = container.current;
    if (!element || days.length === 0 || !canDrawCanvas()) return;
    const accent = cssVar(element, '--accent', '#8a4b08');
    const faint = cssVar(element, '--fg-faint', '#5b5852');
    const border = cssVar(element, '--border', '#d6d3cc');
    const axis = { stroke: faint, grid: { stroke: border, width: 1 }, ticks: { stroke: border } };
    let chart: uPlot | null = null;
    try {
      chart = new uPlot(
        {
          width: Math.max(320, element.clientWidth || 640),
          height: 180,
          legend: { show: false },
          cursor: { show: true, drag: { x: false, y: false } },
          // Half a day either side, so one or two days don't stretch the axis over years.
          scales: { x: { time: true, range: (_u, min, max) => [min - HALF_DAY_S, max + HALF_DAY_S] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
          axes: [axis, { ...axis, size: 40, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] }],
          series: [
            {},
            {
              label: 'Flagged replies',
              stroke: accent,
              fill: `${accent}33`,
              width: 2,
              paths: uPlot.paths.bars?.({ size: [0.7, 40] }),
              points: { show: false },
            },
          ],
        },
        [days.map((d) => d.day / 1000), days.map((d) => d.flagged)],
        element,
      );
    } catch (error) {
      // A chart is a nicety: the text summary beside it carries the same information.
      console.debug('[Candor] chart unavailable', error);
    }
    return () => chart?.destroy();
  }, [days]);

  return (
    <figure className="chart">
      <figcaption>Flagged replies per day</figcaption>
      <div ref={container} className="chart-canvas" role="img" aria-label={summary} />
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
