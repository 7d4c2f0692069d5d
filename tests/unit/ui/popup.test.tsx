// @vitest-environment happy-dom
/** The popup: each tab state, the flag list with explanations, feedback and quick controls. */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabState } from '@/src/background/tab-state';
import { entryIdOf } from '@/src/history/entry';
import type { AnalysisReport } from '@/src/messaging/protocol';
import { BackendContext } from '@/src/ui/hooks';
import { ruleById } from '@/src/ui/rule-lookup';
import { Popup } from '@/src/ui/popup/popup';
import { fakeBackend, type FakeBackend } from './fake-backend';

afterEach(cleanup);

function report(replyKey: string, extra: Partial<AnalysisReport> = {}): AnalysisReport {
  return {
    type: 'analysisReport',
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/abc',
    conversationId: 'abc',
    replyKey,
    score: 70,
    level: 'medium',
    categories: ['flattery'],
    ruleIds: ['praise-for-the-users-idea'],
    excerpt: 'What a brilliant idea!',
    flaggedText: ['What a brilliant idea'],
    contexts: [{ before: '', flagged: 'What a brilliant idea', after: '! Quit your job.' }],
    analysedAt: 1,
    ...extra,
  };
}

/** The tab state the background would keep for these reports: flagged ones stored, every one indexed. */
function tab(replies: AnalysisReport[], extra: Partial<TabState> = {}): TabState {
  return {
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/abc',
    status: 'watching',
    index: Object.fromEntries(replies.map((r, seq) => [r.replyKey, { level: r.level, score: r.score, seq, bytes: r.level === 'none' ? 0 : 1 }])),
    replies: Object.fromEntries(replies.filter((r) => r.level !== 'none').map((r) => [r.replyKey, r])),
    feedback: {},
    nextSeq: replies.length,
    earlierChecked: 0,
    earlierFlagged: 0,
    bytes: replies.length,
    checked: replies.length,
    unlisted: 0,
    ...extra,
  };
}

function renderPopup(backend: FakeBackend) {
  render(
    <BackendContext.Provider value={backend}>
      <Popup />
    </BackendContext.Provider>,
  );
  return backend;
}

describe('popup states', () => {
  it.each([
    ['an unsupported page', null, /isn’t reading this page/u],
    ['an unreadable page', tab([], { status: 'unreadable' }), /can’t read this page yet/u],
    ['a site switched off', tab([], { status: 'disabled' }), /Candor is off on ChatGPT/u],
    ['nothing flagged', tab([report('r1', { level: 'none', score: 3, categories: [] })]), /Candor is watching/u],
  ])('shows %s', async (_what, tabState, heading) => {
    renderPopup(fakeBackend({ tabState }));
    expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
    expect(screen.queryAllByTestId('flag-item')).toHaveLength(0);
  });

  it.each([
    ['no reply yet', tab([]), 'No replies checked yet. Each reply is checked when the assistant finishes it.'],
    ['one fine reply', tab([report('r1', { level: 'none', score: 3, categories: [] })]), 'No sign of sycophancy in the reply checked on this page.'],
    [
      'two fine replies',
      tab([report('r1', { level: 'none', score: 3, categories: [] }), report('r2', { level: 'none', score: 1, categories: [] })]),
      'No sign of sycophancy in the 2 replies checked on this page.',
    ],
  ])('says what it found when nothing is flagged: %s', async (_what, tabState, sentence) => {
    renderPopup(fakeBackend({ tabState }));
    expect(await screen.findByText(sentence)).toBeTruthy();
  });

  it('hides the site toggle where Candor is not running', async () => {
    renderPopup(fakeBackend());
    await screen.findByRole('heading', { name: /isn’t reading/u });
    expect(screen.queryByTestId('site-toggle')).toBeNull();
    expect(screen.getByTestId('sensitivity')).toBeTruthy();
  });
});

