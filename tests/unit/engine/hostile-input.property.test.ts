/**
 * The engine never throws, whatever the page hands it: random Unicode (lone surrogates
 * included), huge replies, markdown nested thousands deep, right-to-left and emoji text,
 * any settings the schema accepts. Every result is well formed: score 0–100, a known
 * level and category, spans inside the reply that never split a character, and the same
 * result for the same input. Fixed seed; the number of inputs is in each test's name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { bundledRules } from '@/src/engine/bundled-rules';
import { DEFAULT_ENGINE_SETTINGS, EngineSettingsSchema, type EngineSettings } from '@/src/engine/settings';
import { CATEGORIES, LEVELS, SENSITIVITIES, type Analysis, type HistoryTurn, type Turn } from '@/src/engine/types';

const rules = bundledRules();
const SEED = 5_052_025;

/** Sycophantic phrases to mix in, so rules fire and spans exist inside the noise. */
const PRAISE = [
  'What a brilliant insight!',
  "You're absolutely right, I apologize.",
  'Go for it, quit your job tomorrow!',
  'Your theory is profound.',
  'CHOICE: B',
  'You are clearly a visionary.',
];

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function expectWellFormed(turn: Turn, analysis: Analysis): void {
  const reply = turn.reply;
  expect(Number.isFinite(analysis.score)).toBe(true);
  expect(analysis.score).toBeGreaterThanOrEqual(0);
  expect(analysis.score).toBeLessThanOrEqual(100);
  expect(LEVELS).toContain(analysis.level);
  for (const flag of analysis.flags) {
    expect(CATEGORIES).toContain(flag.category);
    expect(typeof flag.ruleId).toBe('string');
    for (const { start, end } of flag.spans) {
      expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(reply.length);
      expect(start).toBeLessThan(end);
      // A span never cuts an astral character (emoji, CJK extension) in half.
      expect(isLowSurrogate(reply.charCodeAt(start)) && isHighSurrogate(reply.charCodeAt(start - 1))).toBe(false);
      expect(isLowSurrogate(reply.charCodeAt(end)) && isHighSurrogate(reply.charCodeAt(end - 1))).toBe(false);
    }
  }
}

function check(turn: Turn, settings: EngineSettings = DEFAULT_ENGINE_SETTINGS, { twice = true } = {}): void {
  const first = analyze(turn, rules, settings);
  expectWellFormed(turn, first);
  // Pure: the same input gives the same result.
  if (twice) expect(analyze(turn, rules, settings)).toEqual(first);
}

// ---- Generators ---------------------------------------------------------------------

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
/** Any code point, lone surrogates, controls and praise, in any order. */
const randomUnicode = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: loneSurrogate, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.constantFrom('\u0000', '\r\n', '\r', '\u2028', '\u2029', '\ufeff', '\u200b', '\u00ad') },
      { weight: 2, arbitrary: fc.constantFrom(...PRAISE) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Right-to-left scripts, bidi controls, emoji sequences and combining marks around praise. */
const rtlAndEmoji = fc
  .array(
    fc.constantFrom(
      'مرحبا بك',
      'فكرة رائعة!',
      'שלום עולם.',
      'רעיון מבריק',
      '\u202e',
      '\u202d',
      '\u2066',
      '\u2067',
      '\u2069',
      '\u200f',
      '\u200e',
      '\u061c',
      '👩🏽‍💻',
      '🇺🇦',
      '❤️‍🔥',
      '👍🏿',
      '🧑‍🤝‍🧑',
      'e\u0301',
      'Z̷̢̛͚a̸l̴g̵o̶',
      '𝔂𝓸𝓾 𝓪𝓻𝓮 𝓻𝓲𝓰𝓱𝓽',
      'ｙｏｕ ａｒｅ ｒｉｇｈｔ',
      '。',
      '！',
      '…',
      ...PRAISE,
    ),
    { maxLength: 120 },
  )
  .chain((parts) => fc.constantFrom(' ', '', '\n').map((sep) => parts.join(sep)));

/** Markdown nested by structure: quotes in lists in emphasis in links, a few levels deep. */
const { node: nestedMarkdown } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 12, depthIdentifier: 'markdown' },
    fc.constantFrom(...PRAISE, 'plain words', '`code`', '"a quote"'),
    tie('node').map((inner) => inner.split('\n').map((line) => `> ${line}`).join('\n')),
    tie('node').map((inner) => inner.split('\n').map((line) => `  - ${line}`).join('\n')),
    tie('node').map((inner) => `**${inner}**`),
    tie('node').map((inner) => `[${inner}](https://example.invalid/${inner.length})`),
    tie('node').map((inner) => `\`\`\`\n${inner}\n\`\`\``),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => `${a}\n\n${b}`),
  ),
}));

