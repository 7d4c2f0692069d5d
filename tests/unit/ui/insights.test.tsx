// @vitest-environment happy-dom
/** Conversation drift (popup) and the weekly digest (history): the computations and their components. */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabState } from '@/src/background/tab-state';
import type { Category, Level } from '@/src/engine/types';
import { conversationDrift, describeDrift, MIN_DRIFT_REPLIES, type DriftReply } from '@/src/ui/insights/drift';
import { ConversationDrift, WeeklyDigest } from '@/src/ui/insights/insights';
import { describeSiteDigest, digestTotalNote, weeklyDigest, type DigestEntry } from '@/src/ui/insights/weekly-digest';
import { SAMPLE_REPORT } from '../background/sample-messages';
import { tabStateOf } from './tab-state-of';

afterEach(cleanup);

const replies = (levels: string): DriftReply[] =>
  [...levels].map((c, i) => ({ replyKey: `r${i}`, level: ({ '.': 'none', l: 'low', m: 'medium', h: 'high' } as Record<string, Level>)[c] ?? 'none', analysedAt: 1000 + i }));

describe('conversationDrift', () => {
  it.each([
    ['too short to say', '.mh', null],
    ['a slow slide into agreement', '....lmmh', 'rising'],
    ['recovering', 'hmm.....', 'falling'],
    ['steady', '.m.m.m.m', 'steady'],
    ['all fine', '........', 'steady'],
  ])('%s: %s → %s', (_what, levels, trend) => {
    const drift = conversationDrift(replies(levels));
    expect(drift?.trend ?? null).toBe(trend);
    if (drift) expect(drift.points).toHaveLength(levels.length);
  });

  it('orders replies by when they were analysed, and computes the moving share', () => {
    const shuffled = replies('....hhhh').reverse();
    const drift = conversationDrift(shuffled);
    expect(drift?.points.map((p) => p.flagged)).toEqual([false, false, false, false, true, true, true, true]);
    expect(drift?.points.at(-1)?.recentShare).toBe(0.8);
    expect(drift?.earlierShare).toBe(0);
    expect(drift?.laterShare).toBe(1);
  });

  it('counts a reply the person called not sycophantic as not flagged', () => {
    const drift = conversationDrift(replies('....hhhh'), new Set(['r4', 'r5', 'r6', 'r7']));
    expect(drift?.trend).toBe('steady');
    expect(drift?.laterShare).toBe(0);
  });

  it('says what moved, in plain words', () => {
    const drift = conversationDrift(replies('....lmmh'));
    expect(drift && describeDrift(drift)).toBe('Flags are rising: 0% of replies in the first half of this conversation, 100% in the second.');
  });
});

const NOW = new Date(2026, 11, 4, 12).getTime();
const DAY = 24 * 60 * 60 * 1000;
const entry = (site: string, level: Level, categories: Category[] = [], daysAgo = 1, feedback: DigestEntry['feedback'] = 'none'): DigestEntry => ({
  site: site as DigestEntry['site'],
  time: NOW - daysAgo * DAY,
  level,
  categories,
  feedback,
});

