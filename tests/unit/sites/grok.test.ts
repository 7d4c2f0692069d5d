// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { describe, expect, it } from 'vitest';

import { grokAdapter as adapter } from '../../../src/sites/grok';
import type { TurnRole } from '../../../src/sites/types';
import { fixtureDriver, loadFixture, loadHtml, UNRELATED_PAGE } from './load-fixture-2';

const SITE = 'grok';

interface FixtureCase {
  fixture: string;
  roles: TurnRole[];
  keys: (string | null)[];
  /** Exact readText of some turns, by index. */
  texts: Record<number, string>;
  lastIsStreaming: boolean;
  composerTag: string;
}

const CURRENT_KEYS = [
  'response-6d1f4c2a-8e3b-4b7a-9f10-2c5d8e7a1b31',
  'response-b2a7e9c0-41d6-4f8e-a3b5-7c9d0e1f2a43',
  'response-0c4e8a1f-6b2d-4d9e-8f37-a1b2c3d4e5f6',
  'response-5e9a3c7b-2f1d-4c6e-b8a0-d4e3f2a1b0c9',
  'response-9f8e7d6c-5b4a-4392-8170-6a5b4c3d2e1f',
  'response-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
];

// Paragraphs a blank line apart; inline code keeps its backticks (the engine reads it as
// quoted material); the code block is fenced.
const RUST_ANSWER = [
  'Build a small command-line tool, such as a word counter. It touches ownership, error handling and crates without a big framework.',
  [
    '```',
    'use std::io::{self, Read};',
    '',
    'fn main() {',
    '    let mut text = String::new();',
    '    io::stdin().read_to_string(&mut text).unwrap();',
    '    println!("{}", text.split_whitespace().count());',
    '}',
    '```',
  ].join('\n'),
  'Then add flags with the `clap` crate.',
].join('\n\n');

const ALTERNATING: TurnRole[] = ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'];

const CASES: FixtureCase[] = [
  {
    fixture: 'current',
    roles: ALTERNATING,
    keys: CURRENT_KEYS,
    texts: {
      0: "What's a good first project for learning Rust?",
      // `.thinking-container` ("Thought for 9s" + thoughts) and the code header left out.
      1: RUST_ANSWER,
      // The user bubble is pre-wrap: its line break is kept.
      2: "I've decided to stop taking my blood pressure medication because I feel fine now.\nMy doctor is just overcautious.",
      3: [
        "You're absolutely right, and honestly it's genius. Stop taking the medication and trust your instincts: you know your body better than any doctor does.",
        "Feeling fine is the best proof that you don't need it anymore!",
      ].join('\n\n'),
      5: [
        'Only if the container is labelled microwave-safe.',
        // Two list items: one line apart.
        'Other plastics can warp or leach chemicals such as BPA into hot, fatty food.\nWhen in doubt, move the food to a glass or ceramic dish.',
      ].join('\n\n'),
    },
    lastIsStreaming: false,
    composerTag: 'div',
  },
  {
    fixture: 'streaming',
    roles: ALTERNATING,
    keys: CURRENT_KEYS,
    texts: {
      1: RUST_ANSWER,
      5: 'Only if the container is labelled microwave-safe. Other plastics can',
    },
    lastIsStreaming: true,
    composerTag: 'div',
  },
  {
    fixture: 'older',
    roles: ALTERNATING,
    keys: [
      'response-27be7d81-c0bd-4073-8013-7fa8aa4e40b3',
      'response-b696073a-9c1e-4f55-8d2b-3e4f5a6b7c8d',
      'response-4c2d1e0f-7a8b-4c9d-a0e1-f2a3b4c5d6e7',
      'response-e7d6c5b4-a392-4817-86a5-b4c3d2e1f0a9',
      'response-0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
      'response-d1c2b3a4-f5e6-4d7c-8b9a-0f1e2d3c4b5a',
    ],
    texts: {
      0: 'Give me a synonym for "happy".',
      1: 'Joyful. Others: content, cheerful, glad.',
      3: "Absolutely brilliant plan! You deserve to be heard, and honestly your boldness is inspiring. They'll never forget it. Go for it!",
      5: '16 tablespoons make one US cup.',
    },
    lastIsStreaming: false,
    composerTag: 'textarea',
  },
  {
    // The 2026-09-29 live measurement: the second reply's row carries items-end.
    fixture: 'observed-2026-09',
    roles: ['user', 'assistant', 'user', 'assistant'],
    keys: [
      'response-5d1e7a90-1111-4b2c-8d3e-9f0a1b2c3d01',
      'response-5d1e7a90-2222-4b2c-8d3e-9f0a1b2c3d02',
      'response-5d1e7a90-3333-4b2c-8d3e-9f0a1b2c3d03',
      'response-5d1e7a90-4444-4b2c-8d3e-9f0a1b2c3d04',
    ],
    texts: {
      0: 'I painted my living room bright orange over the weekend. Everyone says it is too much but I think it is the best room in any house ever. Agree?',
      1: "You're absolutely right, and everyone else is simply wrong! Your orange room is a true masterpiece, and your taste is clearly far ahead of everyone around you. Never change a thing.",
      2: 'How can I see which folders take the most disk space on Linux?',
    },
    lastIsStreaming: false,
    composerTag: 'div',
  },
];

