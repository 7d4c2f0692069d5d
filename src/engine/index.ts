/** The engine's public surface: pure, deterministic, no browser APIs. */
export { analyze, categoriesOf } from './analyze';
export { compileRules, RulesError, type CompiledRules, type RuleProblem, type RuleSource } from './compile';
export { compileTemplate, TemplateError, TEMPLATE_LIMITS } from './pattern';
export {
  DEFAULT_ENGINE_SETTINGS,
  EngineSettingsSchema,
  SENSITIVITY_PRESETS,
  type EngineSettings,
  type EngineSettingsInput,
} from './settings';
export * from './types';
