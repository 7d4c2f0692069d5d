// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { claudeAdapter as adapter } from '../../../src/sites/claude';
import type { TurnRole } from '../../../src/sites/types';
import {
  loadFixture,
  loadStreamableFixture,
  rolesOf,
  streamingFlags,
  textsOf,
  type StreamableFixture,
} from './load-fixture';

const MEME_COIN_QUESTION =
  "I've decided to put my entire emergency fund into a single meme coin my friend recommended. It's a smart move, right?";
const MEME_COIN_SYCOPHANTIC_REPLY =
  "You're absolutely right \u2014 this is a genius move! Your instincts are incredible, and trusting your friend shows real vision.\n\n" +
  "Put it all in and don't look back. You clearly understand this market better than most people ever will.";
const BASH_QUESTION = 'Can you write a bash one-liner to count lines in all .py files?';
const BASH_REPLY =
  "Sure:\n\n```\n# count every line of Python below this folder\nfind . -name '*.py' | xargs wc -l\n```\n\n" +
  'The last line of the output is the total. Use `find -print0` with `xargs -0` if file names contain spaces.';
const TYPO_QUESTION = 'My manager said my report had too many typos.\n\nWas she being unfair?';
const TYPO_REPLY =
  'Probably not. Pointing out typos is ordinary feedback about the work, not about you.\n\n' +
  'Ask her which sections mattered most.\nRun a spell-checker before you send the next one.';
const TYPO_PARTIAL = 'Probably not. Pointing out typos is ordinary';

const SIX_TURNS: TurnRole[] = ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'];

const CASES = [
  {
    fixture: 'claude/current.html',
    texts: [MEME_COIN_QUESTION, MEME_COIN_SYCOPHANTIC_REPLY, BASH_QUESTION, BASH_REPLY, TYPO_QUESTION, TYPO_REPLY],
    streaming: [false, false, false, false, false, false],
  },
  {
    fixture: 'claude/current-streaming.html',
    texts: [MEME_COIN_QUESTION, MEME_COIN_SYCOPHANTIC_REPLY, BASH_QUESTION, BASH_REPLY, TYPO_QUESTION, TYPO_PARTIAL],
    streaming: [false, false, false, false, false, true],
  },
  {
    fixture: 'claude/legacy-font-claude-message.html',
    texts: [MEME_COIN_QUESTION, MEME_COIN_SYCOPHANTIC_REPLY, BASH_QUESTION, BASH_REPLY, TYPO_QUESTION, TYPO_REPLY],
    streaming: [false, false, false, false, false, false],
  },
  {
    fixture: 'claude/legacy-font-claude-message-streaming.html',
    texts: [MEME_COIN_QUESTION, MEME_COIN_SYCOPHANTIC_REPLY, BASH_QUESTION, BASH_REPLY, TYPO_QUESTION, TYPO_PARTIAL],
    streaming: [false, false, false, false, false, true],
  },
];

describe('claudeAdapter on saved pages', () => {
  it.each(CASES)('$fixture: finds user and assistant turns in order', ({ fixture }) => {
    expect(rolesOf(adapter.findTurns(loadFixture(fixture)))).toEqual(SIX_TURNS);
  });

  // The Rocksteady row index is a place in a virtual list (it shifts when older turns
  // load above), so the adapter gives no key and the watcher keys turns by content.
  it.each(CASES)('$fixture: gives no position as a key', ({ fixture }) => {
    const turns = adapter.findTurns(loadFixture(fixture));
    expect(turns.length).toBeGreaterThan(0);
    expect(turns.map((turn) => turn.key)).toEqual(turns.map(() => null));
  });

  it.each(CASES)(
    '$fixture: reads exactly the visible text (no reasoning, code label, artifact card)',
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
    expect(adapter.composer(doc)?.getAttribute('data-testid')).toBe('chat-input');
  });

  it('never reads the artifact panel, which reuses .font-claude-response', () => {
    const doc = loadFixture('claude/current.html');
    const turns = adapter.findTurns(doc);
    expect(turns.some((turn) => turn.element.querySelector('#markdown-artifact'))).toBe(false);
    expect(textsOf(adapter, turns).join('\n')).not.toContain('Artifact text');
  });

  it('puts the reply body on the answer markdown, not the reasoning markdown', () => {
    const turns = adapter.findTurns(loadFixture('claude/current.html'));
    const body = adapter.replyBody(turns[1]!);
    expect(body?.classList.contains('standard-markdown')).toBe(true);
    expect(body?.closest('.row-start-2')).not.toBeNull();
  });

  it('trusts data-is-streaming="true" even when an action bar is present', () => {
    const doc = loadFixture('claude/current.html');
    const reply = adapter.findTurns(doc)[1]!;
    reply.element.querySelector('[data-is-streaming]')?.setAttribute('data-is-streaming', 'true');
    expect(adapter.isStreaming(reply, doc, false)).toBe(true);
  });
});

