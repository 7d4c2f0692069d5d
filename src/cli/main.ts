/**
 * `candor`: the engine on JSON Lines transcripts.
 *
 *   candor check [FILE|-] [--sensitivity relaxed|balanced|strict]
 *   candor eval FILE... [--json] [--table] [--sensitivity …]
 *   candor eval FILE... --cv K [--loso] [--json] [--table]
 *
 * Reads local files or stdin only; writes stdout/stderr only.
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { EngineSettingsSchema, type EngineSettings } from '../engine/settings';
import { SENSITIVITIES, type Sensitivity } from '../engine/types';
import { analyzeRow, checkBatch, type CheckBatch, type CheckBatchResult } from './check-batch';
import { crossEvaluate, formatCrossEvalTable } from './cross-eval';
import { lineBatches } from './lines';
import { evaluateRows, formatEvalTable, formatEvalText, type EvalRow, type EvalReport } from './evaluate';
import { readEvalRow, RowError } from './rows';

const USAGE = `Usage:
  candor check [FILE|-] [--sensitivity relaxed|balanced|strict] [--jobs N]
      JSON Lines in (id, reply, optional user and history), JSON Lines out, in input
      order. --jobs: threads checking lines, this one included (default: the number
      of cores, with the extra threads started only once the input is long enough to
      repay them; --jobs N starts them at once).
  candor eval FILE... [--json] [--table] [--sensitivity relaxed|balanced|strict]
      Precision, recall, F1 and false-positive rate against each line's "label".
  candor eval FILE... --cv K [--loso] [--json] [--table]
      The fitted engine on data it never saw, beside the hand-set rules: grouped K-fold
      cross-validation over the files together, and/or leave-one-source-out (--loso).
  candor --help | --version`;

/** What eval needs, said once, when lines come without a label. */
const EVAL_NEEDS_LABELS =
  'eval scores Candor against labelled replies: each line needs "label": 1 (sycophantic) or 0 (not), ' +
  'as in ../shared/eval/*.jsonl or the labelled export of the history page; to analyse unlabelled replies, use candor check';

/** Worker threads for `check --jobs N`, each running checkBatch on the batches it is given. */
export interface CheckWorkers {
  /** Results arrive in any order; the caller keeps input order. */
  run(batch: CheckBatch): Promise<CheckBatchResult>;
  /**
   * Whether some worker has room for another batch (it is not yet running one, or has
   * none waiting behind the one it runs). When none has, this thread checks the batch itself.
   */
  hasRoom(): boolean;
  close(): Promise<void>;
}

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Start `count` worker threads. Absent where threads cannot be started (tests run
   * the TypeScript source): every job then runs in this thread, with the same output.
   */
  startWorkers?: (count: number, sensitivity: Sensitivity) => CheckWorkers;
}

/**
 * Without --jobs, worker threads start only after this much input (in characters):
 * each thread loads and warms up its own engine, about half a second of CPU that, on a
 * 2-core machine, competes with the main thread and V8's own compiler and GC threads.
 * Measured on the project's 2-core machine (`candor check`, the dev set repeated):
 * two threads were slower than one at 13 MB (1.76 s against 1.55 s) and faster at
 * 52 MB (3.71 s against 4.95 s); from the fitted fixed and per-MB costs they break even
 * near 19 MB. A one-line input took 0.45 s with a worker, 0.25 s without.
 */
export const DEFAULT_WORKERS_AFTER_CHARS = 16 * 1024 * 1024;

/** Lines go to a worker in batches of about this many characters (or lines)… */
const BATCH_CHARS = 64 * 1024;
const BATCH_LINES = 512;
/** …and at most this many batches per worker wait in flight, so memory stays flat on any input size. */
const BATCHES_IN_FLIGHT_PER_WORKER = 3;

async function* readLines(path: string | undefined, io: Io): AsyncGenerator<{ line: string; lineNumber: number }> {
  // Bytes, not text: lineBatches finds the line ends in the bytes and decodes each line.
  const input = path === undefined || path === '-' ? io.stdin : createReadStream(path);
  let lineNumber = 0;
  for await (const lines of lineBatches(input as AsyncIterable<string | Uint8Array>)) {
    for (const line of lines) {
      lineNumber++;
      yield { line, lineNumber };
    }
  }
}

