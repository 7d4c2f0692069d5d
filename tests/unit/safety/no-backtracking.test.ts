/**
 * No backtracking blow-ups, whoever wrote the pattern.
 *
 * 1. Every phrase template in rules/*.json, written as the equivalent regex
 *    (template-regex.ts), is `safe` under recheck (automaton analysis: no super-linear
 *    time in the text's length) and passes safe-regex2 (star height 1, few repetitions).
 * 2. Those regexes really are equivalent to the matcher, on random token sequences.
 * 3. The constant is bounded too: every bundled template is within the attempt budget
 *    that user phrases are held to (src/engine/template-cost.ts).
 * 4. Every phrase checkCustomPhrase accepts passes the same checks as 1 and 3.
 * 5. Every regex literal in src/ and entrypoints/ is `safe` under recheck and passes
 *    safe-regex2, or is listed below with why its nesting cannot backtrack.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
import safeRegex from 'safe-regex2';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildTemplateSet, compileTemplate, findMatches, type CompiledTemplate } from '@/src/engine/pattern';
import { buildTextModel, wordOf } from '@/src/engine/text';
import { matchCost, MAX_MATCH_COST } from '@/src/engine/template-cost';
import { checkCustomPhrase } from '@/src/settings/custom-phrase-check';
import { templateToRegex } from './template-regex';
import '@/src/engine/analyze';
import { rewrittenPatterns } from '@/src/engine/word-boundary';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SEED = 20_250_505;

type Element = CompiledTemplate['elements'][number];

interface Located {
  where: string;
  phrase: string;
  template: CompiledTemplate;
}

/** Every template in rules/*.json, with where it is ("rules/flattery.json rules[3] phrases[2]"). */
function bundledTemplates(): Located[] {
  const out: Located[] = [];
  const dir = path.join(ROOT, 'rules');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    for (const kind of ['rules', 'signals', 'counters']) {
      const items = (data[kind] ?? []) as { id: string; phrases?: string[] }[];
      for (const item of items) {
        (item.phrases ?? []).forEach((phrase, i) => {
          out.push({ where: `rules/${file} ${item.id} phrases[${i}]`, phrase, template: compileTemplate(phrase) });
        });
      }
    }
  }
  return out;
}

const TEMPLATES = bundledTemplates();

/** Why a regex is not safe, or null. recheck must say `safe` (not `unknown`). */
function regexProblem(source: string, flags: string, { safeRegex2 = true } = {}): string | null {
  const diagnostics: Diagnostics = checkSync(source, flags);
  if (diagnostics.status !== 'safe') {
    const detail = diagnostics.status === 'vulnerable' ? diagnostics.complexity.summary : diagnostics.error.kind;
    return `recheck: ${diagnostics.status} (${detail})`;
  }
  if (safeRegex2 && !safeRegex(new RegExp(source, flags))) return 'safe-regex2: nested or too many repetitions';
  return null;
}

describe('the checkers work here', () => {
  it.each([
    ['nested quantifiers', '^(a+)+$'],
    ['overlapping alternation under a star', '^(?:a|ab|b)*c$'],
    ['an unbounded gap between words (what a `...` template element would be)', '\\u{e000}[\\u{e000}-\\u{e002}]*\\u{e001}[\\u{e000}-\\u{e002}]*\\u{e002}'],
  ])('recheck or safe-regex2 rejects %s', (_name, source) => {
    expect(regexProblem(source, 'u')).not.toBeNull();
  });
});

// recheck takes ~1 s per few hundred regexes alone; more on a busy machine.
describe(`the ${TEMPLATES.length} bundled phrase templates`, { timeout: 60_000 }, () => {
  it('are safe as regexes under recheck and safe-regex2', () => {
    const problems = TEMPLATES.map(({ where, template }) => {
      const problem = regexProblem(templateToRegex(template).source, 'u');
      return problem && `${where}: ${problem}`;
    }).filter(Boolean);
    expect(problems).toEqual([]);
  });

  it(`cost at most ${MAX_MATCH_COST} attempts per word, and each needs at least one word`, () => {
    const over = TEMPLATES.filter(({ template }) => matchCost(template) > MAX_MATCH_COST).map((t) => t.where);
    expect(over).toEqual([]);
    const empty = TEMPLATES.filter(({ template }) => new RegExp(templateToRegex(template).source, 'u').test('')).map((t) => t.where);
    expect(empty).toEqual([]);
  });
});

// ---- Equivalence of the regex and the matcher --------------------------------------

