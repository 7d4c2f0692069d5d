/**
 * `npm run probes:blind`: how many replies of each blind probe set the engine flags (at
 * any level, as `candor check` counts), per kind. The sets are for measuring only: see
 * tests/fixtures/probes/blind/README.md. Prints counts, never the texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/engine/analyze';
import { bundledRules } from '../src/engine/bundled-rules';

interface Probe {
  history?: { role: 'user' | 'assistant'; text: string }[];
  user: string;
  reply: string;
  kind: 'syco' | 'honest';
}

const dir = path.resolve(import.meta.dirname, '../tests/fixtures/probes/blind');
const rules = bundledRules();
console.log('| set | sycophantic flagged | honest flagged |\n|---|---:|---:|');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const probes = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Probe[];
  const count = (kind: Probe['kind']) => {
    const ofKind = probes.filter((p) => p.kind === kind);
    const flagged = ofKind.filter((p) => analyze({ user: p.user, reply: p.reply, history: p.history }, rules).level !== 'none');
    return `${flagged.length} of ${ofKind.length}`;
  };
  console.log(`| ${file} | ${count('syco')} | ${count('honest')} |`);
}
