// @vitest-environment happy-dom
/** The history page: filters, grouping, detail view, feedback, deletion and exports. */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/src/history/entry';
import { BackendContext } from '@/src/ui/hooks';
import { HistoryView } from '@/src/ui/options/history-view';
import { sampleEntry } from '../history/sample-entry';
import { fakeBackend, type FakeBackend } from './fake-backend';

afterEach(cleanup);

function entry(id: string, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return sampleEntry(id, {
    excerpt: `Reply ${id}: you are absolutely right.`,
    contexts: [{ before: `Reply ${id}: you are `, flagged: 'absolutely right', after: '.' }],
    ruleIds: ['instant-agreement'],
    ...extra,
  });
}

const ENTRIES = [
  entry('a'),
  entry('b', { site: 'claude', url: 'https://claude.ai/chat/two', conversationKey: 'two', categories: ['flattery'], level: 'high', score: 88, excerpt: 'Genius plan!' }),
  entry('c', { level: 'none', score: 2, categories: [], flaggedText: [], contexts: [], excerpt: 'Boil the pasta.' }),
  // A hostile URL recorded from a page: it must never become a link.
  // eslint-disable-next-line no-script-url -- test data, never executed
  entry('d', { time: new Date(2026, 10, 22, 9).getTime(), feedback: 'confirmed', url: 'javascript:alert(1)' }),
];

async function renderHistory(entries: HistoryEntry[] = ENTRIES): Promise<FakeBackend> {
  const backend = fakeBackend({ entries });
  render(
    <BackendContext.Provider value={backend}>
      <HistoryView />
    </BackendContext.Provider>,
  );
  await screen.findByRole('heading', { name: 'Flag history' });
  // The first screen comes first, then every entry is counted: wait for both.
  await waitFor(() => expect(screen.queryByText(/counting the whole history|Loading history/u)).toBeNull());
  if (entries.some((e) => e.level !== 'none')) await screen.findAllByTestId('history-row');
  return backend;
}

const rows = () => screen.queryAllByTestId('history-row');

describe('history table and filters', () => {
  it('shows flagged entries by default, newest first as stored', async () => {
    await renderHistory();
    expect(rows()).toHaveLength(3);
    expect(screen.getByText(/3 of 4 recorded replies match/u)).toBeTruthy();
  });

  it.each([
    ['Site', 'claude', 1],
    ['Category', 'flattery', 1],
    ['Level', 'all', 4],
    ['Level', 'high', 1],
    ['Level', 'none', 1],
  ])('filters by %s = %s', async (label, value, count) => {
    await renderHistory();
    await userEvent.setup().selectOptions(screen.getByLabelText(label), value);
    expect(rows()).toHaveLength(count);
    expect(screen.getByText(`${count} of 4 recorded replies ${count === 1 ? 'matches' : 'match'}.`)).toBeTruthy();
  });

  it('searches the text and dates', async () => {
    await renderHistory();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Search'), 'genius');
    expect(rows()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rows()).toHaveLength(3);
    await user.type(screen.getByLabelText('From'), '2026-11-21');
    expect(rows()).toHaveLength(1);
  });

  it('groups by conversation', async () => {
    await renderHistory();
    await userEvent.setup().click(screen.getByLabelText('Group by conversation'));
    const groupHeaders = screen.getAllByRole('rowheader');
    expect(groupHeaders.map((h) => h.textContent)).toEqual([
      expect.stringContaining('ChatGPT conversation · 2 replies'),
      expect.stringContaining('Claude conversation · 1 reply'),
    ]);
  });

  it('has an empty state', async () => {
    await renderHistory([]);
    expect(screen.getByText(/No flagged replies yet\. When Candor flags a reply/u)).toBeTruthy();
    expect(rows()).toHaveLength(0);
  });
});

describe('detail view', () => {
  it('opens an entry with its excerpt, explanations and feedback', async () => {
    const backend = await renderHistory();
    const user = userEvent.setup();
    await user.click(within(rows()[0] as HTMLElement).getByRole('button', { name: 'Show details' }));
    const detail = screen.getByTestId('history-detail');
    expect(within(detail).getByText('Reply a: you are absolutely right.')).toBeTruthy();
    expect(within(detail).getByRole('link', { name: 'open the conversation' }).getAttribute('href')).toBe('https://chatgpt.com/c/one');
    await user.click(within(detail).getByRole('button', { name: 'Yes, sycophantic' }));
    expect(backend.sent).toEqual([{ type: 'recordFeedback', entryId: 'a', verdict: 'confirmed' }]);
  });

  it('never links a non-https URL', async () => {
    await renderHistory();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Level'), 'all');
    const row = rows().find((r) => r.textContent?.includes('Confirmed')) as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Show details' }));
    expect(within(screen.getByTestId('history-detail')).queryByRole('link')).toBeNull();
  });
});

describe('deleting and exporting', () => {
  it('asks before deleting what is shown, then deletes exactly that', async () => {
    const backend = await renderHistory();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Site'), 'claude');
    await user.click(screen.getByRole('button', { name: 'Delete 1 shown' }));
    expect(backend.sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(backend.sent).toEqual([{ type: 'deleteHistory', entryIds: ['b'] }]);
  });

  it('clears everything only after confirmation, and cancel changes nothing', async () => {
    const backend = await renderHistory();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Clear history' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(backend.sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Clear history' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(backend.sent).toEqual([{ type: 'clearHistory' }]);
    expect(await screen.findByText('History cleared.')).toBeTruthy();
  });

  it.each([
    ['Export JSON', /\.json$/u, (text: string) => expect(JSON.parse(text).entries).toHaveLength(3)],
    ['Export CSV', /\.csv$/u, (text: string) => expect(text.trimEnd().split('\r\n')).toHaveLength(4)],
    ['Export labelled JSONL (1)', /\.jsonl$/u, (text: string) => expect(JSON.parse(text.trim())).toMatchObject({ id: 'd', label: true })],
  ])('%s downloads the filtered entries', async (button, fileName, check) => {
    const backend = await renderHistory();
    await userEvent.setup().click(screen.getByRole('button', { name: button }));
    expect(backend.downloads).toHaveLength(1);
    expect(backend.downloads[0]?.fileName).toMatch(fileName);
    check(backend.downloads[0]?.content ?? '');
  });

  it('shows hostile text from a page as text', async () => {
    await renderHistory([entry('x', { flaggedText: ['<img src=x onerror=alert(1)>'], excerpt: '<script>alert(1)</script>' })]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show details' }));
    expect(document.querySelector('.history img, .history script')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
  });
});
