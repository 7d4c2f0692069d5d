/**
 * Evaluation that predicts unseen data: grouped k-fold cross-validation and
 * leave-one-source-out. Every held-out row is scored by the full engine (scoreReading,
 * with the quantised model of its fold), exactly as the extension would score it.
 */
import { scoreReading } from '../engine/analyze';
import type { CompiledRules } from '../engine/compile';
import { runtimeModel } from '../engine/model-schema';
import { EngineSettingsSchema } from '../engine/settings';
import type { Sensitivity } from '../engine/types';
import type { FeatureRow } from './dataset';
import { assignFolds } from './groups';
import { trainModel, type TrainOptions, DEFAULT_TRAIN } from './train';

/** Out-of-sample verdicts: `predicted[i]` for `rows[i]`, by a model that never saw its group (or source). */
export interface HeldOutPredictions {
  predicted: boolean[];
  /** Which split each row was held out in (fold number or source). */
  split: string[];
}

function predictHeldOut(
  rows: readonly FeatureRow[],
  compiled: CompiledRules,
  splitOf: (row: FeatureRow, i: number) => string,
  sensitivity: Sensitivity,
  options: TrainOptions,
): HeldOutPredictions {
  const settings = EngineSettingsSchema.parse({ sensitivity });
  const split = rows.map(splitOf);
  const predicted = new Array<boolean>(rows.length).fill(false);
  const names = [...new Set(split)].sort();
  for (const name of names) {
    const train = rows.filter((_, i) => split[i] !== name);
    const model = runtimeModel(trainModel(train, { ...options, categories: false }).model);
    rows.forEach((r, i) => {
      if (split[i] === name) predicted[i] = scoreReading(r.reading, compiled, settings, model).level !== 'none';
    });
  }
  return { predicted, split };
}

/** Grouped k-fold cross-validation over all rows together (as `npm run train` fits them). */
export function crossValidate(
  rows: readonly FeatureRow[],
  compiled: CompiledRules,
  k: number,
  sensitivity: Sensitivity,
  options: TrainOptions = DEFAULT_TRAIN,
): HeldOutPredictions {
  const folds = assignFolds(rows.map((r) => r.row.group), k);
  return predictHeldOut(rows, compiled, (_, i) => `fold ${folds[i] as number}`, sensitivity, options);
}

/** Leave one source out: for each benchmark, train on all the others and test on it. */
export function leaveOneSourceOut(
  rows: readonly FeatureRow[],
  compiled: CompiledRules,
  sensitivity: Sensitivity,
  options: TrainOptions = DEFAULT_TRAIN,
): HeldOutPredictions {
  return predictHeldOut(rows, compiled, (r) => r.row.source, sensitivity, options);
}
