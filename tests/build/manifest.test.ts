/**
 * Least privilege and no remote code, read from the built manifests: the whole manifest
 * is pinned here, so any new permission, host, page or policy fails this test until it
 * is reviewed and written down below (and in PRIVACY.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS, SITE_MATCHES } from '@/src/sites';
import { BUILDS } from './builds';

const { version } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

const CSP = "script-src 'self'; object-src 'self'; connect-src 'none'";

/**
 * One content script per site, each holding only its own adapter (src/content/content-script.ts),
 * matching only that site's hosts, and the overlay's script on every one of those sites
 * (src/content/overlay-script.ts); in the manifest in the order of their file names. The
 * overlay is an entry of its own, not a second file of each site's: the browser then
 * compiles it in a task of its own.
 */
const CONTENT_SCRIPTS = [
  ...SITE_ADAPTERS.map((adapter) => ({ matches: adapter.hosts.map((host) => `https://${host}/*`), name: adapter.id })),
  { matches: [...SITE_MATCHES], name: 'overlay' },
]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map(({ matches, name }) => ({
    matches: [...matches].sort(),
    all_frames: false,
    run_at: 'document_idle',
    js: [`content-scripts/${name}.js`],
  }));
type ContentScript = (typeof CONTENT_SCRIPTS)[number];

const COMMON = {
  manifest_version: 3,
  name: 'Candor',
  description: 'Warns you when an AI chatbot is flattering you instead of helping you. Everything stays on your device.',
  version,
  permissions: ['storage'],
  content_security_policy: { extension_pages: CSP },
  icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  action: { default_title: 'Candor', default_popup: 'popup.html' },
  // The person's shortcut to the latest flag's in-page card (needs no permission).
  commands: {
    'open-latest-flag': { suggested_key: { default: 'Alt+Shift+Y' }, description: 'Explain the latest flagged reply on this page' },
  },
  // A full tab: Chrome's embedded options dialog clips the history table and settings.
  options_ui: { open_in_tab: true, page: 'options.html' },
  content_scripts: CONTENT_SCRIPTS,
};

const EXPECTED: Record<(typeof BUILDS)[number]['name'], object> = {
  chrome: { ...COMMON, background: { service_worker: 'background.js' } },
  firefox: {
    ...COMMON,
    background: { scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: 'candor@candor.invalid', data_collection_permissions: { required: ['none'] } } },
  },
};

/** Permissions that would let Candor see or change more than the chat pages it runs on. */
const BROAD = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'tabs', 'scripting', 'activeTab', 'webRequest', 'webNavigation', 'history', 'cookies', 'debugger', 'management', 'nativeMessaging', 'declarativeNetRequest', 'unlimitedStorage'];

function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** The source list of one CSP directive ("script-src 'self'" → ["'self'"]). */
function directive(csp: string, name: string): string[] | undefined {
  const found = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1);
}

describe.each(BUILDS)('$name manifest', ({ name, dir }) => {
  const manifest = manifestOf(dir);

  it('is exactly the reviewed manifest', () => {
    const normalised = {
      ...manifest,
      content_scripts: (manifest.content_scripts as ContentScript[]).map((cs) => ({ ...cs, matches: [...cs.matches].sort() })),
    };
    expect(normalised).toEqual(EXPECTED[name]);
  });

  it('asks for storage only, and runs only on the supported chat sites', () => {
    expect(manifest.permissions).toEqual(['storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    const text = JSON.stringify(manifest);
    for (const broad of BROAD) expect(text, broad).not.toContain(`"${broad}"`);
    const matches = (manifest.content_scripts as { matches: string[] }[]).flatMap((cs) => cs.matches);
    expect(new Set(matches)).toEqual(new Set(SITE_MATCHES));
    for (const match of matches) expect(match).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\*$/);
  });

  it('allows no remote or string-built code on extension pages, and no network', () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(directive(csp, 'script-src')).toEqual(["'self'"]);
    expect(directive(csp, 'object-src')).toEqual(["'self'"]);
    expect(directive(csp, 'connect-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    expect(manifest).not.toHaveProperty('sandbox');
    expect(manifest).not.toHaveProperty('update_url');
  });
});
