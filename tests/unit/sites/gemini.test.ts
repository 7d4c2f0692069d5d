// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { geminiAdapter as adapter } from '../../../src/sites/gemini';
import type { TurnRole } from '../../../src/sites/types';
import {
  loadFixture,
  loadStreamableFixture,
  rolesOf,
  streamingFlags,
  textsOf,
  type StreamableFixture,
} from './load-fixture';

const NEIGHBOUR_QUESTION =
  'I want to confront my neighbour tonight about his barking dog and tell him exactly what I think of him. Good plan?';
const NEIGHBOUR_SYCOPHANTIC_REPLY =
  "Absolutely \u2014 you've been more than patient, and you deserve to be heard!\n\n" +
  'Go over there tonight and let him have it. Standing up for yourself like this is brave and exactly right.';
const OUNCES_QUESTION = 'How many ounces are in a kilogram?';
const OUNCES_REPLY =
  'There are about 35.27 ounces in a kilogram.\n\nOne ounce is 28.35 grams, so 1000 \u00f7 28.35 \u2248 35.27.';
const EVEN_REPLY =
  'Here is a small function:\n\n```\ndef is_even(n):\n    return n % 2 == 0\n```\n\nIt returns `True` for 4 and `False` for 7.';
const EVEN_PARTIAL = 'Here is a small';
/** Each line of a query is its own `.query-text-line` (a <p> now, a <div> before). */
const EVEN_QUESTION_CURRENT = 'Write a Python function that checks whether a number is even.\n\nKeep it short.';
const EVEN_QUESTION_LEGACY = 'Write a Python function that checks whether a number is even.\nKeep it short.';

const SIX_TURNS: TurnRole[] = ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'];
const KEYS = [
  'a90a6a0004767ad3:user',
  'a90a6a0004767ad3:assistant',
  'b71c2e9f10a44d05:user',
  'b71c2e9f10a44d05:assistant',
  'c52d8a3e7f196b27:user',
  'c52d8a3e7f196b27:assistant',
];

const CASES = [
  {
    fixture: 'gemini/current.html',
    texts: [NEIGHBOUR_QUESTION, NEIGHBOUR_SYCOPHANTIC_REPLY, OUNCES_QUESTION, OUNCES_REPLY, EVEN_QUESTION_CURRENT, EVEN_REPLY],
    streaming: [false, false, false, false, false, false],
  },
  {
    fixture: 'gemini/current-streaming.html',
    texts: [NEIGHBOUR_QUESTION, NEIGHBOUR_SYCOPHANTIC_REPLY, OUNCES_QUESTION, OUNCES_REPLY, EVEN_QUESTION_CURRENT, EVEN_PARTIAL],
    streaming: [false, false, false, false, false, true],
  },
  {
    fixture: 'gemini/legacy-markdown.html',
    texts: [NEIGHBOUR_QUESTION, NEIGHBOUR_SYCOPHANTIC_REPLY, OUNCES_QUESTION, OUNCES_REPLY, EVEN_QUESTION_LEGACY, EVEN_REPLY],
    streaming: [false, false, false, false, false, false],
  },
  {
    fixture: 'gemini/legacy-markdown-streaming.html',
    texts: [NEIGHBOUR_QUESTION, NEIGHBOUR_SYCOPHANTIC_REPLY, OUNCES_QUESTION, OUNCES_REPLY, EVEN_QUESTION_LEGACY, EVEN_PARTIAL],
    streaming: [false, false, false, false, false, true],
  },
];

describe('geminiAdapter on saved pages', () => {
  it.each(CASES)('$fixture: finds user-query and model-response turns in order', ({ fixture }) => {
    const turns = adapter.findTurns(loadFixture(fixture));
    expect(rolesOf(turns)).toEqual(SIX_TURNS);
    expect(turns.map((turn) => turn.key)).toEqual(KEYS);
  });

  it.each(CASES)(
    '$fixture: reads exactly the visible text (no hidden labels, thinking, citations, code header)',
    ({ fixture, texts }) => {
      expect(textsOf(adapter, adapter.findTurns(loadFixture(fixture)))).toEqual(texts);
    },
  );

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
    expect(adapter.composer(doc)?.classList.contains('ql-editor')).toBe(true);
  });

  it('puts the reply body on the answer, not on the thinking panel that shares its classes', () => {
    const turns = adapter.findTurns(loadFixture('gemini/current.html'));
    const body = adapter.replyBody(turns[1]!);
    expect(body?.closest('message-content')).not.toBeNull();
    expect(body?.closest('model-thoughts')).toBeNull();
  });
});

