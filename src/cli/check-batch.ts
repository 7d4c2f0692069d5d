/**
 * The work of `candor check` on a batch of consecutive lines: the same function runs
 * in the main thread (one job) and in each worker thread (`--jobs N`), so the output
 * cannot depend on how the lines were spread.
 */
import { analyze, categoriesOf } from '../engine/analyze';
import { bundledRules } from '../engine/bundled-rules';
import type { EngineSettings } from '../engine/settings';
import type { Analysis } from '../engine/types';
import { readCheckRow, RowError, type CheckRow } from './rows';

export interface CheckBatch {
  /** Line number of lines[0] in the input (1-based). */
  firstLineNumber: number;
  lines: string[];
}

export interface CheckBatchResult {
  /** One JSON line per readable input line, in input order, each ending in "\n". */
  output: string;
  /** One message per line that could not be read, naming its line number. */
  problems: string[];
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

/** Analyse one row with the bundled rules. */
export function analyzeRow(row: CheckRow, settings: EngineSettings): Analysis {
  return analyze({ reply: row.reply, user: row.user, history: row.history }, bundledRules(), settings);
}

export function checkBatch(batch: CheckBatch, settings: EngineSettings): CheckBatchResult {
  let output = '';
  const problems: string[] = [];
  batch.lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let row: CheckRow;
    try {
      row = readCheckRow(line);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      problems.push(`candor: line ${batch.firstLineNumber + i}: skipped: ${error.message}`);
      return;
    }
    output += `${JSON.stringify(checkOutput(row.id, analyzeRow(row, settings)))}\n`;
  });
  return { output, problems };
}
