/**
 * `candor`: the engine on JSON Lines transcripts.
 *
 *   candor check [FILE|-] [--sensitivity relaxed|balanced|strict]
 *   candor eval FILE... [--json] [--table] [--sensitivity …]
 *
 * Reads local files or stdin only; writes stdout/stderr only.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { analyze, categoriesOf } from '../engine/analyze';
import { bundledRules } from '../engine/bundled-rules';
import { EngineSettingsSchema, type EngineSettings } from '../engine/settings';
import { SENSITIVITIES, type Analysis } from '../engine/types';
import { crossEvaluate, formatCrossEvalTable } from './cross-eval';
import { evaluateRows, formatEvalTable, formatEvalText, type EvalRow, type EvalReport } from './evaluate';

const USAGE = `Usage:
  candor check [FILE|-] [--sensitivity relaxed|balanced|strict]
      JSON Lines in (id, reply, optional user and history), JSON Lines out.
  candor eval FILE... [--json] [--table] [--sensitivity relaxed|balanced|strict]
      Precision, recall, F1 and false-positive rate against each line's "label".
  candor eval FILE... --cv K [--loso] [--json] [--table]
      The fitted engine on data it never saw, beside the hand-set rules: grouped K-fold
      cross-validation over the files together, and/or leave-one-source-out (--loso).
  candor --help | --version`;

/** One input line of `candor check`; other fields are ignored. */
const CheckLineSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  reply: z.string(),
  user: z.string().optional().nullable(),
  history: z
    .array(z.looseObject({ role: z.enum(['user', 'assistant']), text: z.string() }))
    .optional()
    .nullable(),
});

const EvalLineSchema = CheckLineSchema.extend({
  label: z.union([z.literal(0), z.literal(1), z.boolean()]),
  source: z.string().optional(),
  categories: z.array(z.string()).optional(),
  balanced_core: z.boolean().optional(),
});

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

async function* readLines(path: string | undefined, io: Io): AsyncGenerator<{ line: string; lineNumber: number }> {
  const input = path === undefined || path === '-' ? io.stdin : createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of rl) {
    lineNumber++;
    yield { line, lineNumber };
  }
}

function describeError(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

function parseLine<T>(schema: z.ZodType<T>, line: string): T {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new Error(`not valid JSON (${describeError(error)})`, { cause: error });
  }
  return schema.parse(json);
}

function checkOutput(id: string | number, analysis: Analysis) {
  return {
    id,
    score: analysis.score,
    level: analysis.level,
    flagged: analysis.level !== 'none',
    categories: categoriesOf(analysis),
    flags: analysis.flags.map((f) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, spans: f.spans })),
  };
}

/** Analyse one JSON Lines row with the bundled rules (null fields count as absent). */
function analyzeRow(row: z.infer<typeof CheckLineSchema>, settings: EngineSettings): Analysis {
  return analyze(
    { reply: row.reply, user: row.user ?? undefined, history: row.history ?? undefined },
    bundledRules(),
    settings,
  );
}

async function runCheck(file: string | undefined, settings: EngineSettings, io: Io): Promise<number> {
  let status = 0;
  for await (const { line, lineNumber } of readLines(file, io)) {
    if (line.trim() === '') continue;
    let row: z.infer<typeof CheckLineSchema>;
    try {
      row = parseLine(CheckLineSchema, line);
    } catch (error) {
      io.stderr(`candor: line ${lineNumber}: skipped: ${describeError(error)}\n`);
      status = 1;
      continue;
    }
    const analysis = analyzeRow(row, settings);
    io.stdout(`${JSON.stringify(checkOutput(row.id, analysis))}\n`);
  }
  return status;
}

async function runEval(files: string[], settings: EngineSettings, format: 'text' | 'json' | 'table', io: Io) {
  const reports: EvalReport[] = [];
  let status = 0;
  for (const file of files) {
    const rows: EvalRow[] = [];
    for await (const { line, lineNumber } of readLines(file, io)) {
      if (line.trim() === '') continue;
      let row: z.infer<typeof EvalLineSchema>;
      try {
        row = parseLine(EvalLineSchema, line);
      } catch (error) {
        io.stderr(`candor: ${file}: line ${lineNumber}: skipped: ${describeError(error)}\n`);
        status = 1;
        continue;
      }
      const analysis = analyzeRow(row, settings);
      rows.push({
        id: String(row.id),
        label: row.label === 1 || row.label === true,
        predicted: analysis.level !== 'none',
        source: row.source?.split(':')[0] ?? 'unknown',
        categories: (row.categories ?? []).filter((c) => c !== 'none'),
        balancedCore: row.balanced_core === true,
      });
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
  const [command, ...rest] = positionals;
  try {
    switch (command) {
      case 'check':
        if (rest.length > 1) {
          io.stderr('candor: check reads one FILE (or - for stdin)\n');
          return 2;
        }
        return await runCheck(rest[0], settings, io);
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
