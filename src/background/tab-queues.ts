/**
 * One queue per tab, each with a rate limit (issue #11.3). A page that streams a
 * thousand replies fills only its own queue: another tab's report waits for at most the
 * one task the flooding tab has running, not for its whole backlog. Each queue runs its
 * tasks one at a time, in arrival order (a tab's writes are read-modify-write), and at
 * most `ratePerSecond` per second after a burst of `burst`. A queue longer than
 * `maxPending` refuses new tasks with `QueueFullError`: the content script keeps such a
 * report and sends it again later, so refusing loses nothing.
 *
 * The queues hold only ordering and timing, no data: a restarted service worker starts
 * with empty queues and the content scripts resend what was not acknowledged.
 */

export class QueueFullError extends Error {
  constructor(readonly key: string) {
    super(`too many reports waiting for ${key}; send again later`);
    this.name = 'QueueFullError';
  }
}

export interface TabQueueOptions {
  ratePerSecond: number;
  burst: number;
  maxPending: number;
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const DEFAULT_TAB_QUEUE_OPTIONS: TabQueueOptions = {
  ratePerSecond: 25,
  burst: 50,
  maxPending: 100,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Queue {
  tail: Promise<unknown>;
  pending: number;
  tokens: number;
  refilledAt: number;
}

export interface TabQueues {
  /** Run `task` after the key's earlier tasks, within its rate limit. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks waiting or running for a key. */
  pending(key: string): number;
  /** Drop an idle key's queue (its tab was closed). */
  forget(key: string): void;
}

export function createTabQueues(options: Partial<TabQueueOptions> = {}): TabQueues {
  const { ratePerSecond, burst, maxPending, now, sleep } = { ...DEFAULT_TAB_QUEUE_OPTIONS, ...options };
  const queues = new Map<string, Queue>();

  /** Take one token, waiting for it if the bucket is empty. */
  async function takeToken(queue: Queue): Promise<void> {
    for (;;) {
      const t = now();
      queue.tokens = Math.min(burst, queue.tokens + ((t - queue.refilledAt) * ratePerSecond) / 1000);
      queue.refilledAt = t;
      if (queue.tokens >= 1) {
        queue.tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - queue.tokens) * 1000) / ratePerSecond));
    }
  }

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      let queue = queues.get(key);
      if (!queue) {
        queue = { tail: Promise.resolve(), pending: 0, tokens: burst, refilledAt: now() };
        queues.set(key, queue);
      }
      if (queue.pending >= maxPending) return Promise.reject(new QueueFullError(key));
      const q = queue;
      q.pending++;
      const run = q.tail.then(async () => {
        await takeToken(q);
        return task();
      });
      // A failed task must not block the ones after it.
      q.tail = run.catch(() => undefined).finally(() => q.pending--);
      return run;
    },
    pending: (key) => queues.get(key)?.pending ?? 0,
    forget(key) {
      // Only an idle queue: a running task's successors must still wait for it.
      if (queues.get(key)?.pending === 0) queues.delete(key);
    },
  };
}