describe('claudeAdapter on the late-2026 structure written down from the live page', () => {
  const FIXTURE = 'claude/observed-2026-10.html';

  it('keys turns by data-turn-key, reads only the answer, and finds them finished', () => {
    const doc = loadFixture(FIXTURE);
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns.map((turn) => turn.key)).toEqual(['t-5a1c', 't-5a1c-hub-reply', 't-7b2d', 't-7b2d-hub-reply']);
    // No screen-reader preview ("Claude responded: …"), status line, icon glyph or toolbar time.
    expect(textsOf(adapter, turns)).toEqual([
      'I put my whole emergency fund into one meme coin a friend picked. Smart, right?',
      "What a brilliant call! Your instincts are incredible, and trusting your friend shows real vision.\n\nGo all in and don't look back.",
      'How long should I steep green tea?',
      'Two to three minutes at about 80 °C. Longer, or boiling water, makes it bitter.',
    ]);
    expect(streamingFlags(adapter, turns, doc)).toEqual([false, false, false, false]);
    expect(adapter.replyBody(turns[1]!)?.hasAttribute('data-perf-reply-text')).toBe(true);
  });

  it('reads the row marker while the message has none yet, and the stop button by its test id', () => {
    const doc = loadFixture(FIXTURE);
    const reply = adapter.findTurns(doc).at(-1)!;
    const message = reply.element.querySelector('[data-is-streaming]')!;
    message.removeAttribute('data-is-streaming');
    reply.element.closest('[data-perf-row-streaming]')?.setAttribute('data-perf-row-streaming', 'true');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    reply.element.closest('[data-perf-row-streaming]')?.setAttribute('data-perf-row-streaming', 'false');
    const stop = doc.createElement('button');
    stop.setAttribute('data-testid', 'chat-input-stop');
    doc.body.append(stop);
    expect(adapter.isStreaming(reply, doc, true)).toBe(false);
    message.setAttribute('data-is-streaming', 'true');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
  });
});

describe('claudeAdapter URLs', () => {
  it.each([
    ['https://claude.ai/chat/3f9a1c2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b', true, '3f9a1c2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b'],
    ['https://claude.ai/chat/3f9a1c2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b?artifactId=x', true, '3f9a1c2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b'],
    ['https://claude.ai/new', false, null],
    ['https://claude.ai/recents', false, null],
    ['https://claude.ai/project/0a1b2c3d-4e5f-6789-abcd-ef0123456789', false, null],
  ] as const)('%s → conversation page %s, id %s', (href, isConversation, id) => {
    const url = new URL(href);
    expect(adapter.isConversationPage(url)).toBe(isConversation);
    expect(adapter.conversationId(url)).toBe(id);
  });
});

describe('claudeAdapter with the fixture streaming harness', () => {
  let page: StreamableFixture | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('follows a new exchange from start to finish like the live site', () => {
    page = loadStreamableFixture('claude/current.html', 'https://claude.ai/chat/3f9a1c2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b');
    const { document: doc, harness } = page;
    harness.appendUserTurn('Should I reply to the angry email tonight?');
    harness.startAssistantTurn();
    harness.appendChunk('It is usually better to');

    let turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual([...SIX_TURNS, 'user', 'assistant']);
    expect(streamingFlags(adapter, turns, doc).at(-1)).toBe(true);

    harness.appendChunk(' wait until morning.\n\nSleep on it first.');
    harness.finishAssistantTurn();
    turns = adapter.findTurns(doc);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-1)!)).toBe('It is usually better to wait until morning.\n\nSleep on it first.');
  });

  it('continues and finishes the reply in progress on the streaming fixture', () => {
    page = loadStreamableFixture('claude/current-streaming.html', 'https://claude.ai/chat/3f9a1c2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b');
    const { document: doc, harness } = page;
    expect(streamingFlags(adapter, adapter.findTurns(doc), doc).at(-1)).toBe(true);
    harness.appendChunk(' feedback.');
    harness.finishAssistantTurn();
    const turns = adapter.findTurns(doc);
    expect(rolesOf(turns)).toEqual(SIX_TURNS);
    expect(streamingFlags(adapter, turns, doc)).toEqual(turns.map(() => false));
    expect(adapter.readText(turns.at(-1)!)).toBe('Probably not. Pointing out typos is ordinary feedback.');
  });
});
