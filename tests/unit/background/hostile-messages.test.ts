/**
 * A content script runs inside a page we do not control, so the background treats every
 * message as hostile: anything that is not exactly one of our messages, from our own
 * content script in a tab, is refused and changes nothing (storage and toolbar badge).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps, type HistoryWriter, type MessageSender } from '@/src/background/handle-message';
import type { AnalysisReport, ContentMessage, Feedback, PageStatus } from '@/src/messaging/protocol';
import { EXTENSION_ID, FROM_OUR_CONTENT_SCRIPT, SAMPLE_REPORT } from './sample-messages';
import { DEFAULT_SETTINGS } from '@/src/storage/settings';
import { memorySession } from './memory-session';

const OURS: MessageSender = FROM_OUR_CONTENT_SCRIPT;
const ONE_MB = 'x'.repeat(1024 * 1024);

const REPORT: AnalysisReport = SAMPLE_REPORT;
const STATUS: PageStatus = { type: 'pageStatus', site: 'claude', url: 'https://claude.ai/chat/1', status: 'watching' };
const FEEDBACK: Feedback = { type: 'feedback', site: 'chatgpt', conversationId: '1', replyKey: 'msg-1', verdict: 'not-sycophantic' };
const VALID: ContentMessage[] = [REPORT, STATUS, FEEDBACK];

/** A background with one report already recorded, and a record of every write. */
async function setup() {
  const session = memorySession();
  const data = session.data;
  const badges: [number, string][] = [];
  // History writes are counted, not stored: what matters here is that none happens.
  const historyWrites: string[] = [];
  const history: HistoryWriter = {
    record: async (report) => {
      historyWrites.push(`record ${report.replyKey}`);
      return {} as Awaited<ReturnType<HistoryWriter['record']>>;
    },
    setFeedback: async (id) => {
      historyWrites.push(`feedback ${id}`);
      return null;
    },
    delete: async (ids) => {
      historyWrites.push(`delete ${ids.length}`);
      return ids.length;
    },
    clear: async () => void historyWrites.push('clear'),
  };
  const deps: BackgroundDeps = {
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
    session,
    history: async () => history,
    historySettings: async () => DEFAULT_SETTINGS.history,
    setBadge: async (tab, text) => void badges.push([tab, text]),
    notifyTab: async () => undefined,
    onHistoryChanged: async () => undefined,
    now: () => 1,
    logError: () => undefined,
  };
  const handlers = createBackgroundHandlers(deps);
  expect(await handlers.onContentMessage(REPORT, OURS)).toEqual({ ok: true });
  const before = { data: structuredClone(data), writes: session.writes.length, badges: badges.length, historyWrites: historyWrites.length };
  const unchanged = () => {
    expect(data).toEqual(before.data);
    expect(session.writes.length).toBe(before.writes);
    expect(badges).toHaveLength(before.badges);
    expect(historyWrites).toHaveLength(before.historyWrites);
  };
  return { handlers, unchanged };
}

async function expectRefused(message: unknown, sender: MessageSender = OURS): Promise<void> {
  const { handlers, unchanged } = await setup();
  expect(await handlers.onContentMessage(message, sender)).toMatchObject({ ok: false, retry: false });
  unchanged();
}

/** Fields that may be null (a conversation without an id). */
const NULLABLE = new Set(['conversationId']);

/** The JavaScript kind of a value, telling arrays and null apart from objects. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Whether `value` has a different kind than a field's valid value, so it can never be valid there. */
function isWrongKind(field: string, valid: unknown, value: unknown): boolean {
  return kindOf(value) !== kindOf(valid) && !(value === null && NULLABLE.has(field));
}

/** Values of the wrong kind for a field. */
function wrongTypes(field: string, valid: unknown): unknown[] {
  const all: unknown[] = ['62', 62, 1.5, true, null, [], {}, ['a'], -1, Number.NaN, Number.POSITIVE_INFINITY];
  return all.filter((value) => isWrongKind(field, valid, value));
}

