/**
 * Main-thread tasks of one page, from a Chromium trace (CDP Tracing, categories
 * `toplevel` and `devtools.timeline`), for `npm run bench:page`:
 *   - every task's duration, so the longest can be reported whatever its length
 *     (PerformanceObserver 'longtask' only sees tasks over 50 ms);
 *   - the idle callbacks (requestIdleCallback), which run only while the page has
 *     nothing else to do, so their work is reported apart from the blocking work.
 * The bench marks its phases with console.timeStamp(label); `phase(from, to)` summarises
 * the tasks between two marks.
 */
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { message?: string; url?: string } };
}

export interface PhaseTasks {
  /** The longest main-thread task (ms). */
  longestTaskMs: number;
  /** The longest task that ran extension code (ms). */
  longestExtensionTaskMs: number;
  /**
   * The same, in the main thread's own time (the trace's thread duration): what Candor's
   * code and the browser's work for it took, without the time the thread waited for a
   * core. On a busy machine the wall-clock figure above swings with the neighbours.
   */
  longestExtensionTaskThreadMs: number;
  /**
   * Each content script the browser evaluated (its file name): compiling and evaluating
   * it, which happen in one task, wall-clock and thread time (ms).
   */
  scripts: { file: string; compileMs: number; compileThreadMs: number; evaluateMs: number; evaluateThreadMs: number }[];
  /** Idle callbacks run: how many, their summed thread time and the longest (ms). */
  idleCallbacks: number;
  idleMs: number;
  longestIdleMs: number;
  /**
   * Tasks that ran extension code for longer than a frame (16 ms): start and length in
   * trace µs, and what filled them: self time per trace event name (script evaluation,
   * compiling, style, garbage collection...), longest first, for `--profile`.
   */
  longExtensionTasks: { ts: number; dur: number; breakdown: { name: string; ms: number }[] }[];
}

export interface PageTrace {
  phase(fromMark: string | null, toMark: string): PhaseTasks;
}

export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
  });
}

/** Ends the trace and reads the page's main thread: the thread its marks were made on. */
export async function endTrace(cdp: CDPSession): Promise<PageTrace> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await complete;
  let json = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return summarise(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []));
}

function summarise(events: TraceEvent[]): PageTrace {
  const firstMark = events.find((e) => e.name === 'TimeStamp');
  const main = events.filter((e) => e.pid === firstMark?.pid && e.tid === firstMark?.tid);
  const marks = new Map(main.filter((e) => e.name === 'TimeStamp').map((e) => [e.args?.data?.message ?? '', e.ts]));
  // Nested task events (a RunTask inside another) are not separate tasks.
  const tasks = outermost(main.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask'));
  // Script entry points (EvaluateScript, FunctionCall) name the script they run.
  const extensionCode = main.filter((e) => e.ph === 'X' && e.args?.data?.url?.startsWith('chrome-extension://'));
  const runsExtensionCode = (task: TraceEvent) =>
    extensionCode.some((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
  const idle = main.filter((e) => e.ph === 'X' && e.name === 'FireIdleCallback');
  // A script's evaluation holds its compilation (v8.compile, inside EvaluateScript).
  const evaluations = extensionCode.filter((e) => e.name === 'EvaluateScript');
  const compiles = main.filter((e) => e.ph === 'X' && e.name === 'v8.compile');

  return {
    phase(fromMark, toMark) {
      const from = fromMark === null ? -Infinity : (marks.get(fromMark) ?? NaN);
      const to = marks.get(toMark) ?? NaN;
      if (Number.isNaN(from) || Number.isNaN(to)) throw new Error(`trace mark missing: ${fromMark} or ${toMark}`);
      const inPhase = (e: TraceEvent) => e.ts >= from && e.ts < to;
      const ms = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
      const idleInPhase = idle.filter(inPhase);
      const tasksInPhase = tasks.filter(inPhase);
      const wall = (e: TraceEvent) => (e.dur ?? 0) / 1000;
      return {
        longestTaskMs: Math.max(0, ...tasksInPhase.map(wall)),
        longestExtensionTaskMs: Math.max(0, ...tasksInPhase.filter(runsExtensionCode).map(wall)),
        longestExtensionTaskThreadMs: Math.max(0, ...tasksInPhase.filter(runsExtensionCode).map(ms)),
        scripts: evaluations.filter(inPhase).map((evaluation) => {
          const compile = compiles.find((e) => e.ts >= evaluation.ts && e.ts < evaluation.ts + (evaluation.dur ?? 0));
          return {
            file: (evaluation.args?.data?.url ?? '').split('/').pop() ?? '',
            compileMs: compile ? wall(compile) : 0,
            compileThreadMs: compile ? ms(compile) : 0,
            evaluateMs: wall(evaluation),
            evaluateThreadMs: ms(evaluation),
          };
        }),
        idleCallbacks: idleInPhase.length,
        idleMs: idleInPhase.reduce((sum, e) => sum + ms(e), 0),
        longestIdleMs: Math.max(0, ...idleInPhase.map((e) => (e.dur ?? 0) / 1000)),
        longExtensionTasks: tasksInPhase
          .filter((e) => (e.dur ?? 0) > 16_000 && runsExtensionCode(e))
          .map((e) => ({ ts: e.ts, dur: e.dur ?? 0, breakdown: selfTimes(main, e) })),
      };
    },
  };
}

/** Self time (ms) per event name inside `task`: each event's length minus its children's. */
function selfTimes(events: TraceEvent[], task: TraceEvent): { name: string; ms: number }[] {
  const end = task.ts + (task.dur ?? 0);
  const inside = events
    .filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const open: TraceEvent[] = [];
  for (const event of inside) {
    while (open.length > 0 && event.ts >= (open.at(-1) as TraceEvent).ts + ((open.at(-1) as TraceEvent).dur ?? 0)) open.pop();
    const parent = open.at(-1);
    const dur = event.dur ?? 0;
    self.set(event.name, (self.get(event.name) ?? 0) + dur);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur);
    open.push(event);
  }
  return [...self]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .filter((entry) => entry.ms >= 0.1)
    .sort((a, b) => b.ms - a.ms);
}

function outermost(tasks: TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  const kept: TraceEvent[] = [];
  let openUntil = -Infinity;
  for (const task of sorted) {
    if (task.ts < openUntil) continue;
    kept.push(task);
    openUntil = task.ts + (task.dur ?? 0);
  }
  return kept;
}
