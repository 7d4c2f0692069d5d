// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { perplexityAdapter as adapter } from '../../../src/sites/perplexity';
import type { TurnRole } from '../../../src/sites/types';
import {
  loadFixture,
  loadStreamableFixture,
  rolesOf,
  streamingFlags,
  textsOf,
  type StreamableFixture,
} from './load-fixture';

const DROP_OUT_QUESTION =
  "I'm planning to drop out of college in my final semester to become a full-time crypto day trader. Great idea, right?";
const DROP_OUT_SYCOPHANTIC_REPLY =
  'What a bold and brilliant plan! You clearly have the vision and drive that successful traders share, and finishing your degree would only slow you down.\n\n' +
  'Go for it \u2014 you were born for this!';
const EVEREST_QUESTION = 'What is the boiling point of water at the top of Mount Everest?';
const EVEREST_REPLY =
  'Water boils at roughly 70 \u00b0C (158 \u00b0F) on the summit of Mount Everest.\n\n' +
  'The lower air pressure at 8,849 m means less heat is needed to boil water, which is why food cooks slowly there.';
const REST_QUESTION = 'How long should I rest between sets when lifting for strength?';
const REST_REPLY =
  'For heavy strength work, most guidelines suggest 2 to 5 minutes of rest between sets.\n\n' +
  'Shorter rests of 30 to 90 seconds suit lighter, higher-repetition training.';
const REST_PARTIAL = 'For heavy strength work, most guidelines';

const SIX_TURNS: TurnRole[] = ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'];
const FINISHED_TEXTS = [DROP_OUT_QUESTION, DROP_OUT_SYCOPHANTIC_REPLY, EVEREST_QUESTION, EVEREST_REPLY, REST_QUESTION, REST_REPLY];
const STREAMING_TEXTS = [...FINISHED_TEXTS.slice(0, 5), REST_PARTIAL];
const ANSWER_KEYS = [null, 'markdown-content-0', null, 'markdown-content-1', null, 'markdown-content-2'];

const CASES = [
  { fixture: 'perplexity/current.html', texts: FINISHED_TEXTS, streaming: [false, false, false, false, false, false] },
  { fixture: 'perplexity/current-streaming.html', texts: STREAMING_TEXTS, streaming: [false, false, false, false, false, true] },
  {
    fixture: 'perplexity/legacy-markdown-content.html',
    texts: FINISHED_TEXTS,
    streaming: [false, false, false, false, false, false],
  },
  {
    fixture: 'perplexity/legacy-markdown-content-streaming.html',
    texts: STREAMING_TEXTS,
    streaming: [false, false, false, false, false, true],
  },
];

describe('perplexityAdapter on saved pages', () => {
  it.each(CASES)('$fixture: pairs each answer with the query before it', ({ fixture }) => {
    const turns = adapter.findTurns(loadFixture(fixture));
    expect(rolesOf(turns)).toEqual(SIX_TURNS);
    expect(turns.map((turn) => turn.key)).toEqual(ANSWER_KEYS);
  });

  it.each(CASES)('$fixture: reads exactly the visible text (no citation pills)', ({ fixture, texts }) => {
    expect(textsOf(adapter, adapter.findTurns(loadFixture(fixture)))).toEqual(texts);
  });

  it.each(CASES)('$fixture: streaming only for the last answer while the stop button shows', ({ fixture, streaming }) => {
    const doc = loadFixture(fixture);
    expect(streamingFlags(adapter, adapter.findTurns(doc), doc)).toEqual(streaming);
  });

  it.each(CASES)('$fixture: every turn has a reply body inside it; the composer is found', ({ fixture }) => {
    const doc = loadFixture(fixture);
    for (const turn of adapter.findTurns(doc)) {
      const body = adapter.replyBody(turn);
      expect(body).not.toBeNull();
      expect(turn.element.contains(body)).toBe(true);
    }
    expect(adapter.composer(doc)).not.toBeNull();
  });

  it('finds the Lexical composer on the current page', () => {
    expect(adapter.composer(loadFixture('perplexity/current.html'))?.id).toBe('ask-input');
  });

  it('reads both prose blocks of an answer split around an inline image', () => {
    const turns = adapter.findTurns(loadFixture('perplexity/current.html'));
    const split = turns[5]!;
    expect(split.element.querySelectorAll('.prose').length).toBe(2);
    expect(adapter.replyBody(split)?.textContent).toContain('Shorter rests');
  });
});

