/**
 * Cheap preflight so a missing build or browser fails once, with one clear line,
 * instead of once per test. Builds nothing and installs nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { EXTENSION_DIR } from './paths.ts';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first (or \`npm run e2e\`)`);
  }
  await findChromium({ install: false });
}
