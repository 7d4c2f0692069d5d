// @vitest-environment happy-dom
/**
 * The settings view against an in-memory backend: every control saves what it should
 * (and only non-default rule overrides), bad phrases and bad files save nothing, and
 * "Try it" shows pasted text as text.
 */
import { customPhrasesName } from '@/src/vocabulary';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '@/src/storage/settings';
import { BackendContext } from '@/src/ui/hooks';
import { ruleById } from '@/src/ui/rule-lookup';
import { SettingsView } from '@/src/ui/options/settings-view';
import { fakeBackend, type FakeBackend } from './fake-backend';

/** Slider changes are saved 300 ms after they stop; on a loaded machine running the whole
 * suite in parallel that took longer than waitFor's default second (once in three runs). */
const SAVED_WITHIN = { timeout: 5000 };

afterEach(cleanup);

const RULE_ID = 'praise-for-the-users-idea';
const RULE_TITLE = 'Praises your idea';
const SYCOPHANTIC = "What a brilliant idea! You're absolutely right, this is genius.";

function withSettings(change: (s: Settings) => Settings): Settings {
  return change(structuredClone(DEFAULT_SETTINGS));
}

async function renderSettings(backend: FakeBackend = fakeBackend()) {
  const user = userEvent.setup();
  render(
    <BackendContext.Provider value={backend}>
      <SettingsView />
    </BackendContext.Provider>,
  );
  await screen.findByRole('heading', { name: 'Sensitivity' });
  return { backend, user };
}

const lastSaved = (backend: FakeBackend) => backend.saved.at(-1);

describe('recovery notice', () => {
  it('explains the reset, offers the old value back and goes away when dismissed', async () => {
    const old = { version: 99, engine: { sensitivity: 'paranoid' } };
    const backend = fakeBackend({ quarantine: { savedAt: 1, value: old } });
    const notice = 'Your settings were reset to the defaults because they could not be read. The old value is kept for recovery.';
    backend.loadSettings = async () => ({ settings: backend.settings, notice });
    const { user } = await renderSettings(backend);

    expect((await screen.findByText(notice)).closest('[role="status"]')).not.toBeNull();
    // The old value arrives separately from the notice.
    await user.click(await screen.findByRole('button', { name: 'Download the old value' }));
    expect(backend.downloads).toEqual([
      { fileName: 'candor-settings-recovered.json', mimeType: 'application/json', content: JSON.stringify(old, null, 2) },
    ]);

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(notice)).toBeNull());
    expect(backend.quarantine).toBeNull();
    // The defaults in use are stored, so the unreadable value is not set aside again.
    expect(lastSaved(backend)).toEqual(DEFAULT_SETTINGS);
  });

  it('shows nothing when the settings were read fine', async () => {
    await renderSettings();
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });
});

describe('switches and radios save at once', () => {
  it.each(['relaxed', 'strict', 'balanced'] as const)('sensitivity %s', async (sensitivity) => {
    const start = sensitivity === 'balanced' ? withSettings((s) => ({ ...s, engine: { ...s.engine, sensitivity: 'strict' } })) : DEFAULT_SETTINGS;
    const { backend, user } = await renderSettings(fakeBackend({ settings: start }));
    const label = sensitivity.charAt(0).toUpperCase() + sensitivity.slice(1);
    await user.click(screen.getByRole('radio', { name: label }));
    await waitFor(() => expect(lastSaved(backend)?.engine.sensitivity).toBe(sensitivity), SAVED_WITHIN);
    expect((screen.getByRole('radio', { name: label }) as HTMLInputElement).checked).toBe(true);
  });

  it('switches a site off and on again', async () => {
    const { backend, user } = await renderSettings();
    const chatgpt = screen.getByRole('switch', { name: 'ChatGPT' }) as HTMLInputElement;
    expect(chatgpt.checked).toBe(true);
    await user.click(chatgpt);
    await waitFor(() => expect(lastSaved(backend)?.disabledSites).toEqual(['chatgpt']), SAVED_WITHIN);
    await user.click(chatgpt);
    await waitFor(() => expect(lastSaved(backend)?.disabledSites).toEqual([]), SAVED_WITHIN);
  });
});

