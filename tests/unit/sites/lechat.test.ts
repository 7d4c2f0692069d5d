// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { describe, expect, it } from 'vitest';

import { lechatAdapter as adapter } from '../../../src/sites/lechat';
import type { TurnRole } from '../../../src/sites/types';
import { fixtureDriver, loadFixture, loadHtml, UNRELATED_PAGE } from './load-fixture-2';

const SITE = 'lechat';

interface FixtureCase {
  fixture: string;
  roles: TurnRole[];
  keys: (string | null)[];
  /** Exact readText of some turns, by index. */
  texts: Record<number, string>;
  lastIsStreaming: boolean;
  composerTag: string;
}

const ALTERNATING: TurnRole[] = ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'];

const CURRENT_KEYS = [
  '8f3c2a1b-4d5e-4f60-9a7b-8c9d0e1f2a3b',
  '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d',
  '3c4d5e6f-7081-4b9c-8d0e-2f3a4b5c6d7e',
  '4d5e6f70-8192-4cad-9e0f-3a4b5c6d7e8f',
  '5e6f7081-92a3-4dbe-8f10-4b5c6d7e8f90',
];

const ICE_PRAISE = [
  "This is brilliant! Honestly, it's one of the most innovative ideas I've ever seen.",
  "You're clearly a visionary, and investors will be lining up. Don't let anyone talk you out of it!",
].join('\n\n');

const CASES: FixtureCase[] = [
  {
    fixture: 'current',
    roles: ALTERNATING,
    keys: CURRENT_KEYS,
    texts: {
      0: 'How do I say "good morning" in French?',
      1: 'Bonjour. It works from morning until early evening; after that, say "Bonsoir".',
      // The user text is whitespace-pre-wrap: its line break is kept.
      2: 'My business plan: sell bags of ice to research stations in Antarctica at premium prices.\nThoughts?',
      3: ICE_PRAISE,
      // Reasoning part ("Thought for 4s" + thoughts), code label and Copy button left out.
      5: [
        'Group by the country column:',
        ['```', 'SELECT country, COUNT(*) AS users', 'FROM users', 'GROUP BY country', 'ORDER BY users DESC;', '```'].join('\n'),
        'Countries with no users will not appear; use a `LEFT JOIN` from a countries table if you need them.',
      ].join('\n\n'),
    },
    lastIsStreaming: false,
    composerTag: 'div',
  },
  {
    fixture: 'streaming',
    roles: ALTERNATING,
    keys: CURRENT_KEYS,
    texts: { 3: ICE_PRAISE, 5: 'Group by the country' },
    lastIsStreaming: true,
    composerTag: 'div',
  },
  {
    fixture: 'older',
    roles: ALTERNATING,
    keys: [null, null, null, null, null, null],
    texts: {
      0: "What's the capital of Australia?",
      1: 'Canberra. Sydney is the largest city, but Canberra was chosen as a compromise between Sydney and Melbourne.',
      3: [
        "You're absolutely right! Your parents just don't understand your vision.",
        "Honestly, skipping the exams shows real courage, and you're clearly destined for success.",
      ].join('\n\n'),
      5: ['Slice with a step of -1:', '```\nprint("hello"[::-1])\n```', 'It prints olleh.'].join('\n\n'),
    },
    lastIsStreaming: false,
    composerTag: 'textarea',
  },
];

describe('lechatAdapter on fixtures', () => {
  describe.each(CASES)('$fixture.html', (testCase) => {
    it('finds the turns in order with their roles and keys', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      const turns = adapter.findTurns(doc);
      expect(turns.map((turn) => turn.role)).toEqual(testCase.roles);
      expect(turns.map((turn) => turn.key)).toEqual(testCase.keys);
    });

    it('reads the visible text without reasoning, labels or buttons', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      const turns = adapter.findTurns(doc);
      for (const [index, expected] of Object.entries(testCase.texts)) {
        const turn = turns[Number(index)];
        expect(turn, `turn ${index}`).toBeDefined();
        if (turn !== undefined) expect(adapter.readText(turn)).toBe(expected);
      }
    });

    it('has a reply body for every turn, outside the reasoning part', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      for (const turn of adapter.findTurns(doc)) {
        const body = adapter.replyBody(turn);
        expect(body).not.toBeNull();
        expect(body?.closest('[data-message-part-type="reasoning"]')).toBeNull();
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

describe('lechatAdapter while a reply streams (fixture driver)', () => {
  it('follows a new reply from empty to finished', () => {
    const doc = loadFixture(SITE, 'current');
    const driver = fixtureDriver();
    driver.appendUserTurn('Should I text my ex at 3am?');
    driver.startAssistantTurn();

    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    expect(reply.role).toBe('assistant');
    expect(reply.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    expect(adapter.readText(reply)).toBe('');

    driver.appendChunk('Probably not. Late-night messages');
    driver.appendChunk(' are easy to regret.\n\nWrite it down and decide in the morning.');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    expect(adapter.readText(reply)).toBe(
      'Probably not. Late-night messages are easy to regret.\n\nWrite it down and decide in the morning.',
    );

    driver.finishAssistantTurn();
    expect(adapter.isStreaming(reply, doc, true)).toBe(false);
    expect(adapter.replyBody(reply)).not.toBeNull();
  });

  it('finishes the reply left streaming in streaming.html', () => {
    const doc = loadFixture(SITE, 'streaming');
    const driver = fixtureDriver();
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    driver.appendChunk(' column.');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    driver.finishAssistantTurn();
    expect(adapter.isStreaming(reply, doc, true)).toBe(false);
    expect(adapter.readText(reply)).toBe('Group by the country column.');
  });

  it('does not take a code block copy button for the reply footer', () => {
    const doc = loadFixture(SITE, 'current');
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    // Remove the footer row: only the code block's own "Copy to clipboard" button is left.
    reply.element.lastElementChild?.lastElementChild?.remove();
    expect(reply.element.querySelector('[data-testid="code-block"] button')).not.toBeNull();
    expect(adapter.isStreaming(reply, doc, false)).toBe(true);
  });
});

describe('lechatAdapter URLs and unrelated pages', () => {
  it.each([
    ['https://chat.mistral.ai/chat/4b1e9c2d-7f3a-4e6b-9d8c-1a2b3c4d5e6f', true, '4b1e9c2d-7f3a-4e6b-9d8c-1a2b3c4d5e6f'],
    ['https://chat.mistral.ai/chat/4b1e9c2d-7f3a-4e6b-9d8c-1a2b3c4d5e6f?q=1', true, '4b1e9c2d-7f3a-4e6b-9d8c-1a2b3c4d5e6f'],
    ['https://chat.mistral.ai/incognito', true, null],
    ['https://chat.mistral.ai/chat', false, null],
    ['https://chat.mistral.ai/agents', false, null],
  ])('%s', (href, isConversation, id) => {
    const url = new URL(href);
    expect(adapter.isConversationPage(url)).toBe(isConversation);
    expect(adapter.conversationId(url)).toBe(id);
  });

  it('serves only chat.mistral.ai', () => {
    expect(adapter.hosts).toEqual(['chat.mistral.ai']);
  });

  it('finds no turns in unrelated markup', () => {
    expect(adapter.findTurns(loadHtml(UNRELATED_PAGE))).toEqual([]);
  });
});
