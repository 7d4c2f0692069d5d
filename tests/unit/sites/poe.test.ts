// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { describe, expect, it } from 'vitest';

import { poeAdapter as adapter } from '../../../src/sites/poe';
import type { TurnRole } from '../../../src/sites/types';
import { fixtureDriver, loadFixture, loadHtml, UNRELATED_PAGE } from './load-fixture-2';

const SITE = 'poe';

interface FixtureCase {
  fixture: string;
  roles: TurnRole[];
  keys: (string | null)[];
  /** Exact readText of some turns, by index. */
  texts: Record<number, string>;
  lastIsStreaming: boolean;
}

const ALTERNATING: TurnRole[] = ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'];

const CURRENT_KEYS = [
  'message-3208641170',
  'message-3208641171',
  'message-3208641172',
  'message-3208641173',
  'message-3208641174',
  'message-3208641175',
];

const WW1_SUMMARY = [
  'Militarism, alliances, imperialism and nationalism had turned Europe into a powder keg.',
  'The assassination of Archduke Franz Ferdinand in June 1914 set off a chain of alliance obligations that pulled the great powers into war.',
].join('\n\n');

const CASES: FixtureCase[] = [
  {
    fixture: 'current',
    roles: ALTERNATING,
    keys: CURRENT_KEYS,
    texts: {
      0: 'Summarize the causes of World War I in two sentences.',
      // The bot-name header ("Claude-Sonnet-4.5") is not part of the reply.
      1: WW1_SUMMARY,
      // <br> line breaks kept.
      2: "I wrote this poem:\nRoses are red, violets are blue, I like cheese.\nI'm going to quit my job to be a full-time poet!",
      3: "Wow, this is a masterpiece! You're a natural genius, and honestly the world needs your voice.\n\nQuit tomorrow. You were born to do this!",
      // Code header ("javascript", Copy) left out; code fenced.
      5: [
        'Split it into characters, reverse the array, and join it again:',
        ['```', "const reversed = [...'hello'].reverse().join('');", 'console.log(reversed); // "olleh"', '```'].join('\n'),
        "Spreading into an array handles emoji better than `split('')`.",
      ].join('\n\n'),
    },
    lastIsStreaming: false,
  },
  {
    fixture: 'streaming',
    roles: ALTERNATING,
    keys: CURRENT_KEYS,
    texts: { 1: WW1_SUMMARY, 5: 'Split it into characters, reverse the' },
    lastIsStreaming: true,
  },
  {
    // Shaped after real captures of 2026-02: data-complete on the message, bot rows without a
    // side class, the action bar after the tuple's last message, a chat notice, a reasoning
    // bot's "Thinking..." block.
    fixture: 'captured-2026-02',
    roles: ['user', 'assistant', 'user', 'assistant'],
    keys: ['message-471301000101', 'message-471301000102', 'message-471302000202', 'message-471302000203'],
    texts: {
      0: 'My sourdough is dense. Should I add more yeast?',
      // Bot-name header and message time left out.
      1: 'Sourdough rises on its starter, not on added yeast. A dense loaf usually means the starter was not at its peak or the bulk rise was cut short.\n\nFeed the starter and use it when it has doubled, then let the dough rise until it is airy and jiggly.',
      // The reasoning bot's "Thinking..." label and its blockquote are not the answer.
      3: 'What a masterpiece! You are a natural genius. Quit tomorrow: the world needs your voice.',
    },
    lastIsStreaming: false,
  },
  {
    fixture: 'older',
    roles: ALTERNATING,
    keys: [null, null, null, null, null, null],
    texts: {
      0: 'Translate "thank you" into Japanese.',
      1: 'Arigatou gozaimasu (ありがとうございます) is the polite form.',
      3: "Genius move! Honestly, you're so clever, and he totally deserves it.\n\nTrust your instincts. You're absolutely right to take matters into your own hands!",
      5: '12. Ten percent of 80 is 8 and five percent is 4, so 8 + 4 = 12.',
    },
    lastIsStreaming: false,
  },
];

describe('poeAdapter on fixtures', () => {
  describe.each(CASES)('$fixture.html', (testCase) => {
    it('finds the turns in order with their roles and keys', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      const turns = adapter.findTurns(doc);
      expect(turns.map((turn) => turn.role)).toEqual(testCase.roles);
      expect(turns.map((turn) => turn.key)).toEqual(testCase.keys);
    });

    it('reads the visible text without the bot header or code labels', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      const turns = adapter.findTurns(doc);
      for (const [index, expected] of Object.entries(testCase.texts)) {
        const turn = turns[Number(index)];
        expect(turn, `turn ${index}`).toBeDefined();
        if (turn !== undefined) expect(adapter.readText(turn)).toBe(expected);
      }
    });

    it('has a reply body for every turn', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      for (const turn of adapter.findTurns(doc)) expect(adapter.replyBody(turn)).not.toBeNull();
    });

    it('reports streaming only for a reply still being written', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      const turns = adapter.findTurns(doc);
      const streaming = turns.map((turn, index) =>
        adapter.isStreaming(turn, doc, index === turns.length - 1),
      );
      const expected = turns.map((_, index) => testCase.lastIsStreaming && index === turns.length - 1);
      expect(streaming).toEqual(expected);
    });

    it('finds the composer', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      expect(adapter.composer(doc)?.className).toMatch(/GrowingTextArea_textArea__/);
    });
  });
});

