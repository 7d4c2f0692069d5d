/**
 * An in-memory runtime.Port pair for tests (WXT's fakeBrowser has no runtime.connect),
 * and `connectTo`, which stands in for `browser.runtime.connect` with a background that
 * answers through the real serveContentPort.
 */
import { CONTENT_PORT_NAME, serveContentPort, type ServedPort } from '@/src/messaging/port-channel';

/** One end of an in-memory Port; `peer` is the other end. */
export class FakePort implements ServedPort {
  peer: FakePort | null = null;
  connected = true;
  failPosts = false;
  readonly posted: unknown[] = [];
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly disconnectListeners: (() => void)[] = [];
  constructor(
    readonly name: string,
    readonly sender?: ServedPort['sender'],
  ) {}
  onMessage = { addListener: (listener: (message: unknown) => void) => void this.messageListeners.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => void this.disconnectListeners.push(listener) };
  postMessage(message: unknown): void {
    if (this.failPosts || !this.connected) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
    // Structured like the browser: a copy arrives later, never the same object.
    const copy: unknown = JSON.parse(JSON.stringify(message));
    queueMicrotask(() => this.peer?.deliver(copy));
  }
  deliver(message: unknown): void {
    if (this.connected) for (const listener of this.messageListeners) listener(message);
  }
  disconnect(): void {
    this.connected = false;
    if (this.peer?.connected) this.peer.dropped();
  }
  /** The other end went away (the worker stopped): listeners hear it, once. */
  dropped(): void {
    if (!this.connected) return;
    this.connected = false;
    for (const listener of this.disconnectListeners) listener();
  }
}

/**
 * A `runtime.connect` whose background hands every request to `handle` (as the real
 * background hands it to onContentMessage) and answers with what it returns.
 */
export function connectTo(handle: (raw: unknown) => Promise<unknown>, sender: ServedPort['sender'] = { id: 'candor-id', tab: { id: 1 } }) {
  return (): FakePort => {
    const page = new FakePort(CONTENT_PORT_NAME);
    const background = new FakePort(CONTENT_PORT_NAME, sender);
    page.peer = background;
    background.peer = page;
    serveContentPort(background, (raw) => handle(raw), () => undefined);
    return page;
  };
}