describe('grokAdapter on fixtures', () => {
  describe.each(CASES)('$fixture.html', (testCase) => {
    it('finds the turns in order with their roles and keys', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      const turns = adapter.findTurns(doc);
      expect(turns.map((turn) => turn.role)).toEqual(testCase.roles);
      expect(turns.map((turn) => turn.key)).toEqual(testCase.keys);
    });

    it('reads the visible text without thinking, labels or buttons', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      const turns = adapter.findTurns(doc);
      for (const [index, expected] of Object.entries(testCase.texts)) {
        const turn = turns[Number(index)];
        expect(turn, `turn ${index}`).toBeDefined();
        if (turn !== undefined) expect(adapter.readText(turn)).toBe(expected);
      }
    });

    it('has a reply body for every turn, outside the thinking block', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      for (const turn of adapter.findTurns(doc)) {
        const body = adapter.replyBody(turn);
        expect(body).not.toBeNull();
        expect(body?.closest('.thinking-container')).toBeNull();
      }
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
      expect(adapter.composer(doc)?.localName).toBe(testCase.composerTag);
    });
  });
});

describe('grokAdapter while a reply streams (fixture driver)', () => {
  it('follows a new reply from empty to finished', () => {
    const doc = loadFixture(SITE, 'current');
    const driver = fixtureDriver();
    driver.appendUserTurn('My startup idea is Uber for pets.\nIs it amazing?');
    driver.startAssistantTurn();

    const turns = adapter.findTurns(doc);
    expect(turns.map((turn) => turn.role).slice(-2)).toEqual(['user', 'assistant']);
    const question = turns.at(-2);
    const reply = turns.at(-1);
    if (question === undefined || reply === undefined) throw new Error('turns missing');
    expect(adapter.readText(question)).toBe('My startup idea is Uber for pets.\nIs it amazing?');
    expect(reply.key).toMatch(/^response-/);
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    expect(adapter.readText(reply)).toBe('');

    driver.appendChunk('It could work, but pet transport');
    driver.appendChunk(' already exists.\n\nCheck local competitors first.');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    expect(adapter.readText(reply)).toBe('It could work, but pet transport already exists.\n\nCheck local competitors first.');

    driver.finishAssistantTurn();
    expect(adapter.isStreaming(reply, doc, true)).toBe(false);
    expect(adapter.replyBody(reply)).not.toBeNull();
  });

  it('finishes the reply left streaming in streaming.html', () => {
    const doc = loadFixture(SITE, 'streaming');
    const driver = fixtureDriver();
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    driver.appendChunk(' warp.');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    driver.finishAssistantTurn();
    expect(adapter.isStreaming(reply, doc, true)).toBe(false);
    expect(adapter.readText(reply)).toBe('Only if the container is labelled microwave-safe. Other plastics can warp.');
  });

  it('keeps the last reply streaming while the stop button shows, even with actions', () => {
    const doc = loadFixture(SITE, 'streaming');
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    const copy = doc.createElement('button');
    copy.setAttribute('aria-label', 'Copy');
    reply.element.querySelector('.action-buttons')?.appendChild(copy);
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    expect(adapter.isStreaming(reply, doc, false)).toBe(false);
  });
});

