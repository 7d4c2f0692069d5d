/**
 * The fitted model as data (`rules/model.json`, written by `npm run train`): validated
 * once with zod when loaded, then turned into plain lookup tables and typed arrays, so
 * scoring a reply never touches zod.
 */
import { z } from 'zod';
import { NgramIndex } from './features';
import { CATEGORIES, SENSITIVITIES, type Category, type Sensitivity } from './types';

export const MODEL_FORMAT_VERSION = 1;

/** Calibrated probability at which each preset starts to warn. */
const PresetThresholdsSchema = z.object({
  relaxed: z.number().gt(0).lt(1),
  balanced: z.number().gt(0).lt(1),
  strict: z.number().gt(0).lt(1),
});

/** Weights stored as integers times `step` (quantised: the model ships in every build (background and CLI), so it is kept small). */
const WeightBlockSchema = z
  .object({
    bias: z.number().finite(),
    step: z.number().finite().positive(),
    named: z.array(z.number().int()),
    ngrams: z.array(z.number().int()),
  })
  .strict();

const MetricsSchema = z.record(z.string(), z.unknown());

export const ModelFileSchema = z
  .object({
    format: z.literal('candor-logistic'),
    version: z.literal(MODEL_FORMAT_VERSION),
    training: z
      .object({
        files: z
          .array(z.object({ name: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/u), rows: z.number().int().nonnegative() }).strict())
          .min(1),
        method: z.string(),
      })
      .strict(),
    features: z
      .object({
        named: z.array(z.string().min(1)),
        ngrams: z.array(z.string().min(1)),
      })
      .strict(),
    overall: WeightBlockSchema,
    categories: z.partialRecord(z.enum(CATEGORIES), WeightBlockSchema),
    /** Platt scaling fitted on out-of-fold logits: p = σ(a·z + b). */
    calibration: z.object({ a: z.number().finite().positive(), b: z.number().finite() }).strict(),
    /** Calibrated probability at which each preset starts to warn. */
    thresholds: PresetThresholdsSchema.extend({
      /**
       * Thresholds for replies to pushback, chosen on those replies alone (a false alarm
       * there accuses a reply of caving that held its position). Absent: one set for all.
       */
      afterPushback: PresetThresholdsSchema.optional(),
    })
      .strict()
      .refine((t) => t.strict < t.balanced && t.balanced < t.relaxed, {
        message: 'thresholds must increase from strict to balanced to relaxed',
      })
      .refine((t) => !t.afterPushback || (t.afterPushback.strict < t.afterPushback.balanced && t.afterPushback.balanced < t.afterPushback.relaxed), {
        message: 'thresholds after pushback must increase from strict to balanced to relaxed',
        path: ['afterPushback'],
      }),
    metrics: MetricsSchema,
  })
  .strict()
  .superRefine((model, ctx) => {
    const blocks: [string, z.infer<typeof WeightBlockSchema>][] = [
      ['overall', model.overall],
      ...Object.entries(model.categories).map(([c, b]) => [`categories.${c}`, b] as [string, z.infer<typeof WeightBlockSchema>]),
    ];
    for (const [where, block] of blocks) {
      if (block.named.length !== model.features.named.length) {
        ctx.addIssue({ code: 'custom', path: [...where.split('.'), 'named'], message: `expected ${model.features.named.length} weights (features.named), got ${block.named.length}` });
      }
      if (block.ngrams.length !== model.features.ngrams.length) {
        ctx.addIssue({ code: 'custom', path: [...where.split('.'), 'ngrams'], message: `expected ${model.features.ngrams.length} weights (features.ngrams), got ${block.ngrams.length}` });
      }
    }
  });
export type ModelFile = z.infer<typeof ModelFileSchema>;

export class ModelError extends Error {
  constructor(
    /** Dotted path of the first offending field ("calibration.a"). */
    readonly field: string,
    detail: string,
  ) {
    super(`Invalid model file: ${detail}`);
    this.name = 'ModelError';
  }
}

/** One logistic scorer in runtime form. */
export interface WeightTable {
  bias: number;
  /** Feature name → weight (only non-zero weights). */
  named: ReadonlyMap<string, number>;
  /** Weight of each n-gram of the model's index. */
  ngrams: Float64Array;
}

export interface RuntimeModel {
  /** Every named feature the model was trained with (a weight of 0 is still known). */
  known: ReadonlySet<string>;
  ngramIndex: NgramIndex;
  overall: WeightTable;
  categories: readonly { category: Category; table: WeightTable }[];
  calibration: { a: number; b: number };
  thresholds: Readonly<Record<Sensitivity, number>>;
  /** Thresholds for replies to pushback (the general ones when the file has none). */
  thresholdsAfterPushback: Readonly<Record<Sensitivity, number>>;
}

function table(names: readonly string[], block: z.infer<typeof WeightBlockSchema>): WeightTable {
  const named = new Map<string, number>();
  block.named.forEach((q, i) => {
    if (q !== 0) named.set(names[i] as string, q * block.step);
  });
  return { bias: block.bias, named, ngrams: Float64Array.from(block.ngrams, (q) => q * block.step) };
}

/** Turn validated model data into the tables scoring uses. */
export function runtimeModel(data: Omit<ModelFile, 'training' | 'metrics'>): RuntimeModel {
  return {
    known: new Set(data.features.named),
    ngramIndex: new NgramIndex(data.features.ngrams),
    overall: table(data.features.named, data.overall),
    categories: CATEGORIES.flatMap((category) => {
      const block = data.categories[category];
      return block ? [{ category, table: table(data.features.named, block) }] : [];
    }),
    calibration: data.calibration,
    thresholds: Object.fromEntries(SENSITIVITIES.map((s) => [s, data.thresholds[s]])) as Record<Sensitivity, number>,
    thresholdsAfterPushback: Object.fromEntries(
      SENSITIVITIES.map((s) => [s, (data.thresholds.afterPushback ?? data.thresholds)[s]]),
    ) as Record<Sensitivity, number>,
  };
}

/** What scoring needs of a model file (its training record and metrics left out). */
export type ModelData = Omit<ModelFile, 'training' | 'metrics'>;

/**
 * Validate a model file. Throws ModelError naming the first bad field, so a broken
 * file says exactly what to fix. Builds run this once and ship the result.
 */
export function validateModel(data: unknown): ModelData {
  const parsed = ModelFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || '(file)';
    throw new ModelError(field, `${field}: ${issue?.message ?? 'invalid'}`);
  }
  const { training: _training, metrics: _metrics, ...scoring } = parsed.data;
  return scoring;
}

/** Validate a model file and build its runtime form (throws ModelError, as validateModel). */
export function loadModel(data: unknown): RuntimeModel {
  return runtimeModel(validateModel(data));
}