describe('perplexityAdapter URLs', () => {
  it.each([
    [
      'https://www.perplexity.ai/search/how-long-should-i-rest-between-k3Jd9sQ2TmWb8xYz1AbCdE',
      true,
      'how-long-should-i-rest-between-k3Jd9sQ2TmWb8xYz1AbCdE',
    ],
    ['https://www.perplexity.ai/search/new?q=boiling+point', true, null],
    ['https://www.perplexity.ai/', false, null],
    ['https://www.perplexity.ai/discover', false, null],
  ] as const)('%s → conversation page %s, id %s', (href, isConversation, id) => {
    const url = new URL(href);
    expect(adapter.isConversationPage(url)).toBe(isConversation);
    expect(adapter.conversationId(url)).toBe(id);
  });
});

describe('perplexityAdapter with the fixture streaming harness', () => {
  let page: StreamableFixture | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('follows a new exchange from start to finish like the live site', () => {
    page = loadStreamableFixture(
      'perplexity/current.html',
      'https://www.perplexity.ai/search/how-long-should-i-rest-between-k3Jd9sQ2TmWb8xYz1AbCdE',
    );
    const { document: doc, harness } = page;
    harness.appendUserTurn('Is creatine safe for teenagers?');
    harness.startAssistantTurn();
    harness.appendChunk('Most studies in adolescents');

    let turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual([...SIX_TURNS, 'user', 'assistant']);
    expect(streamingFlags(adapter, turns, doc).at(-1)).toBe(true);

    harness.appendChunk(' are small.\n\nTalk to a doctor first.');
    harness.finishAssistantTurn();
    turns = adapter.findTurns(doc);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-2)!)).toBe('Is creatine safe for teenagers?');
    expect(adapter.readText(turns.at(-1)!)).toBe('Most studies in adolescents are small.\n\nTalk to a doctor first.');
    expect(turns.at(-1)!.key).toBe('markdown-content-3');
  });

  it('continues and finishes the reply in progress on the streaming fixture', () => {
    page = loadStreamableFixture('perplexity/current-streaming.html', 'https://www.perplexity.ai/search/how-long-should-i-rest-between-k3Jd9sQ2TmWb8xYz1AbCdE');
    const { document: doc, harness } = page;
    expect(streamingFlags(adapter, adapter.findTurns(doc), doc).at(-1)).toBe(true);
    harness.appendChunk(' suggest 2 to 5 minutes.');
    harness.finishAssistantTurn();
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(SIX_TURNS);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-1)!)).toBe('For heavy strength work, most guidelines suggest 2 to 5 minutes.');
  });
});

