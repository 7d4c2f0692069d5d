/**
 * The toolbar count's colour follows the worst level still flagged in the tab, on the
 * same scale as every other surface: a tab with one low flag does not shout like a tab
 * with a high one. Colours are the pages' light-scheme level colours; each keeps white
 * badge text above 4.5:1 contrast.
 */
import type { Level } from '../engine/types';
import { LEVELS } from '../engine/types';
import { flaggedCount, type TabIndex } from './tab-state';

const BADGE_COLOURS: Readonly<Record<Level, string>> = {
  none: '#4b5563',
  low: '#4b5563',
  medium: '#92400e',
  high: '#9f1239',
};

export function badgeColourFor(level: Level): string {
  return BADGE_COLOURS[level];
}

/** The highest level among the tab's flagged replies, leaving out those the person called "not sycophantic". */
/** Reads only the tab's compact index (level per reply), never the stored reports. */
export function worstFlaggedLevel(state: TabIndex | null): Level {
  if (!state || flaggedCount(state) === 0) return 'none';
  let worst = 0;
  for (const [replyKey, summary] of Object.entries(state.index)) {
    if (state.feedback[replyKey] === 'not-sycophantic') continue;
    worst = Math.max(worst, LEVELS.indexOf(summary.level));
  }
  return LEVELS[worst] ?? 'none';
}
