/**
 * Content script → background over one long-lived `runtime.connect` Port per tab,
 * instead of one `runtime.sendMessage` per message (issue #13.3). Chromium opens a new
 * message channel for every `sendMessage` and closes it after the answer; that set-up
 * was about 1 ms of the page's main thread per reply (`npm run bench:page -- --profile`).
 * A Port is opened once and each message is one `postMessage`.
 *
 * The protocol stays the one in protocol.ts: a request carries a ContentMessage, which
 * the background validates (zod) exactly as before; the envelope (a numeric id that
 * pairs an answer with its request) is checked by hand on both sides, since the page's
 * script carries no schema library (page-protocol.ts).
 *
 * What has no answer is never lost: a Port disconnects when the service worker stops
 * (or the background is reloaded), and every request still waiting on it is rejected,
 * so the sender's resend path (sendWithRetry, then the outbox's backoff) sends it again
 * on a new Port, which wakes the worker. The Port is opened lazily, on the first send
 * after a disconnect, so a quiet page never wakes the worker.
 */
import type { ContentMessage } from './protocol';

/** The Port's name: the background answers only Ports of this name. */
export const CONTENT_PORT_NAME = 'candor-content';

/** The part of a browser Port both sides use (runtime.Port in Chrome and Firefox). */
export interface PortLike {
  readonly name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** The highest request id before the numbering starts again (a page would need years to reach it). */
const MAX_REQUEST_ID = 2 ** 31 - 1;

const isRequestId = (id: unknown): id is number => typeof id === 'number' && Number.isInteger(id) && id > 0 && id <= MAX_REQUEST_ID;

const hasExactly = (value: object, keys: readonly string[]) => {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
};

/** Content → background: `{ id, message }`; the message itself is validated by the background's handler. */
export function readPortRequest(raw: unknown): { id: number; message: unknown } | null {
  if (typeof raw !== 'object' || raw === null || !hasExactly(raw, ['id', 'message'])) return null;
  const { id, message } = raw as Record<string, unknown>;
  return isRequestId(id) ? { id, message } : null;
}

/** Background → content: `{ id, response }`; the response is checked by whoever waits for it (isAcknowledged, readAnalysisAnswer). */
export function readPortAnswer(raw: unknown): { id: number; response: unknown } | null {
  if (typeof raw !== 'object' || raw === null || !hasExactly(raw, ['id', 'response'])) return null;
  const { id, response } = raw as Record<string, unknown>;
  return isRequestId(id) ? { id, response } : null;
}

/** Raised for every request still waiting when its Port disconnects (the worker stopped): the sender resends. */
export class PortDisconnectedError extends Error {
  constructor() {
    super('the background disconnected before answering');
    this.name = 'PortDisconnectedError';
  }
}

interface Waiting {
  resolve(response: unknown): void;
  reject(error: unknown): void;
}

/** The content script's end: `send` resolves with the background's answer, or rejects when none can come. */
export class PortClient {
  private port: PortLike | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  /** `connect` opens a new Port (browser.runtime.connect); it throws once the extension context is gone. */
  constructor(private readonly connect: () => PortLike) {}

  /** Requests sent and not yet answered. */
  get pending(): number {
    return this.waiting.size;
  }

  send(message: ContentMessage): Promise<unknown> {
    return new Promise((resolve, reject) => {
      let port: PortLike;
      try {
        port = this.open();
      } catch (error) {
        reject(error);
        return;
      }
      const id = this.nextId;
      this.nextId = this.nextId >= MAX_REQUEST_ID ? 1 : this.nextId + 1;
      this.waiting.set(id, { resolve, reject });
      try {
        port.postMessage({ id, message });
      } catch (error) {
        // A Port that can no longer post is as good as disconnected: everything on it is resent.
        this.waiting.delete(id);
        reject(error);
        this.drop(port, new PortDisconnectedError());
      }
    });
  }

  /** Closes the Port; what still waits is rejected (the page is going away). */
  dispose(): void {
    const port = this.port;
    if (!port) return;
    this.drop(port, new PortDisconnectedError());
    try {
      port.disconnect();
    } catch {
      // Already gone.
    }
  }

  private open(): PortLike {
    if (this.port) return this.port;
    const port = this.connect();
    port.onMessage.addListener((raw) => this.onAnswer(raw));
    port.onDisconnect.addListener(() => this.drop(port, new PortDisconnectedError()));
    this.port = port;
    return port;
  }

  private onAnswer(raw: unknown): void {
    const answer = readPortAnswer(raw);
    if (!answer) return;
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    waiting.resolve(answer.response);
  }

  private drop(port: PortLike, error: Error): void {
    // A Port dropped earlier (its requests already rejected) has nothing left to reject.
    if (this.port !== port) return;
    this.port = null;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const request of waiting) request.reject(error);
  }
}

/** The background's end of one Port, with the sender the browser vouches for. */
export interface ServedPort extends PortLike {
  readonly sender?: { id?: string; tab?: { id?: number }; url?: string };
}

/**
 * Answers a content script's Port: each request goes to `handle` (the same handler as
 * `runtime.onMessage`, which validates the message and its sender) and its answer goes
 * back with the request's id. Ports of another name are left alone; an envelope that is
 * not ours gets no answer (it has no id to answer to).
 */
export function serveContentPort(
  port: ServedPort,
  handle: (raw: unknown, sender: NonNullable<ServedPort['sender']>) => Promise<unknown>,
  logError: (context: string, error: unknown) => void,
): void {
  if (port.name !== CONTENT_PORT_NAME) return;
  let connected = true;
  port.onDisconnect.addListener(() => {
    connected = false;
  });
  port.onMessage.addListener((raw) => {
    const request = readPortRequest(raw);
    if (!request) return;
    handle(request.message, port.sender ?? {}).then(
      (response) => {
        // A page that left or reloaded meanwhile resends on its next Port if it still can.
        if (!connected) return;
        try {
          port.postMessage({ id: request.id, response });
        } catch (error) {
          logError('could not answer a content script', error);
        }
      },
      (error: unknown) => logError('could not handle a content message', error),
    );
  });
}