describe('layout', () => {
  it('puts sensitivity, sites and phrases before the rules, and collapses the rules by category', async () => {
    await renderSettings();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Your phrases')).toBeLessThan(headings.indexOf('Rules'));
    expect(headings.indexOf('Sites')).toBeLessThan(headings.indexOf('Rules'));
    const groups = document.querySelectorAll('details.rule-group');
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) expect((group as HTMLDetailsElement).open).toBe(false);
    expect(screen.getByRole('navigation', { name: 'Settings sections' })).toBeTruthy();
  });

  it("shows each rule's own examples, flagged next to not flagged", async () => {
    await renderSettings();
    const rule = ruleById(RULE_ID);
    const item = screen.getByRole('switch', { name: RULE_TITLE }).closest('li') as HTMLElement;
    const flagged = item.querySelector('.examples-flagged') as HTMLElement;
    const fine = item.querySelector('.examples-fine') as HTMLElement;
    const text = (example: unknown) => (typeof example === 'string' ? example : (example as { reply: string }).reply);
    expect(within(flagged).getByText(text(rule?.examples.match[0]))).toBeTruthy();
    expect(within(fine).getByText(text(rule?.examples.noMatch[0]))).toBeTruthy();
  });
});

describe('rules', () => {
  it('lists every bundled rule with its explanation and severity', async () => {
    await renderSettings();
    const rule = screen.getByRole('switch', { name: RULE_TITLE }).closest('li') as HTMLElement;
    expect(within(rule).getByText(ruleById(RULE_ID)?.explanation as string)).toBeTruthy();
    expect(within(rule).getByText('Medium')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Flattery', level: 3 })).toBeTruthy();
  });

  it('stores {enabled: false} for a disabled rule and removes it when re-enabled', async () => {
    const { backend, user } = await renderSettings();
    const toggle = screen.getByRole('switch', { name: RULE_TITLE });
    await user.click(toggle);
    await waitFor(() => expect(lastSaved(backend)?.engine.rules).toEqual({ [RULE_ID]: { enabled: false } }), SAVED_WITHIN);
    expect((screen.getByRole('slider', { name: `Weight of ${RULE_TITLE}` }) as HTMLInputElement).disabled).toBe(true);
    await user.click(toggle);
    await waitFor(() => expect(lastSaved(backend)?.engine.rules).toEqual({}), SAVED_WITHIN);
  });

  it('saves a weight from the slider, shows it, and resets the rule', async () => {
    const { backend, user } = await renderSettings();
    const slider = screen.getByRole('slider', { name: `Weight of ${RULE_TITLE}` });
    fireEvent.change(slider, { target: { value: '1.5' } });
    fireEvent.change(slider, { target: { value: '2' } });
    expect(within(slider.closest('li') as HTMLElement).getByText('×2.0')).toBeTruthy();
    await waitFor(() => expect(lastSaved(backend)?.engine.rules).toEqual({ [RULE_ID]: { weightFactor: 2 } }), SAVED_WITHIN);
    // The drag is saved once it stops, not at every step.
    expect(backend.saved).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: `Reset ${RULE_TITLE}` }));
    await waitFor(() => expect(lastSaved(backend)?.engine.rules).toEqual({}), SAVED_WITHIN);
    expect(screen.queryByRole('button', { name: `Reset ${RULE_TITLE}` })).toBeNull();
  });

  it('keeps a weight change when a switch is used before the slider saved', async () => {
    const { backend, user } = await renderSettings();
    fireEvent.change(screen.getByRole('slider', { name: `Weight of ${RULE_TITLE}` }), { target: { value: '0.5' } });
    await user.click(screen.getByRole('switch', { name: 'Gushing opening' }));
    await waitFor(() =>
      expect(lastSaved(backend)?.engine.rules).toEqual({ [RULE_ID]: { weightFactor: 0.5 }, 'gushing-opening': { enabled: false } }),
      SAVED_WITHIN,
    );
  });

  it('resets all rules', async () => {
    const settings = withSettings((s) => ({ ...s, engine: { ...s.engine, rules: { [RULE_ID]: { enabled: false }, 'gushing-opening': { weightFactor: 3 } } } }));
    const { backend, user } = await renderSettings(fakeBackend({ settings }));
    expect(screen.getByText('2 rules differ from the defaults.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Reset all rules' }));
    await waitFor(() => expect(lastSaved(backend)?.engine.rules).toEqual({}), SAVED_WITHIN);
    expect(screen.getByText('All rules are at their defaults.')).toBeTruthy();
  });
});