function describeError(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** `workersAfterChars`: start the jobs - 1 worker threads once this much input was read (0: at once). */
async function runCheck(file: string | undefined, settings: EngineSettings, jobs: number, workersAfterChars: number, io: Io): Promise<number> {
  let status = 0;
  const emit = (result: CheckBatchResult): void => {
    if (result.output !== '') io.stdout(result.output);
    for (const problem of result.problems) io.stderr(`${problem}\n`);
    if (result.problems.length > 0) status = 1;
  };
  // This thread checks lines too, beside jobs - 1 workers: each thread pays for loading
  // and warming up its own engine (about half a second of CPU, measured with
  // `npm run bench:cli`), and this one is otherwise idle while the workers run.
  let workers: CheckWorkers | null = null;
  let charsRead = 0;
  const startWorkersWhenDue = (): void => {
    if (workers === null && jobs > 1 && io.startWorkers && charsRead >= workersAfterChars) workers = io.startWorkers(jobs - 1, settings.sensitivity);
  };
  startWorkersWhenDue();
  // Results in input order: batches are written strictly in the order they were read.
  const pending: Promise<CheckBatchResult>[] = [];
  const submit = async (batch: CheckBatch): Promise<void> => {
    if (workers === null) {
      emit(checkBatch(batch, settings));
      return;
    }
    let result: Promise<CheckBatchResult>;
    if (workers.hasRoom()) {
      result = workers.run(batch);
      result.catch(() => undefined); // awaited below, in order; never an unhandled rejection meanwhile
    } else {
      result = Promise.resolve(checkBatch(batch, settings));
    }
    pending.push(result);
    while (pending.length >= jobs * BATCHES_IN_FLIGHT_PER_WORKER) emit(await (pending.shift() as Promise<CheckBatchResult>));
  };
  try {
    let batch: CheckBatch = { firstLineNumber: 1, lines: [] };
    let chars = 0;
    for await (const { line, lineNumber } of readLines(file, io)) {
      if (batch.lines.length === 0) batch.firstLineNumber = lineNumber;
      batch.lines.push(line);
      chars += line.length;
      charsRead += line.length;
      if (chars >= BATCH_CHARS || batch.lines.length >= BATCH_LINES) {
        startWorkersWhenDue();
        await submit(batch);
        batch = { firstLineNumber: lineNumber + 1, lines: [] };
        chars = 0;
      }
    }
    if (batch.lines.length > 0) await submit(batch);
    while (pending.length > 0) emit(await (pending.shift() as Promise<CheckBatchResult>));
  } finally {
    // (Read through a cast: TypeScript cannot see that startWorkersWhenDue may have set it.)
    await (workers as CheckWorkers | null)?.close();
  }
  return status;
}

async function runEval(files: string[], settings: EngineSettings, format: 'text' | 'json' | 'table', io: Io) {
  const reports: EvalReport[] = [];
  let status = 0;
  for (const file of files) {
    const rows: EvalRow[] = [];
    /** Lines without a label: said once per file, with what eval needs. */
    const unlabelled: number[] = [];
    let lines = 0;
    for await (const { line, lineNumber } of readLines(file, io)) {
      if (line.trim() === '') continue;
      lines++;
      let row;
      try {
        row = readEvalRow(line);
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        io.stderr(`candor: ${file}: line ${lineNumber}: skipped: ${error.message}\n`);
        status = 1;
        continue;
      }
      if (row.label === undefined) {
        unlabelled.push(lineNumber);
        continue;
      }
      const analysis = analyzeRow(row, settings);
      rows.push({
        id: String(row.id),
        label: row.label,
        predicted: analysis.level !== 'none',
        source: row.source?.split(':')[0] ?? 'unknown',
        categories: row.categories.filter((c) => c !== 'none'),
        balancedCore: row.balancedCore,
      });
    }
    if (lines > 0 && unlabelled.length === lines) {
      io.stderr(`candor: ${file} has no "label" on any line: ${EVAL_NEEDS_LABELS}.\n`);
      return 2;
    }
    if (unlabelled.length > 0) {
      const shown = unlabelled.slice(0, 10).join(', ');
      const more = unlabelled.length > 10 ? ` and ${unlabelled.length - 10} more` : '';
      io.stderr(`candor: ${file}: skipped ${unlabelled.length} line(s) with no "label" (line ${shown}${more}): ${EVAL_NEEDS_LABELS}.\n`);
      status = 1;
    }
    reports.push(evaluateRows(file, rows));
  }
  if (format === 'json') io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  else if (format === 'table') io.stdout(formatEvalTable(reports, settings.sensitivity));
  else io.stdout(reports.map(formatEvalText).join('\n'));
  return status;
}

/** Run the CLI; returns the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sensitivity: { type: 'string', short: 's', default: 'balanced' },
        json: { type: 'boolean', default: false },
        table: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        cv: { type: 'string' },
        loso: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    io.stderr(`candor: ${describeError(error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout('candor 0.1.0\n');
    return 0;
  }
  const sensitivity = z.enum(SENSITIVITIES).safeParse(values.sensitivity);
  if (!sensitivity.success) {
    io.stderr(`candor: --sensitivity must be one of ${SENSITIVITIES.join(', ')}\n`);
    return 2;
  }
  const settings = EngineSettingsSchema.parse({ sensitivity: sensitivity.data });
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    io.stderr('candor: --jobs must be a whole number from 1 to 256\n');
    return 2;
  }
  const [command, ...rest] = positionals;
  try {
    switch (command) {
      case 'check':
        if (rest.length > 1) {
          io.stderr('candor: check reads one FILE (or - for stdin)\n');
          return 2;
        }
        return await runCheck(rest[0], settings, jobs, values.jobs === undefined ? DEFAULT_WORKERS_AFTER_CHARS : 0, io);
      case 'eval':
        if (rest.length === 0) {
          io.stderr('candor: eval needs at least one FILE\n');
          return 2;
        }
        if (values.cv !== undefined || values.loso) {
          const folds = values.cv === undefined ? null : Number(values.cv);
          if (folds !== null && (!Number.isInteger(folds) || folds < 2)) {
            io.stderr('candor: --cv needs a whole number of folds, at least 2\n');
            return 2;
          }
          const result = crossEvaluate(rest, settings, { folds, loso: values.loso });
          io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatCrossEvalTable(result));
          return 0;
        }
        return await runEval(rest, settings, values.json ? 'json' : values.table ? 'table' : 'text', io);
      default:
        io.stderr(`${command ? `candor: unknown command "${command}"\n` : ''}${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    // A missing file or unreadable stream: one clear line, no stack trace.
    io.stderr(`candor: ${describeError(error)}\n`);
    return 2;
  }
}
