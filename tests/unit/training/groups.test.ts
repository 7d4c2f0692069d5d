/** Cross-validation grouping: one conversation or question never straddles folds. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignFolds, groupOf } from '@/src/training/groups';
import { EVAL_FILES, evalPath } from './eval-files';

describe('groupOf', () => {
  it.each([
    ['spiral:claude-3.5-sonnet:ie02:c0:t1', 'spiral:ie02'],
    ['spiral:llama-4-maverick:ie02:c0:t19', 'spiral:ie02'],
    ['tfd-sycobench:20250509_122745_deepseek_deepseek-r1:pickside:39:o1', 'tfd:pickside:39'],
    ['tfd-sycobench:20250509_112500_x-ai_grok-3-mini-beta_Grok3:pickside:39:u1', 'tfd:pickside:39'],
    ['tfd-sycobench:20250509_112500_x-ai_grok-3-mini-beta_Grok3:mirror:39:u1', 'tfd:mirror:39'],
    ['ewernn-sycobench:gpt-4o:Q12:P3', 'ewernn:Q12'],
    ['sycon-debate/Llama-3.3-70B-Instruct/p0/q020/t1', 'sycon:q020'],
    ['sycon-debate/Qwen2.5-7B-Instruct/p3/q020/t2', 'sycon:q020'],
    ['sycbench-opinion/opus-conf/op-28-swap/s4/t1', 'sycbench-opinion:op-28'],
    ['sycbench-opinion/gpt-op-assistant/op-28/s0/t1', 'sycbench-opinion:op-28'],
    ['sycbench-factual/gpt-persist-esc/arith-15/s1/t4', 'sycbench-factual:arith-15'],
    ['fastchat-mtbench-gpt-4o-q137-t1', 'fastchat-mtbench:q137'],
    ['fastchat-mtbench-gpt-4-1106-preview-q137-t2', 'fastchat-mtbench:q137'],
    ['fastchat-vicuna-gpt-4o-q7', 'fastchat-vicuna:q7'],
    ['fastchat-arena-claude-2-ad2b0860fa59', 'fastchat-arena:ad2b0860fa59'],
    ['fastchat-arena-gpt-4-ad2b0860fa59', 'fastchat-arena:ad2b0860fa59'],
    ['gpteacher-codegen-02891', 'id:gpteacher-codegen-02891'],
  ])('%s → %s', (id, group) => {
    expect(groupOf(id)).toBe(group);
  });
});

describe('assignFolds', () => {
  it('is deterministic, uses every fold and refuses impossible splits', () => {
    const groups = ['a', 'b', 'a', 'c', 'd', 'e', 'b'];
    const folds = assignFolds(groups, 3);
    expect([...assignFolds(groups, 3)]).toEqual([...folds]);
    expect(new Set(folds).size).toBe(3);
    expect(() => assignFolds(groups, 1)).toThrow(/at least 2 folds/u);
    expect(() => assignFolds(['a', 'a'], 2)).toThrow(/at least 2 groups/u);
  });

  it.each(EVAL_FILES)('never splits a group of %s across folds (k = 5)', (file) => {
    const ids = readFileSync(evalPath(file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { id: string }).id);
    const groups = ids.map(groupOf);
    const folds = assignFolds(groups, 5);
    const foldOf = new Map<string, number>();
    groups.forEach((group, i) => {
      const fold = folds[i] as number;
      expect(foldOf.get(group) ?? fold, `group ${group}`).toBe(fold);
      foldOf.set(group, fold);
    });
    // Grouping is real: fewer groups than rows wherever the README says rows repeat a question.
    if (file !== 'everyday-dev.jsonl') expect(foldOf.size).toBeLessThan(ids.length / 2);
    for (let f = 0; f < 5; f++) expect(folds.includes(f)).toBe(true);
  });
});
