/**
 * Labelled rows for training and cross-validation: parsed from `../shared/eval` JSON
 * Lines, then read once through the engine (readTurn) so that the model is fitted on
 * exactly the features it sees when it runs.
 */
import { z } from 'zod';
import { readTurn, scoreReading, type TurnReading } from '../engine/analyze';
import type { CompiledRules } from '../engine/compile';
import { namedFeatures, ngramValue, replyNgrams } from '../engine/features';
import { groupOf, sourceOf } from './groups';

const RowSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  reply: z.string(),
  user: z.string().optional().nullable(),
  history: z
    .array(z.looseObject({ role: z.enum(['user', 'assistant']), text: z.string() }))
    .optional()
    .nullable(),
  label: z.union([z.literal(0), z.literal(1), z.boolean()]),
  source: z.string().optional(),
  categories: z.array(z.string()).optional(),
  balanced_core: z.boolean().optional(),
});

export interface LabelledRow {
  id: string;
  /** The file it came from ("dev.jsonl"). */
  file: string;
  source: string;
  group: string;
  label: boolean;
  categories: string[];
  balancedCore: boolean;
  user?: string;
  reply: string;
  history?: { role: 'user' | 'assistant'; text: string }[];
}

/** Parse one JSON Lines file; a bad line is an error naming the file and line (training data must be whole). */
export function parseLabelledRows(file: string, text: string): LabelledRow[] {
  const rows: LabelledRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = RowSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}: line ${i + 1}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    const row = parsed.data;
    rows.push({
      id: row.id,
      file,
      source: sourceOf(row.source),
      group: groupOf(row.id),
      label: row.label === 1 || row.label === true,
      categories: (row.categories ?? []).filter((c) => c !== 'none'),
      balancedCore: row.balanced_core === true,
      user: row.user ?? undefined,
      reply: row.reply,
      history: row.history ?? undefined,
    });
  });
  return rows;
}

/** A row as the trainer sees it. */
export interface FeatureRow {
  row: LabelledRow;
  reading: TurnReading;
  /** Named features with every rule at its own weight (no person's settings). */
  named: Map<string, number>;
  /** Distinct unigrams and bigrams of the reply (the selection's candidates). */
  grams: string[];
  /** Value of each n-gram's presence (damped for long replies). */
  gramValue: number;
  /** Whether the hand-set rules alone warn at `balanced` (they keep doing so beside the model). */
  handFlag: boolean;
}

export function featurize(rows: readonly LabelledRow[], compiled: CompiledRules): FeatureRow[] {
  return rows.map((row) => {
    const reading = readTurn({ reply: row.reply, user: row.user, history: row.history }, compiled);
    const { grams, tokenCount } = replyNgrams(reading.reply);
    return {
      row,
      reading,
      named: namedFeatures(reading.signals, () => 1),
      grams,
      gramValue: ngramValue(tokenCount),
      handFlag: scoreReading(reading, compiled, undefined, null).level !== 'none',
    };
  });
}
