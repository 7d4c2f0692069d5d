// @vitest-environment happy-dom
/** The popup's "can't follow" notice and the options page's per-site health table. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabState } from '@/src/background/tab-state';
import type { LayoutHealth } from '@/src/messaging/protocol';
import { BackendContext } from '@/src/ui/hooks';
import { SiteHealth } from '@/src/ui/options/site-health';
import { LayoutNotice } from '@/src/ui/popup/layout-notice';
import { fakeBackend } from './fake-backend';

afterEach(cleanup);

const health = (extra: Partial<LayoutHealth> = {}): LayoutHealth => ({
  verdict: 'ok',
  reason: 'following',
  turnsFound: 8,
  repliesSeen: 4,
  repliesFinished: 4,
  repliesEmpty: 0,
  repliesByFallback: 0,
  ranks: { turn: { rank: 0, lastResort: false } },
  ...extra,
});
const tab = (site: string, h?: LayoutHealth, status: TabState['status'] = 'watching'): TabState => ({
  site,
  url: 'https://example.invalid/',
  status,
  index: {},
  replies: {},
  feedback: {},
  nextSeq: 0,
  earlierChecked: 0,
  earlierFlagged: 0,
  bytes: 0,
  checked: 0,
  unlisted: 0,
  ...(h ? { health: h } : {}),
});

describe('LayoutNotice', () => {
  it.each([
    ['replies never finish', health({ verdict: 'cannot-follow', reason: 'no-reply-finishes', repliesFinished: 0 }), /never shows that one has finished/u],
    ['only last-resort selectors', health({ verdict: 'cannot-follow', reason: 'only-last-resort-selectors' }), /oldest guesses/u],
  ])('says plainly when %s', (_what, h, detail) => {
    render(<LayoutNotice state={tab('claude', h)} />);
    expect(screen.getByRole('heading', { name: 'Candor can’t follow replies on this version of Claude; it may need an update' })).toBeTruthy();
    expect(screen.getByText(detail)).toBeTruthy();
  });

  it.each([
    ['a healthy page', tab('claude', health())],
    ['no health yet', tab('claude')],
    ['a site switched off', tab('claude', health({ verdict: 'cannot-follow', reason: 'no-reply-finishes' }), 'disabled')],
    ['no tab', null],
  ])('stays out of the way on %s', (_what, state) => {
    const { container } = render(<LayoutNotice state={state} />);
    expect(container.textContent).toBe('');
  });
});

describe('SiteHealth', () => {
  it('shows each site with an open tab, and the numbers behind its state', async () => {
    const backend = fakeBackend();
    backend.readAllTabStates = async () => [
      tab('chatgpt', health()),
      tab('deepseek', health({ verdict: 'cannot-follow', reason: 'no-reply-finishes', repliesFinished: 0, repliesByFallback: 3, ranks: { turn: { rank: 1, lastResort: false } } })),
    ];
    const { container } = render(
      <BackendContext.Provider value={backend}>
        <SiteHealth />
      </BackendContext.Provider>,
    );
    expect(await screen.findByText('Following replies normally.')).toBeTruthy();
    const deepseek = container.querySelector('tr[data-site="deepseek"]')!;
    expect(deepseek.textContent).toContain('can’t follow replies on this version');
    expect(deepseek.textContent).toContain('turn #2');
    expect(container.querySelector('tr[data-site="poe"]')!.textContent).toContain('No open tab');
  });
});
