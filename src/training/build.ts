/**
 * Build `rules/model.json` from `../shared/eval`: the one function behind `npm run train`
 * and the test that proves the committed model is exactly what training produces.
 * Node only (reads files); never bundled into the extension.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledRules } from '../engine/compile';
import type { ModelFile } from '../engine/model-schema';
import { featurize, parseLabelledRows, type FeatureRow } from './dataset';
import { DEFAULT_TRAIN, trainModel, type TrainOptions } from './train';

/** The only files the model is trained on (see ../shared/eval/README.md). */
export const TRAINING_FILES = ['dev.jsonl', 'caving-dev.jsonl', 'everyday-dev.jsonl'] as const;

export const TRAINING_METHOD =
  'L2-regularised logistic regression (Adam, full batch, fixed iterations) on named engine features (with ' +
  'user-turn x reply stance interactions) and n-grams (anywhere and in the opening) whose within-source log-odds ' +
  'agree in sign across benchmarks; rows weighted by 1/(source size); Platt calibration on grouped 5-fold ' +
  'out-of-fold logits; balanced threshold at out-of-fold precision >= 0.9; everyday rows as negatives';

export interface TrainingData {
  files: { name: string; sha256: string; rows: number }[];
  rows: FeatureRow[];
}

/** Read and featurise the training files; a missing file is an error naming it. */
export function loadTrainingData(dir: string, compiled: CompiledRules): TrainingData {
  const files: TrainingData['files'] = [];
  const labelled = TRAINING_FILES.flatMap((name) => {
    const full = path.join(dir, name);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (error) {
      throw new Error(`cannot read training file ${full}: ${(error as Error).message}`, { cause: error });
    }
    const rows = parseLabelledRows(name, text);
    files.push({ name, sha256: createHash('sha256').update(text).digest('hex'), rows: rows.length });
    return rows;
  });
  return { files, rows: featurize(labelled, compiled) };
}

/** The complete model file, as `npm run train` writes it. */
export function buildModelFile(data: TrainingData, options: TrainOptions = DEFAULT_TRAIN): ModelFile {
  const { model } = trainModel(data.rows, options);
  return { ...model, training: { files: data.files, method: TRAINING_METHOD } };
}

/** The file's text: compact (it ships in the content script), one trailing newline. */
export function serialiseModel(model: ModelFile): string {
  const { format, version, training, calibration, thresholds, metrics, features, overall, categories } = model;
  // Fixed key order, so the file only changes when the model does.
  return `${JSON.stringify({ format, version, training, calibration, thresholds, metrics, features, overall, categories })}\n`;
}