/** Words that no template uses, and some that many do (to make near misses). */
const FILLER = fc.constantFrom('zebra', 'quietly', 'the', 'you', 'is', 'not', 'a', 'really', 'idea');

/** Token sequences the template should match: one random way through it. */
function pathThrough(seq: readonly Element[]): fc.Arbitrary<string[]> {
  if (seq.length === 0) return fc.constant([]);
  return fc.tuple(...seq.map(elementPath)).map((parts) => parts.flat());
}

function elementPath(element: Element): fc.Arbitrary<string[]> {
  switch (element.kind) {
    case 'word':
      return fc.constant([wordOf(element.id)]);
    case 'prefix':
      return fc.constantFrom('', 's', 'ations').map((rest) => [element.prefix + rest]);
    case 'any':
      return FILLER.map((w) => [w]);
    case 'gap':
      return fc.array(FILLER, { maxLength: element.max });
    case 'group':
      return fc.oneof(...element.alternatives.map(pathThrough));
  }
}

/** A path through the template, possibly damaged (a word dropped or replaced), between other words. */
function tokensFor(template: CompiledTemplate): fc.Arbitrary<string[]> {
  return fc
    .tuple(fc.array(FILLER, { maxLength: 3 }), pathThrough(template.elements), fc.array(FILLER, { maxLength: 3 }), fc.nat(), fc.constantFrom('keep', 'drop', 'replace'))
    .map(([before, middle, after, at, damage]) => {
      const damaged = [...middle];
      if (damaged.length > 0 && damage !== 'keep') damaged.splice(at % damaged.length, 1, ...(damage === 'replace' ? ['zebra'] : []));
      return [...before, ...damaged, ...after];
    });
}

function matcherFinds(template: CompiledTemplate, words: readonly string[]): boolean {
  // One sentence of the words, tokenized the way a reply is.
  const { tokens } = buildTextModel(words.join(' '));
  return findMatches(buildTemplateSet([template]), { tokens, from: 0, to: tokens.count, allowQuoted: false }).length > 0;
}

const RUNS_PER_TEMPLATE = 12;

it(`the regexes are equivalent to the matcher (${RUNS_PER_TEMPLATE} token sequences per template, seed ${SEED})`, { timeout: 60_000 }, () => {
  let matched = 0;
  for (const { where, template } of TEMPLATES) {
    const regex = templateToRegex(template);
    const compiled = new RegExp(regex.source, 'u');
    fc.assert(
      fc.property(tokensFor(template), (words) => {
        const expected = matcherFinds(template, words);
        if (expected) matched++;
        expect(compiled.test(regex.encode(words)), `${where} on "${words.join(' ')}"`).toBe(expected);
      }),
      { seed: SEED, numRuns: RUNS_PER_TEMPLATE },
    );
  }
  // Both outcomes were exercised, not just one.
  expect(matched).toBeGreaterThan(TEMPLATES.length);
  expect(matched).toBeLessThan(TEMPLATES.length * RUNS_PER_TEMPLATE);
});

// ---- User phrases ---------------------------------------------------------------------

const VOCABULARY = ['you', 'are', 'right', 'brilliant', 'idea', "you're", 'self-aware', 'naïve', 'гений', 'a', 'so', 'genius', '2025'];
const atom = fc.oneof(
  { weight: 14, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: fc.constantFrom('bril*', 'gen*', 'self*') },
  { weight: 3, arbitrary: fc.constantFrom('_', '..') },
  // Mistakes people make: symbols, short prefixes, empty groups.
  { weight: 1, arbitrary: fc.constantFrom('<b>', 'a.b', '*', 'ab*', '{}') },
);
const sequenceOf = (item: fc.Arbitrary<string>, maxLength = 3) =>
  fc.array(item, { minLength: 1, maxLength }).map((items) => items.join(' '));
const groupOf = (item: fc.Arbitrary<string>) =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: sequenceOf(item) }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 3 })
    .map((alternatives) => `{${alternatives.join('|')}}`);
const innerGroup = groupOf(atom);
const outerGroup = groupOf(fc.oneof({ weight: 4, arbitrary: atom }, { weight: 1, arbitrary: innerGroup }));
/** Random phrases in the template language, mostly valid, some nested too deep or malformed. */
const randomPhrase = sequenceOf(
  fc.oneof(
    { weight: 6, arbitrary: atom },
    { weight: 3, arbitrary: outerGroup },
    { weight: 1, arbitrary: groupOf(outerGroup) },
  ),
  6,
);

const PHRASE_RUNS = 300;

