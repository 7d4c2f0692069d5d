// @vitest-environment happy-dom
/**
 * One vocabulary: every surface names categories, levels, rules and sources the way
 * src/vocabulary does. Two checks: the surfaces' source files contain none of the
 * spellings that were retired or that a surface could derive on its own (a rule id
 * turned into words, a category id with spaces), and the shared components render
 * exactly the vocabulary's words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledRules } from '@/src/engine/bundled-rules';
import { CATEGORIES, LEVELS } from '@/src/engine/types';
import { CategoryList, LevelBadge } from '@/src/ui/components/flag-parts';
import { RuleExplanations } from '@/src/ui/components/rule-explanations';
import {
  adviceParts,
  bundledSources,
  CATEGORY_NAMES,
  categoryInline,
  citationText,
  formatSourceDate,
  LEVEL_NAMES,
  parseSourceTable,
  resolveCitation,
  RULE_NAMES,
  ruleName,
  severityLevel,
  splitCitation,
} from '@/src/vocabulary';

afterEach(cleanup);

const ROOT = path.resolve(__dirname, '../../..');
/** Every place that shows Candor's words to a person (the vocabulary itself excluded). */
const SURFACES = ['src/ui', 'src/content', 'src/cli', 'entrypoints', 'README.md', 'PRIVACY.md'];

function surfaceFiles(): string[] {
  const files: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p)) walk(path.join(p, name));
    else if (/\.(?:tsx?|html|md|css)$/u.test(p)) files.push(p);
  };
  for (const surface of SURFACES) walk(path.join(ROOT, surface));
  return files;
}

const sentenceCase = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** Spellings no surface may use, each with the word it should have used. */
function retiredSpellings(): Array<{ spelling: RegExp; use: string }> {
  const retired: Array<{ spelling: RegExp; use: string }> = [
    { spelling: /Try asking/u, use: 'adviceParts() ("Ask instead")' },
    { spelling: /\bMild\b|\bModerate\b|\bSerious\b/u, use: 'LEVEL_NAMES via severityLevel()' },
    { spelling: /severity (?:low|medium|high)/iu, use: 'levelPhrase(severityLevel())' },
    { spelling: /\busers idea\b/iu, use: 'ruleName()' },
    { spelling: /\b\d{3}_[0-9a-f]{16}\.txt\b/u, use: 'a source cited by its title (resolveCitation)' },
    { spelling: /shared\/seeds/u, use: 'a source cited by its title' },
  ];
  // Single-word ids ("caving") are ordinary words and code keys; multi-word ids read as names.
  for (const category of CATEGORIES.filter((c) => c.includes('_'))) {
    const fromId = category.replaceAll('_', ' ');
    if (fromId !== categoryInline(category)) retired.push({ spelling: new RegExp(`\\b${fromId}\\b`, 'iu'), use: CATEGORY_NAMES[category] });
  }
  for (const rule of bundledRules().rules) {
    const fromId = sentenceCase(rule.id.replaceAll('-', ' '));
    if (fromId !== ruleName(rule.id)) retired.push({ spelling: new RegExp(`\\b${fromId}\\b`, 'u'), use: ruleName(rule.id) });
  }
  return retired;
}

describe('surfaces spell nothing their own way', () => {
  const files = surfaceFiles();
  const retired = retiredSpellings();

  it('finds the surfaces to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [path.relative(ROOT, file), file]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const found = retired.filter(({ spelling }) => spelling.test(text)).map(({ spelling, use }) => `${spelling} → use ${use}`);
    expect(found).toEqual([]);
  });

  it('the check itself catches a retired spelling', () => {
    const sample = 'Candor · harmful endorsement. Try asking: Ask: "…" (000_f2993be3b8d7ea80.txt)';
    expect(retired.filter(({ spelling }) => spelling.test(sample)).length).toBe(3);
  });
});

