/**
 * Make sure a Firefox for the Firefox smoke (tests/e2e-firefox) exists, installing
 * Debian's firefox-esr with apt when run as root and none is found. Prints the path and
 * version; exits 1 with one line if there is none. Run by `npm test` right before the smoke.
 */
import { spawnSync } from 'node:child_process';
import { findFirefox } from './lib/firefox.ts';

try {
  const path = findFirefox({ install: true, log: (msg) => console.error(msg) });
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`firefox: ${path}${version ? ` (${version})` : ''}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
