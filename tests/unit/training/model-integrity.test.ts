/**
 * The committed rules/model.json is exactly what `npm run train` produces from
 * ../shared/eval with the current rules and code. Fails loudly (never skips) when the
 * data is missing: CI has it. After changing rules, the normaliser or the features,
 * run `npm run train` and commit the new model.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledRules } from '@/src/engine/bundled-rules';
import { buildModelFile, loadTrainingData, serialiseModel, TRAINING_FILES } from '@/src/training/build';
import { EVAL_DIR, evalPath } from './eval-files';

const committedText = readFileSync(path.join(__dirname, '../../../rules/model.json'), 'utf8');

describe('rules/model.json', () => {
  it('records the SHA-256 of each training file as it is now', () => {
    const committed = JSON.parse(committedText) as { training: { files: { name: string; sha256: string }[] } };
    expect(committed.training.files.map((f) => f.name)).toEqual([...TRAINING_FILES]);
    for (const file of committed.training.files) {
      const hash = createHash('sha256').update(readFileSync(evalPath(file.name), 'utf8')).digest('hex');
      expect(hash, `${file.name} changed since the model was trained: run npm run train`).toBe(file.sha256);
    }
  });

  it('is byte for byte what npm run train writes (run npm run train after changing rules or features)', () => {
    for (const file of TRAINING_FILES) evalPath(file);
    const rebuilt = serialiseModel(buildModelFile(loadTrainingData(EVAL_DIR, bundledRules())));
    expect(rebuilt === committedText, 'rules/model.json is stale: run npm run train').toBe(true);
  }, 600_000);
});
