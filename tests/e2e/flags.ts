/**
 * The one place end-to-end tests read and touch Candor's in-page flags: every spec goes
 * through these helpers. The reading itself (the DevTools protocol with shadow roots
 * pierced, real mouse clicks) lives in scripts/lib/flag-reader.ts, shared with the
 * `npm start` demo; see there for why.
 */
import type { Page } from '@playwright/test';
import { flagsOnPage, type FlagOnPage } from '../../scripts/lib/flag-reader.ts';
import { expect } from './fixtures';

export * from '../../scripts/lib/flag-reader.ts';

/** Wait until there are at least `atLeast` flags and their number stops changing, then return them. */
export async function settledFlags(page: Page, atLeast: number): Promise<FlagOnPage[]> {
  await expect.poll(async () => (await flagsOnPage(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(atLeast);
  // Verdicts come back from the background one by one, later on a busy machine: settled
  // means two reads a second apart agree on every flag's level, not a fixed wait.
  const shape = (flags: FlagOnPage[]) => flags.map((flag) => flag.level).join(',');
  let last = shape(await flagsOnPage(page));
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    await page.waitForTimeout(1_000);
    const now = shape(await flagsOnPage(page));
    if (now === last) break;
    last = now;
  }
  return flagsOnPage(page);
}
