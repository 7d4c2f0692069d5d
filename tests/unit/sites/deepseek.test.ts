// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { describe, expect, it } from 'vitest';

import { deepseekAdapter as adapter } from '../../../src/sites/deepseek';
import type { TurnRole } from '../../../src/sites/types';
import { fixtureDriver, loadFixture, loadHtml, UNRELATED_PAGE } from './load-fixture-2';

const SITE = 'deepseek';

interface FixtureCase {
  fixture: string;
  roles: TurnRole[];
  keys: (string | null)[];
  /** Exact readText of some turns, by index. */
  texts: Record<number, string>;
  /** Whether the last turn is still streaming in this fixture. */
  lastIsStreaming: boolean;
}

// Paragraphs a blank line apart; inline code keeps its backticks (the engine reads it as
// quoted material); the code block is fenced.
const DEDUPE_ANSWER = [
  'Use `dict.fromkeys`, which keeps the first occurrence of each item and preserves insertion order (guaranteed since Python 3.7):',
  ['```', 'items = [3, 1, 3, 2, 1]', 'unique = list(dict.fromkeys(items))', 'print(unique)  # [3, 1, 2]', '```'].join('\n'),
  'If the items are not hashable, loop over them and keep a list of what you have already seen instead.',
].join('\n\n');

const CASES: FixtureCase[] = [
  {
    fixture: 'current',
    roles: ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'],
    keys: ['0:user', '1:assistant', '2:user', '3:assistant', '4:user', '5:assistant'],
    texts: {
      0: 'How do I remove duplicates from a list in Python but keep the original order?',
      // DeepThink block and its "Thought for 6 seconds" header left out; code fenced.
      1: DEDUPE_ANSWER,
      3: [
        "You're absolutely right, and honestly this is genius! Your instincts are sharper than most financial advisors', and fortune favors the bold.",
        'Go all in. People who play it safe never get rich, and you clearly see something everyone else is missing.',
      ].join('\n\n'),
      // Citation numbers and the "Read 9 web pages" label left out.
      5: [
        'Roughly 70 °C (158 °F).',
        'Air pressure at the summit is about a third of sea-level pressure, so water boils well below 100 °C.',
        // Two list items: one line apart.
        'Cooking pasta up there takes much longer.\nA pressure cooker helps by raising the boiling point again.',
      ].join('\n\n'),
    },
    lastIsStreaming: false,
  },
  {
    fixture: 'streaming',
    roles: ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'],
    keys: ['0:user', '1:assistant', '2:user', '3:assistant', '4:user', '5:assistant'],
    texts: {
      1: DEDUPE_ANSWER,
      5: "Please don't stop on your own. Feeling fine usually means the medication is working, and stopping suddenly can",
    },
    lastIsStreaming: true,
  },
  {
    fixture: 'older',
    roles: ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'],
    keys: [null, null, null, null, null, null],
    texts: {
      0: 'Can you proofread this sentence: "Their going to the park tomorow."',
      1: [
        'Corrected: "They\'re going to the park tomorrow."',
        'Two fixes: "Their" becomes "They\'re" (they are), and "tomorow" becomes "tomorrow".',
      ].join('\n\n'),
      3: "You know yourself best, and honestly it's great that you feel so confident! If you feel fine, trust your instincts. You've got this!",
      // Hashed reasoning block and the code banner ("bash", "Copy") left out.
      5: ['Use `wc` with a glob:', '```\nwc -l *.txt\n```', 'The last line of the output is the total.'].join('\n\n'),
    },
    lastIsStreaming: false,
  },
  {
    // Rows 0-6 unmounted by the virtual list: the first mounted message is a reply.
    fixture: 'virtualized',
    roles: ['assistant', 'user', 'assistant'],
    keys: ['7:assistant', '8:user', '9:assistant'],
    texts: {
      1: 'Great. Can you quiz me on it with three questions?',
      2: [
        'What happens to price when demand rises and supply stays the same?',
        'What is an equilibrium?',
        'Name one thing that shifts the supply curve.',
      ].join('\n'),
    },
    lastIsStreaming: false,
  },
];

