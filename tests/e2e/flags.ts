/**
 * The one place end-to-end tests read Candor's in-page flags. Every spec goes through
 * these helpers, so that a change in how the flags can be observed (for example a closed
 * shadow root read through the DevTools protocol) is made here once.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface FlagOnPage {
  level: string | null;
  categories: string | null;
  /** How many flags share this flag's parent: 1 means one flag per reply. */
  turns: number | undefined;
}

/** Flags on the page: level and categories per <candor-flag>, in document order. */
export async function flagsOnPage(page: Page): Promise<FlagOnPage[]> {
  return page.locator('candor-flag').evaluateAll((els) =>
    els.map((el) => ({
      level: el.getAttribute('data-level'),
      categories: el.getAttribute('data-categories'),
      turns: el.parentElement?.querySelectorAll(':scope > candor-flag').length,
    })),
  );
}

/** Wait until there are at least `atLeast` flags and their number stops changing, then return them. */
export async function settledFlags(page: Page, atLeast: number): Promise<FlagOnPage[]> {
  await expect.poll(async () => (await flagsOnPage(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(atLeast);
  await page.waitForTimeout(1_500);
  return flagsOnPage(page);
}
