// @vitest-environment happy-dom
/** The popup's one line when the page fought Candor's marks: shown only for this tab's current page. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InterferenceNotice as Notice } from '@/src/background/card-actions';
import { BackendContext } from '@/src/ui/hooks';
import { InterferenceNotice, interferenceText } from '@/src/ui/popup/interference-notice';
import { fakeBackend } from './fake-backend';

afterEach(cleanup);

const URL_NOW = 'https://chatgpt.com/c/abc';

function renderWith(notice: Notice | null, url: string | undefined) {
  const backend = { ...fakeBackend(), readInterference: async () => notice };
  render(
    <BackendContext.Provider value={backend}>
      <InterferenceNotice tabId={7} url={url} />
    </BackendContext.Provider>,
  );
}

describe('InterferenceNotice', () => {
  it.each([
    [{ url: URL_NOW, restored: 20, gaveUp: true, at: 1 }, /stopped putting them back/u],
    [{ url: URL_NOW, restored: 1, gaveUp: false, at: 1 }, /Candor put them back/u],
  ])('says what the page did in one line', async (notice, text) => {
    renderWith(notice, URL_NOW);
    expect((await screen.findByTestId('interference-notice')).textContent).toMatch(text);
    expect(interferenceText(notice)).toMatch(text);
  });

  it.each([
    ['no notice', null, URL_NOW],
    ['a notice about an earlier page in the tab', { url: 'https://chatgpt.com/c/old', restored: 20, gaveUp: true, at: 1 }, URL_NOW],
  ])('shows nothing for %s', async (_name, notice, url) => {
    renderWith(notice, url);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId('interference-notice')).toBeNull();
  });
});