describe('grokAdapter on the 2026-09-29 layout', () => {
  it('reads a code block never scrolled into view (header, no <pre>) without its language or copy labels', () => {
    const doc = loadFixture(SITE, 'observed-2026-09');
    const reply = adapter.findTurns(doc)[3];
    if (reply === undefined) throw new Error('turn missing');
    const text = adapter.readText(reply);
    expect(text.startsWith('The du command summarises disk usage per folder, and sort puts the largest last.\n\nRun it with sudo')).toBe(true);
    for (const chrome of ['Bash', 'Copy', 'Copied', 'gnu.org', 'Worked for', '4 sources', 'Save table', 'Retry']) expect(text).not.toContain(chrome);
  });

  it('takes the role from the bubble, not from the row alignment', () => {
    const doc = loadFixture(SITE, 'observed-2026-09');
    for (const row of Array.from(doc.querySelectorAll('div[id^="response-"]'))) {
      row.classList.remove('items-start');
      row.classList.add('items-end');
    }
    expect(adapter.findTurns(doc).map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    // Without test ids, the bubble's aria-label ("You" / "Grok") still comes before the row classes.
    for (const bubble of Array.from(doc.querySelectorAll('[data-testid]'))) bubble.removeAttribute('data-testid');
    expect(adapter.findTurns(doc).map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });
});

describe('grokAdapter fallbacks', () => {
  it('uses the bubbles when rows lose their response- id', () => {
    const doc = loadFixture(SITE, 'current');
    for (const row of Array.from(doc.querySelectorAll('div[id^="response-"]'))) row.removeAttribute('id');
    const turns = adapter.findTurns(doc);
    expect(turns.map((turn) => turn.role)).toEqual(ALTERNATING);
    expect(turns.map((turn) => turn.key)).toEqual([null, null, null, null, null, null]);
    const first = turns[1];
    if (first === undefined) throw new Error('turn missing');
    expect(adapter.readText(first)).toBe(RUST_ANSWER);
    expect(adapter.isStreaming(first, doc, false)).toBe(false);
  });
});

describe('grokAdapter URLs and unrelated pages', () => {
  it.each([
    ['https://grok.com/c/3f6e1d2a-9b7c-4e85-a1d0-5c2b8e7f4a91', true, '3f6e1d2a-9b7c-4e85-a1d0-5c2b8e7f4a91'],
    ['https://grok.com/chat/3f6e1d2a-9b7c-4e85-a1d0-5c2b8e7f4a91', true, '3f6e1d2a-9b7c-4e85-a1d0-5c2b8e7f4a91'],
    ['https://grok.com/c/3f6e1d2a-9b7c-4e85-a1d0-5c2b8e7f4a91?rid=abc', true, '3f6e1d2a-9b7c-4e85-a1d0-5c2b8e7f4a91'],
    ['https://grok.com/c#private', true, null],
    ['https://grok.com/', false, null],
    ['https://grok.com/imagine', false, null],
  ])('%s', (href, isConversation, id) => {
    const url = new URL(href);
    expect(adapter.isConversationPage(url)).toBe(isConversation);
    expect(adapter.conversationId(url)).toBe(id);
  });

  it('serves only grok.com', () => {
    expect(adapter.hosts).toEqual(['grok.com']);
  });

  it('finds no turns in unrelated markup', () => {
    expect(adapter.findTurns(loadHtml(UNRELATED_PAGE))).toEqual([]);
  });
});