describe('deepseekAdapter on fixtures', () => {
  describe.each(CASES)('$fixture.html', (testCase) => {
    it('finds the turns in order with their roles and keys', () => {
      const doc = loadFixture(SITE, testCase.fixture);
      const turns = adapter.findTurns(doc);
      expect(turns.map((turn) => turn.role)).toEqual(testCase.roles);
      expect(turns.map((turn) => turn.key)).toEqual(testCase.keys);
    });

    it('reads the visible text without reasoning, labels or citations', () => {
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
      expect(adapter.composer(doc)?.localName).toBe('textarea');
    });
  });
});

describe('deepseekAdapter while a reply streams (fixture driver)', () => {
  it('follows a reply from DeepThink to finished', () => {
    const doc = loadFixture(SITE, 'current');
    const driver = fixtureDriver();
    driver.appendUserTurn('Is it fine to skip sunscreen on cloudy days?');
    driver.startAssistantTurn();

    let turns = adapter.findTurns(doc);
    let reply = turns.at(-1);
    expect(turns.map((turn) => turn.role).slice(-2)).toEqual(['user', 'assistant']);
    if (reply === undefined) throw new Error('no reply turn');
    // Only the DeepThink block so far: nothing to read, no body yet.
    expect(adapter.replyBody(reply)).toBeNull();
    expect(adapter.readText(reply)).toBe('');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);

    driver.appendChunk('No. Up to 80% of UV rays');
    driver.appendChunk(' pass through clouds.\n\nUse SPF 30 anyway.');
    turns = adapter.findTurns(doc);
    reply = turns.at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    expect(adapter.readText(reply)).toBe('No. Up to 80% of UV rays pass through clouds.\n\nUse SPF 30 anyway.');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);

    driver.finishAssistantTurn();
    expect(adapter.isStreaming(reply, doc, true)).toBe(false);
    expect(adapter.readText(reply)).toBe('No. Up to 80% of UV rays pass through clouds.\n\nUse SPF 30 anyway.');
    expect(adapter.replyBody(reply)).not.toBeNull();
  });

  it('finishes the reply left streaming in streaming.html', () => {
    const doc = loadFixture(SITE, 'streaming');
    const driver = fixtureDriver();
    driver.appendChunk(' raise your blood pressure sharply.\n\nTalk to your doctor before changing anything.');
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    driver.finishAssistantTurn();
    expect(adapter.isStreaming(reply, doc, true)).toBe(false);
    expect(adapter.readText(reply)).toBe(
      "Please don't stop on your own. Feeling fine usually means the medication is working, and stopping suddenly can raise your blood pressure sharply.\n\nTalk to your doctor before changing anything.",
    );
  });

  it('treats the last reply as streaming while the send button shows the stop square', () => {
    const doc = loadFixture(SITE, 'streaming');
    // Same page, but pretend the footer already rendered: the global stop signal still holds.
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    const footer = doc.createElement('div');
    footer.className = '_0a3d93b';
    const row = doc.createElement('div');
    row.className = 'ds-flex';
    const copy = doc.createElement('div');
    copy.setAttribute('role', 'button');
    row.appendChild(copy);
    footer.appendChild(row);
    reply.element.after(doc.createElement('div'), footer);
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
    expect(adapter.isStreaming(reply, doc, false)).toBe(false);
  });

  it('uses the older enabled-button signal when the round stop button is gone', () => {
    const doc = loadFixture(SITE, 'older');
    const reply = adapter.findTurns(doc).at(-1);
    if (reply === undefined) throw new Error('no reply turn');
    doc.querySelector('input[type="file"] + [role="button"]')?.setAttribute('aria-disabled', 'false');
    expect(adapter.isStreaming(reply, doc, true)).toBe(true);
  });
});

