// @vitest-environment happy-dom
/**
 * The history page over the real store (fake-indexeddb), issue #11.6: only the rows
 * shown are read whole, and a change the background reports is applied by delta,
 * without reading the history again.
 */
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryStore, type HistoryChanges } from '@/src/history/store';
import type { AnalysisReport, HistoryChanged } from '@/src/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/src/storage/settings';
import { BackendContext } from '@/src/ui/hooks';
import { HistoryView } from '@/src/ui/options/history-view';
import { fakeBackend, type FakeBackend } from './fake-backend';

const ENTRIES = 130;
const NOW = Date.now();
const settings = { ...DEFAULT_SETTINGS.history, maxEntries: 1_000 };

function report(i: number, extra: Partial<AnalysisReport> = {}): AnalysisReport {
  return {
    type: 'analysisReport',
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/one',
    conversationId: 'one',
    replyKey: `reply-${i}`,
    score: 50,
    level: 'medium',
    categories: ['flattery'],
    ruleIds: ['praise-for-the-users-idea'],
    excerpt: `Reply number ${i}: what a brilliant plan.`,
    flaggedText: [`brilliant plan ${i}`],
    contexts: [],
    // Recent times: the chart spans from the first entry to today.
    analysedAt: NOW - (ENTRIES - i) * 60_000,
    ...extra,
  };
}

let store: HistoryStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await HistoryStore.open();
  for (let i = 0; i < ENTRIES; i++) await store.record(report(i, i === 7 ? { excerpt: 'An old reply about a zebra.' } : {}), settings, 0);
});
afterEach(() => {
  cleanup();
  store.close();
  vi.restoreAllMocks();
});

async function renderOverStore(): Promise<FakeBackend> {
  const backend = fakeBackend();
  backend.historyReader = async () => store;
  render(
    <BackendContext.Provider value={backend}>
      <HistoryView />
    </BackendContext.Provider>,
  );
  await waitFor(() => expect(screen.queryByText(/counting the whole history|Loading history/u)).toBeNull());
  await screen.findAllByTestId('history-row');
  return backend;
}

const rows = () => screen.queryAllByTestId('history-row');
const rowTexts = () => rows().map((row) => row.textContent ?? '');

/** Write as the background does, and tell the page what changed. */
async function writeAndTell(backend: FakeBackend, write: (changes: HistoryChanges) => Promise<unknown>): Promise<void> {
  const changes: HistoryChanges = { upserted: [], deleted: [] };
  await write(changes);
  const message: HistoryChanged = { type: 'historyChanged', ...changes, cleared: false };
  backend.emit('history', message);
}

describe('paged reads', () => {
  it('shows the newest flagged entries before counting the rest', async () => {
    let countingDone = (): void => undefined;
    const counted = new Promise<void>((resolve) => (countingDone = resolve));
    const readSummaries = store.readSummaries.bind(store);
    vi.spyOn(store, 'readSummaries').mockImplementation(async () => {
      await counted;
      return readSummaries();
    });
    const backend = fakeBackend();
    backend.historyReader = async () => store;
    render(
      <BackendContext.Provider value={backend}>
        <HistoryView />
      </BackendContext.Provider>,
    );
    expect(await screen.findAllByTestId('history-row')).toHaveLength(100);
    expect(rowTexts()[0]).toContain(`brilliant plan ${ENTRIES - 1}`);
    expect(screen.getByText(/counting the whole history/u)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Clear history' }) as HTMLButtonElement).disabled).toBe(true);
    countingDone();
    expect(await screen.findByText(`${ENTRIES} of ${ENTRIES} recorded replies match.`)).toBeTruthy();
  });

  it('reads only the first screen of entries whole, and the next on "Show more"', async () => {
    const readByIds = vi.spyOn(store, 'readByIds');
    const forEachEntry = vi.spyOn(store, 'forEachEntry');
    await renderOverStore();
    expect(rows()).toHaveLength(100);
    expect(rowTexts()[0]).toContain(`brilliant plan ${ENTRIES - 1}`);
    // The first screen came from one cursor read: nothing read by id yet.
    expect(readByIds).not.toHaveBeenCalled();
    expect(forEachEntry).not.toHaveBeenCalled();
    expect(screen.getByText(`${ENTRIES} of ${ENTRIES} recorded replies match.`)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: `Show ${ENTRIES - 100} more of ${ENTRIES - 100}` }));
    await waitFor(() => expect(rows()).toHaveLength(ENTRIES));
    expect(readByIds.mock.calls.flatMap(([ids]) => ids)).toHaveLength(ENTRIES - 100);
  });

  it('searches the whole history by text, not only the rows read', async () => {
    await renderOverStore();
    await userEvent.setup().type(screen.getByLabelText('Search'), 'zebra');
    await waitFor(() => expect(rowTexts()).toEqual([expect.stringContaining('brilliant plan 7')]));
  });
});

