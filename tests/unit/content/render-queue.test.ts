import { describe, expect, it } from 'vitest';
import { RenderQueue } from '../../../src/content/render-queue';

/** Timers that run only when the test says so, and a clock each job moves forward. */
function harness(budgetMs = 8) {
  let clock = 0;
  let nextId = 1;
  const timers = new Map<number, () => void>();
  const errors: unknown[] = [];
  const queue = new RenderQueue({
    setTimeout: (fn) => {
      const id = nextId++;
      timers.set(id, fn);
      return id;
    },
    clearTimeout: (id) => void timers.delete(id),
    now: () => clock,
    budgetMs,
    onError: (error) => errors.push(error),
  });
  /** Runs the timers due now; returns how many ran (each is one task on the page). */
  const runTask = (): number => {
    const due = [...timers.entries()];
    timers.clear();
    for (const [, fn] of due) fn();
    return due.length;
  };
  return { queue, runTask, errors, advance: (ms: number) => (clock += ms), pendingTimers: () => timers.size };
}

describe('RenderQueue', () => {
  it('runs nothing in the task that queued the job', () => {
    const { queue, runTask } = harness();
    const drawn: string[] = [];
    queue.push('a', () => drawn.push('a'));
    expect(drawn).toEqual([]);
    runTask();
    expect(drawn).toEqual(['a']);
  });

  it.each([
    // [ms per job, budget, jobs, jobs drawn per task]
    [1, 8, 20, [8, 8, 4]],
    [3, 8, 7, [3, 3, 1]],
    [20, 8, 3, [1, 1, 1]],
    [0, 8, 50, [50]],
  ])('jobs of %i ms under a %i ms budget: %i jobs are drawn in slices %j', (cost, budget, count, slices) => {
    const { queue, runTask, advance } = harness(budget);
    let drawn = 0;
    for (let i = 0; i < count; i += 1)
      queue.push(`r${i}`, () => {
        drawn += 1;
        advance(cost);
      });
    const perTask: number[] = [];
    while (queue.size > 0) {
      const before = drawn;
      expect(runTask()).toBe(1);
      perTask.push(drawn - before);
    }
    expect(perTask).toEqual(slices);
  });

  it('keeps only the newest job per key, in the order the keys were last pushed', () => {
    const { queue, runTask } = harness();
    const drawn: string[] = [];
    queue.push('a', () => drawn.push('a1'));
    queue.push('b', () => drawn.push('b'));
    queue.push('a', () => drawn.push('a2'));
    runTask();
    expect(drawn).toEqual(['b', 'a2']);
  });

  it('a job that throws is reported and the rest are still drawn', () => {
    const { queue, runTask, errors } = harness();
    const drawn: string[] = [];
    queue.push('bad', () => {
      throw new Error('broken reply');
    });
    queue.push('good', () => drawn.push('good'));
    runTask();
    expect(drawn).toEqual(['good']);
    expect(errors).toHaveLength(1);
  });

  it.each(['clear', 'dispose'] as const)('%s drops waiting jobs and their timer', (how) => {
    const { queue, runTask, pendingTimers } = harness();
    const drawn: string[] = [];
    queue.push('a', () => drawn.push('a'));
    queue[how]();
    expect(pendingTimers()).toBe(0);
    runTask();
    expect(drawn).toEqual([]);
    queue.push('b', () => drawn.push('b'));
    runTask();
    expect(drawn).toEqual(how === 'clear' ? ['b'] : []);
  });
});
