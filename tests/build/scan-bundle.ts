/**
 * What the shipped files may not contain: ways to reach the network, ways to turn strings
 * into code, and addresses of remote code. Used by bundle-scan.test.ts on the built
 * extensions; kept separate so the scanner itself can be tested on known snippets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sourceTable from '../../src/vocabulary/sources.json';

export interface Finding {
  file: string;
  what: string;
  /** The code around the match, for the failure message. */
  excerpt: string;
}

interface Forbidden {
  what: string;
  pattern: RegExp;
}

/** Network APIs and code-from-strings, searched for in every JavaScript and HTML file. */
const FORBIDDEN_IN_CODE: readonly Forbidden[] = [
  { what: 'fetch()', pattern: /\bfetch\s*\(/g },
  { what: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { what: 'WebSocket', pattern: /\bWebSocket\b/g },
  { what: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { what: 'EventSource', pattern: /\bEventSource\b/g },
  { what: 'WebTransport', pattern: /\bWebTransport\b/g },
  { what: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/g },
  { what: 'importScripts', pattern: /\bimportScripts\b/g },
  { what: 'import() of a URL', pattern: /\bimport\s*\(\s*["'`](?:https?:)?\/\//g },
  { what: 'eval()', pattern: /\beval\s*\(/g },
  { what: 'new Function', pattern: /\bnew\s+Function\b/g },
  // `Function("…")`, and minified aliases such as `let e=Function,…;new e(…)`. Reading a
  // property (`Function.call.bind(…)`, `Function.prototype`) is not a constructor call.
  { what: 'Function constructor', pattern: /(?<![\w$.])Function\s*\(/g },
  { what: 'Function constructor alias', pattern: /[=:,(]\s*Function\s*(?=[,;)}\]]|$)/gm },
  { what: 'setTimeout/setInterval with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
];

/** A pattern matching exactly these strings. */
function exactly(strings: readonly string[]): RegExp {
  return new RegExp(`^(?:${strings.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
}

/** Where an HTML page or a stylesheet would load something from another origin. */
const REMOTE_LOADS: readonly Forbidden[] = [
  { what: 'remote src/href in HTML', pattern: /\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//gi },
  { what: 'remote url() in CSS', pattern: /url\(\s*["']?(?:https?:)?\/\//gi },
  { what: '@import of a URL in CSS', pattern: /@import\s+(?:url\()?["']?(?:https?:)?\/\//gi },
];

/**
 * http(s) addresses that appear in the bundles as plain strings and are never loaded.
 * Anything else (an analytics endpoint, a CDN) fails the scan.
 */
export const INERT_URLS: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: /^http:\/\/www\.w3\.org\/(?:1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace)$/,
    why: 'XML namespace names (createElementNS in our overlay and in react-dom); never fetched',
  },
  {
    pattern: /^https?:\/\/json-schema\.org\/draft(?:-0[47]|\/2020-12)\/schema#?$/,
    why: "zod's toJSONSchema() writes these as $schema identifiers; never fetched",
  },
  { pattern: /^https:\/\/react\.dev\/errors\/$/, why: "react-dom's minified error messages link to its docs; text only" },
  { pattern: /^https:\/\/invalid\/$/, why: 'our fallback base for new URL() when a page has no location; never fetched' },
  {
    pattern: /^https:\/\/\$\{e\}\/\*$/,
    why: 'src/sites/index.ts builds content-script match patterns (https://<host>/*); compared, never fetched',
  },
  { pattern: /^http:\/\/\[\$\{e\}\]$/, why: "zod's IPv6 check parses `http://[<ip>]` with new URL(); never fetched" },
  {
    pattern: exactly(sourceTable.sources.flatMap((source) => ('url' in source && source.url ? [source.url] : []))),
    why: 'src/vocabulary/sources.json: the links to cited sources, opened only when the person clicks one; never fetched',
  },
];

const URL_LITERAL = /\bhttps?:\/\/[^\s"'`)<>\\]*/g;

function excerptAt(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 60), index + length + 60).replace(/\s+/g, ' ');
}

/**
 * Every forbidden construct and unexplained URL in one file's text. manifest.json is
 * left to manifest.test.ts, which pins it exactly (its match patterns are URLs).
 */
export function scanText(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const ext = path.extname(file);
  if (ext === '.json') return findings;
  const rules = [...(ext === '.css' ? [] : FORBIDDEN_IN_CODE), ...REMOTE_LOADS];
  for (const { what, pattern } of rules) {
    for (const match of text.matchAll(pattern)) {
      findings.push({ file, what, excerpt: excerptAt(text, match.index, match[0].length) });
    }
  }
  for (const match of text.matchAll(URL_LITERAL)) {
    if (!INERT_URLS.some((url) => url.pattern.test(match[0]))) {
      findings.push({ file, what: `unexplained URL ${match[0]}`, excerpt: excerptAt(text, match.index, match[0].length) });
    }
  }
  return findings;
}

/** All files under a build directory, relative to it. */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = path.join(sub, name);
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

export function scanBuild(dir: string): { files: string[]; findings: Finding[]; urlsSeen: Set<string> } {
  const files = filesIn(dir);
  const findings: Finding[] = [];
  const urlsSeen = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    findings.push(...scanText(file, text));
    for (const match of text.matchAll(URL_LITERAL)) urlsSeen.add(match[0]);
  }
  return { files, findings, urlsSeen };
}
