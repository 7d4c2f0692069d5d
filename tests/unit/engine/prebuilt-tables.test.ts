/**
 * The engine's tables are compiled at build time and shipped packed. What ships must be
 * exactly what a fresh compile gives: same content, same word ids, and the sharing the
 * unified index relies on (it finds a rule's template set by identity).
 */
import { describe, expect, it } from 'vitest';
import modelJson from '@/rules/model.json';
import { bundledRules } from '@/src/engine/bundled-rules';
import { compileBundledTables, prepareBundledTables } from '@/src/engine/bundled-sources';
import { assembleBundledTables } from '@/src/engine/bundled-assemble';
import { loadPreparedTables, TABLES_PREBUILT } from '@/src/engine/bundled-tables';
import { runtimeModel, validateModel, type ModelData } from '@/src/engine/model-schema';
import { CompiledTemplate, compileTemplate, packTemplate, unpackTemplate } from '@/src/engine/pattern';
import { currentVocabulary, packTables, restoreVocabulary, unpackTables } from '@/src/engine/prebuilt-tables';
import { asciiJson, prebuiltTablesModule } from '@/scripts/lib/prebuilt-tables-source';

/**
 * Templates compared by what they hold, elements included: a prebuilt template keeps its
 * elements packed in a private field until they are first read, where a deep comparison
 * of own properties would not look.
 */
const templatesEqual: Parameters<typeof expect.addEqualityTesters>[0][number] = function (a, b, customTesters) {
  if (!(a instanceof CompiledTemplate) || !(b instanceof CompiledTemplate)) return undefined;
  const content = (t: CompiledTemplate) => ({ source: t.source, elements: t.elements, starts: t.starts, secondWords: t.secondWords, thirdWords: t.thirdWords });
  return this.equals(content(a), content(b), customTesters, true);
};
expect.addEqualityTesters([templatesEqual]);

describe('prebuilt engine tables', () => {
  it('are what this test run uses (the build plugin is active)', () => {
    expect(TABLES_PREBUILT).toBe(true);
  });

  // A deep comparison of the whole rule graph takes seconds on a busy machine.
  it('equal a fresh compile of the rule files', { timeout: 60_000 }, () => {
    expect(loadPreparedTables()).toStrictEqual(prepareBundledTables());
    expect(assembleBundledTables(loadPreparedTables())).toStrictEqual(compileBundledTables());
  });

  it('carry the fitted model, validated at build time', () => {
    const shipped = loadPreparedTables();
    expect(shipped.model.problem).toBeNull();
    expect(shipped.model.data).toStrictEqual(validateModel(modelJson));
    expect(bundledRules().model).toStrictEqual(runtimeModel(shipped.model.data as ModelData));
  });

  it('carry a malformed model as a refusal naming the field, so the engine falls back to the hand-set weights', { timeout: 60_000 }, () => {
    const { calibration: _dropped, ...broken } = modelJson;
    const prepared = prepareBundledTables(broken);
    expect(prepared.model).toEqual({ data: null, problem: { field: 'calibration', message: expect.stringContaining('calibration') } });
    const shipped = JSON.parse(JSON.stringify(packTables(prepared))) as ReturnType<typeof packTables>;
    const tables = assembleBundledTables(unpackTables(shipped.rules, shipped.model));
    expect(tables.rules.model).toBeNull();
    expect(tables.modelProblem?.field).toBe('calibration');
  });

  it('keep the identity the unified index relies on', () => {
    const rules = bundledRules();
    rules.rules.forEach((rule, i) => expect(rules.index.setIds.get(rule.templates)).toBe(i));
    const signals = [...rules.signals.values()];
    signals.filter((s) => s.readOn !== 'reply').forEach((signal, i) => expect(rules.signalIndex.setIds.get(signal.templates)).toBe(i));
    // A signal read on one side only is indexed on that side only.
    for (const signal of signals) {
      expect(rules.signalIndex.setIds.has(signal.templates), signal.id).toBe(signal.readOn !== 'reply');
      expect(rules.index.setIds.has(signal.templates), signal.id).toBe(signal.readOn !== 'user');
    }
  });

  it('survive JSON as shipped: pack, stringify, parse, unpack, assemble', { timeout: 60_000 }, () => {
    const prepared = prepareBundledTables();
    const shipped = JSON.parse(JSON.stringify(packTables(prepared))) as ReturnType<typeof packTables>;
    expect(unpackTables(shipped.rules, shipped.model)).toStrictEqual(prepared);
  });

  it('ship a module that replays this engine’s vocabulary before anything else runs', () => {
    const source = prebuiltTablesModule();
    expect(source).toContain(`restoreVocabulary(${JSON.stringify(currentVocabulary())})`);
    expect(source.indexOf('restoreVocabulary(')).toBeLessThan(source.indexOf('export function loadPreparedTables'));
  });

  it('ship the tables as ASCII JSON that parses to the same value', () => {
    const value = { quotes: '“it’s” — fine', astral: 'a 🙂 b', escapes: '\\ " \n é', nested: [['über'], 3] };
    const json = asciiJson(value);
    expect(json).toMatch(/^[\x20-\x7e]*$/u);
    expect(JSON.parse(json)).toStrictEqual(value);
    const rulesLine = prebuiltTablesModule().split('\n').find((line) => line.startsWith('const RULES = ')) ?? '';
    expect(rulesLine).toMatch(/^[\x20-\x7e]*$/u);
  });

  it('refuse a vocabulary that does not fit this engine', () => {
    const vocabulary = currentVocabulary();
    expect(() => restoreVocabulary(vocabulary)).not.toThrow();
    const swapped = [...vocabulary];
    [swapped[0], swapped[1]] = [swapped[1] as string, swapped[0] as string];
    expect(() => restoreVocabulary(swapped)).toThrow(/do not fit this engine/);
  });
});

describe('packed templates', () => {
  it.each([
    'what a brilliant insight',
    'you are {absolutely|completely|} right',
    'your {idea|theory|plan {is|was}} .. {brilliant|genius*}',
    'I {apologi*|am sorry} _ {for|} the {confusion|error}',
    '{{so|very} proud|thrilled} of you',
  ])('round-trip %s through JSON', (phrase) => {
    const compiled = compileTemplate(phrase);
    const packed = JSON.parse(JSON.stringify(packTemplate(compiled))) as ReturnType<typeof packTemplate>;
    expect(unpackTemplate(packed)).toStrictEqual(compiled);
  });

  it('are unpacked once, when their elements are first read', () => {
    const compiled = compileTemplate('you are {absolutely|completely|} right');
    const unpacked = unpackTemplate(JSON.parse(JSON.stringify(packTemplate(compiled))) as ReturnType<typeof packTemplate>);
    expect(unpacked.elements).toBe(unpacked.elements);
    expect(unpacked.elements).toStrictEqual(compiled.elements);
  });

  it('differ when their elements differ (the comparison above looks at them)', () => {
    const [source, , ...rest] = packTemplate(compileTemplate('you are right'));
    const other = packTemplate(compileTemplate('you are wrong'));
    expect(unpackTemplate([source, other[1], ...rest])).not.toStrictEqual(compileTemplate('you are right'));
  });
});