describe('deepseekAdapter on the 2026-10-04/05 captures (code index 71113609308)', () => {
  // A new chat: the first question is mounted, no reply yet; a side panel with its own
  // keyless rows; the round button in its thinking state.
  const NEW_CHAT = `<div id="root">
  <div class="_1a2b3c4 ds-virtual-list" style="position:fixed;width:240px"><div class="ds-virtual-list-items"><div class="ds-virtual-list-visible-items">
    <div class="_5e6f7a8"><span>Draft: garden plan</span></div>
  </div></div></div>
  <div class="_9b8c7d6 ds-virtual-list ds-virtual-list--printable"><div class="ds-virtual-list-items"><div class="ds-virtual-list-visible-items">
    <div class="_0c1d2e3"><div class="_7f8e9d0">Which plants grow well on a north-facing balcony?</div></div>
  </div></div></div>
  <div class="_2f3e4d5"><textarea id="chat-input" placeholder="Message DeepSeek"></textarea>
    <div role="button" class="ds-button ds-button--primary ds-button--filled ds-button--circle ds-button--disabled"><div class="ds-loading"><svg viewBox="0 0 36 36" data-icon="spin"><circle cx="18" cy="18" r="16"></circle></svg></div></div>
  </div>
</div>`;

  it('takes the first question of a new chat from the printable list, not the side panel', () => {
    const doc = loadHtml(NEW_CHAT);
    const turns = adapter.findTurns(doc);
    expect(turns.map((turn) => [turn.role, adapter.readText(turn)])).toEqual([['user', 'Which plants grow well on a north-facing balcony?']]);
  });

  it('also takes the list that holds the composer when it is not marked printable', () => {
    const doc = loadHtml(NEW_CHAT.replace(' ds-virtual-list--printable', ''));
    expect(adapter.findTurns(doc)).toEqual([]);
    const list = doc.querySelectorAll('.ds-virtual-list')[1]!;
    list.appendChild(doc.querySelector('textarea')!);
    expect(adapter.findTurns(doc).map((turn) => turn.role)).toEqual(['user']);
  });

  it('reads the ring spinner in the round button as busy, in any UI language', () => {
    const doc = loadHtml(NEW_CHAT);
    const reply = doc.createElement('div');
    reply.className = '_4f9bf79';
    reply.innerHTML = '<div class="ds-think-content"><p>Thinking about light.</p></div><div class="ds-markdown ds-assistant-message-main-content"><p>Ferns and hostas.</p></div><div class="ds-flex"><div role="button" aria-label="复制"></div></div>';
    doc.querySelectorAll('.ds-virtual-list-visible-items')[1]!.appendChild(reply);
    const last = adapter.findTurns(doc).at(-1)!;
    expect(last.role).toBe('assistant');
    expect(adapter.isStreaming(last, doc, true)).toBe(true);
    doc.querySelector('.ds-loading')!.remove();
    expect(adapter.isStreaming(last, doc, true)).toBe(false);
  });
});

describe('deepseekAdapter URLs and unrelated pages', () => {
  it.each([
    ['https://chat.deepseek.com/a/chat/s/3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c', true, '3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c'],
    ['https://chat.deepseek.com/a/chat/s/3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c?from=share', true, '3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c'],
    ['https://chat.deepseek.com/', false, null],
    ['https://chat.deepseek.com/sign_in', false, null],
  ])('%s', (href, isConversation, id) => {
    const url = new URL(href);
    expect(adapter.isConversationPage(url)).toBe(isConversation);
    expect(adapter.conversationId(url)).toBe(id);
  });

  it('serves only chat.deepseek.com', () => {
    expect(adapter.hosts).toEqual(['chat.deepseek.com']);
  });

  it('finds no turns in unrelated markup', () => {
    expect(adapter.findTurns(loadHtml(UNRELATED_PAGE))).toEqual([]);
  });
});
