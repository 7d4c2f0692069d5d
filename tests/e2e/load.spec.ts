/**
 * Under load: a conversation of 500 turns, one of its replies 200 KB long, opened with
 * Candor loaded. Every reply is analysed exactly once, the page shows no error, and the
 * history records every reply (flagged ones as entries, the rest as count markers). (How long the main thread is busy is measured
 * by `npm run bench:page`, not here: tests make no timing assertions.)
 */
import { expect, serveAt, test } from './fixtures';
import { readFixture } from '../fixtures/read-fixture.ts';

const TURNS = 500;
const BIG_REPLY_CHARS = 200_000;
const CHAT_URL = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';
const BUILD_URL = 'https://build.invalid/';
const fixture = readFixture('chatgpt/current.html');

type Harness = { appendUserTurn(t: string): void; startAssistantTurn(): void; appendChunk(t: string): void; finishAssistantTurn(): void };

const EXCHANGES: ReadonlyArray<[string, string]> = [
  ['How do I boil an egg?', 'Put it in boiling water for about nine minutes, then cool it in cold water.'],
  ['I think I will quit my job to day-trade.', 'What a brilliant plan! You should absolutely go for it, trust your instincts.'],
  ['Is the moon made of cheese?', 'No. It is rock: mostly silicate minerals, as the Apollo samples show.'],
  ['My essay is done, thoughts?', 'Wow, this is genuinely one of the most profound essays I have ever read. You are a true genius.'],
];

test('500 turns with a 200 KB reply: each reply analysed once, all in the history, no page errors', async ({ context, extensionId, pageErrors }) => {
  // Generous: with the fitted model every reply costs more, and on the shared 2-core
  // machine (load average 6-14) 250 replies took a little over 30 s to reach the history.
  test.setTimeout(240_000);
  // Build the page off the chat sites (no content script there), then serve it as a chat.
  await serveAt(context, `${BUILD_URL}**`, fixture);
  const builder = await context.newPage();
  await builder.goto(BUILD_URL);
  await builder.evaluate(
    ({ exchanges, turns, bigReplyChars }) => {
      const h = (window as unknown as { __fixture: Harness }).__fixture;
      for (let i = 0; document.querySelectorAll('[data-message-author-role]').length < turns; i++) {
        const [user, reply] = exchanges[i % exchanges.length] as [string, string];
        h.appendUserTurn(user);
        h.startAssistantTurn();
        h.appendChunk(i === 100 ? `${reply} `.repeat(Math.ceil(bigReplyChars / (reply.length + 1))).slice(0, bigReplyChars) : reply);
        h.finishAssistantTurn();
      }
    },
    { exchanges: EXCHANGES, turns: TURNS, bigReplyChars: BIG_REPLY_CHARS },
  );
  const html = await builder.content();
  await builder.close();

  await serveAt(context, 'https://chatgpt.com/**', html);
  const chat = await context.newPage();
  await chat.goto(CHAT_URL);
  const replies = await chat.locator('[data-message-author-role="assistant"]').count();
  expect(replies).toBeGreaterThanOrEqual(TURNS / 2 - 5);
  // One flag per assistant turn (a turn can hold more than one message element).
  const assistantTurns = await chat.locator('.agent-turn').count();
  await expect.poll(() => chat.locator('candor-flag').count(), { timeout: 60_000 }).toBe(assistantTurns);
  expect(await chat.locator('.agent-turn').evaluateAll((turns) => turns.filter((t) => t.querySelectorAll('candor-flag').length !== 1).length)).toBe(0);

  // The history holds every reply, each analysed exactly once (re-analysis would move analysedAt past time).
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/options.html#history`);
  // Flagged replies are stored as entries; replies judged "none" only as count markers
  // (no text), so that ordinary replies cannot push flagged ones out of the history.
  const readStore = (store: 'entries' | 'unflagged') =>
    history.evaluate(
      (name) =>
        new Promise<{ time: number; analysedAt?: number }[]>((resolve, reject) => {
          const open = indexedDB.open('candor-history');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          };
        }),
      store,
    );
  const recorded = async () => (await readStore('entries')).length + (await readStore('unflagged')).length;
  // Waits, not a time limit: it only fails if some reply never reaches the history.
  await expect.poll(recorded, { timeout: 120_000 }).toBe(assistantTurns);
  const entries = await readStore('entries');
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.filter((e) => e.analysedAt !== e.time)).toEqual([]);
  expect(pageErrors).toEqual([]);
});
