/**
 * Where an extension page's opening time goes (scripts/bench-ui.ts): the main thread's
 * work from a Chromium trace (script evaluation, style and layout, paint) and the
 * asynchronous reads the page made (storage, messages, IndexedDB), timed by wrappers
 * installed before the page's own scripts run.
 */
import type { CDPSession, Page } from '@playwright/test';

/** Main-thread trace events grouped as a person would name them (inclusive durations, ms). */
const MAIN_THREAD_GROUPS: Record<string, readonly string[]> = {
  'HTML parse': ['ParseHTML'],
  'script compile': ['v8.compile', 'v8.compileModule', 'V8.CompileCode'],
  'script evaluation (top level)': ['EvaluateScript', 'v8.evaluateModule', 'v8.run'],
  'CSS parse': ['ParseAuthorStyleSheet', 'CSSParserImpl::parseStyleSheet'],
  'callbacks (promises, events, React work)': ['FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame'],
  'style': ['UpdateLayoutTree', 'RecalculateStyles'],
  'layout': ['Layout'],
  'paint and composite': ['Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
  'garbage collection': ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR'],
};

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: what the task cost whatever else the machine was doing. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; beginData?: { url?: string }; data?: { message?: string } };
}

export interface MainThreadBreakdown {
  /** Group name to milliseconds; nested events of other groups are not subtracted. */
  groups: Record<string, number>;
  /** Every top-level task on the page's main thread, summed. */
  busy: number;
  /**
   * The same, counting only what started before the page stamped FIRST_CONTENT_STAMP
   * (`console.timeStamp`): the work the person waited for. Null when nothing stamped.
   */
  beforeFirstContent: { groups: Record<string, number>; busy: number } | null;
  /** Every top-level task on the page's main thread: start (trace clock, µs), wall and thread time (µs). */
  tasks: { ts: number; dur: number; tdur: number }[];
  /** When the page stamped FIRST_CONTENT_STAMP (trace clock, µs), to relate the page's own clock to the trace's. */
  firstContentTs: number | null;
}

/** The `console.timeStamp` label a page sets when its first content is in the DOM. */
export const FIRST_CONTENT_STAMP = 'candor-first-content';

function breakdown(events: readonly TraceEvent[]): { groups: Record<string, number>; busy: number } {
  const groups: Record<string, number> = {};
  for (const [group, names] of Object.entries(MAIN_THREAD_GROUPS)) {
    groups[group] = events.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  }
  const busy = events.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  return { groups, busy };
}

/** Starts a trace before the page navigates; `stop` returns the main-thread breakdown of the page at `urlPrefix`. */
export async function startMainThreadTrace(page: Page): Promise<{ stop(urlPrefix: string): Promise<MainThreadBreakdown> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (payload) => void events.push(...(payload.value as unknown as TraceEvent[])));
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink'] },
  } as never);
  return {
    async stop(urlPrefix) {
      const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await done;
      await session.detach().catch(() => undefined);
      // The page's renderer main thread: the one that parsed the page's HTML.
      const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(urlPrefix));
      // From the page's first parse on (the thread showed about:blank before it).
      const mainThread = parse
        ? events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && typeof e.dur === 'number' && e.ts >= parse.ts)
        : [];
      const stamp = parse
        ? events.find((e) => e.name === 'TimeStamp' && e.pid === parse.pid && e.args?.data?.message === FIRST_CONTENT_STAMP && e.ts >= parse.ts)
        : undefined;
      return {
        ...breakdown(mainThread),
        beforeFirstContent: stamp ? breakdown(mainThread.filter((e) => e.ts <= stamp.ts)) : null,
        tasks: mainThread.filter((e) => e.name === 'RunTask').map((e) => ({ ts: e.ts, dur: e.dur ?? 0, tdur: e.tdur ?? NaN })),
        firstContentTs: stamp?.ts ?? null,
      };
    },
  };
}

/**
 * Installed before the page's scripts (a string: tsx would wrap a function in a helper the
 * page lacks): times each call to the storage areas, runtime.sendMessage, tabs.query and
 * IndexedDB opens and transactions, from the page's navigation start, in `window.__reads`.
 */
export const TIME_ASYNC_READS = `(() => {
  const reads = (window.__reads = []);
  const wrap = (owner, method, label) => {
    const original = owner && owner[method];
    if (typeof original !== 'function') return;
    owner[method] = function (...args) {
      const started = performance.now();
      const record = (result) => { reads.push({ label, started, ended: performance.now() }); return result; };
      const callback = typeof args[args.length - 1] === 'function' ? args.pop() : null;
      if (callback) return original.call(this, ...args, (...results) => { record(); return callback(...results); });
      const value = original.apply(this, args);
      return value && typeof value.then === 'function' ? value.then(record, (e) => { record(); throw e; }) : value;
    };
  };
  const c = globalThis.chrome;
  if (c && c.storage) {
    wrap(c.storage.local, 'get', 'storage.local.get');
    if (c.storage.session) wrap(c.storage.session, 'get', 'storage.session.get');
  }
  if (c && c.runtime) wrap(c.runtime, 'sendMessage', 'runtime.sendMessage');
  if (c && c.tabs) wrap(c.tabs, 'query', 'tabs.query');
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args) => {
    const started = performance.now();
    const request = open(...args);
    request.addEventListener('success', () => reads.push({ label: 'indexedDB.open', started, ended: performance.now() }));
    return request;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const started = performance.now();
    const tx = transaction.apply(this, args);
    const stores = [].concat(args[0]).join('+');
    tx.addEventListener('complete', () => reads.push({ label: 'IndexedDB ' + stores, started, ended: performance.now() }));
    return tx;
  };
})();`;

export interface TimedRead {
  label: string;
  started: number;
  ended: number;
}

export async function timedReads(page: Page): Promise<TimedRead[]> {
  return page.evaluate(() => (window as unknown as { __reads: TimedRead[] }).__reads ?? []);
}

/** One line per kind of read: count, summed duration, and when the last one ended (ms from navigation start). */
export function describeReads(reads: readonly TimedRead[]): string[] {
  const byLabel = new Map<string, TimedRead[]>();
  for (const read of reads) byLabel.set(read.label, [...(byLabel.get(read.label) ?? []), read]);
  return [...byLabel].map(([label, all]) => {
    const total = all.reduce((sum, r) => sum + (r.ended - r.started), 0);
    const first = Math.min(...all.map((r) => r.started));
    const last = Math.max(...all.map((r) => r.ended));
    return `${label} ×${all.length}: ${total.toFixed(1)} ms waiting, first asked at ${first.toFixed(0)} ms, last answered at ${last.toFixed(0)} ms`;
  });
}
