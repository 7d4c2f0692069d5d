/**
 * Issue #13.3: the content script talks to the background over one long-lived Port per
 * tab. Each request is answered by id; a Port that disconnects (the service worker
 * stopped) rejects what waits on it, and the next send opens a new Port, so the outbox
 * resends what had no answer and loses nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_PORT_NAME,
  PortClient,
  PortDisconnectedError,
  readPortAnswer,
  readPortRequest,
  serveContentPort,
} from '@/src/messaging/port-channel';
import { ReportOutbox } from '@/src/content/report-outbox';
import type { Scheduler } from '@/src/content/turn-watcher';
import { sendWithRetry } from '@/src/messaging/send';
import type { ContentMessage } from '@/src/messaging/protocol';
import { SAMPLE_REPORT } from '../background/sample-messages';
import { FakePort } from './fake-port';

const SENDER = { id: 'candor-id', tab: { id: 7 }, url: 'https://chatgpt.com/c/1' };
const message = (i: number): ContentMessage => ({ ...SAMPLE_REPORT, replyKey: `r${i}` });

/** A background that answers every request with `answer(message)`; `stop()` stops the worker (every Port drops). */
function fakeBackground(answer: (message: unknown) => unknown = () => ({ ok: true })) {
  const pagePorts: FakePort[] = [];
  const handled: { message: unknown; sender: unknown }[] = [];
  const errors: string[] = [];
  const connect = () => {
    const page = new FakePort(CONTENT_PORT_NAME);
    const worker = new FakePort(CONTENT_PORT_NAME, SENDER);
    page.peer = worker;
    worker.peer = page;
    serveContentPort(
      worker,
      async (raw, sender) => {
        handled.push({ message: raw, sender });
        return answer(raw);
      },
      (context) => void errors.push(context),
    );
    pagePorts.push(page);
    return page;
  };
  const stop = () => {
    for (const port of pagePorts) port.dropped();
  };
  return { connect, stop, pagePorts, handled, errors };
}

describe('the Port envelope', () => {
  it.each([
    ['a request', { id: 1, message: { type: 'x' } }, { id: 1, message: { type: 'x' } }],
    ['the largest id', { id: 2 ** 31 - 1, message: null }, { id: 2 ** 31 - 1, message: null }],
    ['id 0', { id: 0, message: {} }, null],
    ['a fractional id', { id: 1.5, message: {} }, null],
    ['a string id', { id: '1', message: {} }, null],
    ['an id past the largest', { id: 2 ** 31, message: {} }, null],
    ['no message', { id: 1 }, null],
    ['an extra key', { id: 1, message: {}, extra: true }, null],
    ['not an object', 'hello', null],
    ['null', null, null],
  ])('reads %s', (_what, raw, expected) => {
    expect(readPortRequest(raw)).toEqual(expected);
  });

  it.each([
    ['an answer', { id: 3, response: { ok: true } }, { id: 3, response: { ok: true } }],
    ['an answer without an id', { response: { ok: true } }, null],
    ['a request sent back', { id: 3, message: {} }, null],
    ['a negative id', { id: -3, response: {} }, null],
  ])('reads %s', (_what, raw, expected) => {
    expect(readPortAnswer(raw)).toEqual(expected);
  });
});