describe('custom phrases', () => {
  async function enterPhrases(user: ReturnType<typeof userEvent.setup>, text: string) {
    const box = screen.getByRole('textbox', { name: 'Flattery' });
    await user.clear(box);
    await user.click(box);
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Save phrases for Flattery' }));
  }

  it('names each bad line and saves nothing', async () => {
    const { backend, user } = await renderSettings();
    await enterPhrases(user, 'what a {great|brilliant} idea\n{great|\nge*\nso .. very .. much .. praise .. for .. you');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Line 2 “{great|”: This phrase can\'t be used: a "{" group is not closed with "}"');
    expect(alert.textContent).toContain('Line 3 “ge*”');
    // Too many gaps: could match in too many places, so it is refused before it is ever run.
    expect(alert.textContent).toMatch(/Line 4 .*uses "\.\." 5 times/u);
    expect(alert.textContent).toContain('Nothing was saved');
    expect(backend.saved).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Flattery' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('saves valid phrases and says so', async () => {
    const { backend, user } = await renderSettings();
    await enterPhrases(user, 'what a {great|brilliant} idea\n\n  you are .. genius*  ');
    await waitFor(() => expect(lastSaved(backend)?.engine.customPhrases).toEqual({ flattery: ['what a {great|brilliant} idea', 'you are .. genius*'] }), SAVED_WITHIN);
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('removes the category when its box is emptied', async () => {
    const settings = withSettings((s) => ({ ...s, engine: { ...s.engine, customPhrases: { flattery: ['old phrase'], caving: ['you win'] } } }));
    const { backend, user } = await renderSettings(fakeBackend({ settings }));
    expect((screen.getByRole('textbox', { name: 'Flattery' }) as HTMLTextAreaElement).value).toBe('old phrase');
    await user.clear(screen.getByRole('textbox', { name: 'Flattery' }));
    await user.click(screen.getByRole('button', { name: 'Save phrases for Flattery' }));
    await waitFor(() => expect(lastSaved(backend)?.engine.customPhrases).toEqual({ caving: ['you win'] }), SAVED_WITHIN);
  });
});

describe('try it', () => {
  async function tryReply(user: ReturnType<typeof userEvent.setup>, reply: string) {
    await user.click(screen.getByRole('textbox', { name: 'Paste a reply' }));
    await user.paste(reply);
    return screen.getByTestId('try-it-result');
  }

  it('starts empty', async () => {
    await renderSettings();
    expect(screen.getByTestId('try-it-result').textContent).toMatch(/Paste a reply from a chatbot/u);
  });

  it('flags a sycophantic reply, highlights the words and explains why', async () => {
    const { user } = await renderSettings();
    const result = await tryReply(user, SYCOPHANTIC);
    await waitFor(() => expect(result.querySelectorAll('mark').length).toBeGreaterThan(0));
    expect([...result.querySelectorAll('mark')].map((m) => m.textContent)).toContain('What a brilliant idea');
    expect(result.textContent).toMatch(/(?:Low|Medium|High) level/u);
    expect(within(result).getByText('Flattery')).toBeTruthy();
    expect(within(result).getAllByTestId('flag-explanation')[0]?.textContent).toBe(ruleById(RULE_ID)?.explanation);
    // The quoted reply reads exactly as pasted.
    expect(result.querySelector('blockquote')?.textContent).toBe(SYCOPHANTIC);
  });

  it('shows hostile text as literal text', async () => {
    const { user } = await renderSettings();
    const hostile = '<img src=x onerror=alert(1)> What a brilliant idea! <script>alert(2)</script>';
    const result = await tryReply(user, hostile);
    await waitFor(() => expect(result.querySelector('blockquote')?.textContent).toBe(hostile));
    expect(result.querySelector('img, script')).toBeNull();
  });

  it('says when nothing is flagged at this sensitivity', async () => {
    const { user } = await renderSettings();
    const result = await tryReply(user, 'The capital of France is Paris.');
    await waitFor(() => expect(result.textContent).toContain('No flags at this sensitivity'));
    expect(result.querySelector('mark')).toBeNull();
  });

  it('uses phrases typed but not yet saved', async () => {
    const { backend, user } = await renderSettings();
    await user.click(screen.getByRole('textbox', { name: 'Flattery' }));
    await user.paste('{totally|really} wonderful');
    const result = await tryReply(user, 'Honestly, that plan sounds totally wonderful to me.');
    await waitFor(() => expect(within(result).getByText(customPhrasesName('flattery'))).toBeTruthy());
    expect(result.querySelector('mark')?.textContent).toBe('totally wonderful');
    expect(backend.saved).toEqual([]);
  });
});

describe('history retention', () => {
  it.each([
    [/Keep history for/u, '0', /whole number of days from 1 to 3,650/u],
    [/Keep history for/u, '4000', /whole number of days from 1 to 3,650/u],
    [/Keep history for/u, '', /whole number of days/u],
    [/At most/u, '99', /whole number of entries from 100 to 50,000/u],
    [/At most/u, '60000', /whole number of entries from 100 to 50,000/u],
  ])('%s %j is refused with a message', async (label, value, message) => {
    const { backend, user } = await renderSettings();
    const input = screen.getByLabelText(label);
    await user.clear(input);
    if (value) await user.type(input, value);
    expect(screen.getByText(message)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Save history settings' }));
    expect(backend.saved).toEqual([]);
    expect(document.activeElement).toBe(input);
  });

  it('saves valid limits and the privacy choice together', async () => {
    const { backend, user } = await renderSettings();
    await user.clear(screen.getByLabelText(/Keep history for/u));
    await user.type(screen.getByLabelText(/Keep history for/u), '30');
    await user.clear(screen.getByLabelText(/At most/u));
    await user.type(screen.getByLabelText(/At most/u), '500');
    await user.click(screen.getByRole('radio', { name: 'Store only the flagged words' }));
    expect(screen.getByText(/also removes the excerpts already stored/u)).toBeTruthy();
    expect(backend.saved).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save history settings' }));
    await waitFor(() => expect(lastSaved(backend)?.history).toEqual({ retentionDays: 30, maxEntries: 500, keep: 'spans', unflagged: 'count' }), SAVED_WITHIN);
    expect(await screen.findByText('Saved')).toBeTruthy();
  });
});

describe('import, export and reset', () => {
  const file = (content: string) => new File([content], 'settings.json', { type: 'application/json' });

  it('exports the current settings as JSON', async () => {
    const settings = withSettings((s) => ({ ...s, disabledSites: ['poe'] }));
    const { backend, user } = await renderSettings(fakeBackend({ settings }));
    await user.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(backend.downloads).toHaveLength(1);
    const [download] = backend.downloads;
    expect(download).toMatchObject({ fileName: 'candor-settings.json', mimeType: 'application/json' });
    expect(SettingsSchema.parse(JSON.parse(download?.content ?? ''))).toEqual(settings);
  });

  it.each([
    ['not JSON', '{"version": 2,', 'The file is not valid JSON.'],
    ['not Candor settings', '[1, 2]', 'not a Candor settings file'],
    ['from a newer Candor', '{"version": 99}', 'newer version of Candor'],
    ['an invalid value', '{"version": 2, "history": {"retentionDays": 0}}', 'history.retentionDays'],
  ])('refuses a file that is %s and changes nothing', async (_what, content, reason) => {
    const { backend, user } = await renderSettings();
    await user.upload(screen.getByLabelText('Import settings…'), file(content));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(reason);
    expect(alert.textContent).toContain('Your settings were not changed.');
    expect(backend.saved).toEqual([]);
  });

  it('imports a good file, saves it and shows the imported values', async () => {
    const imported = withSettings((s) => ({
      ...s,
      engine: { ...s.engine, sensitivity: 'strict', customPhrases: { caving: ['you win'] } },
      history: { ...s.history, retentionDays: 30 },
    }));
    const { backend, user } = await renderSettings();
    // A half-typed phrase is dropped: the imported phrases replace it.
    await user.type(screen.getByRole('textbox', { name: 'Caving to pushback' }), 'half typed');
    await user.upload(screen.getByLabelText('Import settings…'), file(JSON.stringify(imported)));
    expect(await screen.findByText('Settings imported')).toBeTruthy();
    expect(lastSaved(backend)).toEqual(imported);
    expect((screen.getByRole('radio', { name: 'Strict' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Caving to pushback' }) as HTMLTextAreaElement).value).toBe('you win');
    expect((screen.getByLabelText(/Keep history for/u) as HTMLInputElement).value).toBe('30');
  });

  it('resets everything only after confirmation', async () => {
    const settings = withSettings((s) => ({ ...s, disabledSites: ['grok'], engine: { ...s.engine, sensitivity: 'relaxed' } }));
    const { backend, user } = await renderSettings(fakeBackend({ settings }));
    await user.click(screen.getByRole('button', { name: 'Reset everything to defaults' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(backend.saved).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset everything to defaults' }));

    await user.click(screen.getByRole('button', { name: 'Reset everything to defaults' }));
    await user.click(screen.getByRole('button', { name: 'Really reset?' }));
    await waitFor(() => expect(lastSaved(backend)).toEqual(DEFAULT_SETTINGS));
    expect(await screen.findByText('All settings are back to their defaults')).toBeTruthy();
  });
});

describe('save failures', () => {
  it('shows the error and the stored value when a save fails', async () => {
    const backend = fakeBackend();
    backend.saveSettings = async () => {
      throw new Error('quota exceeded');
    };
    const { user } = await renderSettings(backend);
    await user.click(screen.getByRole('radio', { name: 'Strict' }));
    expect((await screen.findByRole('alert')).textContent).toContain('quota exceeded');
    expect((screen.getByRole('radio', { name: 'Balanced' }) as HTMLInputElement).checked).toBe(true);
  });
});
