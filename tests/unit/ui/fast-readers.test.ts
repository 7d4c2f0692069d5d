/**
 * The popup's hand-written readers (src/ui/popup/fast-readers.ts) held to the zod schemas
 * they stand in for: whatever they accept, the schema accepts and gives the same value;
 * what the background writes they accept (else they would save nothing); anything else
 * they leave to the schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TabIndexSchema, tabStateKey, updateTabState } from '@/src/background/tab-state';
import { AnalysisReportSchema, LayoutHealthSchema, type AnalysisReport, type LayoutHealth } from '@/src/messaging/protocol';
import { InterferenceNoticeSchema, type InterferenceNotice } from '@/src/background/card-actions';
import { fastHealth, fastInterference, fastReport, fastTabIndex } from '@/src/ui/popup/fast-readers';
import { readTabIndexFast, readTabReports } from '@/src/ui/popup/tab-reads';
import { memorySession } from '../background/memory-session';
import { flaggedReport } from './flagged-report';

const readHealth = (raw: unknown) => LayoutHealthSchema.safeParse(raw).data;

const HEALTH: LayoutHealth = {
  verdict: 'cannot-follow',
  reason: 'no-reply-finishes',
  turnsFound: 4,
  repliesSeen: 3,
  repliesFinished: 0,
  repliesEmpty: 0,
  repliesByFallback: 3,
  ranks: { turn: { rank: 1, lastResort: false } },
};

/** The shared report, with both categories, a context, and every fifth one judged none. */
function report(i: number, extra: Partial<AnalysisReport> = {}): AnalysisReport {
  return flaggedReport(i, {
    level: i % 5 === 0 ? 'none' : 'medium',
    categories: ['flattery', 'agreement'],
    contexts: [{ before: `Reply ${i}: `, flagged: 'what a brilliant idea', after: '!' }],
    ...extra,
  });
}

const REPORTS: AnalysisReport[] = [
  report(1),
  report(2, { conversationId: null }),
  report(3, { contexts: [] }),
  report(4, { categories: [], ruleIds: [], flaggedText: [], level: 'low', score: 0 }),
  (({ contexts: _dropped, ...rest }) => rest)(report(6)),
];

/** Indexes as the background writes them: from real reports, with and without health, feedback and defaults. */
async function writtenIndexes(): Promise<unknown[]> {
  const session = memorySession();
  for (let i = 0; i < 40; i++) await updateTabState(session, 1, report(i));
  await updateTabState(session, 1, { type: 'pageStatus', site: 'chatgpt', url: 'https://chatgpt.com/c/abc', status: 'watching', health: HEALTH } as never);
  const withHealth = session.data[tabStateKey(1)] as Record<string, unknown>;
  const { health: _health, feedback: _feedback, nextSeq: _next, earlierChecked: _checked, earlierFlagged: _flagged, bytes: _bytes, ...bare } = withHealth;
  return [withHealth, { ...withHealth, feedback: { r1: 'confirmed', r2: 'not-sycophantic' } }, bare, { ...bare, index: {} }];
}

/** Values near the schemas' edges (bounds, lengths, enums), which fc.anything() seldom makes. */
const tricky: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.integer({ min: -3, max: 2_000 }),
  fc.constantFrom(-0, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, null, undefined, true, {}, []),
  fc.constantFrom(80, 81, 200, 201, 300, 301, 2048, 2049).map((length) => 'x'.repeat(length)),
  fc.constantFrom('none', 'low', 'medium', 'high', 'flattery', 'chatgpt', 'claude', 'confirmed', 'watching', 'analysisReport', 'ok'),
  fc.array(fc.constantFrom('flattery', 'agreement', 'validation', 'x'), { maxLength: 12 }),
  fc.array(fc.record({ before: fc.string({ maxLength: 90 }), flagged: fc.string({ maxLength: 10 }), after: fc.string({ maxLength: 90 }) }), { maxLength: 22 }),
  fc.record({ level: fc.constantFrom('low', 'medium', 'x'), score: fc.integer({ min: -1, max: 101 }), seq: fc.integer({ min: -1, max: 3 }), bytes: fc.integer({ min: -1, max: 3 }) }),
);

/** `value` with one field (top-level or one level down) replaced, removed or added. */
function mutated(value: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(value);
  const nestedKeys = keys.filter((key) => typeof value[key] === 'object' && value[key] !== null);
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...keys), replacement: tricky }).map(({ key, replacement }) => ({ ...value, [key]: replacement })),
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))),
    fc.record({ key: fc.string(), extra: tricky }).map(({ key, extra }) => ({ ...value, [key]: extra })),
    ...(nestedKeys.length === 0
      ? []
      : [
          fc.record({ key: fc.constantFrom(...nestedKeys), inner: fc.oneof(fc.string().filter((name) => name !== 'length'), fc.constantFrom('0', '1', 'r1', 'score', 'level', 'seq', 'bytes', 'before', 'turn')), replacement: tricky }).map(({ key, inner, replacement }) => {
            const nested = value[key] as Record<string, unknown> | unknown[];
            const copy: Record<string, unknown> | unknown[] = Array.isArray(nested) ? [...nested] : { ...nested };
            (copy as Record<string, unknown>)[inner] = replacement;
            return { ...value, [key]: copy };
          }),
        ]),
  );
}

