/**
 * The engine runs here, in the background (service worker in Chrome, event page in
 * Firefox), not in the chat page: a content script sends a finished reply's text
 * (`analyseReply`) and gets the verdict back, so the page's main thread never runs
 * `analyze` and the page's script does not carry the rules or the model (issue #13.3).
 *
 * Judging is synchronous: one reply blocks this thread for as long as `analyze` takes
 * (about 40 ms for a 300,000-character reply on this project's machine; see README,
 * `npm run bench:page`). Other tabs' messages wait for at most that one reply.
 */
import { analyze } from '../engine/analyze';
import type { CompiledRules } from '../engine/compile';
import type { ExampleTurn } from '../engine/rule-schema';
import type { EngineSettings } from '../engine/settings';
import type { Analysis } from '../engine/types';
import { distinctSpans, flaggedContexts } from './flag-context';
import type { AnalyseReply, AnalysisAnswer, AnalysisReport, RuleExamplePair } from '../messaging/protocol';

const EXCERPT_CHARS = 300;
const MAX_EXAMPLE_CHARS = 240;

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

function exampleText(example: ExampleTurn | undefined): string | null {
  if (example === undefined) return null;
  const text = typeof example === 'string' ? example : example.reply;
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_EXAMPLE_CHARS ? `${flat.slice(0, MAX_EXAMPLE_CHARS - 1)}…` : flat;
}

export function judgeReply(message: AnalyseReply, rules: CompiledRules, settings: EngineSettings): Analysis {
  return analyze({ reply: message.reply, user: message.user, history: message.history }, rules, settings);
}

/** What the history and the tab state keep of a judged reply: the same report a page used to send. */
export function reportOf(message: AnalyseReply, analysis: Analysis): AnalysisReport {
  const spans = analysis.flags.flatMap((flag) => flag.spans);
  return {
    type: 'analysisReport',
    site: message.site,
    url: message.url,
    conversationId: message.conversationId,
    replyKey: message.replyKey,
    score: analysis.score,
    level: analysis.level,
    categories: [...new Set(analysis.flags.map((flag) => flag.category))],
    ruleIds: analysis.flags.map((flag) => flag.ruleId).slice(0, 100),
    excerpt: excerptOf(message.reply),
    flaggedText: distinctSpans(spans)
      .map((span) => message.reply.slice(span.start, span.end).slice(0, 200))
      .slice(0, 20),
    contexts: flaggedContexts(message.reply, spans),
    analysedAt: message.analysedAt,
  };
}

/** The flagged rules' own example pairs (a reply each matches and one it does not), for the card. */
export function examplesFor(analysis: Analysis, rules: CompiledRules): RuleExamplePair[] {
  const wanted = new Set(analysis.flags.map((flag) => flag.ruleId));
  const pairs: RuleExamplePair[] = [];
  for (const rule of rules.rules) {
    if (!wanted.has(rule.id)) continue;
    const flattering = exampleText(rule.examples.match[0]);
    const straight = exampleText(rule.examples.noMatch[0]);
    if (flattering && straight) pairs.push({ ruleId: rule.id, flattering, straight });
  }
  return pairs;
}

export interface Judged {
  /** The answer to the content script: the acknowledgement with the verdict. */
  answer: AnalysisAnswer;
  /** What is stored, as for an `analysisReport`. */
  report: AnalysisReport;
}

export interface Judge {
  (message: AnalyseReply): Promise<Judged>;
  /** The person changed their settings: read them again before the next reply. */
  forgetSettings(): void;
}

/**
 * Judges replies with the bundled rules and the person's engine settings. The settings
 * are read once and kept until they change (a cache only: a restarted worker reads them
 * again), so a burst of replies costs one storage read.
 */
export function createJudge(rules: () => CompiledRules, engineSettings: () => Promise<EngineSettings>): Judge {
  let settings: Promise<EngineSettings> | null = null;
  const judge = async (message: AnalyseReply): Promise<Judged> => {
    settings ??= engineSettings().catch((error: unknown) => {
      settings = null;
      throw error;
    });
    const compiled = rules();
    const analysis = judgeReply(message, compiled, await settings);
    return { answer: { ok: true, analysis, examples: examplesFor(analysis, compiled) }, report: reportOf(message, analysis) };
  };
  judge.forgetSettings = () => {
    settings = null;
  };
  return judge;
}
