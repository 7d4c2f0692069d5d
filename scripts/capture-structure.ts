/**
 * `npm run capture:structure -- <saved page.html> [--host chat.example.com] [--out file]`:
 * turns a chat page saved from the browser (Ctrl+S, "Webpage, HTML only", which saves the
 * page as it is on screen) into a page-structure capture anyone can share: every piece of
 * text replaced, nothing of the conversation kept (src/sites/page-structure.ts). The saved
 * page is parsed, never run: its scripts do not execute.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { capturePageStructure } from '../src/sites/page-structure';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { host: { type: 'string' }, out: { type: 'string' }, date: { type: 'string' } },
});
const input = positionals[0];
if (!input) {
  console.error('usage: npm run capture:structure -- <saved page.html> [--host chatgpt.com] [--out capture.html]');
  process.exit(2);
}
const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const doc = new window.DOMParser().parseFromString(readFileSync(input, 'utf8'), 'text/html') as unknown as Document;
const capture = capturePageStructure(doc, {
  host: values.host ?? 'unknown host',
  date: values.date ?? new Date().toISOString().slice(0, 10),
});
await window.happyDOM.close();
if (values.out) {
  writeFileSync(values.out, capture);
  console.error(`wrote ${values.out}: check it by eye before you share it`);
} else {
  process.stdout.write(capture);
}
