/**
 * Draws verdicts in slices (issue #13 item 3). At load the background answers for every
 * reply on the page within a second; drawing each answer as it arrives (a badge, its
 * shadow root, the highlights) made tasks of 60 ms and more. Here the answers wait in a
 * queue that a timer drains, a few at a time, until a slice has used its budget; the
 * next slice runs in a later task, so the page can paint and handle input in between.
 *
 * One job per reply key: a newer job for the same reply replaces the one still waiting.
 */
export interface RenderQueueOptions {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
  /** A slice stops taking jobs once it has run this long (ms). */
  budgetMs?: number;
  /** Hears a job that threw; the queue goes on with the next. */
  onError?(error: unknown): void;
}

/** About half a 60 Hz frame: the page keeps the other half. */
export const DEFAULT_RENDER_BUDGET_MS = 8;

export class RenderQueue {
  private readonly jobs = new Map<string, () => void>();
  private timer: number | null = null;
  private disposed = false;

  constructor(private readonly opts: RenderQueueOptions) {}

  /** Jobs waiting for a slice. */
  get size(): number {
    return this.jobs.size;
  }

  push(key: string, job: () => void): void {
    if (this.disposed) return;
    // Re-inserted at the end: replies are drawn in the order their verdicts came.
    this.jobs.delete(key);
    this.jobs.set(key, job);
    this.schedule();
  }

  /** Drops every waiting job (the page cleared its marks, or Candor was switched off). */
  clear(): void {
    this.jobs.clear();
    if (this.timer !== null) this.opts.clearTimeout(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.disposed = true;
    this.clear();
  }

  private schedule(): void {
    if (this.timer !== null || this.jobs.size === 0 || this.disposed) return;
    this.timer = this.opts.setTimeout(() => {
      this.timer = null;
      this.drain();
    }, 0);
  }

  private drain(): void {
    const budget = this.opts.budgetMs ?? DEFAULT_RENDER_BUDGET_MS;
    const started = this.opts.now();
    // At least one job per slice, so a job slower than the budget still gets drawn.
    for (const [key, job] of this.jobs) {
      this.jobs.delete(key);
      try {
        job();
      } catch (error) {
        this.opts.onError?.(error);
      }
      if (this.disposed || this.opts.now() - started >= budget) break;
    }
    this.schedule();
  }
}
