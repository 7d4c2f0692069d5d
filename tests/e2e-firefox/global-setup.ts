/**
 * Cheap preflight so a missing build or browser fails once, with one clear line, before
 * any Firefox starts. Builds nothing and installs nothing (`npm test` runs
 * scripts/ensure-firefox.ts, which may install firefox-esr, before this).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findFirefox } from '../../scripts/lib/firefox.ts';
import { FIREFOX_EXTENSION_DIR } from './firefox-session.ts';

export default function globalSetup(): void {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first (or \`npm run e2e:firefox\`)`);
  }
  findFirefox({ install: false });
}
