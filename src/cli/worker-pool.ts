/**
 * Worker threads for `candor check --jobs N`. Each worker runs check-worker (the built
 * dist/cli/check-worker.mjs) and answers its batches in the order it got them, so a
 * FIFO of promises per worker pairs each answer with its batch.
 */
import { Worker } from 'node:worker_threads';
import type { Sensitivity } from '../engine/types';
import type { CheckBatchResult } from './check-batch';
import type { CheckWorkers } from './main';

/**
 * Batches a worker may hold: the one it runs and one waiting, so that it never idles
 * between two while the main thread is busy checking a batch of its own.
 */
const BATCHES_PER_WORKER = 2;

interface Waiting {
  resolve(result: CheckBatchResult): void;
  reject(error: unknown): void;
}

export function startCheckWorkers(count: number, sensitivity: Sensitivity, workerFile: URL): CheckWorkers {
  const pool = Array.from({ length: count }, () => {
    const worker = new Worker(workerFile, { workerData: { sensitivity } });
    const waiting: Waiting[] = [];
    const failAll = (error: unknown): void => {
      for (const w of waiting.splice(0)) w.reject(error);
    };
    worker.on('message', (result: CheckBatchResult) => waiting.shift()?.resolve(result));
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`a check worker stopped (exit code ${code})`)));
    return { worker, waiting };
  });
  return {
    run(batch) {
      // The least busy worker: batches differ in cost (reply length), so round-robin would let one fall behind.
      const least = pool.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a));
      return new Promise<CheckBatchResult>((resolve, reject) => {
        least.waiting.push({ resolve, reject });
        least.worker.postMessage(batch);
      });
    },
    hasRoom() {
      return pool.some(({ waiting }) => waiting.length < BATCHES_PER_WORKER);
    },
    async close() {
      await Promise.all(pool.map(({ worker }) => worker.terminate()));
    },
  };
}
