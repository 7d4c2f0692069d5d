/**
 * Make sure a Chromium for the e2e tests exists, installing one if needed and possible
 * (Playwright download, else apt as root). Prints the path; exits 1 with one line if not.
 * Run by `npm test` right before `playwright test`.
 */
import { findChromium } from './lib/chromium.ts';

try {
  const path = await findChromium({ install: true, log: (msg) => console.error(msg) });
  console.log(`chromium: ${path}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