/** One construct repeated thousands deep (unclosed, as a broken page might send it). */
const deepMarkdown = fc
  .tuple(
    fc.constantFrom('>', '> ', '- ', '  ', '*', '**', '_', '[', '(', '`', '```\n', '#', '| ', '<div>', '"', '“'),
    fc.integer({ min: 100, max: 20_000 }),
    fc.constantFrom(...PRAISE),
  )
  .map(([open, depth, text]) => `${open.repeat(depth)}${text}`);

/** A short random piece repeated to 20,000–200,000 characters. */
const hugeText = fc
  .tuple(fc.oneof(randomUnicode, fc.constantFrom(...PRAISE)), fc.integer({ min: 20_000, max: 200_000 }))
  .map(([piece, size]) => (piece.length === 0 ? 'x' : piece).repeat(Math.ceil(size / Math.max(1, piece.length))).slice(0, size));

const anyReply = fc.oneof(randomUnicode, rtlAndEmoji, nestedMarkdown);
const history = fc.array(fc.record({ role: fc.constantFrom<HistoryTurn['role']>('user', 'assistant'), text: anyReply }), { maxLength: 4 });

/** Any settings the schema accepts: every rule overridable, custom phrases that may not compile. */
const anySettings = fc
  .record({
    sensitivity: fc.constantFrom(...SENSITIVITIES),
    rules: fc.dictionary(
      fc.constantFrom(...rules.rules.map((r) => r.id), 'no-such-rule'),
      fc.record({ enabled: fc.boolean(), weightFactor: fc.double({ min: 0, max: 3, noNaN: true }) }, { requiredKeys: [] }),
    ),
    customPhrases: fc.dictionary(
      fc.constantFrom(...CATEGORIES),
      fc.array(fc.oneof(fc.constantFrom('you are {so|} right', 'bril* idea', '{', '.. x', '{a|}', 'a .. .. .. .. .. .. .. b'), fc.string({ minLength: 1, maxLength: 40 })), { maxLength: 5 }),
    ),
  })
  .map((raw) => EngineSettingsSchema.parse(raw));

// ---- Properties ---------------------------------------------------------------------

const RUNS = { unicode: 1500, rtl: 600, nested: 400, deep: 100, huge: 20, settings: 300 } as const;

// Generous timeout: the whole file takes ~5 s alone, several times that on a busy 2-core machine.
describe(`analyze on hostile input (seed ${SEED})`, { timeout: 60_000 }, () => {
  it(`${RUNS.unicode} random Unicode replies, users and histories (lone surrogates, controls)`, () => {
    fc.assert(
      fc.property(randomUnicode, fc.option(randomUnicode, { nil: undefined }), history, (reply, user, past) => check({ reply, user, history: past })),
      { seed: SEED, numRuns: RUNS.unicode },
    );
  });

  it(`${RUNS.rtl} right-to-left and emoji replies`, () => {
    fc.assert(
      fc.property(rtlAndEmoji, rtlAndEmoji, (reply, user) => check({ reply, user })),
      { seed: SEED, numRuns: RUNS.rtl },
    );
  });

  it(`${RUNS.nested} replies of nested markdown`, () => {
    fc.assert(
      fc.property(nestedMarkdown, (reply) => check({ reply })),
      { seed: SEED, numRuns: RUNS.nested },
    );
  });

  it(`${RUNS.deep} replies with one construct nested 100–20,000 deep`, () => {
    fc.assert(
      fc.property(deepMarkdown, (reply) => check({ reply })),
      { seed: SEED, numRuns: RUNS.deep },
    );
  });

  it(`${RUNS.huge} huge replies (20–200 KB)`, () => {
    fc.assert(
      fc.property(hugeText, (reply) => check({ reply, user: 'What do you think of my plan?' }, DEFAULT_ENGINE_SETTINGS, { twice: false })),
      { seed: SEED, numRuns: RUNS.huge },
    );
  });

  it(`${RUNS.settings} random settings, including custom phrases that do not compile`, () => {
    fc.assert(
      fc.property(anySettings, anyReply, (settings, reply) => check({ reply, user: 'I think my idea is genius' }, settings)),
      { seed: SEED, numRuns: RUNS.settings },
    );
  });

  it('flags the praise hidden in the noise (the generators reach the rules)', () => {
    const samples = fc.sample(anyReply, { seed: SEED, numRuns: 200 });
    const flagged = samples.filter((reply) => analyze({ reply }, rules).flags.length > 0);
    expect(flagged.length).toBeGreaterThan(20);
  });
});
