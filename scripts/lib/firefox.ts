/**
 * Locate a Firefox executable for the Firefox end-to-end smoke (tests/e2e-firefox), the
 * way scripts/lib/chromium.ts locates Chromium.
 *
 * Order: $FIREFOX_PATH (must exist) → /usr/bin/firefox-esr → /usr/lib/firefox-esr/firefox-esr
 * → /usr/bin/firefox. With `install: true` and no Firefox, installs Debian's `firefox-esr`
 * with apt when running as root (CI); nothing is ever downloaded from anywhere else, since
 * Puppeteer's own Firefox download needs a CDN these machines cannot reach.
 *
 * Pure Node, no dependency.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';

export interface FindFirefoxOptions {
  /** Install Debian's firefox-esr (as root, with apt) when no Firefox is found. */
  install?: boolean;
  /** Where to look after $FIREFOX_PATH (tests replace the system paths). */
  candidates?: readonly string[];
  log?: (msg: string) => void;
}

export const FIREFOX_SYSTEM_PATHS: readonly string[] = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

export const FIREFOX_HINT =
  'No Firefox found: on Debian/Ubuntu run ' +
  '`sudo apt-get update && sudo apt-get install -y --no-install-recommends firefox-esr`, ' +
  'or set FIREFOX_PATH=/path/to/firefox';

function isExecutable(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function locate(candidates: readonly string[], log: (msg: string) => void): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    // An explicit choice that is wrong is an error, not something to silently skip.
    throw new Error(`FIREFOX_PATH=${fromEnv} does not exist or is not executable; fix it or unset it`);
  }
  for (const p of candidates) if (isExecutable(p)) return p;
  log(`firefox: none found (FIREFOX_PATH, ${candidates.join(', ')})`);
  return undefined;
}

function run(cmd: string, args: string[], log: (msg: string) => void): boolean {
  log(`firefox: running ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

function canUseApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export function findFirefox(opts: FindFirefoxOptions = {}): string {
  const log = opts.log ?? (() => {});
  const candidates = opts.candidates ?? FIREFOX_SYSTEM_PATHS;
  const found = locate(candidates, log);
  if (found) {
    log(`firefox: ${found}`);
    return found;
  }
  if (opts.install && canUseApt()) {
    if (
      run('apt-get', ['update'], log) &&
      run('apt-get', ['install', '-y', '--no-install-recommends', 'firefox-esr'], log)
    ) {
      const p = locate(candidates, log);
      if (p) return p;
    }
  }
  throw new Error(FIREFOX_HINT);
}

/**
 * Preferences that keep a test Firefox off the network, on top of the ones Puppeteer
 * already sets (no updates, telemetry, safe browsing or remote settings). Every request a
 * test does not answer itself goes to a proxy on a closed local port and fails there, so
 * nothing can leave the machine even if a request slips past the tests' interception.
 */
export function offlineFirefoxPrefs(deadPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': deadPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': deadPort,
    'network.proxy.socks': '127.0.0.1',
    'network.proxy.socks_port': deadPort,
    'network.proxy.socks_remote_dns': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.topsites.contile.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'app.normandy.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.backup.scheduled.enabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.ping-centre.telemetry': false,
  };
}
