// @vitest-environment happy-dom
/**
 * Cross-cutting checks for the ChatGPT, Claude, Gemini, Copilot and Perplexity adapters:
 * an unknown page yields no turns (the "can't read this page" state), no adapter claims
 * another site's page, and none of them throws on any fixture.
 */
import { describe, expect, it } from 'vitest';
import { chatgptAdapter } from '../../../src/sites/chatgpt';
import { claudeAdapter } from '../../../src/sites/claude';
import { copilotAdapter } from '../../../src/sites/copilot';
import { geminiAdapter } from '../../../src/sites/gemini';
import { perplexityAdapter } from '../../../src/sites/perplexity';
import type { SiteAdapter } from '../../../src/sites/types';
import { listFixtures, loadFixture } from './load-fixture';

const ADAPTERS: readonly SiteAdapter[] = [chatgptAdapter, claudeAdapter, geminiAdapter, copilotAdapter, perplexityAdapter];

describe('broken.html (markup of no known site)', () => {
  it.each(ADAPTERS.map((adapter) => ({ adapter, id: adapter.id })))('$id finds no turns', ({ adapter }) => {
    const doc = loadFixture('broken.html');
    expect(adapter.findTurns(doc)).toEqual([]);
    expect(adapter.findTurns(doc.body)).toEqual([]);
  });
});

describe("no adapter reads another site's page", () => {
  const pairs = ADAPTERS.flatMap((adapter) =>
    ADAPTERS.filter((other) => other !== adapter).flatMap((other) =>
      listFixtures(other.id).map((fixture) => ({ adapter, id: adapter.id, fixture })),
    ),
  );
  it.each(pairs)('$id on $fixture finds no turns', ({ adapter, fixture }) => {
    expect(adapter.findTurns(loadFixture(fixture))).toEqual([]);
  });
});

describe('adapters never throw on any fixture', () => {
  const pairs = ADAPTERS.flatMap((adapter) =>
    ADAPTERS.flatMap((site) => listFixtures(site.id).map((fixture) => ({ adapter, id: adapter.id, fixture }))),
  );
  it.each(pairs)('$id on $fixture', ({ adapter, fixture }) => {
    const doc = loadFixture(fixture);
    expect(() => {
      const turns = adapter.findTurns(doc);
      turns.forEach((turn, index) => {
        adapter.readText(turn);
        adapter.replyBody(turn);
        adapter.isStreaming(turn, doc, index === turns.length - 1);
      });
      adapter.composer(doc);
    }).not.toThrow();
  });
});

describe('adapter metadata', () => {
  it.each(ADAPTERS.map((adapter) => ({ adapter, id: adapter.id })))('$id has a name and hosts', ({ adapter }) => {
    expect(adapter.name).not.toBe('');
    expect(adapter.hosts.length).toBeGreaterThan(0);
    for (const host of adapter.hosts) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });
});