describe('PortClient and serveContentPort', () => {
  it('sends every message over one Port and pairs each answer with its request', async () => {
    const background = fakeBackground((raw) => ({ ok: true, replyKey: (raw as { replyKey: string }).replyKey }));
    const client = new PortClient(background.connect);
    const answers = await Promise.all([1, 2, 3].map((i) => client.send(message(i))));
    expect(answers).toEqual([1, 2, 3].map((i) => ({ ok: true, replyKey: `r${i}` })));
    expect(background.pagePorts).toHaveLength(1);
    expect(background.handled.map((h) => h.sender)).toEqual([SENDER, SENDER, SENDER]);
    expect(client.pending).toBe(0);
  });

  it('opens no Port before the first message (a quiet page never wakes the worker)', () => {
    const connect = vi.fn();
    new PortClient(connect);
    expect(connect).not.toHaveBeenCalled();
  });

  it('rejects what waits when the worker stops, and the next send opens a new Port', async () => {
    let answerLater: ((value: unknown) => void) | null = null;
    const background = fakeBackground(() => new Promise((resolve) => (answerLater = resolve)));
    const client = new PortClient(background.connect);
    const first = client.send(message(1));
    await vi.waitFor(() => expect(background.handled).toHaveLength(1));
    background.stop();
    await expect(first).rejects.toBeInstanceOf(PortDisconnectedError);
    // The stopped worker's late answer reaches nobody (and is not posted on a dead Port).
    answerLater!({ ok: true });
    const second = client.send(message(2));
    await vi.waitFor(() => expect(background.handled).toHaveLength(2));
    answerLater!({ ok: true });
    await expect(second).resolves.toEqual({ ok: true });
    expect(background.pagePorts).toHaveLength(2);
    expect(background.errors).toEqual([]);
  });

  it('rejects at once when the Port cannot post, and opens a new one for the next message', async () => {
    const background = fakeBackground();
    const client = new PortClient(background.connect);
    await client.send(message(1));
    background.pagePorts[0]!.failPosts = true;
    await expect(client.send(message(2))).rejects.toThrow('disconnected port');
    await expect(client.send(message(3))).resolves.toEqual({ ok: true });
    expect(background.pagePorts).toHaveLength(2);
  });

  it('passes on the error of a context that is gone (the extension was reloaded), so the outbox drops the message', async () => {
    const client = new PortClient(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(client.send(message(1))).rejects.toThrow('Extension context invalidated');
  });

  it('ignores answers that are not ours and answers nobody asked for', async () => {
    const background = fakeBackground();
    const client = new PortClient(background.connect);
    const sent = client.send(message(1));
    const port = background.pagePorts[0]!;
    for (const stray of [{ id: 999, response: { ok: true } }, { response: { ok: true } }, 'ok', null]) port.deliver(stray);
    expect(client.pending).toBe(1);
    await expect(sent).resolves.toEqual({ ok: true });
  });

  it('leaves Ports of another name alone, and gives no answer to an envelope without an id', async () => {
    const other = new FakePort('someone-else', SENDER);
    const handle = vi.fn(async () => ({ ok: true }));
    serveContentPort(other, handle, () => undefined);
    other.deliver({ id: 1, message: message(1) });
    const ours = new FakePort(CONTENT_PORT_NAME, SENDER);
    serveContentPort(ours, handle, () => undefined);
    ours.deliver({ message: message(1) });
    ours.deliver({ id: 'x', message: message(1) });
    await Promise.resolve();
    expect(handle).not.toHaveBeenCalled();
    expect(ours.posted).toEqual([]);
  });

  it('dispose disconnects and rejects what waits', async () => {
    const background = fakeBackground(() => new Promise(() => undefined));
    const client = new PortClient(background.connect);
    const sent = client.send(message(1));
    client.dispose();
    await expect(sent).rejects.toBeInstanceOf(PortDisconnectedError);
    expect(background.pagePorts[0]!.connected).toBe(false);
  });
});

describe('through the outbox, as the content script uses it', () => {
  const timerScheduler: Scheduler = {
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
    requestIdleCallback: (fn) => setTimeout(() => fn({ timeRemaining: () => 50 }), 1) as unknown as number,
    cancelIdleCallback: (id) => clearTimeout(id),
  };

  it('a worker that stops before answering still gets every message, once it is back', async () => {
    vi.useFakeTimers();
    try {
      // The worker stops during the first burst: it saw the messages and never answered them.
      let stopsLeft = 1;
      const stored = new Set<string>();
      const background = fakeBackground((raw) => {
        if (stopsLeft > 0) return new Promise(() => undefined);
        stored.add((raw as { replyKey: string }).replyKey);
        return { ok: true };
      });
      const client = new PortClient(background.connect);
      const acknowledged: string[] = [];
      const outbox = new ReportOutbox({
        scheduler: timerScheduler,
        now: () => Date.now(),
        send: (m) => sendWithRetry((next) => client.send(next), m),
        onAcknowledged: (m) => void acknowledged.push((m as { replyKey: string }).replyKey),
        log: () => undefined,
      });
      for (let i = 1; i <= 5; i++) outbox.push(message(i));
      await vi.advanceTimersByTimeAsync(10);
      expect(background.handled).toHaveLength(5);
      stopsLeft = 0;
      background.stop();
      await vi.advanceTimersByTimeAsync(5_000);
      expect([...stored].sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
      expect(acknowledged.sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
      expect(outbox.size).toBe(0);
      expect(background.pagePorts).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