it(`every user phrase checkCustomPhrase accepts is safe and within budget (${PHRASE_RUNS} random phrases, seed ${SEED})`, { timeout: 60_000 }, () => {
  let accepted = 0;
  fc.assert(
    fc.property(randomPhrase, (phrase) => {
      const check = checkCustomPhrase(phrase);
      if (!check.ok) {
        expect(check.message.length).toBeGreaterThan(10);
        return;
      }
      accepted++;
      const template = compileTemplate(check.phrase);
      expect(matchCost(template)).toBeLessThanOrEqual(MAX_MATCH_COST);
      expect(regexProblem(templateToRegex(template).source, 'u'), phrase).toBeNull();
    }),
    { seed: SEED, numRuns: PHRASE_RUNS },
  );
  // The generator must produce plenty of acceptable phrases, or this proves nothing.
  expect(accepted).toBeGreaterThan(PHRASE_RUNS / 4);
});

// ---- Regex literals in our code ------------------------------------------------------------

/**
 * Regexes safe-regex2 refuses although they cannot backtrack (recheck still proves each
 * safe): its star-height rule counts `(?:…)*` around `+` even when every repetition must
 * begin with a character the inner part cannot match. Keyed by exact source, so an edit
 * to one of them needs a fresh look.
 */
const REVIEWED: Record<string, string> = {
  '/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u': 'each repetition starts with "-", which [a-z0-9] cannot match',
  '/^(?:\\/u\\/\\d+)?(?:\\/g\\/[^/]+)?\\/c\\/([^/?#]+)\\/?$/': 'optional parts, each starting with a fixed "/u/" or "/g/"; [^/] cannot cross a "/"',
  '/^(?:\\/u\\/\\d+)?\\/(?:app|gem\\/[^/]+)\\/([^/?#]+)\\/?$/': 'optional "/u/<n>" prefix; [^/] cannot cross a "/"',
};

interface RegexLiteral {
  where: string;
  literal: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(?:ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Regex literals, and `RegExp(…)` calls (which must have literal arguments to be checked). */
function regexLiterals(): { literals: RegexLiteral[]; dynamic: string[] } {
  const literals: RegexLiteral[] = [];
  const dynamic: string[] = [];
  for (const file of [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'entrypoints'))]) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const rel = path.relative(ROOT, file);
    const visit = (node: ts.Node): void => {
      const where = `${rel}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        literals.push({ where, literal: node.text, source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          const f = flags && ts.isStringLiteralLike(flags) ? flags.text : '';
          literals.push({ where, literal: `/${pattern.text}/${f}`, source: pattern.text, flags: f });
        } else {
          dynamic.push(`${where}: ${node.getText(source)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, dynamic };
}

const { literals: LITERALS, dynamic: DYNAMIC } = regexLiterals();

/**
 * The one regex built at run time: withFastWordBoundaries rewrites literals (each checked
 * above as a literal) with lookarounds in place of some `\b`s, adding no quantifier;
 * every pattern it has rewritten is checked below as well.
 */
const REVIEWED_DYNAMIC = ["src/engine/word-boundary.ts:177: new RegExp(rewritten.join(''), pattern.flags)"];

describe(`the ${LITERALS.length} regexes in src/ and entrypoints/`, { timeout: 60_000 }, () => {
  it('are all literals (a regex built at run time cannot be checked), but for the reviewed rewrite', () => {
    expect(LITERALS.length).toBeGreaterThan(20);
    expect(DYNAMIC).toEqual(REVIEWED_DYNAMIC);
  });

  it('include the rewrites of withFastWordBoundaries, each safe under recheck', () => {
    // Loading the engine defines every pattern it rewrites. safe-regex2 cannot read the
    // lookbehinds; the rewrite keeps the literal's quantifiers, which it checks above.
    expect(rewrittenPatterns.length).toBeGreaterThan(10);
    const problems = rewrittenPatterns.map(([original, rewritten]) => {
      const problem = regexProblem(rewritten.source, rewritten.flags, { safeRegex2: false });
      return problem && `rewrite of ${String(original)}: ${problem}`;
    });
    expect(problems.filter(Boolean)).toEqual([]);
  });

  it('are safe under recheck, and pass safe-regex2 or are reviewed above', () => {
    const problems = LITERALS.map(({ where, literal, source, flags }) => {
      const problem = regexProblem(source, flags, { safeRegex2: !(literal in REVIEWED) });
      return problem && `${where} ${literal}: ${problem}`;
    }).filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('leave no reviewed exception unused', () => {
    const present = new Set(LITERALS.map((l) => l.literal));
    expect(Object.keys(REVIEWED).filter((literal) => !present.has(literal))).toEqual([]);
  });
});
