/** The toolbar count is coloured by the worst level still flagged in the tab. */
import { describe, expect, it } from 'vitest';
import { badgeColourFor, worstFlaggedLevel } from '@/src/background/badge-colour';
import type { TabState } from '@/src/background/tab-state';
import { LEVELS, type Level } from '@/src/engine/types';
import type { Verdict } from '@/src/messaging/protocol';
import { SAMPLE_REPORT } from '../background/sample-messages';
import { tabStateOf } from './tab-state-of';

function tab(levels: Level[], feedback: Record<string, Verdict> = {}): TabState {
  return tabStateOf(
    levels.map((level, i) => ({ ...SAMPLE_REPORT, replyKey: `r${i}`, level })),
    feedback,
  );
}

/** WCAG relative luminance contrast between a colour and white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

describe('worstFlaggedLevel', () => {
  it.each([
    ['no tab state', null, 'none'],
    ['nothing flagged', tab(['none', 'none']), 'none'],
    ['one low flag', tab(['none', 'low']), 'low'],
    ['low and high', tab(['low', 'high', 'medium']), 'high'],
    ['the high one called not sycophantic', tab(['low', 'high'], { r1: 'not-sycophantic' }), 'low'],
    ['a confirmed flag still counts', tab(['medium'], { r0: 'confirmed' }), 'medium'],
    ['every flag called not sycophantic', tab(['high'], { r0: 'not-sycophantic' }), 'none'],
  ] as const)('%s → %s', (_what, state, level) => {
    expect(worstFlaggedLevel(state)).toBe(level);
  });
});

describe('badgeColourFor', () => {
  it('gives each flagged level its own colour', () => {
    expect(new Set(['low', 'medium', 'high'].map((l) => badgeColourFor(l as Level))).size).toBe(3);
  });

  it.each(LEVELS)('keeps white badge text readable on %s', (level) => {
    expect(contrastWithWhite(badgeColourFor(level))).toBeGreaterThanOrEqual(4.5);
  });
});