/** Every message with one field broken, labelled. */
function brokenFields(): [string, unknown][] {
  const rows: [string, unknown][] = [];
  for (const message of VALID) {
    for (const [field, value] of Object.entries(message)) {
      const { [field]: _removed, ...without } = message as unknown as Record<string, unknown>;
      rows.push([`${message.type} without ${field}`, without]);
      for (const wrong of wrongTypes(field, value)) rows.push([`${message.type}.${field} = ${JSON.stringify(wrong) ?? String(wrong)}`, { ...message, [field]: wrong }]);
      if (typeof value === 'string') rows.push([`${message.type}.${field} of 1 MB`, { ...message, [field]: ONE_MB }]);
    }
    rows.push([`${message.type} with an extra key`, { ...message, extra: 1 }]);
    rows.push([`${message.type} with a 1 MB extra key`, { ...message, padding: ONE_MB }]);
  }
  return rows;
}

describe('refused and changing nothing', () => {
  it.each(brokenFields())('%s', async (_label, message) => {
    await expectRefused(message);
  });

  it.each([
    ['a score above 100', { ...REPORT, score: 101 }],
    ['a fractional score', { ...REPORT, score: 61.5 }],
    ['an unknown level', { ...REPORT, level: 'extreme' }],
    ['an unknown category', { ...REPORT, categories: ['flattery', 'mind-control'] }],
    ['101 rule ids', { ...REPORT, ruleIds: Array.from({ length: 101 }, (_, i) => `rule-${i}`) }],
    ['21 flagged texts', { ...REPORT, flaggedText: Array<string>(21).fill('x') }],
    ['a 1 MB flagged text', { ...REPORT, flaggedText: [ONE_MB] }],
    ['a 2,049-character URL', { ...REPORT, url: `https://chatgpt.com/${'a'.repeat(2030)}` }],
    ['a negative time', { ...REPORT, analysedAt: -1 }],
    ['an unknown message type', { ...STATUS, type: 'setSettings' }],
    ['an unknown site', { ...STATUS, site: 'myspace' }],
    ['an unknown status', { ...STATUS, status: 'hacked' }],
    ['an unknown verdict', { ...FEEDBACK, verdict: 'delete-history' }],
    ['a __proto__ key', JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(STATUS).slice(1)}`)],
    ['a constructor key', { ...STATUS, constructor: { prototype: { polluted: true } } }],
    ['an array', [STATUS]],
    ['a string', JSON.stringify(STATUS)],
    ['null', null],
    ['undefined', undefined],
    ['a number', 7],
  ])('%s', async (_label, message) => {
    await expectRefused(message);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it.each([
    ['another extension', { id: 'evil', tab: { id: 7 } }],
    ['no sender id', { tab: { id: 7 } }],
    ['an extension page (no tab)', { id: EXTENSION_ID }],
    ['a negative tab id', { id: EXTENSION_ID, tab: { id: -1 } }],
    ['a tab id that is not a number', { id: EXTENSION_ID, tab: { id: '7' as unknown as number } }],
  ])('a valid message from %s', async (_label, sender) => {
    for (const message of VALID) await expectRefused(message, sender);
  });

  const RUNS = 300;
  it(`${RUNS} random JSON values (seed 5052025)`, async () => {
    const { handlers, unchanged } = await setup();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (message) => {
        expect(await handlers.onContentMessage(message, OURS)).toMatchObject({ ok: false, retry: false });
      }),
      { seed: 5_052_025, numRuns: RUNS },
    );
    unchanged();
  });

  it(`${RUNS} valid messages with one field replaced by a random value of another kind (seed 5052025)`, async () => {
    const { handlers, unchanged } = await setup();
    const mutated = fc
      .tuple(fc.constantFrom(...VALID), fc.nat(), fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }))
      .map(([message, which, value]) => {
        const fields = Object.entries(message);
        const [field, valid] = fields[which % fields.length] as [string, unknown];
        return { message: { ...message, [field]: value }, wrong: isWrongKind(field, valid, value) };
      })
      .filter(({ wrong }) => wrong)
      .map(({ message }) => message);
    await fc.assert(
      fc.asyncProperty(mutated, async (message) => {
        expect(await handlers.onContentMessage(message, OURS), fc.stringify(message)).toMatchObject({ ok: false, retry: false });
      }),
      { seed: 5_052_025, numRuns: RUNS },
    );
    unchanged();
  });
});

it('the same valid messages are accepted (the refusals above are not refusing everything)', async () => {
  const { handlers } = await setup();
  for (const message of VALID) expect(await handlers.onContentMessage(message, OURS)).toEqual({ ok: true });
});
