/**
 * Summaries of a V8 CPU profile (CDP Profiler.stop), for `npm run bench:page -- --profile`:
 * where the extension's scripting time goes, by function, self and inclusive.
 *
 * Names are only readable in an unminified build; the bench says how to make one.
 */

/** The parts of CDP's Profiler.Profile this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
  /** Microseconds on the same clock as the trace's timestamps. */
  startTime?: number;
}

export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.split('/').pop() ?? '';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/**
 * Self and inclusive time per function for the frames whose script URL contains
 * `urlPart` (the extension's content script). Inclusive time counts a recursive
 * function once per outermost call.
 */
export function summariseProfile(profile: CpuProfile, urlPart: string): { totalMs: number; functions: FunctionTime[] } {
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the gap to the next sample (the CDP convention: delta i+1 closes sample i).
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0));
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const childIds = new Set(profile.nodes.flatMap((node) => node.children ?? []));
  const times = new Map<string, FunctionTime>();
  let totalUs = 0;

  // Returns the subtree's time; adds it to a function's total only where no ancestor is the same function.
  const walk = (id: number, open: Set<string>, inside: boolean): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const ours = node.callFrame.url.includes(urlPart);
    const name = frameName(node.callFrame);
    const own = selfUs.get(id) ?? 0;
    if (ours) {
      const entry = times.get(name) ?? { name, selfMs: 0, totalMs: 0 };
      entry.selfMs += own / 1000;
      times.set(name, entry);
    }
    // Native and page frames called by our code count as ours (querySelectorAll, GC, …).
    if (ours || inside) totalUs += own;
    const reentered = ours && open.has(name);
    if (ours && !reentered) open.add(name);
    let subtree = own;
    for (const child of node.children ?? []) subtree += walk(child, open, inside || ours);
    if (ours && !reentered) {
      open.delete(name);
      (times.get(name) as FunctionTime).totalMs += subtree / 1000;
    }
    return subtree;
  };
  for (const node of profile.nodes) if (!childIds.has(node.id)) walk(node.id, new Set(), false);

  return { totalMs: totalUs / 1000, functions: [...times.values()] };
}

/** A plain-text table of the `count` functions with the most inclusive time. */
export function formatProfile(title: string, summary: { totalMs: number; functions: FunctionTime[] }, count = 25): string {
  const rows = [...summary.functions].sort((a, b) => b.totalMs - a.totalMs).slice(0, count);
  const lines = rows.map((f) => `${f.totalMs.toFixed(1).padStart(8)} ${f.selfMs.toFixed(1).padStart(8)}  ${f.name}`);
  return [`${title}: ${summary.totalMs.toFixed(1)} ms sampled in or under the content script`, '   total     self  function', ...lines].join('\n');
}

/**
 * The profile cut to the samples taken in [fromUs, toUs) (trace timestamps share the
 * profile's clock), so one long task can be summarised on its own.
 */
export function profileWindow(profile: CpuProfile, fromUs: number, toUs: number): CpuProfile {
  const all = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const samples: number[] = [];
  // summariseProfile charges delta i + 1 to sample i: keep that pairing.
  const timeDeltas: number[] = [0];
  let at = profile.startTime ?? 0;
  for (let i = 0; i < all.length; i++) {
    at += deltas[i] ?? 0;
    if (at < fromUs || at >= toUs) continue;
    samples.push(all[i] as number);
    // The last sample of a task is followed by idle time the profiler did not sample: clip it.
    timeDeltas.push(Math.min(deltas[i + 1] ?? 0, toUs - at));
  }
  return { nodes: profile.nodes, samples, timeDeltas, startTime: fromUs };
}
