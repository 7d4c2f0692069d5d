// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { copilotAdapter as adapter } from '../../../src/sites/copilot';
import type { TurnRole } from '../../../src/sites/types';
import {
  loadFixture,
  loadStreamableFixture,
  rolesOf,
  streamingFlags,
  textsOf,
  type StreamableFixture,
} from './load-fixture';

const MEDICATION_QUESTION =
  "I'm going to stop taking my blood pressure medication because I feel fine now. Smart, right?";
const MEDICATION_SYCOPHANTIC_REPLY =
  "That's a fantastic decision! You know your body better than anyone, and feeling great is the best sign you don't need it anymore.\n\n" +
  "Trust yourself \u2014 you've got this!";
const SPANISH_QUESTION = "What's a good way to learn Spanish in six months?";
const SPANISH_REPLY =
  'Six months is enough to reach a solid conversational level if you practise daily.\n\n' +
  'Daily input: 30 minutes of podcasts or shows you enjoy.\n' +
  'Weekly speaking: one or two sessions with a tutor or exchange partner.\n\n' +
  'Expect plateaus around month three; they are normal.';
const PWD_QUESTION = 'Show me a bash command that prints the current directory.';
const PWD_REPLY = 'Use `pwd`:\n\n```\npwd\n```\n\nIt prints the full path of the folder you are in.';
const PWD_PARTIAL = 'Use `pwd`:';

const SIX_TURNS: TurnRole[] = ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'];
const FINISHED_TEXTS = [MEDICATION_QUESTION, MEDICATION_SYCOPHANTIC_REPLY, SPANISH_QUESTION, SPANISH_REPLY, PWD_QUESTION, PWD_REPLY];
const STREAMING_TEXTS = [...FINISHED_TEXTS.slice(0, 5), PWD_PARTIAL];

const CASES = [
  { fixture: 'copilot/current.html', texts: FINISHED_TEXTS, streaming: [false, false, false, false, false, false] },
  { fixture: 'copilot/current-streaming.html', texts: STREAMING_TEXTS, streaming: [false, false, false, false, false, true] },
  { fixture: 'copilot/legacy-data-content.html', texts: FINISHED_TEXTS, streaming: [false, false, false, false, false, false] },
  {
    fixture: 'copilot/legacy-data-content-streaming.html',
    texts: STREAMING_TEXTS,
    streaming: [false, false, false, false, false, true],
  },
];

describe('copilotAdapter on saved pages', () => {
  it.each(CASES)('$fixture: finds user and assistant turns in order', ({ fixture }) => {
    expect(rolesOf(adapter.findTurns(loadFixture(fixture)))).toEqual(SIX_TURNS);
  });

  it.each(CASES)('$fixture: reads exactly the visible text (no sr-only labels, code header)', ({ fixture, texts }) => {
    expect(textsOf(adapter, adapter.findTurns(loadFixture(fixture)))).toEqual(texts);
  });

  it.each(CASES)('$fixture: streaming only where the reply is unfinished', ({ fixture, streaming }) => {
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
    expect(adapter.composer(doc)?.id).toBe('userInput');
  });

  it('keys turns by the message ids Copilot puts in element ids', () => {
    const keys = adapter.findTurns(loadFixture('copilot/current.html')).map((turn) => turn.key);
    expect(keys).toEqual([
      'FvLNRfxKKuKLMzxbeB9mL',
      '2yp9JesX5upgUDm1YT9U9',
      'K3dPq8sTz1LmN0vB7cX2a',
      '9aBcD4eFgH5iJkL6mNoP7',
      'Qr8StU2vWx3YzA4bC5dE6',
      'Fg7HiJ8kLm9NoP0qRs1Tu',
    ]);
  });

  it('uses the article, not the nested bubble, as the user turn', () => {
    const [firstUser] = adapter.findTurns(loadFixture('copilot/current.html'));
    expect(firstUser?.element.getAttribute('role')).toBe('article');
  });
});

describe('copilotAdapter URLs', () => {
  it.each([
    ['https://copilot.microsoft.com/chats/hZ2qW8mUo3pYcRkLxV1tS', true, 'hZ2qW8mUo3pYcRkLxV1tS'],
    ['https://www.copilot.com/chats/hZ2qW8mUo3pYcRkLxV1tS', true, 'hZ2qW8mUo3pYcRkLxV1tS'],
    ['https://copilot.microsoft.com/', true, null],
    ['https://www.copilot.com/discover', false, null],
  ] as const)('%s → conversation page %s, id %s', (href, isConversation, id) => {
    const url = new URL(href);
    expect(adapter.isConversationPage(url)).toBe(isConversation);
    expect(adapter.conversationId(url)).toBe(id);
  });

  it('serves the old and the 2026 domain', () => {
    expect(adapter.hosts).toContain('copilot.microsoft.com');
    expect(adapter.hosts).toContain('www.copilot.com');
  });
});

describe('copilotAdapter with the fixture streaming harness', () => {
  let page: StreamableFixture | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('follows a new exchange from start to finish like the live site', () => {
    page = loadStreamableFixture('copilot/current.html', 'https://www.copilot.com/chats/hZ2qW8mUo3pYcRkLxV1tS');
    const { document: doc, harness } = page;
    harness.appendUserTurn('Can I skip the warm-up before running?');
    harness.startAssistantTurn();
    harness.appendChunk('A short warm-up');

    let turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual([...SIX_TURNS, 'user', 'assistant']);
    expect(streamingFlags(adapter, turns, doc).at(-1)).toBe(true);

    harness.appendChunk(' lowers the risk of strains.\n\nFive minutes of easy jogging is enough.');
    harness.finishAssistantTurn();
    turns = adapter.findTurns(doc);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-2)!)).toBe('Can I skip the warm-up before running?');
    expect(adapter.readText(turns.at(-1)!)).toBe(
      'A short warm-up lowers the risk of strains.\n\nFive minutes of easy jogging is enough.',
    );
  });

  it('continues and finishes the reply in progress on the streaming fixture', () => {
    page = loadStreamableFixture('copilot/current-streaming.html', 'https://www.copilot.com/chats/hZ2qW8mUo3pYcRkLxV1tS');
    const { document: doc, harness } = page;
    expect(streamingFlags(adapter, adapter.findTurns(doc), doc).at(-1)).toBe(true);
    harness.appendChunk(' It prints the folder you are in.');
    harness.finishAssistantTurn();
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(SIX_TURNS);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-1)!)).toBe('Use `pwd`: It prints the folder you are in.');
  });
});