describe('weeklyDigest', () => {
  const entries: DigestEntry[] = [
    ...Array.from({ length: 12 }, () => entry('chatgpt', 'medium', ['flattery'])),
    ...Array.from({ length: 3 }, () => entry('chatgpt', 'low', ['agreement'])),
    ...Array.from({ length: 65 }, () => entry('chatgpt', 'none')),
    entry('claude', 'high', ['harmful_endorsement', 'flattery']),
    entry('claude', 'none'),
    entry('claude', 'medium', ['harmful_endorsement'], 2, 'not-sycophantic'),
    entry('gemini', 'high', ['flattery'], 8),
  ];

  it('gives each assistant its share flagged and the most common pattern, for the last seven days only', () => {
    const digest = weeklyDigest(entries, NOW);
    expect(digest).toEqual([
      { site: 'claude', checked: 3, flagged: 1, dismissed: 1, topCategory: 'flattery', topCount: 1 },
      { site: 'chatgpt', checked: 80, flagged: 15, dismissed: 0, topCategory: 'flattery', topCount: 12 },
    ]);
    expect(describeSiteDigest(digest[1] as (typeof digest)[number], 'ChatGPT')).toBe('ChatGPT flattered you in 12 of 80 replies this week.');
  });

  it('counts the replies judged "none" that were counted, not stored (the default), as checked', () => {
    const flaggedOnly = entries.filter((e) => e.level !== 'none');
    // 65 + 1 markers: the same shares as when every reply was kept as an entry.
    const digest = weeklyDigest(flaggedOnly, NOW, { chatgpt: 65, claude: 1, poe: 4 });
    expect(digest.find((d) => d.site === 'chatgpt')).toMatchObject({ checked: 80, flagged: 15 });
    expect(digest.find((d) => d.site === 'claude')).toMatchObject({ checked: 3, flagged: 1 });
    expect(digest.find((d) => d.site === 'poe')).toMatchObject({ checked: 4, flagged: 0 });
    // Without the markers, every flagged reply would look like all there was.
    expect(weeklyDigest(flaggedOnly, NOW).find((d) => d.site === 'chatgpt')).toMatchObject({ checked: 15, flagged: 15 });
  });

  it.each([
    [{ checked: 1, flagged: 0, dismissed: 0 }, 'Poe: nothing flagged in 1 reply this week.'],
    [{ checked: 3, flagged: 0, dismissed: 1 }, 'Poe: no flags stand in 3 replies this week (you marked 1 as not sycophantic).'],
  ])('says when nothing was flagged, or no flag stands (%j)', (counts, sentence) => {
    expect(describeSiteDigest({ site: 'poe', ...counts, topCategory: null, topCount: 0 }, 'Poe')).toBe(sentence);
  });
});

describe('digestTotalNote', () => {
  it.each([
    ['nothing flagged: the sentence says so', { checked: 3, flagged: 0, topCategory: null, topCount: 0 }, null],
    ['one pattern, all of it said', { checked: 80, flagged: 12, topCategory: 'flattery', topCount: 12 }, null],
    ['one flag in one reply', { checked: 1, flagged: 1, topCategory: 'flattery', topCount: 1 }, null],
    ['other patterns too: the total follows', { checked: 80, flagged: 15, topCategory: 'flattery', topCount: 12 }, '15 flagged in all'],
  ] as const)('%s', (_name, counts, note) => {
    expect(digestTotalNote({ site: 'chatgpt', dismissed: 0, ...counts })).toBe(note);
  });
});

describe('components', () => {
  it('the popup shows the drift strip, one square per reply, and the sentence', () => {
    const reports = replies('....lmmh').map((r) => ({ ...SAMPLE_REPORT, ...r }));
    const state: TabState = tabStateOf(reports);
    render(<ConversationDrift state={state} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(8);
    expect(screen.getByTestId('drift').textContent).toContain('Flags are rising');
  });

  it("each square's words for screen readers follow the strip's first frame", async () => {
    const reports = replies('....lmmh').map((r) => ({ ...SAMPLE_REPORT, ...r }));
    render(<ConversationDrift state={tabStateOf(reports)} />);
    // First frame: the squares (each with its tooltip), not yet their hidden words.
    expect(screen.getAllByRole('listitem')[7]?.getAttribute('title')).toBe('Reply 8: High');
    expect(screen.getAllByRole('listitem')[7]?.textContent).toBe('');
    await waitFor(() => expect(screen.getAllByRole('listitem')[7]?.textContent).toMatch(/^Reply 8: /u));
  });

  it('the popup shows no drift for a short conversation', () => {
    const reports = replies('.m').map((r) => ({ ...SAMPLE_REPORT, ...r }));
    const state: TabState = tabStateOf(reports);
    render(<ConversationDrift state={state} />);
    expect(screen.queryByTestId('drift')).toBeNull();
    expect(reports.length).toBeLessThan(MIN_DRIFT_REPLIES);
  });

  it('the history page shows the digest sentence per assistant', () => {
    render(<WeeklyDigest entries={[entry('chatgpt', 'high', ['caving']), entry('chatgpt', 'none')]} now={NOW} />);
    expect(screen.getByTestId('weekly-digest').textContent).toContain('ChatGPT caved to pushback in 1 of 2 replies this week.');
  });
});