describe('flag list', () => {
  it('lists flagged replies worst first, with words in context', async () => {
    renderPopup(fakeBackend({ tabState: tab([report('r1'), report('r2', { score: 90, level: 'high' }), report('r3', { level: 'none', score: 0 })]) }));
    const items = await screen.findAllByTestId('flag-item');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByTitle('Score 90 of 100')).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('What a brilliant idea', { selector: 'mark' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /2 flagged replies/u })).toBeTruthy();
  });

  it('shows hostile page text as text', async () => {
    const hostile = '<img src=x onerror="window.hacked=1">';
    renderPopup(fakeBackend({ tabState: tab([report('r1', { contexts: [{ before: hostile, flagged: '<script>x</script>', after: '&amp;' }] })]) }));
    const item = await screen.findByTestId('flag-item');
    expect(item.querySelector('img, script')).toBeNull();
    expect(item.textContent).toContain(hostile);
    expect(item.textContent).toContain('&amp;');
  });

  it('sends feedback for the reply, and a second press takes it back', async () => {
    const backend = renderPopup(fakeBackend({ tabState: tab([report('r1')]) }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Not sycophantic' }));
    const entryId = entryIdOf('chatgpt', 'abc', 'r1');
    expect(backend.sent).toEqual([{ type: 'recordFeedback', entryId, tabId: 7, verdict: 'not-sycophantic' }]);
    // The background answers by updating tab state.
    backend.tabState = tab([report('r1')], { feedback: { r1: 'not-sycophantic' } });
    backend.emit('tabs');
    const pressed = await screen.findByRole('button', { name: 'Not sycophantic', pressed: true });
    await user.click(pressed);
    expect(backend.sent.at(-1)).toMatchObject({ verdict: 'none' });
  });

  it('says so when feedback could not be saved', async () => {
    const backend = fakeBackend({ tabState: tab([report('r1')]) });
    backend.nextResponse = { ok: false, error: 'disk full' };
    renderPopup(backend);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Yes, sycophantic' }));
    expect((await screen.findByRole('alert')).textContent).toContain('disk full');
  });

  it('builds explanations only on "Why?", and removes them on "Hide why"', async () => {
    renderPopup(fakeBackend({ tabState: tab([report('r1')]) }));
    const why = await screen.findByRole('button', { name: 'Why?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    // Not rendered hidden: the popup builds no explanation nodes until asked.
    expect(screen.queryAllByTestId('flag-explanation')).toHaveLength(0);
    const user = userEvent.setup();
    await user.click(why);
    const hide = screen.getByRole('button', { name: 'Hide why' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    const explanation = await screen.findByTestId('flag-explanation');
    expect(explanation.textContent).toBe(ruleById('praise-for-the-users-idea')?.explanation);
    expect(document.getElementById(hide.getAttribute('aria-controls') ?? '')?.contains(explanation)).toBe(true);
    await user.click(hide);
    expect(screen.queryAllByTestId('flag-explanation')).toHaveLength(0);
  });
});

describe('quick controls', () => {
  it('switches Candor off for this site and back on', async () => {
    const backend = renderPopup(fakeBackend({ tabState: tab([report('r1')]) }));
    const toggle = (await screen.findByTestId('site-toggle')) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    const user = userEvent.setup();
    await user.click(toggle);
    expect(backend.saved.at(-1)?.disabledSites).toEqual(['chatgpt']);
    await user.click(toggle);
    expect(backend.saved.at(-1)?.disabledSites).toEqual([]);
  });

  it('changes the sensitivity preset', async () => {
    const backend = renderPopup(fakeBackend({ tabState: tab([]) }));
    await userEvent.setup().selectOptions(await screen.findByTestId('sensitivity'), 'strict');
    expect(backend.saved.at(-1)?.engine.sensitivity).toBe('strict');
    expect(screen.getByText(/expect more false alarms/u)).toBeTruthy();
  });

  it('links to the history page', async () => {
    renderPopup(fakeBackend());
    expect((await screen.findByRole('link', { name: /History and settings/u })).getAttribute('href')).toContain('options.html#history');
  });
});

describe('a page that sent hundreds of flags', () => {
  it('renders the worst 25 first and more on request, and says how many are not kept', async () => {
    const reports = Array.from({ length: 300 }, (_, i) => report(`r${i}`, { score: 30 + (i % 70) }));
    renderPopup(fakeBackend({ tabState: tab(reports, { unlisted: 12 }) }));
    // The first frame shows the first FIRST_FRAME_FLAGS, the rest of the page once it is painted.
    await waitFor(() => expect(screen.getAllByTestId('flag-item')).toHaveLength(25));
    expect(screen.getByTestId('unlisted-note').textContent).toContain('12 earlier flagged replies');
    await userEvent.setup().click(screen.getByTestId('show-more-flags'));
    expect(screen.getAllByTestId('flag-item')).toHaveLength(125);
    expect(screen.getByRole('heading', { name: /300 flagged replies/u })).toBeTruthy();
  }, 30_000);
});
