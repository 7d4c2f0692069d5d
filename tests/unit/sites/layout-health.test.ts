// @vitest-environment happy-dom
/** Layout health: ranks recorded as adapters query, and the verdict the popup shows. */
import { afterEach, describe, expect, it } from 'vitest';
import { judgeLayout, NO_FINISH_GRACE_MS, rankedMatches, recordedRanks, resetRanks, type HealthCounts, type RankRecord } from '../../../src/sites/layout-health';
import { LayoutHealthSchema, PageStatusSchema } from '../../../src/messaging/protocol';
import { SELECTOR_LISTS } from '../../../src/sites/selector-schema';
import { selectorEntries } from '../../../src/sites/selector-table';
import { SITE_ADAPTERS } from '../../../src/sites';
import { listFixtures, loadFixture } from './load-fixture';

afterEach(resetRanks);

const counts = (extra: Partial<HealthCounts> = {}): HealthCounts => ({
  turnsFound: 6,
  repliesSeen: 3,
  repliesFinished: 3,
  repliesEmpty: 0,
  repliesByFallback: 0,
  ...extra,
});
const newest: RankRecord = { turn: { rank: 0, lastResort: false } };
const lastResortOnly: RankRecord = { turn: { rank: 2, lastResort: true } };

describe('judgeLayout', () => {
  it.each([
    ['replies finishing by the site’s signal', counts(), newest, 0, 'ok', 'following'],
    ['older markup that still works', counts(), { turn: { rank: 1, lastResort: false } }, 0, 'ok', 'following'],
    ['no reply yet', counts({ repliesSeen: 0, repliesFinished: 0 }), newest, null, 'ok', 'following'],
    ['replies that have not finished yet', counts({ repliesFinished: 0 }), newest, 5_000, 'ok', 'too-early'],
    ['replies that never finish, for a minute', counts({ repliesFinished: 0 }), newest, NO_FINISH_GRACE_MS, 'cannot-follow', 'no-reply-finishes'],
    ['replies checked only by the fallback', counts({ repliesFinished: 0, repliesByFallback: 2 }), newest, 12_000, 'cannot-follow', 'no-reply-finishes'],
    ['one fallback among finished replies', counts({ repliesByFallback: 1 }), newest, 12_000, 'ok', 'following'],
    ['turns found only by last-resort selectors', counts(), lastResortOnly, 0, 'cannot-follow', 'only-last-resort-selectors'],
    ['a last resort for one role, the newest for the other', counts(), { userTurn: { rank: 1, lastResort: true }, assistantTurn: { rank: 0, lastResort: false } }, 0, 'ok', 'following'],
  ] as const)('%s', (_what, given, ranks, since, verdict, reason) => {
    expect(judgeLayout(given, ranks, since)).toEqual({ verdict, reason });
  });
});

describe('rankedMatches', () => {
  it.each([
    ['the late-2026 layout', '<div data-turn-key="a"><div data-user-message-bubble>hi</div></div>', 0, false],
    ['the early-2026 layout', '<section data-turn-id="a" data-turn="user"><div data-message-author-role="user">hi</div></section>', 1, false],
    ['only the oldest guess', '<div data-message-author-role="user">hi</div>', 2, true],
  ])('records the rank that matched on %s', (_what, html, rank, lastResort) => {
    document.body.innerHTML = html; // test markup of our own
    expect(rankedMatches(document.body, 'chatgpt', 'turn').length).toBe(1);
    expect(recordedRanks('chatgpt').turn).toEqual({ rank, lastResort });
  });

  // rankedMatches must answer as trying the ranks one by one would (the definition), on
  // every fixture of every site, for every list, however it walks the page.
  const oneByOne = (root: ParentNode, site: Parameters<typeof selectorEntries>[0], list: (typeof SELECTOR_LISTS)[number]) => {
    for (const [rank, entry] of selectorEntries(site, list).entries()) {
      const found = Array.from(root.querySelectorAll(entry.css));
      if (found.length > 0) return { found, rank };
    }
    return { found: [], rank: null };
  };
  it.each(SITE_ADAPTERS.flatMap((adapter) => listFixtures(adapter.id).map((file) => [file, adapter.id] as const)))(
    'matches the rank-by-rank definition on %s, for every list',
    (file, site) => {
      const doc = loadFixture(file);
      for (const list of SELECTOR_LISTS) {
        resetRanks();
        const expected = oneByOne(doc, site, list);
        expect(rankedMatches(doc, site, list), `${site} ${list}`).toEqual(expected.found);
        expect(recordedRanks(site)[list]?.rank ?? null, `${site} ${list}`).toBe(expected.rank);
      }
    },
  );

  it('applies the filter before a rank counts as matched', () => {
    document.body.innerHTML = '<div data-turn-key="a" id="late"></div><section data-turn-id="b" data-turn="user" id="early"></section>';
    expect(rankedMatches(document.body, 'chatgpt', 'turn', (element) => element.id !== 'late').map((e) => e.id)).toEqual(['early']);
    expect(recordedRanks('chatgpt').turn?.rank).toBe(1);
  });

  it('records nothing when nothing matches', () => {
    document.body.innerHTML = '<p>nothing here</p>';
    expect(rankedMatches(document.body, 'chatgpt', 'turn')).toEqual([]);
    expect(recordedRanks('chatgpt')).toEqual({});
  });
});

describe('the health record in a page status', () => {
  const health = { verdict: 'ok', reason: 'following', ...counts(), ranks: newest } as const;
  it('is accepted as numbers only', () => {
    expect(PageStatusSchema.safeParse({ type: 'pageStatus', site: 'chatgpt', url: 'https://chatgpt.com/c/x', status: 'watching', health }).success).toBe(true);
  });
  it.each([
    ['page text smuggled in', { ...health, excerpt: 'What a brilliant idea' }],
    ['an unknown selector list', { ...health, ranks: { cookies: { rank: 0, lastResort: false } } }],
    ['a negative count', { ...health, turnsFound: -1 }],
    ['a fractional rank', { ...health, ranks: { turn: { rank: 0.5, lastResort: false } } }],
  ])('is refused with %s', (_what, bad) => {
    expect(LayoutHealthSchema.safeParse(bad).success).toBe(false);
  });
});