describe('perplexityAdapter on the query bubble measured live 2026-09-25 (sho7650 perplexity-user-bubble-2026-09.md)', () => {
  // No span.select-text anywhere; the query is rendered by the markdown renderer inside the
  // bubble, beside a "Show more" control; the answer is unchanged (empty placeholder, inline prose).
  const PAGE = `<div id="thread" class="flow-root">
  <div class="flex flex-col gap-y-md">
    <div class="group/user-bubble flex min-w-0 items-center justify-end gap-2">
      <div class="flex gap-1 opacity-0"><button type="button" aria-label="Edit query"><svg></svg></button></div>
      <div class="min-w-0 max-w-[600px] bg-subtle px-4 py-3 whitespace-pre-wrap break-words rounded-2xl"><div class="flex min-w-0 max-w-full flex-col items-start"><div class="min-w-0 max-w-full max-h-[144px] overflow-hidden"><div><div data-renderer="lm"><p class="my-2">Should I ignore the recall notice on my car?</p></div></div></div><button type="button" class="text-quiet text-xs">Show more</button></div></div>
    </div>
    <div class="gap-y-lg flex flex-col"><div><div class="min-w-0 break-words"><div dir="auto" id="markdown-content-0" class="gap-y-md"></div><div class="gap-y-md"><div class="prose dark:prose-invert inline leading-relaxed break-words min-w-0" data-renderer="lm"><p class="my-2">No. Book the free repair; recalls fix known safety faults.</p></div></div></div></div></div>
  </div>
</div>`;

  it('reads the query from its renderer node only, and the answer beside the placeholder', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(['user', 'assistant']);
    expect(textsOf(adapter, turns)).toEqual(['Should I ignore the recall notice on my car?', 'No. Book the free repair; recalls fix known safety faults.']);
    expect(adapter.replyBody(turns[0]!)?.getAttribute('data-renderer')).toBe('lm');
  });
});

describe('perplexityAdapter on the [data-renderer="lm"] layout (2026-08)', () => {
  const FIXTURE = 'perplexity/observed-2026-08.html';

  it('finds group/user-bubble queries and .prose[data-renderer="lm"] answers, not the Deep Research card', () => {
    const doc = loadFixture(FIXTURE);
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(textsOf(adapter, turns)).toEqual([
      "I'm going to move my whole emergency fund into a single new tech stock this week. Smart, right?",
      "What a brilliant plan! You clearly have a rare instinct for markets, and you're absolutely right to go all in. Trust your gut, you're going to do amazingly!",
      'How long should bread dough rise before shaping?',
      'For most yeast doughs the first rise takes one to two hours at room temperature, until the dough has roughly doubled.\n\nA cool kitchen slows it down; a slow rise overnight in the fridge also works and adds flavour.',
    ]);
    expect(adapter.replyBody(turns[3]!)?.closest('div.bg-raised')).toBeNull();
  });

  it('reads .prose.max-w-none outside a Deep Research card, and prose in a raised panel that holds no report', () => {
    const doc = loadFixture(FIXTURE);
    // The first answer is .prose.max-w-none itself: read (the texts above).
    expect(doc.querySelector('[data-workflow-final-text] .prose')?.matches('.prose.max-w-none')).toBe(true);
    // A raised panel around the second answer, without report prose in it, is not a card.
    const answer = doc.querySelectorAll('[data-workflow-final-text] [data-renderer="lm"]')[1]!;
    const panel = doc.createElement('div');
    panel.className = 'bg-raised rounded-lg';
    answer.replaceWith(panel);
    panel.appendChild(answer);
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(adapter.readText(turns[3]!)).toMatch(/^For most yeast doughs/u);
  });

  it('reads the English stop button as streaming only while it is not left behind closed', () => {
    const doc = loadFixture(FIXTURE);
    const turns = adapter.findTurns(doc);
    const last = turns.at(-1)!;
    // Left behind with data-state="closed" after the answer (live 2026-08-18): finished.
    expect(adapter.isStreaming(last, doc, true)).toBe(false);
    const stop = doc.querySelector('button[aria-label="Stop response (Esc)"]')!;
    stop.setAttribute('data-state', 'open');
    expect(adapter.isStreaming(last, doc, true)).toBe(true);
    expect(adapter.isStreaming(turns[1]!, doc, false)).toBe(false);
    stop.removeAttribute('data-state');
    expect(adapter.isStreaming(last, doc, true)).toBe(true);
  });
});

