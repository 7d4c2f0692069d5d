/**
 * Hostile page text stays text: eslint (eslint.config.js) refuses every way our shipped
 * code could turn a string into HTML or code, in each kind of shipped file (content
 * script, engine, extension page). Each case names the rule that must fire.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
});

const PRELUDE = 'declare const el: HTMLElement & { setHTMLUnsafe(html: string): void };\ndeclare const s: string;\n';

/** The rules that report errors for one statement (unused-variable noise from the prelude aside). */
async function rulesFiring(statement: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${PRELUDE}${statement};\nexport {};\n`, { filePath: path.join(root, file) });
  const fatal = result?.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`parse error in test snippet: ${fatal.message}`);
  return (result?.messages ?? [])
    .filter((m) => m.severity === 2 && m.ruleId !== '@typescript-eslint/no-unused-vars')
    .map((m) => m.ruleId ?? m.message);
}

const SHIPPED_FILES = ['src/content/x.ts', 'src/engine/x.ts', 'entrypoints/options/x.tsx'];

const FORBIDDEN: [string, string][] = [
  ['el.innerHTML = s', 'no-restricted-properties'],
  ['el.shadowRoot!.innerHTML += s', 'no-restricted-properties'],
  ["el['innerHTML'] = s", 'no-restricted-properties'],
  ['el.outerHTML = s', 'no-restricted-properties'],
  ["el.insertAdjacentHTML('beforeend', s)", 'no-restricted-properties'],
  ['el.setHTMLUnsafe(s)', 'no-restricted-properties'],
  ['new Range().createContextualFragment(s)', 'no-restricted-properties'],
  ['(el as HTMLIFrameElement).srcdoc = s', 'no-restricted-properties'],
  ['Object.assign(el, { innerHTML: s })', 'no-restricted-syntax'],
  ['document.write(s)', 'no-restricted-properties'],
  ['document.writeln(s)', 'no-restricted-properties'],
  ["document.execCommand('insertHTML', false, s)", 'no-restricted-syntax'],
  ["el.setAttribute('onclick', s)", 'no-restricted-syntax'],
  ['eval(s)', 'no-eval'],
  ['globalThis.eval(s)', 'no-eval'],
  ['new Function(s)', 'no-new-func'],
  ['Function(s)()', 'no-new-func'],
  ['const F = Function; new F(s)', 'no-restricted-globals'],
  ["location.href = 'javascript:alert(1)'", 'no-script-url'],
];

describe.each(SHIPPED_FILES)('in %s', (file) => {
  it.each(FORBIDDEN)('refuses %s (%s)', async (statement, rule) => {
    expect(await rulesFiring(statement, file)).toContain(rule);
  });
});

it.each([
  ["setTimeout('alert(1)', 1)", 'src/content/x.ts', 'no-implied-eval'],
  ['export const A = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />', 'entrypoints/popup/A.tsx', 'no-restricted-syntax'],
  ['el.innerHTML = s', 'src/content/x.ts', 'no-unsanitized/property'],
  ["el.insertAdjacentHTML('afterend', s)", 'src/content/x.ts', 'no-unsanitized/method'],
])('refuses %s in %s (%s)', async (statement, file, rule) => {
  expect(await rulesFiring(statement, file)).toContain(rule);
});

it.each([
  'el.textContent = s',
  "el.setAttribute('aria-label', s)",
  "el.append(document.createElement('p'), s)",
  'setTimeout(() => el.remove(), 1)',
])('allows the safe way: %s', async (statement) => {
  expect(await rulesFiring(statement, 'src/content/x.ts')).toEqual([]);
});