describe('the weekly digest', () => {
  const digest = () => screen.getByTestId('weekly-digest').textContent ?? '';
  const fine = (i: number) => report(i, { level: 'none', score: 0, categories: [], ruleIds: [], flaggedText: [] });

  it('counts the replies that looked fine (counted, not stored) as checked, and follows new ones by delta', async () => {
    for (let i = ENTRIES; i < ENTRIES + 70; i++) await store.record(fine(i), settings, 0);
    const backend = await renderOverStore();
    expect(digest()).toContain('ChatGPT flattered you in 130 of 200 replies this week.');
    await writeAndTell(backend, () => store.record(fine(ENTRIES + 70), settings, 0));
    await waitFor(() => expect(digest()).toContain('in 130 of 201 replies'));
  });
});

describe('changes by delta', () => {
  it('adds a new reply at the top without reading the history again', async () => {
    const backend = await renderOverStore();
    const readSummaries = vi.spyOn(store, 'readSummaries');
    await writeAndTell(backend, (changes) => store.record(report(ENTRIES, { excerpt: 'A fresh reply.', flaggedText: ['fresh words'] }), settings, 0, changes));
    await waitFor(() => expect(rowTexts()[0]).toContain('fresh words'));
    expect(screen.getByText(`${ENTRIES + 1} of ${ENTRIES + 1} recorded replies match.`)).toBeTruthy();
    expect(readSummaries).not.toHaveBeenCalled();
  });

  it('drops what the cap pruned to make room, and what was deleted', async () => {
    const backend = await renderOverStore();
    const readSummaries = vi.spyOn(store, 'readSummaries');
    await writeAndTell(backend, (changes) => store.record(report(ENTRIES), { ...settings, maxEntries: ENTRIES }, 0, changes));
    await waitFor(() => expect(rowTexts()[0]).toContain(`brilliant plan ${ENTRIES}`));
    expect(screen.getByText(`${ENTRIES} of ${ENTRIES} recorded replies match.`)).toBeTruthy();
    const newest = (await store.readSummaries()).summaries[0]!.id;
    readSummaries.mockClear();
    await writeAndTell(backend, (changes) => store.delete([newest], changes));
    await waitFor(() => expect(rowTexts()[0]).toContain(`brilliant plan ${ENTRIES - 1}`));
    expect(screen.getByText(`${ENTRIES - 1} of ${ENTRIES - 1} recorded replies match.`)).toBeTruthy();
    expect(readSummaries).not.toHaveBeenCalled();
  });

  it('shows a changed verdict in place', async () => {
    const backend = await renderOverStore();
    const newest = (await store.readSummaries()).summaries[0]!.id;
    await writeAndTell(backend, async (changes) => {
      await store.setFeedback(newest, 'confirmed');
      changes.upserted.push(newest);
    });
    await waitFor(() => expect(rowTexts()[0]).toContain('Confirmed'));
    expect(screen.getByRole('button', { name: 'Export labelled JSONL (1)' })).toBeTruthy();
  });

  it('reads everything again when a change comes without a delta', async () => {
    const backend = await renderOverStore();
    await store.record(report(ENTRIES, { flaggedText: ['unannounced'] }), settings, 0);
    backend.emit('history');
    await waitFor(() => expect(rowTexts()[0]).toContain('unannounced'));
  });
});
