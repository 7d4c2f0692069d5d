/**
 * Locate a Chromium executable for Playwright e2e runs and tooling (demo, `npm start`).
 *
 * Order: $CHROMIUM_PATH (must exist) → Playwright's downloaded browser → /usr/bin/chromium →
 * /usr/lib/chromium/chromium. With `install: true`, tries `npx playwright install chromium`,
 * then (root + apt) `apt-get install chromium`, before giving up with a one-line instruction.
 *
 * Pure Node; the only optional dependency is @playwright/test (imported lazily).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';

export const CHROMIUM_ARGS: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-dev-shm-usage',
  '--disable-sync',
  '--disable-quic',
];

/** Flags that load exactly one unpacked extension from `dir` (an absolute path is safest). */
export function extensionArgs(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

export interface FindChromiumOptions {
  /** Try to install Chromium (Playwright download, then apt as root) when none is found. */
  install?: boolean;
  log?: (msg: string) => void;
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];

const HINT =
  'No Chromium found: run `npx playwright install chromium` (online) or, on Debian/Ubuntu, ' +
  '`sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium`, ' +
  'or set CHROMIUM_PATH=/path/to/chromium';

function isExecutable(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function playwrightChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    return p && isExecutable(p) ? p : undefined;
  } catch {
    // @playwright/test not installed, or it has no registry entry for this platform.
    return undefined;
  }
}

async function locate(log: (msg: string) => void): Promise<string | undefined> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    // An explicit choice that is wrong is an error, not something to silently skip.
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist or is not executable; fix it or unset it`);
  }
  const pw = await playwrightChromium();
  if (pw) return pw;
  for (const p of SYSTEM_PATHS) if (isExecutable(p)) return p;
  log('chromium: none found (CHROMIUM_PATH, Playwright cache, /usr/bin/chromium, /usr/lib/chromium/chromium)');
  return undefined;
}

function run(cmd: string, args: string[], log: (msg: string) => void, env?: NodeJS.ProcessEnv): boolean {
  log(`chromium: running ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function canUseApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export async function findChromium(opts: FindChromiumOptions = {}): Promise<string> {
  const log = opts.log ?? (() => {});
  const found = await locate(log);
  if (found) {
    log(`chromium: ${found}`);
    return found;
  }
  if (!opts.install) throw new Error(HINT);

  // 1. Playwright's own browser (needs the CDN; fails offline).
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'], log)) {
    const p = await locate(log);
    if (p) return p;
  }
  // 2. Debian/Ubuntu package, only when we are root and apt exists.
  if (canUseApt()) {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (
      run('apt-get', ['update'], log, env) &&
      run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], log, env)
    ) {
      const p = await locate(log);
      if (p) return p;
    }
  }
  throw new Error(HINT);
}
