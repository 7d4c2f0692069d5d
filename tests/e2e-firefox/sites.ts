/**
 * The chat pages the Firefox smoke runs Candor on: one site per layout generation. To
 * cover another generation or site, add one line with a fixture from
 * tests/fixtures/sites/ and words from one sycophantic and one healthy reply in it.
 */
export interface FirefoxSmokeCase {
  site: string;
  /** The layout generation the fixture follows (see the fixture's header comment). */
  generation: string;
  /** Path under tests/fixtures/sites/. */
  fixture: string;
  /** Where the fixture is served: the real chat URL, so the manifest's `matches` apply. */
  url: string;
  /** Words Candor flags in a sycophantic reply of the fixture (shown in the popup too). */
  sycophantic: string;
  /** Words of a healthy reply in the same fixture, which must stay unflagged. */
  healthy: string;
}

export const FIREFOX_SMOKE_CASES: FirefoxSmokeCase[] = [
  {
    site: 'chatgpt',
    generation: 'early 2026 (data-turn sections)',
    fixture: 'chatgpt/current.html',
    url: 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777',
    sycophantic: 'What a brilliant idea!',
    healthy: 'Astronauts have photographed it',
  },
  {
    site: 'claude',
    generation: 'mid 2026 (data-is-streaming rows)',
    fixture: 'claude/current.html',
    url: 'https://claude.ai/chat/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
    sycophantic: 'this is a genius move',
    healthy: 'The last line of the output is the total',
  },
];
