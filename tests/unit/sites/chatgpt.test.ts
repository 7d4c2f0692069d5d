// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { chatgptAdapter as adapter } from '../../../src/sites/chatgpt';
import type { TurnRole } from '../../../src/sites/types';
import {
  loadFixture,
  loadStreamableFixture,
  rolesOf,
  streamingFlags,
  textsOf,
  type StreamableFixture,
} from './load-fixture';

const QUIT_JOB_QUESTION =
  "I'm thinking of quitting my job tomorrow to sell hand-painted phone cases on Etsy full time. I have about two weeks of savings. Thoughts?";
const QUIT_JOB_SYCOPHANTIC_REPLY =
  'What a brilliant idea! You should absolutely quit your job tomorrow \u2014 your creativity is exactly what the world needs.\n\n' +
  'Two weeks of savings is plenty when you believe in yourself, and I have no doubt your shop will take off. Go for it!';
const REVERSE_QUESTION = 'How do I reverse a list in Python?';
const REVERSE_REPLY =
  'You can use slicing or the built-in `reversed()`:\n\n' +
  '```\nitems = [1, 2, 3]\n\nprint(items[::-1])\n```\n\n' +
  'Slicing returns a new list; `items.reverse()` reverses it in place.';
const WALL_QUESTION = 'Is it true that the Great Wall of China is visible from space with the naked eye?';
const WALL_ANSWER =
  'Not really. From low Earth orbit the wall is extremely hard to see without aid, because it is narrow and close in colour to the land around it.\n\n' +
  'Astronauts have photographed it, but with zoom lenses rather than the naked eye.';
const WALL_PARTIAL = 'Not really. From low Earth orbit the wall is';

const SIX_TURNS: TurnRole[] = ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'];

interface FixtureCase {
  fixture: string;
  texts: string[];
  streaming: boolean[];
  keys: (string | null)[];
}

const CURRENT_KEYS = [
  'a1f3c2e0-0003-4c1b-9a51-5b1f2e7c0003',
  '7b047581-0004-448e-b7ac-60921673a004',
  'a1f3c2e0-0005-4c1b-9a51-5b1f2e7c0005',
  '7b047581-0006-448e-b7ac-60921673a006',
  'a1f3c2e0-0007-4c1b-9a51-5b1f2e7c0007',
  '7b047581-0008-448e-b7ac-60921673a008',
];
const LEGACY_KEYS = [
  'aaa21c6e-0002-4d7b-8f9e-1b2c3d4e0002',
  'f2b1c0de-0003-4a5b-9c8d-7e6f5a4b0003',
  'aaa21c6e-0004-4d7b-8f9e-1b2c3d4e0004',
  'f2b1c0de-0005-4a5b-9c8d-7e6f5a4b0005',
  'aaa21c6e-0006-4d7b-8f9e-1b2c3d4e0006',
  'f2b1c0de-0007-4a5b-9c8d-7e6f5a4b0007',
];

const CASES: FixtureCase[] = [
  {
    fixture: 'chatgpt/current.html',
    texts: [
      QUIT_JOB_QUESTION,
      QUIT_JOB_SYCOPHANTIC_REPLY,
      REVERSE_QUESTION,
      REVERSE_REPLY,
      WALL_QUESTION,
      // Two assistant messages in one turn (a tool step, then the answer) are read together.
      `Let me check what astronauts have reported.\n\n${WALL_ANSWER}`,
    ],
    streaming: [false, false, false, false, false, false],
    keys: CURRENT_KEYS,
  },
  {
    fixture: 'chatgpt/current-streaming.html',
    texts: [QUIT_JOB_QUESTION, QUIT_JOB_SYCOPHANTIC_REPLY, REVERSE_QUESTION, REVERSE_REPLY, WALL_QUESTION, WALL_PARTIAL],
    streaming: [false, false, false, false, false, true],
    keys: CURRENT_KEYS,
  },
  {
    fixture: 'chatgpt/legacy-article.html',
    texts: [QUIT_JOB_QUESTION, QUIT_JOB_SYCOPHANTIC_REPLY, REVERSE_QUESTION, REVERSE_REPLY, WALL_QUESTION, WALL_ANSWER],
    streaming: [false, false, false, false, false, false],
    keys: LEGACY_KEYS,
  },
  {
    fixture: 'chatgpt/legacy-article-streaming.html',
    texts: [QUIT_JOB_QUESTION, QUIT_JOB_SYCOPHANTIC_REPLY, REVERSE_QUESTION, REVERSE_REPLY, WALL_QUESTION, WALL_PARTIAL],
    streaming: [false, false, false, false, false, true],
    keys: LEGACY_KEYS,
  },
];

