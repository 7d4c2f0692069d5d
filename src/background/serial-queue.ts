/**
 * Runs async tasks one at a time, in arrival order. The background's writes are
 * read-modify-write (tab state, history entries): two reports handled concurrently would
 * both read the old state and one would be lost. The queue holds no data, only ordering,
 * so losing it with the service worker loses nothing.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(() => task());
    // A failed task must not block the ones after it.
    tail = run.catch(() => undefined);
    return run;
  };
}