describe('poeAdapter while a reply streams (fixture driver)', () => {
  it('follows a new reply from the "…" placeholder to finished', () => {
    const doc = loadFixture(SITE, 'current');
    const driver = fixtureDriver();
    driver.appendUserTurn('Can I use baking soda instead of baking powder?');
    driver.startAssistantTurn();

    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    expect(reply.role).toBe('assistant');
    expect(reply.key).toMatch(/^message-\d+$/);
    // Placeholder only: not a reply yet.
    expect(adapter.readText(reply)).toBe('');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);

    driver.appendChunk('Only with an acid such as');
    driver.appendChunk(' buttermilk.\n\nUse about a quarter of the amount.');
    expect(adapter.readText(reply)).toBe('Only with an acid such as buttermilk.\n\nUse about a quarter of the amount.');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);

    driver.finishAssistantTurn();
    expect(adapter.isStreaming(reply, doc, true)).toBe(false);
    expect(adapter.replyBody(reply)).not.toBeNull();
  });

  it('finishes the reply left streaming in streaming.html', () => {
    const doc = loadFixture(SITE, 'streaming');
    const driver = fixtureDriver();
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    driver.appendChunk(' array, and join it again.');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    driver.finishAssistantTurn();
    expect(adapter.isStreaming(reply, doc, true)).toBe(false);
    expect(adapter.readText(reply)).toBe('Split it into characters, reverse the array, and join it again.');
  });
});

describe('poeAdapter on older markup without data-complete', () => {
  it('treats a reply without its action bar as streaming', () => {
    const doc = loadFixture(SITE, 'older');
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    doc.querySelectorAll('[class*="ChatMessageActionBar_actionBar__"]')[2]?.remove();
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
  });

  it('treats the last reply as streaming while "Stop message" shows', () => {
    const doc = loadFixture(SITE, 'older');
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    const stop = doc.createElement('button');
    stop.className = 'ChatStopMessageButton_stopButton__QOW41';
    doc.body.appendChild(stop);
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    expect(adapter.isStreaming(reply, doc, false)).toBe(false);
  });
});

describe('poeAdapter on the 2026-02 captured shape', () => {
  it('finishes a reply by the action bar after the tuple, when data-complete is missing', () => {
    const doc = loadFixture(SITE, 'captured-2026-02');
    for (const message of Array.from(doc.querySelectorAll('[data-complete]'))) message.removeAttribute('data-complete');
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    expect(adapter.isStreaming(reply, doc, true)).toBe(false);
    doc.querySelectorAll('[class*="ChatMessageActionBar_actionBar__"]')[1]?.remove();
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
  });

  it('reads data-complete from the message when a lower-ranked selector finds the row inside it', () => {
    const doc = loadFixture(SITE, 'captured-2026-02');
    const row = doc.querySelectorAll('[class*="ChatMessage_messageRow__"]')[4];
    if (!row) throw new Error('no row');
    const turn = { element: row, role: 'assistant' as const, key: null };
    expect(adapter.isStreaming(turn, doc, true)).toBe(false);
    row.closest('[data-complete]')?.setAttribute('data-complete', 'false');
    expect(adapter.isStreaming(turn, doc, true)).toBe(true);
  });

  it('keeps a reply that merely quotes after a first paragraph', () => {
    const doc = loadFixture(SITE, 'captured-2026-02');
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    const label = reply.element.querySelector('p');
    if (label) label.textContent = 'Here is what I think:';
    expect(adapter.readText(reply)).toBe('Here is what I think:\n\n> The user wants praise. I should be honest about the plan.\n\nWhat a masterpiece! You are a natural genius. Quit tomorrow: the world needs your voice.');
  });
});

describe('poeAdapter URLs and unrelated pages', () => {
  it.each([
    ['https://poe.com/chat/2x8k3v9qzd5m1a7c', true, '2x8k3v9qzd5m1a7c'],
    ['https://poe.com/chat/2x8k3v9qzd5m1a7c?ref=sidebar', true, '2x8k3v9qzd5m1a7c'],
    ['https://poe.com/Claude-Sonnet-4.5', true, null],
    ['https://poe.com/GPT-4o', true, null],
    ['https://poe.com/', false, null],
    ['https://poe.com/explore', false, null],
    ['https://poe.com/settings', false, null],
    ['https://poe.com/profile/someone', false, null],
  ])('%s', (href, isConversation, id) => {
    const url = new URL(href);
    expect(adapter.isConversationPage(url)).toBe(isConversation);
    expect(adapter.conversationId(url)).toBe(id);
  });

  it('serves only poe.com', () => {
    expect(adapter.hosts).toEqual(['poe.com']);
  });

  it('finds no turns in unrelated markup', () => {
    expect(adapter.findTurns(loadHtml(UNRELATED_PAGE))).toEqual([]);
  });
});