describe('chatgptAdapter on saved pages', () => {
  it.each(CASES)('$fixture: finds user and assistant turns in order', ({ fixture }) => {
    expect(rolesOf(adapter.findTurns(loadFixture(fixture)))).toEqual(SIX_TURNS);
  });

  it.each(CASES)('$fixture: keys come from data-turn-id / data-message-id', ({ fixture, keys }) => {
    expect(adapter.findTurns(loadFixture(fixture)).map((turn) => turn.key)).toEqual(keys);
  });

  it.each(CASES)(
    '$fixture: reads exactly the visible text (no sr-only labels, thinking, citations, code chrome)',
    ({ fixture, texts }) => {
      expect(textsOf(adapter, adapter.findTurns(loadFixture(fixture)))).toEqual(texts);
    },
  );

  it.each(CASES)('$fixture: streaming only where the reply is unfinished', ({ fixture, streaming }) => {
    const doc = loadFixture(fixture);
    expect(streamingFlags(adapter, adapter.findTurns(doc), doc)).toEqual(streaming);
  });

  it.each(CASES)('$fixture: every turn has a reply body; the composer is found', ({ fixture }) => {
    const doc = loadFixture(fixture);
    for (const turn of adapter.findTurns(doc)) {
      const body = adapter.replyBody(turn);
      expect(body).not.toBeNull();
      expect(turn.element.contains(body)).toBe(true);
    }
    expect(adapter.composer(doc)?.id).toBe('prompt-textarea');
  });

  it('puts the reply body on the markdown of the last assistant message', () => {
    const turns = adapter.findTurns(loadFixture('chatgpt/current.html'));
    const body = adapter.replyBody(turns[5]!);
    expect(body?.classList.contains('markdown')).toBe(true);
    expect(body?.closest('[data-message-author-role]')?.getAttribute('data-message-id')).toBe(
      '7768f80d-0008-480d-b5a9-04b0bb268b82',
    );
  });

  it('skips unmounted virtual shells and virtual-list roots', () => {
    const doc = loadFixture('chatgpt/current.html');
    const ordinals = adapter.findTurns(doc).map((turn) => turn.element.getAttribute('data-testid'));
    // Turns 1–2 are unmounted shells; the ordinals are not renumbered (chat-sites.md §2.1).
    expect(ordinals).toEqual([3, 4, 5, 6, 7, 8].map((n) => `conversation-turn-${n}`));
  });

  it('sees the stop button only for the last turn', () => {
    const doc = loadFixture('chatgpt/current-streaming.html');
    const turns = adapter.findTurns(doc);
    const previousReply = turns[3]!;
    expect(adapter.isStreaming(previousReply, doc, false)).toBe(false);
    expect(adapter.isStreaming(previousReply, doc, true)).toBe(true);
  });
});

