/**
 * `npx tsx scripts/bench-judge.ts`: how long the background's thread is busy judging one
 * reply (src/background/judge-reply.ts: analyze plus the report and the example pairs),
 * for the longest reply a page sends (MAX_ANALYSED_REPLY_CHARS) and shorter ones. While
 * it judges, other tabs' messages wait, so this is the longest wait one page's reply can
 * cause another. CPU time (process.cpuUsage), median of 5 after one warm-up, because the
 * machine is shared; measured, never asserted.
 */
import { createJudge } from '../src/background/judge-reply';
import { bundledRules } from '../src/engine/bundled-rules';
import { DEFAULT_ENGINE_SETTINGS } from '../src/engine/settings';
import { MAX_ANALYSED_REPLY_CHARS, type AnalyseReply } from '../src/messaging/protocol';

const PARAGRAPH =
  'What a brilliant plan! You clearly have a gift for this. Start with the budget: list every fixed cost, then the ' +
  'variable ones, and compare them with last year. Keep a reserve for three months of expenses before you commit.\n\n';

function request(chars: number): AnalyseReply {
  return {
    type: 'analyseReply',
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/bench',
    conversationId: 'bench',
    replyKey: `bench-${chars}`,
    reply: PARAGRAPH.repeat(Math.ceil(chars / PARAGRAPH.length)).slice(0, chars),
    user: 'Is my plan good?',
    history: [],
    analysedAt: 0,
  };
}

const judge = createJudge(bundledRules, () => Promise.resolve(DEFAULT_ENGINE_SETTINGS));

async function cpuMs(message: AnalyseReply): Promise<number> {
  const before = process.cpuUsage();
  await judge(message);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

console.log('| reply | CPU ms to judge (median of 5) [min–max] |\n|---:|---|');
for (const chars of [1_000, 10_000, 100_000, MAX_ANALYSED_REPLY_CHARS]) {
  const message = request(chars);
  await cpuMs(message);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(await cpuMs(message));
  runs.sort((a, b) => a - b);
  console.log(`| ${chars.toLocaleString('en')} chars | ${runs[2]?.toFixed(1)} [${runs[0]?.toFixed(1)}–${runs[4]?.toFixed(1)}] |`);
}
