/**
 * Nothing leaves the device, read from the shipped files themselves: the Chrome and
 * Firefox builds contain no network API, no way to turn a string into code and no
 * address of remote code. Runs after `wxt build` and `wxt build -b firefox`
 * (`npm run test:build`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS } from './builds';
import { INERT_URLS, scanBuild, scanText } from './scan-bundle';

describe.each(BUILDS)('$name build', ({ dir }) => {
  it('exists (run the builds first)', () => {
    expect(existsSync(path.join(dir, 'manifest.json')), `no build at ${dir}`).toBe(true);
  });

  it('contains no network API, eval, Function constructor or remote code', () => {
    const { files, findings } = scanBuild(dir);
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThanOrEqual(3);
    expect(findings).toEqual([]);
  });
});

it('every URL on the inert list still occurs in a build (no stale exceptions)', () => {
  const seen = BUILDS.flatMap(({ dir }) => [...scanBuild(dir).urlsSeen]);
  const unused = INERT_URLS.filter((url) => !seen.some((u) => url.pattern.test(u))).map((url) => String(url.pattern));
  expect(unused).toEqual([]);
});

describe('the scanner', () => {
  it.each([
    ['fetch', 'fetch("https://x.invalid/c",{method:"POST"})', 'fetch()'],
    ['window.fetch', 'window.fetch(u)', 'fetch()'],
    ['XHR', 'const x=new XMLHttpRequest;', 'XMLHttpRequest'],
    ['WebSocket', 'new WebSocket(u)', 'WebSocket'],
    ['beacon', 'navigator.sendBeacon(u,d)', 'sendBeacon'],
    ['EventSource', 'new EventSource(u)', 'EventSource'],
    ['importScripts', 'importScripts(u)', 'importScripts'],
    ['remote import()', 'import("https://cdn.invalid/x.js")', 'import() of a URL'],
    ['eval', 'eval(s)', 'eval()'],
    ['new Function', 'new Function("a","return a")', 'new Function'],
    ['Function call', 'return Function(``),!0', 'Function constructor'],
    ['minified alias', 'let e=Function,t=this?.content??[``];return new e(...a)', 'Function constructor alias'],
    ['string timer', 'setTimeout("alert(1)",9)', 'setTimeout/setInterval with a string'],
  ])('flags %s in JavaScript', (_name, code, what) => {
    expect(scanText('content-scripts/chatgpt.js', code).map((f) => f.what)).toContain(what);
  });

  it.each([
    ['remote script', '<script src="https://cdn.invalid/x.js"></script>', 'remote src/href in HTML'],
    ['protocol-relative stylesheet', "<link rel=stylesheet href='//cdn.invalid/x.css'>", 'remote src/href in HTML'],
  ])('flags a %s in HTML', (_name, html, what) => {
    expect(scanText('popup.html', html).map((f) => f.what)).toContain(what);
  });

  it.each([
    ['a remote font', '@font-face{src:url(https://fonts.invalid/a.woff2)}', 'remote url() in CSS'],
    ['a remote stylesheet', '@import "https://cdn.invalid/x.css";', '@import of a URL in CSS'],
  ])('flags %s in CSS', (_name, css, what) => {
    expect(scanText('assets/style.css', css).map((f) => f.what)).toContain(what);
  });

  it('flags an address it has no reason for', () => {
    expect(scanText('background.js', 'const u=`https://telemetry.invalid/v1`')).toEqual([
      expect.objectContaining({ what: 'unexplained URL https://telemetry.invalid/v1' }),
    ]);
  });

  it.each([
    ['reading a Function property', 'c=Function.call.bind(Object.prototype.hasOwnProperty)'],
    ['an XML namespace', 'o.createElementNS(`http://www.w3.org/2000/svg`,i)'],
    ['a local script', '<script type="module" src="/chunks/popup-x.js"></script>'],
    ['a word containing fetch', 'prefetch=1;refetchCount(2)'],
  ])('accepts %s', (_name, code) => {
    expect(scanText(code.startsWith('<') ? 'popup.html' : 'background.js', code)).toEqual([]);
  });
});