describe('chatgptAdapter URLs', () => {
  it.each([
    ['https://chatgpt.com/c/6790a1b2-c3d4-8000-9e5f-0a1b2c3d4e5f', true, '6790a1b2-c3d4-8000-9e5f-0a1b2c3d4e5f'],
    ['https://chatgpt.com/g/g-p-67a1b2c3d4-my-project/c/6790a1b2-c3d4-8000-9e5f-0a1b2c3d4e5f', true, '6790a1b2-c3d4-8000-9e5f-0a1b2c3d4e5f'],
    ['https://chatgpt.com/u/1/c/6790a1b2-c3d4-8000-9e5f-0a1b2c3d4e5f', true, '6790a1b2-c3d4-8000-9e5f-0a1b2c3d4e5f'],
    ['https://chat.openai.com/c/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', true, '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'],
    ['https://chatgpt.com/?temporary-chat=true', true, null],
    ['https://chatgpt.com/', false, null],
    ['https://chatgpt.com/gpts', false, null],
    ['https://chatgpt.com/g/g-abc123-writing-coach', false, null],
  ] as const)('%s → conversation page %s, id %s', (href, isConversation, id) => {
    const url = new URL(href);
    expect(adapter.isConversationPage(url)).toBe(isConversation);
    expect(adapter.conversationId(url)).toBe(id);
  });

  it('serves both hosts', () => {
    expect(adapter.hosts).toEqual(['chatgpt.com', 'chat.openai.com']);
  });
});

describe('chatgptAdapter with the fixture streaming harness', () => {
  let page: StreamableFixture | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('follows a new exchange from start to finish like the live site', () => {
    page = loadStreamableFixture('chatgpt/current.html', 'https://chatgpt.com/c/6790a1b2-c3d4-8000-9e5f-0a1b2c3d4e5f');
    const { document: doc, harness } = page;
    harness.appendUserTurn('Should I tell my boss I am quitting by text message?');
    harness.startAssistantTurn();
    harness.appendChunk('Probably not. A short conversation');

    let turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual([...SIX_TURNS, 'user', 'assistant']);
    expect(streamingFlags(adapter, turns, doc).at(-1)).toBe(true);
    expect(adapter.readText(turns.at(-2)!)).toBe('Should I tell my boss I am quitting by text message?');

    harness.appendChunk(' is more respectful.\n\nFollow it up in writing.');
    harness.finishAssistantTurn();
    turns = adapter.findTurns(doc);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-1)!)).toBe(
      'Probably not. A short conversation is more respectful.\n\nFollow it up in writing.',
    );
    expect(turns.at(-1)!.key).not.toBeNull();
  });

  it('continues and finishes the reply in progress on the streaming fixture', () => {
    page = loadStreamableFixture('chatgpt/current-streaming.html', 'https://chatgpt.com/c/6790a1b2-c3d4-8000-9e5f-0a1b2c3d4e5f');
    const { document: doc, harness } = page;
    expect(streamingFlags(adapter, adapter.findTurns(doc), doc).at(-1)).toBe(true);
    harness.appendChunk(' extremely hard to see without aid.');
    harness.finishAssistantTurn();
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(SIX_TURNS);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-1)!)).toBe('Not really. From low Earth orbit the wall is extremely hard to see without aid.');
  });
});

/**
 * The 2026-09 "search-unit" layout as measured live (late-2026.html): one [data-turn-key]
 * exchange holds the person's unit and the assistant's (sho7650, 2026-09-26).
 */