/** The reader's answer, when it gives one, is the schema's. */
function agrees<T>(read: T | undefined, schemaResult: { success: boolean; data?: unknown }): void {
  if (read === undefined) return;
  expect(schemaResult.success).toBe(true);
  expect(read).toEqual(schemaResult.data);
}

describe('the popup’s hand-written readers', () => {
  it('read every report shape the background stores, as the schema does', () => {
    for (const value of REPORTS) {
      const read = fastReport(structuredClone(value));
      expect(read).toBeDefined();
      expect(read).toEqual(AnalysisReportSchema.parse(value));
    }
  });

  it('read every index the background writes, as the schema does', async () => {
    for (const value of await writtenIndexes()) {
      const read = fastTabIndex(structuredClone(value), readHealth);
      expect(read).toBeDefined();
      expect(read).toEqual(TabIndexSchema.parse(value));
    }
  });

  it('never accept a report the schema would not give the same way (mutated and random values)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...REPORTS).chain((value) => mutated(value as unknown as Record<string, unknown>)), fc.anything()), (value) => {
        agrees(fastReport(value), AnalysisReportSchema.safeParse(value));
      }),
      { numRuns: 10_000 },
    );
  });

  it('never accept an index the schema would not give the same way (mutated and random values)', async () => {
    const indexes = (await writtenIndexes()) as Record<string, unknown>[];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...indexes).chain(mutated), fc.anything()), (value) => {
        agrees(fastTabIndex(value, readHealth), TabIndexSchema.safeParse(value));
      }),
      { numRuns: 10_000 },
    );
  });

  it('read layout health and interference notices as the schemas do, and with fastHealth an index with health', async () => {
    const notices: InterferenceNotice[] = [
      { url: 'https://chatgpt.com/c/abc', restored: 3, gaveUp: false, at: 1_700_000_000_000 },
      { url: '', restored: 0, gaveUp: true, at: 0 },
    ];
    for (const notice of notices) expect(fastInterference(structuredClone(notice))).toEqual(InterferenceNoticeSchema.parse(notice));
    const healths: LayoutHealth[] = [HEALTH, { ...HEALTH, ranks: {} }, { ...HEALTH, verdict: 'ok', reason: 'following', ranks: { turn: { rank: 0, lastResort: false }, composer: { rank: 40, lastResort: true } } }];
    for (const health of healths) expect(fastHealth(structuredClone(health))).toEqual(LayoutHealthSchema.parse(health));
    for (const value of await writtenIndexes()) expect(fastTabIndex(structuredClone(value), fastHealth)).toEqual(TabIndexSchema.parse(value));
  });

  it('never accept layout health or an interference notice the schema would not give the same way (mutated and random values)', () => {
    const health = { ...HEALTH, ranks: { turn: { rank: 1, lastResort: false }, replyBody: { rank: 2, lastResort: true } } } as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(fc.oneof(mutated(health), mutated({ ...health, ranks: { turn: { rank: 40, lastResort: true } } }), fc.anything()), (value) => {
        agrees(fastHealth(value), LayoutHealthSchema.safeParse(value));
      }),
      { numRuns: 10_000 },
    );
    const notice = { url: 'https://chatgpt.com/c/abc', restored: 3, gaveUp: false, at: 1_700_000_000_000 };
    fc.assert(
      fc.property(fc.oneof(mutated(notice), fc.anything()), (value) => {
        agrees(fastInterference(value), InterferenceNoticeSchema.safeParse(value));
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ['a report with an unknown key', () => fastReport({ ...report(1), extra: 1 })],
    ['a report with a score over 100', () => fastReport({ ...report(1), score: 101 })],
    [
      'a report with a hole in its flagged words',
      () => {
        const words = ['brilliant'];
        words.length = 2;
        return fastReport({ ...report(1), flaggedText: words });
      },
    ],
    ['a report with an HTML site', () => fastReport({ ...report(1), site: '<img src=x onerror=alert(1)>' })],
    ['an index with a summary missing its size', () => fastTabIndex({ site: 'chatgpt', url: 'u', status: 'watching', index: { r1: { level: 'low', score: 1, seq: 0 } } }, readHealth)],
    ['an index whose reply key is __proto__', () => fastTabIndex(JSON.parse('{"site":"chatgpt","url":"u","status":"watching","index":{"__proto__":{"level":"low","score":1,"seq":0,"bytes":1}}}'), readHealth)],
    ['an index with broken health', () => fastTabIndex({ site: 'chatgpt', url: 'u', status: 'watching', index: {}, health: { verdict: 'ok' } }, readHealth)],
  ])('leave %s to the schema', (_, read) => {
    expect(read()).toBeUndefined();
  });

  it('give the popup what the schema gives when they step aside: a corrupt report is left out, an index with extra keys is stripped', async () => {
    const session = memorySession();
    for (let i = 1; i <= 3; i++) await updateTabState(session, 1, report(i));
    const key = tabStateKey(1);
    session.data[key] = { ...(session.data[key] as object), addedByANewerVersion: true };
    session.data['tab:1:reply:r2'] = { ...report(2), score: 'high' };
    const index = await readTabIndexFast(session, 1);
    expect(index).toEqual(TabIndexSchema.parse(session.data[key]));
    expect(index).not.toHaveProperty('addedByANewerVersion');
    expect(Object.keys(await readTabReports(session, 1, ['r1', 'r2', 'r3']))).toEqual(['r1', 'r3']);
  });
});
