/**
 * What a person can tune: the sensitivity preset, each rule's enable switch and weight,
 * and their own phrases per category. Validated with zod wherever settings cross a
 * trust boundary (storage, imported files, the CLI).
 */
import { z } from 'zod';
import { CATEGORIES, SENSITIVITIES, type Sensitivity } from './types';

export const RuleOverrideSchema = z
  .object({
    enabled: z.boolean().optional(),
    /** Multiplies the rule's own weight: 0 silences it, 2 doubles it. */
    weightFactor: z.number().min(0).max(3).optional(),
  })
  .strict();

export const EngineSettingsSchema = z
  .object({
    sensitivity: z.enum(SENSITIVITIES).default('balanced'),
    rules: z.record(z.string().max(64), RuleOverrideSchema).default({}),
    /** The person's own phrases (templates, see pattern.ts), per category. */
    customPhrases: z
      .partialRecord(z.enum(CATEGORIES), z.array(z.string().min(1).max(300)).max(200))
      .default({}),
  })
  .strict();
export type EngineSettings = z.infer<typeof EngineSettingsSchema>;
export type EngineSettingsInput = z.input<typeof EngineSettingsSchema>;

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = EngineSettingsSchema.parse({});

/**
 * How each preset treats the raw evidence. `scale` multiplies the evidence before it
 * becomes a score; `flagAt` is the lowest score that shows a warning.
 */
export const SENSITIVITY_PRESETS: Readonly<Record<Sensitivity, { scale: number; flagAt: number }>> = {
  relaxed: { scale: 0.7, flagAt: 45 },
  balanced: { scale: 1, flagAt: 30 },
  strict: { scale: 1.4, flagAt: 18 },
};

/** Score bands above the preset's `flagAt`: at or above these a flag is medium / high. */
export const LEVEL_BANDS = { medium: 50, high: 75 } as const;

/** Weight of a user-added phrase before the rule's weight factor. */
export const CUSTOM_PHRASE_WEIGHT = 30;
