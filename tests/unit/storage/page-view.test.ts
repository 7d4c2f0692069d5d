/**
 * A chat page reads settings and pauses without zod (page-view.ts). These tables hold
 * its answers to the schemas' own: every stored shape here, valid, old, corrupt or from
 * a newer version, gives the page the same "is Candor on here" and the same pauses.
 */
import { describe, expect, it } from 'vitest';
import { PausesSchema } from '@/src/storage/conversation-pauses';
import { pausesIn, siteEnabledIn } from '@/src/storage/page-view';
import { isSiteEnabled, parseStoredSettings } from '@/src/storage/settings';
import { SITE_IDS } from '@/src/sites/types';

const SETTINGS_SHAPES: [string, unknown][] = [
  ['nothing stored', undefined],
  ['defaults', { version: 2 }],
  ['two sites off', { version: 2, disabledSites: ['claude', 'poe'] }],
  ['version 1 with a site off', { version: 1, disabledSites: ['gemini'] }],
  ['an unknown site id beside a known one', { version: 2, disabledSites: ['claude', 'myspace'] }],
  ['a corrupt engine field beside a site off', { version: 1, engine: { sensitivity: 42 }, disabledSites: ['poe'] }],
  ['disabledSites not a list', { version: 2, disabledSites: 'claude' }],
  ['a newer version', { version: 3, disabledSites: ['claude'] }],
  ['no version', { disabledSites: ['claude'] }],
  ['version 0', { version: 0, disabledSites: ['claude'] }],
  ['a string version', { version: '2', disabledSites: ['claude'] }],
  ['null', null],
  ['a list', [{ version: 2, disabledSites: ['claude'] }]],
  ['a string', 'settings'],
  ['an unknown field beside a site off', { version: 2, disabledSites: ['chatgpt'], extra: true }],
  ['duplicate site ids', { version: 2, disabledSites: ['deepseek', 'deepseek'] }],
  ['a site id that is not text', { version: 2, disabledSites: [7, 'grok'] }],
];

describe('siteEnabledIn', () => {
  it.each(SETTINGS_SHAPES)('agrees with the settings schema: %s', (_what, raw) => {
    const settings = parseStoredSettings(raw).settings;
    for (const site of SITE_IDS) expect(siteEnabledIn(raw, site), site).toBe(isSiteEnabled(settings, site));
  });
});

const pause = { site: 'claude', conversationId: 'c1', until: null, pausedAt: 5 };
const PAUSE_SHAPES: [string, unknown][] = [
  ['nothing stored', undefined],
  ['none', { version: 1, pauses: [] }],
  ['one until resumed', { version: 1, pauses: [pause] }],
  ['one for an hour, on a new chat', { version: 1, pauses: [{ ...pause, conversationId: null, until: 3_600_005 }] }],
  ['an unknown site', { version: 1, pauses: [{ ...pause, site: 'myspace' }] }],
  ['an extra field in a pause', { version: 1, pauses: [{ ...pause, note: 'x' }] }],
  ['a missing field in a pause', { version: 1, pauses: [{ site: 'claude', conversationId: 'c1', until: null }] }],
  ['a negative time', { version: 1, pauses: [{ ...pause, pausedAt: -1 }] }],
  ['a fractional time', { version: 1, pauses: [{ ...pause, until: 1.5 }] }],
  ['an unsafe integer', { version: 1, pauses: [{ ...pause, until: 2 ** 60 }] }],
  ['a 201-character conversation id', { version: 1, pauses: [{ ...pause, conversationId: 'x'.repeat(201) }] }],
  ['501 pauses', { version: 1, pauses: Array.from({ length: 501 }, (_, i) => ({ ...pause, conversationId: `c${i}` })) }],
  ['500 pauses', { version: 1, pauses: Array.from({ length: 500 }, (_, i) => ({ ...pause, conversationId: `c${i}` })) }],
  ['a newer version', { version: 2, pauses: [pause] }],
  ['an extra top-level field', { version: 1, pauses: [pause], extra: 1 }],
  ['pauses not a list', { version: 1, pauses: pause }],
  ['null', null],
];

describe('pausesIn', () => {
  it.each(PAUSE_SHAPES)('agrees with the pauses schema: %s', (_what, raw) => {
    const parsed = PausesSchema.safeParse(raw);
    expect(pausesIn(raw)).toEqual(parsed.success ? parsed.data : { version: 1, pauses: [] });
  });
});
