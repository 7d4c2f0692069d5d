/**
 * Issue #11.4 on the content side: a message leaves the outbox only when the background
 * acknowledges it; anything else (no answer, busy, a failed write) is resent with
 * backoff, and only the latest message per reply is kept.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportOutbox } from '@/src/content/report-outbox';
import type { Scheduler } from '@/src/content/turn-watcher';
import type { AnalysisReport, ContentMessage } from '@/src/messaging/protocol';
import { SAMPLE_REPORT } from '../background/sample-messages';

const timerScheduler: Scheduler = {
  setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
  requestIdleCallback: (fn) => setTimeout(() => fn({ timeRemaining: () => 50 }), 1) as unknown as number,
  cancelIdleCallback: (id) => clearTimeout(id),
};

const report = (i: number, extra: Partial<AnalysisReport> = {}): AnalysisReport => ({ ...SAMPLE_REPORT, replyKey: `r${i}`, ...extra });
const ACK = { ok: true };
const BUSY = { ok: false, retry: true, busy: true, error: 'too many reports waiting' };
const FAILED = { ok: false, retry: true, error: 'could not record history' };
const REFUSED = { ok: false, retry: false, error: 'not ours' };
const STOPPED = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed');

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** An outbox whose background answers each send with the next scripted outcome (then ACK). */
function outboxAnswering(outcomes: (object | Error)[]) {
  const sent: ContentMessage[] = [];
  const logged: string[] = [];
  const outbox = new ReportOutbox({
    scheduler: timerScheduler,
    now: () => Date.now(),
    send: async (message) => {
      sent.push(message);
      const outcome = outcomes.shift() ?? ACK;
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    log: (message) => void logged.push(message),
  });
  return { outbox, sent, logged };
}

describe('ReportOutbox', () => {
  it.each([
    ['acknowledged at once', [ACK], 1, 0],
    ['the worker stopped before answering, twice', [STOPPED, STOPPED, ACK], 3, 0],
    ['busy (its tab queue is full), then stored', [BUSY, ACK], 2, 0],
    ['a history write that failed, then succeeded', [FAILED, ACK], 2, 0],
    ['busy 20 times: pacing is not failure, so it is never given up', [...Array.from({ length: 20 }, () => BUSY), ACK], 21, 0],
    ['refused as malformed: not resent', [REFUSED], 1, 0],
    ['answers that are no acknowledgement', [{}, { ok: 'yes' }, ACK], 3, 0],
  ])('%s', async (_what, outcomes, sends, left) => {
    const { outbox, sent } = outboxAnswering(outcomes);
    outbox.push(report(1));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(sends);
    expect(outbox.size).toBe(left);
  });

  it('gives up after its attempts, logging, never throwing into the page', async () => {
    const { outbox, sent, logged } = outboxAnswering(Array.from({ length: 50 }, () => STOPPED));
    outbox.push(report(1));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent).toHaveLength(12);
    expect(outbox.size).toBe(0);
    expect(logged).toEqual(['the background did not acknowledge a message; giving up']);
  });

  it('has at most 16 messages awaiting an answer, and sends the next as each is answered', async () => {
    const answers: ((value: unknown) => void)[] = [];
    const outbox = new ReportOutbox({ scheduler: timerScheduler, now: () => Date.now(), send: () => new Promise((resolve) => answers.push(resolve)) });
    for (let i = 0; i < 40; i++) outbox.push(report(i));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(answers).toHaveLength(16);
    answers[0]?.(ACK);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(answers).toHaveLength(17);
    expect(outbox.size).toBe(39);
  });

  it('keeps only the latest report per reply, in the order things happened', async () => {
    const { outbox, sent } = outboxAnswering([]);
    outbox.push(report(1, { score: 10 }));
    outbox.push(report(2));
    outbox.push(report(1, { score: 90 }));
    outbox.push({ type: 'feedback', site: 'chatgpt', conversationId: '1', replyKey: 'r1', verdict: 'not-sycophantic' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent.map((m) => (m.type === 'analysisReport' ? `${m.replyKey}:${m.score}` : m.type))).toEqual(['r2:62', 'r1:90', 'feedback']);
  });

  it('resends every unacknowledged report of a burst after the worker restarts, and each is acknowledged once', async () => {
    let workerUp = false;
    const stored = new Map<string, number>();
    const outbox = new ReportOutbox({
      scheduler: timerScheduler,
      now: () => Date.now(),
      send: async (message) => {
        if (!workerUp) throw STOPPED;
        if (message.type === 'analysisReport') stored.set(message.replyKey, (stored.get(message.replyKey) ?? 0) + 1);
        return ACK;
      },
    });
    for (let i = 0; i < 60; i++) outbox.push(report(i));
    await vi.advanceTimersByTimeAsync(3_000);
    workerUp = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(outbox.size).toBe(0);
    expect([...stored.keys()]).toHaveLength(60);
    expect(Math.max(...stored.values())).toBe(1);
  });

  it('runs no timer once everything is acknowledged, or after dispose', async () => {
    const { outbox } = outboxAnswering([STOPPED]);
    outbox.push(report(1));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(vi.getTimerCount()).toBe(0);
    outbox.push(report(2));
    outbox.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('ReportOutbox in one idle callback', () => {
  it('stops sending after its slice of work, however much idle time the browser offers', async () => {
    // Each send costs 3 ms of the page's time (copying the reply and its context); the
    // browser offers 50 ms of idle time per callback.
    let clock = 0;
    const sentAt: number[] = [];
    let callbacks = 0;
    const outbox = new ReportOutbox({
      scheduler: { ...timerScheduler, requestIdleCallback: (fn) => setTimeout(() => { callbacks++; fn({ timeRemaining: () => 50 }); }, 1) as unknown as number },
      now: () => clock,
      send: () => {
        sentAt.push(callbacks);
        clock += 3;
        return new Promise(() => undefined);
      },
      idleSliceMs: 8,
    });
    for (let i = 0; i < 10; i++) outbox.push(report(i));
    await vi.advanceTimersByTimeAsync(50);
    // 3 sends reach 9 ms: the callback stops there, and the next one sends the next three.
    expect(sentAt.filter((c) => c === 1)).toHaveLength(3);
    expect(sentAt.filter((c) => c === 2)).toHaveLength(3);
    expect(sentAt).toHaveLength(10);
  });
});
