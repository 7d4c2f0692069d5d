/** History filters, grouping, counts and exports. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '@/src/cli/main';
import { csvCell, historyToCsv, historyToJson, historyToLabelledJsonl } from '@/src/history/export';
import { countPerCategory, countPerDay, filterEntries, groupByConversation } from '@/src/history/query';
import { sampleEntry } from './sample-entry';

const entry = sampleEntry;

const entries = [
  entry('a'),
  entry('b', { site: 'claude', conversationKey: 'two', categories: ['flattery', 'caving'], level: 'high', score: 90 }),
  entry('c', { level: 'none', score: 5, categories: [], excerpt: 'Here is the recipe.', flaggedText: [] }),
  entry('d', { time: new Date(2026, 10, 22, 9).getTime(), excerpt: 'Quantum HEALING works.' }),
];

describe('filterEntries', () => {
  it.each([
    ['site', { site: 'claude' as const }, ['b']],
    ['category (any of an entry’s categories)', { category: 'caving' as const }, ['b']],
    ['level', { level: 'high' as const }, ['b']],
    ['flagged only', { flaggedOnly: true }, ['a', 'b', 'd']],
    ['date range', { from: new Date(2026, 10, 21).getTime(), to: new Date(2026, 10, 23).getTime() }, ['d']],
    ['text, case-insensitive, all words', { text: 'quantum healing' }, ['d']],
    ['text in flagged words', { text: 'ABSOLUTELY' }, ['a', 'b', 'd']],
    ['text that matches nothing', { text: 'zebra' }, []],
    ['nothing', {}, ['a', 'b', 'c', 'd']],
  ])('by %s', (_what, filter, ids) => {
    expect(filterEntries(entries, filter).map((e) => e.id)).toEqual(ids);
  });
});

describe('grouping and counts', () => {
  it('groups by site and conversation', () => {
    const groups = groupByConversation(entries);
    expect(groups.map((g) => g.entries.map((e) => e.id))).toEqual([['a', 'c', 'd'], ['b']]);
    expect(groups[0]?.maxScore).toBe(60);
  });

  it('counts flagged replies per day with empty days filled in', () => {
    expect(countPerDay(entries).map((d) => [new Date(d.day).getDate(), d.flagged, d.analysed])).toEqual([
      [20, 2, 3],
      [21, 0, 0],
      [22, 1, 1],
    ]);
  });

  it('counts categories', () => {
    expect(Object.fromEntries(countPerCategory(entries))).toEqual({ agreement: 2, flattery: 1, caving: 1 });
  });
});

describe('exports', () => {
  it('JSON carries every entry and a format marker', () => {
    const parsed = JSON.parse(historyToJson(entries, 0));
    expect(parsed).toMatchObject({ format: 'candor-history', version: 1 });
    expect(parsed.entries).toEqual(entries);
  });

  it.each([
    ['plain', 'plain'],
    ['a, comma', '"a, comma"'],
    ['a "quote"', '"a ""quote"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('CSV cell %j is %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('CSV has a header and one row per entry', () => {
    const lines = historyToCsv(entries).trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,site,url,conversationId,score,level,categories,ruleIds,feedback,flaggedText,excerpt');
    expect(lines).toHaveLength(entries.length + 1);
    expect(lines[2]).toContain('flattery;caving');
  });

  it('labelled JSON Lines hold only entries with feedback, and candor eval reads them', async () => {
    const withFeedback = [
      entry('yes', { feedback: 'confirmed' }),
      entry('no', { feedback: 'not-sycophantic', excerpt: '', flaggedText: ['great question'] }),
      entry('unsure'),
    ];
    const lines = historyToLabelledJsonl(withFeedback).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.label, l.reply])).toEqual([
      ['yes', true, 'You are absolutely right, what a brilliant idea.'],
      ['no', false, 'great question'],
    ]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'candor-export-')), 'labelled.jsonl');
    writeFileSync(file, historyToLabelledJsonl(withFeedback));
    let out = '';
    let err = '';
    const status = await main(['eval', file, '--json'], { stdin: Readable.from(['']), stdout: (t) => (out += t), stderr: (t) => (err += t) });
    expect(err).toBe('');
    expect(status).toBe(0);
    expect(out).toContain('candor-history');
  });
});