describe('geminiAdapter URLs', () => {
  it.each([
    ['https://gemini.google.com/app/a90a6a0004767ad3', true, 'a90a6a0004767ad3'],
    ['https://gemini.google.com/u/1/app/a90a6a0004767ad3', true, 'a90a6a0004767ad3'],
    ['https://gemini.google.com/gem/coding-partner/b71c2e9f10a44d05', true, 'b71c2e9f10a44d05'],
    ['https://gemini.google.com/app', false, null],
    ['https://gemini.google.com/gems/view', false, null],
  ] as const)('%s → conversation page %s, id %s', (href, isConversation, id) => {
    const url = new URL(href);
    expect(adapter.isConversationPage(url)).toBe(isConversation);
    expect(adapter.conversationId(url)).toBe(id);
  });
});

describe('geminiAdapter with the fixture streaming harness', () => {
  let page: StreamableFixture | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('follows a new exchange from start to finish like the live site', () => {
    page = loadStreamableFixture('gemini/current.html', 'https://gemini.google.com/app/a90a6a0004767ad3');
    const { document: doc, harness } = page;
    harness.appendUserTurn('Is it safe to leave rice out overnight?');
    let turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual([...SIX_TURNS, 'user']);

    harness.startAssistantTurn();
    harness.appendChunk('Not really.');
    turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual([...SIX_TURNS, 'user', 'assistant']);
    expect(streamingFlags(adapter, turns, doc).at(-1)).toBe(true);

    harness.appendChunk(' Cooked rice can grow Bacillus cereus at room temperature.\n\nRefrigerate it within an hour.');
    harness.finishAssistantTurn();
    turns = adapter.findTurns(doc);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-2)!)).toBe('Is it safe to leave rice out overnight?');
    expect(adapter.readText(turns.at(-1)!)).toBe(
      'Not really. Cooked rice can grow Bacillus cereus at room temperature.\n\nRefrigerate it within an hour.',
    );
  });

  it('continues and finishes the reply in progress on the streaming fixture', () => {
    page = loadStreamableFixture('gemini/current-streaming.html', 'https://gemini.google.com/app/a90a6a0004767ad3');
    const { document: doc, harness } = page;
    expect(streamingFlags(adapter, adapter.findTurns(doc), doc).at(-1)).toBe(true);
    harness.appendChunk(' function.');
    harness.finishAssistantTurn();
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(SIX_TURNS);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-1)!)).toBe('Here is a small function.');
  });
});

describe('a stop control that lingers after the reply finished (issue #10, held-out pages)', () => {
  let page: StreamableFixture | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('reads the reply as finished once message-actions comes, though an element of the stop control is still there', () => {
    page = loadStreamableFixture('gemini/late-2026.html', 'https://gemini.google.com/app/4f2c9e1a7b3d5e60');
    const { document: doc, harness } = page;
    harness.appendUserTurn('Is my plan good?');
    harness.startAssistantTurn();
    harness.appendChunk('What a brilliant plan!');
    const streaming = adapter.findTurns(doc.body).at(-1)!;
    expect(adapter.isStreaming(streaming, doc, true)).toBe(true);
    harness.finishAssistantTurn();
    // The remnant of the stop control (its icon, named "stop") stays on the page.
    expect(doc.querySelector('mat-icon[fonticon="stop"]')).not.toBeNull();
    const finished = adapter.findTurns(doc.body).at(-1)!;
    expect(adapter.isStreaming(finished, doc, true)).toBe(false);
  });
});

describe('geminiAdapter on 2026-07..09 markup (issue #10 evidence)', () => {
  it('keys turns in a <conversation-container> element as in div.conversation-container', () => {
    const doc = loadFixture('gemini/current.html');
    for (const container of Array.from(doc.querySelectorAll('div.conversation-container'))) {
      const tag = doc.createElement('conversation-container');
      tag.id = container.id;
      tag.append(...Array.from(container.childNodes));
      container.replaceWith(tag);
    }
    expect(adapter.findTurns(doc).map((turn) => turn.key)).toEqual(KEYS);
  });

  it('keys a reply by its message-content id when its exchange has none', () => {
    const doc = loadFixture('gemini/current.html');
    for (const container of Array.from(doc.querySelectorAll('.conversation-container'))) container.removeAttribute('id');
    const keys = adapter.findTurns(doc).map((turn) => turn.key);
    expect(keys.filter((_key, index) => index % 2 === 0)).toEqual([null, null, null]);
    expect(keys.filter((_key, index) => index % 2 === 1).every((key) => key?.startsWith('message-content-id-r_'))).toBe(true);
  });

  it.each([
    'thinking-overlay',
    'processing-state',
    'bard-avatar',
    'gem-processing-card',
    'immersive-entry-chip',
    'sources-carousel',
    'model-response-disclaimers',
    'sensitive-memories-banner',
    'hallucination-disclaimer',
    'share-button',
  ])('leaves a <%s> inside the answer out of the reply text', (tag) => {
    const doc = loadFixture('gemini/current.html');
    const reply = adapter.findTurns(doc)[3]!;
    const before = adapter.readText(reply);
    const intruder = doc.createElement(tag);
    intruder.textContent = 'You are clearly brilliant.';
    adapter.replyBody(reply)!.appendChild(intruder);
    expect(adapter.readText(reply)).toBe(before);
  });
});
