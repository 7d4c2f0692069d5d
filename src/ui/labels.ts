/** Words the pages show for engine values: one place, so popup and history agree. */
import { bundledRules } from '../engine/bundled-rules';
import type { CompiledRule } from '../engine/compile';
import type { Category, Level, Sensitivity } from '../engine/types';
import { SITE_ADAPTERS } from '../sites';
import type { SiteId } from '../sites/types';

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  flattery: 'Flattery',
  agreement: 'Reflexive agreement',
  caving: 'Caving to pushback',
  delusion_validation: 'Validating delusions',
  harmful_endorsement: 'Endorsing a risky plan',
  emotional_amplification: 'Emotional amplification',
};

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  none: 'No flag',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const SENSITIVITY_LABELS: Readonly<Record<Sensitivity, { name: string; description: string }>> = {
  relaxed: { name: 'Relaxed', description: 'Only clear, strong cases.' },
  balanced: { name: 'Balanced', description: 'The default: few false alarms, most real cases.' },
  strict: { name: 'Strict', description: 'Also weaker signs; expect more false alarms.' },
};

export function siteName(site: string): string {
  return SITE_ADAPTERS.find((adapter) => adapter.id === site)?.name ?? site;
}

export const SITE_NAMES: ReadonlyArray<{ id: SiteId; name: string }> = SITE_ADAPTERS.map((a) => ({ id: a.id, name: a.name }));

let rulesById: Map<string, CompiledRule> | undefined;

/** A bundled rule by id (explanations, advice and sources live in the rules, not in reports). */
export function ruleById(id: string): CompiledRule | undefined {
  rulesById ??= new Map(bundledRules().rules.map((rule) => [rule.id, rule]));
  return rulesById.get(id);
}

/** "praise-for-the-users-idea" → "Praise for the users idea". */
export function ruleTitle(id: string): string {
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatTime(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
