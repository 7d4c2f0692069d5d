/**
 * A conversation's drift: how the share of flagged replies moves over its turns, so a
 * slow slide into agreement shows before any single reply is egregious ("misalignment is
 * a vibe"). Pure.
 *
 * Turn order: reports carry no turn index yet, so replies are ordered by when they were
 * analysed, which follows the conversation for replies that arrive while the person
 * chats. A `turnIndex` in AnalysisReport would make this exact for reloaded pages.
 */
import type { Level } from '../../engine/types';

export interface DriftReply {
  replyKey: string;
  level: Level;
  analysedAt: number;
}

export interface DriftPoint {
  turn: number;
  level: Level;
  flagged: boolean;
  /** Flagged share of the last DRIFT_WINDOW replies up to and including this one, 0–1. */
  recentShare: number;
}

export type DriftTrend = 'rising' | 'falling' | 'steady';

export interface Drift {
  points: DriftPoint[];
  earlierShare: number;
  laterShare: number;
  trend: DriftTrend;
}

/** Replies in the moving share. */
export const DRIFT_WINDOW = 5;
/** Fewer replies than this say nothing about a trend. */
export const MIN_DRIFT_REPLIES = 4;
/** The later half must differ from the earlier one by at least this share to count as a trend. */
export const TREND_THRESHOLD = 0.2;

const share = (points: readonly { flagged: boolean }[]) => (points.length === 0 ? 0 : points.filter((p) => p.flagged).length / points.length);

/**
 * Replies the person called "not sycophantic" count as not flagged: their verdict is the
 * truth for this conversation.
 */
export function conversationDrift(replies: readonly DriftReply[], dismissed: ReadonlySet<string> = new Set()): Drift | null {
  if (replies.length < MIN_DRIFT_REPLIES) return null;
  const ordered = [...replies].sort((a, b) => a.analysedAt - b.analysedAt || a.replyKey.localeCompare(b.replyKey));
  const flags = ordered.map((r) => r.level !== 'none' && !dismissed.has(r.replyKey));
  const points = ordered.map((reply, i) => ({
    turn: i + 1,
    level: flags[i] ? reply.level : ('none' as Level),
    flagged: flags[i] as boolean,
    recentShare: share(flags.slice(Math.max(0, i + 1 - DRIFT_WINDOW), i + 1).map((flagged) => ({ flagged }))),
  }));
  const middle = Math.floor(points.length / 2);
  const earlierShare = share(points.slice(0, middle));
  const laterShare = share(points.slice(middle));
  const change = laterShare - earlierShare;
  const trend: DriftTrend = change >= TREND_THRESHOLD ? 'rising' : change <= -TREND_THRESHOLD ? 'falling' : 'steady';
  return { points, earlierShare, laterShare, trend };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** One sentence for the popup. */
export function describeDrift(drift: Drift): string {
  const from = percent(drift.earlierShare);
  const to = percent(drift.laterShare);
  if (drift.trend === 'rising') return `Flags are rising: ${from} of replies in the first half of this conversation, ${to} in the second.`;
  if (drift.trend === 'falling') return `Flags are falling: ${from} of replies in the first half of this conversation, ${to} in the second.`;
  return `Steady: ${from} of replies flagged in the first half of this conversation, ${to} in the second.`;
}
