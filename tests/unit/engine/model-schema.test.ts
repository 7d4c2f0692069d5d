/** A malformed model file is refused with the field named, and the engine falls back to the hand-set weights. */
import { describe, expect, it } from 'vitest';
import modelJson from '@/rules/model.json';
import { analyze } from '@/src/engine/analyze';
import { bundledModel, bundledModelProblem } from '@/src/engine/bundled-rules';
import { BUNDLED_RULE_SOURCES } from '@/src/engine/bundled-sources';
import { compileRules } from '@/src/engine/compile';
import { loadModel, ModelError, runtimeModel } from '@/src/engine/model-schema';

const good = (): Record<string, unknown> => structuredClone(modelJson) as unknown as Record<string, unknown>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits arbitrary fields of the parsed JSON
function broken(edit: (m: Record<string, any>) => void): unknown {
  const m = good();
  edit(m);
  return m;
}

describe('loadModel', () => {
  it('accepts the committed model', () => {
    expect(() => loadModel(good())).not.toThrow();
    expect(bundledModelProblem()).toBeNull();
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'model', '(file)'],
    ['a future format version', broken((m) => (m.version = 2)), 'version'],
    ['a missing calibration slope', broken((m) => delete m.calibration.a), 'calibration.a'],
    ['a negative calibration slope', broken((m) => (m.calibration.a = -1)), 'calibration.a'],
    ['thresholds out of order', broken((m) => (m.thresholds.relaxed = 0.01)), 'thresholds'],
    ['thresholds after pushback out of order', broken((m) => (m.thresholds.afterPushback = { strict: 0.5, balanced: 0.4, relaxed: 0.9 })), 'thresholds.afterPushback'],
    ['a threshold after pushback of 1', broken((m) => (m.thresholds.afterPushback = { strict: 0.5, balanced: 0.7, relaxed: 1 })), 'thresholds.afterPushback.relaxed'],
    ['a weight missing from the overall model', broken((m) => m.overall.named.pop()), 'overall.named'],
    ['a fractional quantised weight', broken((m) => (m.overall.ngrams[0] = 0.5)), 'overall.ngrams.0'],
    ['a category model of the wrong size', broken((m) => m.categories.flattery.ngrams.push(1)), 'categories.flattery.ngrams'],
    ['an unknown category', broken((m) => (m.categories.gossip = m.categories.flattery)), 'categories'],
    ['a training hash that is not SHA-256', broken((m) => (m.training.files[0].sha256 = 'abc')), 'training.files.0.sha256'],
    ['an unexpected field', broken((m) => (m.extra = true)), '(file)'],
  ])('refuses %s, naming %s', (_name, data, field) => {
    let error: unknown;
    try {
      loadModel(data);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).field).toBe(field);
    expect((error as ModelError).message).toContain(field);
  });

  it('scores replies to pushback on their own thresholds, or on the general ones when the file has none', () => {
    const own = { strict: 0.45, balanced: 0.75, relaxed: 0.85 };
    const withOwn = broken((m) => (m.thresholds.afterPushback = own)) as Parameters<typeof runtimeModel>[0];
    expect(runtimeModel(withOwn).thresholdsAfterPushback).toEqual(own);
    const without = broken((m) => delete m.thresholds.afterPushback) as Parameters<typeof runtimeModel>[0];
    const general = { strict: without.thresholds.strict, balanced: without.thresholds.balanced, relaxed: without.thresholds.relaxed };
    expect(runtimeModel(without).thresholdsAfterPushback).toEqual(general);
  });

  it('falls back to the hand-set weights with a clear error instead of failing', () => {
    const refused = bundledModel(broken((m) => delete m.calibration));
    expect(refused.model).toBeNull();
    expect(refused.error?.message).toMatch(/calibration/u);
    const handSet = compileRules(BUNDLED_RULE_SOURCES);
    const withoutModel = { ...handSet, model: refused.model };
    const turn = { reply: 'What a brilliant insight! Your theory of the tides is truly profound.' };
    expect(analyze(turn, withoutModel)).toEqual(analyze(turn, handSet));
    expect(analyze(turn, withoutModel).level).not.toBe('none');
  });
});
