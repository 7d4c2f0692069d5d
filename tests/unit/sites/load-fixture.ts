/**
 * Loads a site fixture (tests/fixtures/sites/…) into happy-dom for adapter tests.
 *
 * - `loadFixture` parses the file with DOMParser: a static document, scripts never run.
 * - `loadStreamableFixture` opens it in its own happy-dom Window at the site's real URL
 *   with JavaScript enabled, so the fixture's `window.__fixture` streaming harness runs.
 *   Only our own fixture files are evaluated this way.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { FIXTURE_ROOT, readFixture } from '../../fixtures/read-fixture';
import type { SiteAdapter, TurnElement, TurnRole } from '../../../src/sites/types';

/** The fixture files of one site, as paths relative to tests/fixtures/sites/. */
export function listFixtures(site: string): string[] {
  return readdirSync(join(FIXTURE_ROOT, site))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => `${site}/${name}`);
}

export function loadFixture(relativePath: string): Document {
  return new DOMParser().parseFromString(readFixture(relativePath), 'text/html');
}

/** The streaming harness every current-variant fixture exposes. */
export interface FixtureHarness {
  appendUserTurn(text: string): void;
  startAssistantTurn(): void;
  appendChunk(text: string): void;
  finishAssistantTurn(): void;
}

export interface StreamableFixture {
  document: Document;
  harness: FixtureHarness;
  close(): Promise<void>;
}

export function loadStreamableFixture(relativePath: string, url: string): StreamableFixture {
  const window = new Window({
    url,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  window.document.write(readFixture(relativePath));
  const harness = (window as unknown as { __fixture?: FixtureHarness }).__fixture;
  if (!harness) throw new Error(`${relativePath} does not expose window.__fixture`);
  return {
    // happy-dom's Document implements the DOM the adapters use; its TypeScript type is
    // separate from lib.dom's, hence the cast.
    document: window.document as unknown as Document,
    harness,
    close: () => window.happyDOM.close(),
  };
}

/** The roles of the turns an adapter finds, in order: compact for table-driven asserts. */
export function rolesOf(turns: readonly TurnElement[]): TurnRole[] {
  return turns.map((turn) => turn.role);
}

/** Each turn's text as the adapter reads it. */
export function textsOf(adapter: SiteAdapter, turns: readonly TurnElement[]): string[] {
  return turns.map((turn) => adapter.readText(turn));
}

/** isStreaming for every turn, with `isLastTurn` set on the last one as the watcher does. */
export function streamingFlags(adapter: SiteAdapter, turns: readonly TurnElement[], doc: Document): boolean[] {
  return turns.map((turn, index) => adapter.isStreaming(turn, doc, index === turns.length - 1));
}