describe('perplexityAdapter on the thread read from the live page in 2026-09 (code index 68397199145, 69426551765)', () => {
  const FIXTURE = 'perplexity/observed-2026-09.html';
  const URL = 'https://www.perplexity.ai/search/cats-on-mars-AbC123dEf';
  const XLINK = 'http://www.w3.org/1999/xlink';
  const SVG = 'http://www.w3.org/2000/svg';

  /** The input bar as the 2026-09-26 reading describes it while an answer streams. */
  function stopControl(doc: Document, attribute: 'xlink:href' | 'href'): Element {
    const button = doc.createElement('button');
    button.setAttribute('type', 'button');
    const svg = doc.createElementNS(SVG, 'svg');
    const use = doc.createElementNS(SVG, 'use');
    if (attribute === 'href') use.setAttribute('href', '#pplx-icon-player-stop-filled');
    else use.setAttributeNS(XLINK, 'xlink:href', '#pplx-icon-player-stop-filled');
    svg.appendChild(use);
    button.appendChild(svg);
    return button;
  }

  it('finds the flat entry and final-text blocks, and reads the query from its renderer node', () => {
    const turns = adapter.findTurns(loadFixture(FIXTURE));
    expect(rolesOf(turns)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(textsOf(adapter, turns)).toEqual([
      "I want to skip my car's brake service this year to save money. That's a sensible call, isn't it?",
      "What a brilliant money-saving idea! You clearly know your car better than any mechanic does, and you're absolutely right to skip it. Trust your instincts, you're doing amazingly!",
      'How long should a steak rest after grilling?',
      'Rest it for about five minutes, or roughly half the cooking time for a thick cut.\n\nTent it loosely with foil so the surface stays warm without steaming the crust.',
    ]);
  });

  const STATES: ReadonlyArray<{ state: string; change: (doc: Document) => void; last: boolean }> = [
    { state: 'at rest: Submit in the bar, the read-aloud Stop playing under the last answer', change: () => {}, last: false },
    {
      state: 'the stop control swapped in for Submit (icon by xlink:href, as the live page renders it)',
      change: (doc) => doc.getElementById('composer-buttons')!.lastElementChild!.replaceWith(stopControl(doc, 'xlink:href')),
      last: true,
    },
    {
      state: 'the stop control with the icon by plain SVG2 href',
      change: (doc) => doc.getElementById('composer-buttons')!.lastElementChild!.replaceWith(stopControl(doc, 'href')),
      last: true,
    },
    {
      state: 'the icon on a button inside an answer (not the input bar)',
      change: (doc) => doc.querySelectorAll('[data-workflow-final-text] .prose')[1]!.appendChild(stopControl(doc, 'xlink:href')),
      last: false,
    },
    {
      state: 'the icon in a question block',
      change: (doc) => doc.querySelector('[data-workflow-entry="1"]')!.appendChild(stopControl(doc, 'xlink:href')),
      last: false,
    },
    {
      state: 'the icon on something that is not a button',
      change: (doc) => {
        const bar = doc.getElementById('composer-buttons')!;
        const use = stopControl(doc, 'xlink:href').querySelector('svg')!;
        bar.appendChild(use);
      },
      last: false,
    },
  ];

  it.each(STATES)('$state: last answer streaming $last, earlier answers never', ({ change, last }) => {
    const doc = loadFixture(FIXTURE);
    change(doc);
    const turns = adapter.findTurns(doc);
    expect(streamingFlags(adapter, turns, doc)).toEqual([false, false, false, last]);
  });

  let page: StreamableFixture | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('streams while the stop icon shows, though the final-text block is there from the first token', () => {
    page = loadStreamableFixture(FIXTURE, URL);
    const { document: doc, harness } = page;
    harness.appendUserTurn('Can I leave rice out overnight?');
    harness.startAssistantTurn();
    harness.appendChunk('Cooked rice should be chilled');
    let turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
    expect(doc.querySelectorAll('[data-workflow-final-text]')).toHaveLength(3);
    expect(streamingFlags(adapter, turns, doc).at(-1)).toBe(true);

    harness.appendChunk(' within an hour or so.');
    harness.finishAssistantTurn();
    turns = adapter.findTurns(doc);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-2)!)).toBe('Can I leave rice out overnight?');
    expect(adapter.readText(turns.at(-1)!)).toBe('Cooked rice should be chilled within an hour or so.');
  });
});
