// @vitest-environment happy-dom
/**
 * SiteAdapter.turnsAround, the local read of the turns a change brings (so that a turn
 * appended to a long page costs what the turn costs), has one definition: whatever it
 * returns, findTurns over the whole page lists exactly those turns inside its scope, in
 * the same order, with the same roles and keys. Checked for every element of every
 * fixture page of every adapter that has it, at every step of a streamed exchange; and it
 * must answer (not give up) for what streaming adds, or the fast path would never run.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../../src/sites';
import type { SiteAdapter, TurnElement } from '../../../src/sites/types';
import { SITE_FIXTURES } from '../../fixtures/sites/generations';
import { loadStreamableFixture, type StreamableFixture } from './load-fixture';

let open: StreamableFixture | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

const describeTurn = (turn: TurnElement) => ({ element: turn.element, role: turn.role, key: turn.key });

/** Checks turnsAround against findTurns for every element of the page; returns the elements it gave up on. */
function checkEveryElement(adapter: SiteAdapter, doc: Document): Set<Element> {
  const all = adapter.findTurns(doc.body);
  const last = all.at(-1);
  const gaveUp = new Set<Element>();
  if (!last) return gaveUp;
  for (const node of Array.from(doc.body.querySelectorAll('*'))) {
    const found = adapter.turnsAround!(node, last);
    if (found === null) {
      gaveUp.add(node);
      continue;
    }
    expect(found.scope.contains(node)).toBe(true);
    const inScope = all.filter((turn) => found.scope.contains(turn.element));
    expect(found.turns.map(describeTurn)).toEqual(inScope.map(describeTurn));
  }
  return gaveUp;
}

const local = SITE_FIXTURES.filter((fixture) => SITE_ADAPTERS.find((a) => a.id === fixture.site)?.turnsAround !== undefined);

describe.each(local.map((f) => [f.name, f] as const))('turnsAround on %s', (_name, fixture) => {
  const adapter = SITE_ADAPTERS.find((a) => a.id === fixture.site)!;

  it('lists exactly what findTurns lists inside its scope, for every element at every step of a streamed exchange', () => {
    open = loadStreamableFixture(fixture.file, fixture.url);
    const { document: doc, harness } = open;
    checkEveryElement(adapter, doc);
    const steps = [
      () => harness.appendUserTurn('Should I put all my savings into one coin?'),
      () => harness.startAssistantTurn(),
      () => harness.appendChunk('What a brilliant plan! '),
      () => harness.appendChunk('You should absolutely go for it.'),
      () => harness.finishAssistantTurn(),
      () => harness.appendUserTurn('And my house too?'),
      () => harness.startAssistantTurn(),
      () => harness.appendChunk('No.'),
      () => harness.finishAssistantTurn(),
    ];
    for (const step of steps) {
      step();
      checkEveryElement(adapter, doc);
    }
  });

  it('answers for the turns a streamed exchange adds, so the watcher never walks the whole page for them', () => {
    open = loadStreamableFixture(fixture.file, fixture.url);
    const { document: doc, harness } = open;
    const before = new Set(Array.from(doc.body.querySelectorAll('*')));
    harness.appendUserTurn('Should I put all my savings into one coin?');
    harness.startAssistantTurn();
    harness.appendChunk('What a brilliant plan!');
    harness.finishAssistantTurn();
    const gaveUp = checkEveryElement(adapter, doc);
    const added = Array.from(doc.body.querySelectorAll('*')).filter((element) => !before.has(element));
    const newTurns = adapter.findTurns(doc.body).filter((turn) => !before.has(turn.element));
    expect(newTurns.map((turn) => turn.role)).toEqual(expect.arrayContaining(['assistant']));
    for (const element of added) expect(gaveUp.has(element), element.outerHTML.slice(0, 120)).toBe(false);
  });
});

const sliced = SITE_FIXTURES.filter((fixture) => SITE_ADAPTERS.find((a) => a.id === fixture.site)?.findTurnsInSlices !== undefined);

describe.each(sliced.map((f) => [f.name, f] as const))('findTurnsInSlices on %s', (_name, fixture) => {
  const adapter = SITE_ADAPTERS.find((a) => a.id === fixture.site)!;

  it('gives what findTurns gives, read in one slice or in the smallest slices', () => {
    open = loadStreamableFixture(fixture.file, fixture.url);
    const { document: doc, harness } = open;
    for (let i = 0; i < 24; i++) {
      harness.appendUserTurn(`Question ${i}`);
      harness.startAssistantTurn();
      harness.appendChunk(`Answer ${i}`);
      if (i < 23) harness.finishAssistantTurn();
    }
    const whole = adapter.findTurns(doc.body).map(describeTurn);
    expect(adapter.findTurnsInSlices!(doc.body).step(() => false)!.map(describeTurn)).toEqual(whole);
    const read = adapter.findTurnsInSlices!(doc.body);
    let slices = 1;
    let turns = read.step(() => true);
    while (turns === null) {
      slices++;
      turns = read.step(() => true);
    }
    expect(turns.map(describeTurn)).toEqual(whole);
    expect(slices).toBeGreaterThan(2);
  });
});

describe('ChatGPT turnsAround', () => {
  const adapter = SITE_ADAPTERS.find((a) => a.id === 'chatgpt')!;
  const url = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';

  it('gives up when late-2026 markup appears on an early-2026 page (findTurns would rank the whole page anew)', () => {
    open = loadStreamableFixture('chatgpt/current.html', url);
    const doc = open.document;
    const last = adapter.findTurns(doc.body).at(-1)!;
    const exchange = doc.createElement('div');
    exchange.setAttribute('data-turn-key', 'new-exchange');
    last.element.parentElement!.appendChild(exchange);
    expect(adapter.turnsAround!(exchange, last)).toBeNull();
    const wrapper = doc.createElement('div');
    wrapper.appendChild(doc.createElement('div')).setAttribute('data-turn-key', 'inside');
    last.element.parentElement!.appendChild(wrapper);
    expect(adapter.turnsAround!(wrapper, last)).toBeNull();
  });

  it('gives up when the last turn it is told about is no longer on the page', () => {
    open = loadStreamableFixture('chatgpt/late-2026.html', url);
    const doc = open.document;
    const turns = adapter.findTurns(doc.body);
    const last = turns.at(-1)!;
    last.element.closest('[data-turn-key]')!.remove();
    expect(adapter.turnsAround!(doc.body.querySelector('[data-turn-key]')!, last)).toBeNull();
  });
});
