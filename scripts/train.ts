/**
 * `npm run train`: fit Candor's model on ../shared/eval (or $CANDOR_EVAL_DIR) and write
 * rules/model.json. Deterministic: the same data, rules and code give the same file,
 * which tests/unit/training/model-integrity.test.ts checks. Run it again whenever the
 * rules, the text normaliser or the features change.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { bundledRules } from '../src/engine/bundled-rules';
import { buildModelFile, loadTrainingData, serialiseModel } from '../src/training/build';

const dir = path.resolve(process.env.CANDOR_EVAL_DIR ?? '../shared/eval');
const out = path.resolve(import.meta.dirname, '../rules/model.json');
const started = performance.now();
const data = loadTrainingData(dir, bundledRules());
const model = buildModelFile(data);
const text = serialiseModel(model);
writeFileSync(out, text);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const metrics = (model.metrics.outOfFold as Record<string, Record<string, { precision: number; recall: number; f1: number; falsePositiveRate: number }>>).balanced ?? {};
console.log(
  `wrote ${path.relative(process.cwd(), out)}: ${model.features.named.length} named features, ${model.features.ngrams.length} n-grams, ` +
    `${Object.keys(model.categories).length} category models; ${(text.length / 1024).toFixed(1)} KB, ` +
    `${(gzipSync(text).length / 1024).toFixed(1)} KB gzipped; ${seconds} s`,
);
for (const [file, m] of Object.entries(metrics)) {
  console.log(`  out-of-fold at balanced, ${file}: P=${m.precision?.toFixed(3)} R=${m.recall?.toFixed(3)} F1=${m.f1?.toFixed(3)} FPR=${m.falsePositiveRate?.toFixed(3)}`);
}
