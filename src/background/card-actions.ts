/**
 * What the person does from the in-page card besides a verdict (verdicts go through the
 * `feedback` path like the popup's): "Don't flag this rule again", "Pause on this
 * conversation", and the page-interference notice the mark guard reports. Kept apart
 * from handle-message.ts so that file only routes to it.
 *
 * These messages arrive from Candor's content script (the sender is checked by the
 * caller) and only after a trusted click in the closed card: the page cannot send them.
 */
import { z } from 'zod';
import type { ConversationPause, PageInterference, RuleSwitch } from '../messaging/protocol';
import { readPauses, savePauses, withPause } from '../storage/conversation-pauses';
import { loadSettings, saveSettings, type KeyValueArea, type Settings } from '../storage/settings';

export type CardMessage = RuleSwitch | ConversationPause | PageInterference;

export interface CardActionDeps {
  /** storage.local: settings and pauses. */
  local: KeyValueArea;
  /** storage.session: per-tab notices. */
  session: KeyValueArea;
  now(): number;
}

export function isCardMessage(message: { type: string }): message is CardMessage {
  return message.type === 'ruleSwitch' || message.type === 'conversationPause' || message.type === 'pageInterference';
}

export const INTERFERENCE_PREFIX = 'interference:';
export const interferenceKey = (tabId: number) => `${INTERFERENCE_PREFIX}${tabId}`;

export const InterferenceNoticeSchema = z
  .object({ url: z.string(), restored: z.number().int().nonnegative(), gaveUp: z.boolean(), at: z.number() })
  .strict();
export type InterferenceNotice = z.infer<typeof InterferenceNoticeSchema>;

/** The page-interference notice for a tab, if the page there fought Candor's marks. */
export async function readInterference(session: KeyValueArea, tabId: number): Promise<InterferenceNotice | null> {
  const parsed = InterferenceNoticeSchema.safeParse((await session.get(interferenceKey(tabId)))[interferenceKey(tabId)]);
  return parsed.success ? parsed.data : null;
}

/** Settings with one rule switched off, or its switch taken back (the override dropped when empty). */
export function withRuleEnabled(settings: Settings, ruleId: string, enabled: boolean): Settings {
  const rules = { ...settings.engine.rules };
  const { enabled: _previous, ...rest } = rules[ruleId] ?? {};
  if (enabled) {
    if (Object.keys(rest).length > 0) rules[ruleId] = rest;
    else delete rules[ruleId];
  } else {
    rules[ruleId] = { ...rest, enabled: false };
  }
  return { ...settings, engine: { ...settings.engine, rules } };
}

export async function applyCardMessage(deps: CardActionDeps, tabId: number, message: CardMessage): Promise<void> {
  switch (message.type) {
    case 'ruleSwitch': {
      const loaded = await loadSettings(deps.local);
      // Unreadable settings are kept aside by loadSettings; writing defaults over them
      // here would bury what the person set, so the switch waits for a readable value.
      if (loaded.notice) throw new Error(`settings unreadable, rule switch not saved: ${loaded.notice}`);
      await saveSettings(deps.local, withRuleEnabled(loaded.settings, message.ruleId, message.enabled));
      return;
    }
    case 'conversationPause': {
      const pauses = await readPauses(deps.local);
      const change = { site: message.site, conversationId: message.conversationId, ...(message.resume ? {} : { until: message.until }) };
      await savePauses(deps.local, withPause(pauses, change, deps.now()));
      return;
    }
    case 'pageInterference': {
      const notice: InterferenceNotice = { url: message.url, restored: message.restored, gaveUp: message.gaveUp, at: deps.now() };
      await deps.session.set({ [interferenceKey(tabId)]: notice });
      return;
    }
  }
}
