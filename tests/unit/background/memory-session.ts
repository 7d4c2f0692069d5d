/** An in-memory storage.session for background tests: structured clones, like the real one, and a write log. */
import type { SessionArea } from '@/src/background/tab-state';

export interface MemorySession extends SessionArea {
  data: Record<string, unknown>;
  /** Every set() call's keys, in order (to check what a report rewrites). */
  writes: string[][];
}

export function memorySession(initial: Record<string, unknown> = {}): MemorySession {
  const data: Record<string, unknown> = structuredClone(initial);
  const writes: string[][] = [];
  return {
    data,
    writes,
    get: async (keys) => {
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    set: async (items) => {
      writes.push(Object.keys(items));
      Object.assign(data, structuredClone(items));
    },
    remove: async (keys) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete data[key];
    },
  };
}
