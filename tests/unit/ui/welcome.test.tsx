// @vitest-environment happy-dom
/** The first-run page: a real worked example, the privacy promise, and the sensitivity choice. */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { shouldOpenWelcome } from '@/src/background/first-run';
import { BackendContext } from '@/src/ui/hooks';
import { PRIVACY_PROMISE, Welcome } from '@/src/ui/welcome/welcome';
import { LEVEL_NAMES } from '@/src/vocabulary';
import { fakeBackend, type FakeBackend } from './fake-backend';

afterEach(cleanup);

function renderWelcome(backend: FakeBackend = fakeBackend()) {
  render(
    <BackendContext.Provider value={backend}>
      <Welcome />
    </BackendContext.Provider>,
  );
  return { backend, user: userEvent.setup() };
}

describe('the first-run page', () => {
  it('shows the worked example as Candor really judges it, with highlighted words and why', () => {
    renderWelcome();
    const verdict = screen.getByTestId('welcome-verdict');
    expect(verdict.textContent).toMatch(new RegExp(`${LEVEL_NAMES.medium}|${LEVEL_NAMES.high}`, 'u'));
    expect(document.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('flag-explanation').length).toBeGreaterThan(0);
  });

  it('states the privacy promise in three lines', () => {
    renderWelcome();
    const list = screen.getByRole('heading', { name: 'Your privacy' }).nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([...PRIVACY_PROMISE]);
  });

  it('saves the sensitivity chosen', async () => {
    const { backend, user } = renderWelcome();
    await user.click(await screen.findByRole('radio', { name: 'Strict' }));
    await waitFor(() => expect(backend.saved.at(-1)?.engine.sensitivity).toBe('strict'));
    expect(screen.getByRole('radio', { name: 'Strict' })).toHaveProperty('checked', true);
  });
});

describe('shouldOpenWelcome', () => {
  it.each([
    ['install', true],
    ['update', false],
    ['browser_update', false],
    ['chrome_update', false],
    ['shared_module_update', false],
  ])('%s → %s', (reason, open) => {
    expect(shouldOpenWelcome({ reason })).toBe(open);
  });
});
