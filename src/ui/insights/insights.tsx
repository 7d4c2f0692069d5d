/** The drift strip (popup) and the weekly digest (history page). Text only; no page content. */
import { useMemo } from 'react';
import type { TabState } from '../../background/tab-state';
import { LEVEL_NAMES, levelPhrase } from '../../vocabulary';
import { useAfterFirstPaint } from '../after-first-paint';
import { siteName } from '../site-names';
import { conversationDrift, describeDrift } from './drift';
import { describeSiteDigest, digestTotalNote, weeklyDigest, type DigestEntry } from './weekly-digest';

export function ConversationDrift({ state }: { state: TabState }) {
  const drift = useMemo(() => {
    const dismissed = new Set(Object.entries(state.feedback).filter(([, v]) => v === 'not-sycophantic').map(([key]) => key));
    // Every checked reply is in the compact index (unflagged ones have no stored report);
    // its arrival order (seq) stands in for the analysis time.
    const replies = Object.entries(state.index).map(([replyKey, summary]) => ({ replyKey, level: summary.level, analysedAt: summary.seq }));
    return conversationDrift(replies, dismissed);
  }, [state]);
  // Each square's words for screen readers come a frame after the squares: with hundreds
  // of replies they were most of the popup's first frame (issue #11.6), and they show nothing.
  const labelled = useAfterFirstPaint();
  if (!drift) return null;
  return (
    <section className={`drift drift-${drift.trend}`} aria-labelledby="drift-heading" data-testid="drift">
      <h2 id="drift-heading">This conversation</h2>
      <ol className="drift-strip" aria-label="Each reply in order, oldest first">
        {drift.points.map((point) => (
          <li key={point.turn} className={`drift-turn level-${point.level}`} title={`Reply ${point.turn}: ${LEVEL_NAMES[point.level]}`}>
            {/* One text node, not four: a 300-reply strip is most of the popup's DOM (issue #11.6). */}
            {labelled && <span className="visually-hidden">{`Reply ${point.turn}: ${levelPhrase(point.level)}`}</span>}
          </li>
        ))}
      </ol>
      <p className="small">{describeDrift(drift)}</p>
    </section>
  );
}

export function WeeklyDigest({ entries, now, unflaggedBySite }: { entries: readonly DigestEntry[]; now: number; unflaggedBySite?: Partial<Record<string, number>> }) {
  const digest = useMemo(() => weeklyDigest(entries, now, unflaggedBySite), [entries, now, unflaggedBySite]);
  if (digest.length === 0) return null;
  return (
    <section className="panel digest" aria-labelledby="digest-heading" data-testid="weekly-digest">
      <h2 id="digest-heading">This week</h2>
      <ul className="digest-list">
        {digest.map((site) => {
          const note = digestTotalNote(site);
          return (
            <li key={site.site} className="digest-site">
              <span className="digest-share" aria-hidden="true">
                {Math.round((site.flagged / site.checked) * 100)}%
              </span>
              <span>
                {describeSiteDigest(site, siteName(site.site))}
                {note && <span className="faint"> ({note})</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