describe('the vocabulary', () => {
  it('names every bundled rule, and only bundled rules, each name once', () => {
    const ids = bundledRules().rules.map((r) => r.id).sort();
    expect(Object.keys(RULE_NAMES).sort()).toEqual(ids);
    const names = Object.values(RULE_NAMES);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has one distinct name per category and per level', () => {
    expect(new Set(CATEGORIES.map((c) => CATEGORY_NAMES[c])).size).toBe(CATEGORIES.length);
    expect(new Set(LEVELS.map((l) => LEVEL_NAMES[l])).size).toBe(LEVELS.length);
  });

  it.each([
    [1, 'low'],
    [2, 'medium'],
    [3, 'high'],
  ] as const)('puts rule severity %i on the level scale as %s', (severity, level) => {
    expect(severityLevel(severity)).toBe(level);
  });

  it.each([
    ['Ask: "Which answer is better?"', 'Ask instead', '"Which answer is better?"'],
    ['ask:   "Why?"', 'Ask instead', '"Why?"'],
    ['Take a break and talk to someone you trust.', 'What to do', 'Take a break and talk to someone you trust.'],
  ])('labels advice %j once', (advice, label, text) => {
    expect(adviceParts(advice)).toEqual({ label, text });
  });

  it('gives a rule from another version a readable, marked name', () => {
    expect(ruleName('some-future-rule')).toBe('Rule “some-future-rule”');
  });
});

describe('sources', () => {
  it('resolves every citation in every bundled rule to a source in the table', () => {
    const sources = bundledSources();
    const unresolved = bundledRules()
      .rules.flatMap((rule) => rule.sources.map((ref) => ({ rule: rule.id, ref })))
      .filter(({ ref }) => !sources.has(splitCitation(ref).id));
    expect(unresolved).toEqual([]);
  });

  it('cites a source by title, author or publisher, date and part', () => {
    const citation = resolveCitation('spiral-bench: delusion reinforcement');
    expect(citation).toEqual({
      sourceId: 'spiral-bench',
      title: 'Spiral-Bench',
      byline: 'Sam Paech',
      date: '2025',
      url: 'https://github.com/sam-paech/spiral-bench',
      part: 'delusion reinforcement',
    });
    expect(citationText(resolveCitation('missing-misalignment-risk'))).toBe(
      'We are missing the real AI misalignment risk — Nate B Jones, AI News & Strategy Daily (video), 5 May 2025',
    );
  });

  it('shows an unknown citation as given instead of dropping it', () => {
    expect(resolveCitation('your settings')).toEqual({ sourceId: null, title: 'your settings', byline: '', date: '' });
  });

  it.each([
    ['2025', '2025'],
    ['2025-04', 'April 2025'],
    ['2025-04-29', '29 April 2025'],
    [undefined, ''],
  ])('writes the date %j as %j', (date, shown) => {
    expect(formatSourceDate(date)).toBe(shown);
  });

  it.each([
    ['a duplicate id', [{ id: 'a-b', kind: 'benchmark', title: 'One', author: 'X' }, { id: 'a-b', kind: 'benchmark', title: 'Two', author: 'Y' }], /unique/u],
    ['no author or publisher', [{ id: 'a', kind: 'document', title: 'Title' }], /author or a publisher/u],
    ['a plain http link', [{ id: 'a', kind: 'document', title: 'Title', author: 'X', url: 'http://example.org/' }], /url/u],
    ['a javascript link', [{ id: 'a', kind: 'document', title: 'Title', author: 'X', url: ['javascript', 'alert(1)'].join(':') }], /url/u],
    ['a malformed date', [{ id: 'a', kind: 'document', title: 'Title', author: 'X', date: '5 May 2025' }], /YYYY/u],
  ])('refuses a table with %s', (_what, sources, message) => {
    expect(() => parseSourceTable({ sources })).toThrow(message);
  });
});

describe('components render the vocabulary’s words', () => {
  it('category names', () => {
    render(<CategoryList categories={CATEGORIES} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(CATEGORIES.map((c) => CATEGORY_NAMES[c]));
  });

  it.each(['low', 'medium', 'high'] as const)('level %s', (level) => {
    render(<LevelBadge level={level} score={50} />);
    expect(screen.getByText(LEVEL_NAMES[level]).getAttribute('aria-hidden')).toBe('true');
  });

  it('rule names, advice labelled once, and sources by title with links', () => {
    const rules = bundledRules().rules;
    render(<RuleExplanations ruleIds={rules.map((r) => r.id)} />);
    for (const rule of rules) expect(screen.getByRole('heading', { name: ruleName(rule.id) })).toBeTruthy();
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/Ask:/u);
    expect(text).not.toMatch(/\.txt\b/u);
    const link = screen.getAllByRole('link', { name: 'Spiral-Bench' })[0];
    expect(link?.getAttribute('href')).toBe('https://github.com/sam-paech/spiral-bench');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });
});

describe('README', () => {
  it('cites every source by its title', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const missing = [...bundledSources().values()].map((s) => s.title).filter((title) => !readme.includes(title));
    expect(missing).toEqual([]);
  });
});