describe('chatgptAdapter on the 2026-09 search-unit layout', () => {
  const FIXTURE = 'chatgpt/late-2026.html';
  const REVERSE_REPLY_LATE = REVERSE_REPLY.replace('[1, 2, 3]\n\n', '[1, 2, 3]\n');
  const EXCHANGES = ['3f1a9c20-0a11-4b6e-9d2f-7c1e00000001', '7b20e611-2c33-4d8f-8a41-5e2b00000002', 'c44d0b9e-4e55-4f10-b7c2-9a3d00000003'];
  let page: StreamableFixture | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('finds both units of every exchange, keyed by the exchange and the role', () => {
    const turns = adapter.findTurns(loadFixture(FIXTURE));
    expect(rolesOf(turns)).toEqual(SIX_TURNS);
    expect(turns.map((turn) => turn.key)).toEqual(EXCHANGES.flatMap((key) => [`${key}:user`, `${key}:assistant`]));
  });

  it('reads the answer only: not the tertiary-tone thinking summary beside the activity header, citations or code chrome', () => {
    const doc = loadFixture(FIXTURE);
    const turns = adapter.findTurns(doc);
    expect(textsOf(adapter, turns)).toEqual([QUIT_JOB_QUESTION, QUIT_JOB_SYCOPHANTIC_REPLY, REVERSE_QUESTION, REVERSE_REPLY_LATE, WALL_QUESTION, WALL_ANSWER]);
    expect(adapter.replyBody(turns[5]!)?.hasAttribute('data-markdown-text-tone')).toBe(false);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
  });

  it('keeps its keys when the mounted window renumbers fallback-turn-N', () => {
    const doc = loadFixture(FIXTURE);
    const before = adapter.findTurns(doc).map((turn) => turn.key);
    // The list mounted a different window: the same exchanges, numbered from 7.
    for (const element of Array.from(doc.querySelectorAll('*'))) {
      for (const name of ['data-content-search-turn-key', 'data-chatgpt-search-unit-key', 'data-content-search-unit-key']) {
        const value = element.getAttribute(name);
        if (value) element.setAttribute(name, value.replace(/fallback-turn-(\d+)/u, (_all, n: string) => `fallback-turn-${Number(n) + 7}`));
      }
    }
    expect(adapter.findTurns(doc).map((turn) => turn.key)).toEqual(before);
  });

  it('reads an exchange as streaming while it is in_progress anywhere in it, even with its end markers set', () => {
    const doc = loadFixture(FIXTURE);
    const exchange = doc.querySelector(`[data-turn-key="${EXCHANGES[1]}"]`)!;
    exchange.querySelector('[data-talvt-turn-state]')!.setAttribute('data-talvt-turn-state', 'in_progress');
    const turns = adapter.findTurns(doc);
    expect(streamingFlags(adapter, turns, doc)).toEqual([false, false, false, true, false, false]);
    // The marker on the exchange itself counts the same.
    exchange.querySelector('[data-talvt-turn-state]')!.setAttribute('data-talvt-turn-state', 'complete');
    exchange.setAttribute('data-streaming-response-status', 'streaming');
    expect(adapter.isStreaming(adapter.findTurns(doc)[3]!, doc, false)).toBe(true);
  });

  it('takes an assistant unit with no unit key by its h4 marker (image-only answers)', () => {
    const doc = loadFixture(FIXTURE);
    const unit = doc.querySelector('[data-chatgpt-search-unit-key="fallback-turn-1:1:assistant"]')!;
    unit.removeAttribute('data-chatgpt-search-unit-key');
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(SIX_TURNS);
    expect(turns[3]!.element).toBe(unit);
    expect(turns[3]!.key).toBe(`${EXCHANGES[1]}:assistant`);
    expect(adapter.readText(turns[3]!)).toBe(REVERSE_REPLY_LATE);
  });

  it('follows a new exchange the way the site streams it', () => {
    page = loadStreamableFixture(FIXTURE, 'https://chatgpt.com/c/6790a1b2-c3d4-8000-9e5f-0a1b2c3d4e5f');
    const { document: doc, harness } = page;
    harness.appendUserTurn('Should I tell my boss I am quitting by text message?');
    harness.startAssistantTurn();
    // Sent: in_progress and the activity summary, but no assistant unit yet, so no reply.
    let turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual([...SIX_TURNS, 'user']);
    harness.appendChunk('Probably not. A short conversation');
    turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual([...SIX_TURNS, 'user', 'assistant']);
    expect(streamingFlags(adapter, turns, doc).at(-1)).toBe(true);
    expect(adapter.readText(turns.at(-1)!)).toBe('Probably not. A short conversation');
    harness.appendChunk(' is more respectful.');
    harness.finishAssistantTurn();
    turns = adapter.findTurns(doc);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-1)!)).toBe('Probably not. A short conversation is more respectful.');
    expect(turns.at(-1)!.key).toBe('new-exchange-1:assistant');
  });
});

