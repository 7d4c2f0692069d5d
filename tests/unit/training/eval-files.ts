/**
 * Where the labelled data lives. CI has `../shared/eval`; a missing file must fail the
 * tests loudly (not skip them), so the committed model can never go unchecked.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const EVAL_DIR = path.resolve(process.env.CANDOR_EVAL_DIR ?? path.join(__dirname, '../../../../shared/eval'));
export const EVAL_FILES = ['dev.jsonl', 'caving-dev.jsonl', 'everyday-dev.jsonl'] as const;

export function evalPath(file: string): string {
  const full = path.join(EVAL_DIR, file);
  if (!existsSync(full)) {
    throw new Error(`${full} is missing: these tests need ../shared/eval (set CANDOR_EVAL_DIR to point elsewhere)`);
  }
  return full;
}
