/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) on the Firefox build.
 *
 * Fails on any error, and on any warning or notice that is not listed below with the
 * reason it is harmless. Run after `wxt build -b firefox`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// CANDOR_FIREFOX_DIR: lint a build made elsewhere (CANDOR_OUT_DIR in wxt.config.ts).
const FIREFOX_DIR = process.env.CANDOR_FIREFOX_DIR ?? path.resolve(import.meta.dirname, '../.output/firefox-mv3');

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

interface KnownWarning {
  code: string;
  /** Must occur in the bundled code just before the reported position. */
  context: string;
  why: string;
}

/**
 * Warnings known to be harmless, each with its reason (the README lists them). None
 * today: react-dom's two innerHTML assignments (the dangerouslySetInnerHTML handler) are
 * removed at build time (scripts/lib/vite-react-without-inner-html.ts).
 */
const KNOWN_WARNINGS: readonly KnownWarning[] = [];

/** The bundled code up to a linter position (how much is enough to recognise the known cases). */
function codeBefore(message: LinterMessage, chars = 300): string {
  if (!message.file || message.line === undefined) return '';
  const lines = readFileSync(path.join(FIREFOX_DIR, message.file), 'utf8').split('\n');
  const line = lines[message.line - 1] ?? '';
  const column = message.column ?? line.length;
  return line.slice(Math.max(0, column - chars), column);
}

function explain(message: LinterMessage): KnownWarning | undefined {
  return KNOWN_WARNINGS.find((known) => known.code === message.code && codeBefore(message).includes(known.context));
}

function lintFirefoxBuild(): LinterReport {
  if (!existsSync(path.join(FIREFOX_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_DIR}: run \`npm run build:firefox\` first`);
  }
  const bin = path.resolve(import.meta.dirname, '../node_modules/.bin/web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  try {
    return JSON.parse(json) as LinterReport;
  } catch {
    throw new Error(`web-ext lint printed no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

function main(): void {
  const report = lintFirefoxBuild();
  const unexplained = [...report.errors, ...report.warnings, ...report.notices].filter(
    (m) => report.errors.includes(m) || !explain(m),
  );
  const where = (m: LinterMessage) => `${m.file ?? '(manifest)'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
  for (const m of [...report.warnings, ...report.notices]) {
    const known = explain(m);
    if (known) console.log(`  known   ${m.code} ${where(m)}: ${known.why}`);
  }
  for (const m of unexplained) console.log(`  PROBLEM ${m.code} ${where(m)}: ${m.message}`);
  console.log(
    `web-ext lint ${path.relative(process.cwd(), FIREFOX_DIR)}: ${report.errors.length} errors, ` +
      `${report.warnings.length} warnings, ${report.notices.length} notices; ${unexplained.length} not explained`,
  );
  if (unexplained.length > 0) process.exit(1);
}

main();