describe('chatgptAdapter on the 2026-09-29 recordings (agent block while streaming, keyed unit at the end)', () => {
  const FIXTURE = 'chatgpt/observed-2026-09.html';
  const EXCHANGES = ['5a0e7c31-1111-4aaa-8bbb-000000000001', '5a0e7c31-1111-4aaa-8bbb-000000000002', '5a0e7c31-1111-4aaa-8bbb-000000000003'];
  let page: StreamableFixture | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('takes the keyed unit as the reply, not the agent block beside it, even when that block holds a preamble', () => {
    const doc = loadFixture(FIXTURE);
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(SIX_TURNS);
    expect(turns.map((turn) => turn.key)).toEqual(EXCHANGES.flatMap((key) => [`${key}:user`, `${key}:assistant`]));
    for (const turn of turns.filter((t) => t.role === 'assistant')) {
      expect(turn.element.hasAttribute('data-chatgpt-search-unit-key')).toBe(true);
    }
    const texts = textsOf(adapter, turns);
    expect(texts[3]).toBe(
      'Water is denser. Olive oil is about 0.91 g/cm\u00b3 at room temperature and water about 1.00 g/cm\u00b3, which is why the oil floats.\n\n' +
        'The exact figure shifts a little with temperature, but the order does not change.',
    );
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
  });

  it('follows the reply in its agent block while it streams, then in the keyed unit, under one key', () => {
    page = loadStreamableFixture(FIXTURE, 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777');
    const { document: doc, harness } = page;
    harness.appendUserTurn('Should I skip the load test before launch?');
    harness.startAssistantTurn();
    // Sent: only the shimmering "Thinking" header, no answer body yet: no reply turn.
    expect(rolesOf(adapter.findTurns(doc))).toEqual([...SIX_TURNS, 'user']);
    harness.appendChunk('No. A short load test ');
    let turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual([...SIX_TURNS, 'user', 'assistant']);
    const streamingKey = turns.at(-1)!.key;
    expect(streamingKey).toMatch(/:assistant$/u);
    expect(turns.at(-1)!.element.hasAttribute('data-chatgpt-search-unit-key')).toBe(false);
    expect(adapter.isStreaming(turns.at(-1)!, doc, true)).toBe(true);
    // Only the body being written: not the preamble before the search, not the summary.
    expect(adapter.readText(turns.at(-1)!)).toBe('No. A short load test');
    // The answer has stopped animating for a moment but no message id came: still streaming.
    doc.querySelector('[data-markdown-animated]')!.removeAttribute('data-markdown-animated');
    expect(adapter.isStreaming(adapter.findTurns(doc).at(-1)!, doc, true)).toBe(true);
    harness.appendChunk('catches what staging hides.');
    harness.finishAssistantTurn();
    turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual([...SIX_TURNS, 'user', 'assistant']);
    expect(turns.at(-1)!.key).toBe(streamingKey);
    expect(turns.at(-1)!.element.hasAttribute('data-chatgpt-search-unit-key')).toBe(true);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-1)!)).toBe('No. A short load test catches what staging hides.');
  });
});

describe('chatgptAdapter on the legacy renderer served beside it (2026-10-06)', () => {
  it.each([
    ['data-dil-talvt-response-state', 'streaming'],
    ['data-markdown-talvt-render-state', 'pending'],
  ])('reads a finished-looking turn with %s="%s" as streaming', (name, value) => {
    const doc = loadFixture('chatgpt/current.html');
    const turns = adapter.findTurns(doc);
    turns[3]!.element.querySelector('.markdown')!.setAttribute(name, value);
    expect(adapter.isStreaming(turns[3]!, doc, false)).toBe(true);
    expect(adapter.isStreaming(turns[1]!, doc, false)).toBe(false);
  });
});
