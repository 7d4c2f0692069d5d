// @vitest-environment happy-dom
/**
 * The popup on a tab with 300 flagged replies (issue #11.6): the compact index first,
 * then only the worst 25 reports; more are read when asked for.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readTabState, replyRecordKey, updateTabState } from '@/src/background/tab-state';
import { BackendContext } from '@/src/ui/hooks';
import { FIRST_FRAME_FLAGS, Popup, readPopupFirstScreen } from '@/src/ui/popup/popup';
import { listedReplyCount, worstListedReplyKeys } from '@/src/ui/popup/listed-replies';
import { listedReplyKeys, readTabReports, readTabView } from '@/src/ui/popup/tab-reads';
import { memorySession, type MemorySession } from '../background/memory-session';
import { fakeBackend } from './fake-backend';
import { flaggedReport } from './flagged-report';

afterEach(cleanup);

const TAB = 7;

/** A session holding what the background keeps for `flagged` flagged replies and `quiet` unflagged ones. */
async function sessionWith(flagged: number, quiet = 0): Promise<MemorySession> {
  const session = memorySession();
  for (let i = 0; i < flagged; i++) await updateTabState(session, TAB, flaggedReport(i));
  for (let i = 0; i < quiet; i++) await updateTabState(session, TAB, flaggedReport(1_000 + i, { level: 'none', score: 0, categories: [] }));
  return session;
}

/** Every key the popup read from the session, in order. */
function recordReads(session: MemorySession): string[] {
  const read: string[] = [];
  const get = session.get;
  session.get = async (keys) => {
    read.push(...(typeof keys === 'string' ? [keys] : keys));
    return get(keys);
  };
  return read;
}

describe('tab reads', () => {
  it('lists stored flagged replies worst first, by score then arrival', async () => {
    const session = await sessionWith(5, 2);
    const index = (await readTabView(session, TAB))!;
    expect(listedReplyKeys(index)).toEqual(['r4', 'r3', 'r2', 'r1', 'r0']);
  });

  it('with no limit, reads what the background reads', async () => {
    const session = await sessionWith(40, 10);
    expect(await readTabView(session, TAB)).toEqual(await readTabState(session, TAB));
  });

  it('with a limit, reads only the worst reports, with whole counts', async () => {
    const session = await sessionWith(300, 20);
    const reads = recordReads(session);
    const view = (await readTabView(session, TAB, 25))!;
    expect(Object.keys(view.replies)).toEqual(listedReplyKeys(view).slice(0, 25));
    expect(reads.filter((key) => key.includes(':reply:'))).toHaveLength(25);
    expect(view).toMatchObject({ checked: 320, unlisted: 0 });
  });

  it('leaves out a report that fails validation or names another reply', async () => {
    const session = await sessionWith(3);
    session.data[replyRecordKey(TAB, 'r1')] = { ...flaggedReport(1), score: 900 };
    session.data[replyRecordKey(TAB, 'r2')] = flaggedReport(0);
    expect(Object.keys(await readTabReports(session, TAB, ['r0', 'r1', 'r2']))).toEqual(['r0']);
  });
});

describe('the popup with 300 flagged replies', () => {
  it('reads 25 reports to open, and the next 100 on "Show more"', async () => {
    const session = await sessionWith(300);
    const backend = fakeBackend();
    backend.readTabState = (tabId, limit) => readTabView(session, tabId, limit);
    backend.readTabReports = (tabId, keys) => readTabReports(session, tabId, keys);
    const reads = recordReads(session);
    const reportReads = () => reads.filter((key) => key.includes(':reply:')).length;
    render(
      <BackendContext.Provider value={backend}>
        <Popup />
      </BackendContext.Provider>,
    );
    await waitFor(() => expect(screen.getAllByTestId('flag-item')).toHaveLength(25));
    expect(screen.getByRole('heading', { name: /300 flagged replies/u })).toBeTruthy();
    expect(screen.getAllByTestId('flag-item')[0]?.textContent).toContain('brilliant idea 69');
    expect(reportReads()).toBe(25);
    await userEvent.setup().click(screen.getByTestId('show-more-flags'));
    await waitFor(() => expect(screen.getAllByTestId('flag-item')).toHaveLength(125));
    expect(reportReads()).toBe(125);
  }, 30_000);

  it('with its first screen read ahead, renders the flags in its first render and reads nothing more until the tab changes', async () => {
    const session = await sessionWith(60);
    const backend = fakeBackend();
    backend.readTabState = (tabId, limit) => readTabView(session, tabId, limit);
    backend.readTabReports = (tabId, keys) => readTabReports(session, tabId, keys);
    const first = await readPopupFirstScreen(backend);
    const reads = recordReads(session);
    let settingsLoads = 0;
    const loadSettings = backend.loadSettings;
    backend.loadSettings = () => {
      settingsLoads++;
      return loadSettings();
    };
    render(
      <BackendContext.Provider value={backend}>
        <Popup first={first} />
      </BackendContext.Provider>,
    );
    // Synchronously, with no "Loading…" render before it: the first FIRST_FRAME_FLAGS (what
    // fills the popup), the rest of the first page once that frame is painted.
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getAllByTestId('flag-item')).toHaveLength(FIRST_FRAME_FLAGS);
    expect(screen.getAllByTestId('flag-item')[0]?.textContent).toContain('brilliant idea 59');
    expect(screen.getByRole('heading', { name: /60 flagged replies/u })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('flag-item')).toHaveLength(25));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads).toEqual([]);
    expect(settingsLoads).toBe(0);
    // A change to the tab is still followed.
    await updateTabState(session, TAB, flaggedReport(60, { score: 100 }));
    backend.emit('tabs');
    await waitFor(() => expect(screen.getByRole('heading', { name: /61 flagged replies/u })).toBeTruthy());
    expect(screen.getAllByTestId('flag-item')[0]?.textContent).toContain('brilliant idea 60');
  }, 30_000);
});

describe('the worst listed replies without the whole sort', () => {
  const summary = fc.record({
    level: fc.constantFrom('none', 'low', 'medium', 'high'),
    // Few distinct values: ties in score and in arrival order are common.
    score: fc.integer({ min: 0, max: 5 }),
    seq: fc.integer({ min: 0, max: 8 }),
    bytes: fc.constantFrom(0, 1, 500),
  });
  // Keys as the background makes them, and integer-like ones (which objects order first).
  const index = fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.nat({ max: 50 }).map(String)), summary, { maxKeys: 40 });

  it('gives listedReplyKeys(index).slice(0, count) and its length, on random indices', () => {
    fc.assert(
      fc.property(index, fc.integer({ min: -1, max: 45 }), (raw, count) => {
        const value = { index: raw as Parameters<typeof listedReplyKeys>[0]['index'] };
        const listed = listedReplyKeys(value);
        expect(worstListedReplyKeys(value, count)).toEqual(listed.slice(0, Math.max(count, 0)));
        expect(listedReplyCount(value)).toBe(listed.length);
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives the first screen of a read state', async () => {
    const session = await sessionWith(300, 20);
    const view = (await readTabView(session, TAB, 25))!;
    expect(worstListedReplyKeys(view, 25)).toEqual(listedReplyKeys(view).slice(0, 25));
    expect(listedReplyCount(view)).toBe(300);
  });
});
