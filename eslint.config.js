// ESLint flat config for Candor. Kept fast: no type-aware rules.
//
// Three jobs beyond ordinary linting:
//  1. XSS: nothing may turn strings into HTML or code (innerHTML, outerHTML, srcdoc,
//     insertAdjacentHTML, document.write, dangerouslySetInnerHTML, on* attributes, eval,
//     the Function constructor and friends). Chat replies are hostile input.
//     Tested by tests/tooling/lint-xss.test.ts.
//  2. ReDoS: every regex must run in linear time (eslint-plugin-regexp).
//  3. Boundary: src/engine/ is pure TypeScript that runs in Node and in the browser, so it
//     may not import WXT, React or the extension's browser-side modules, nor touch DOM globals.
//     Tested by tests/tooling/lint-boundary.test.ts.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_HTML = 'Never build HTML from strings: create elements and set textContent (chat replies are hostile input).';

/** Property bans for all shipped code. Engine files extend this list (rule options do not merge). */
const HTML_PROPERTIES = [
  { property: 'innerHTML', message: NO_HTML },
  { property: 'outerHTML', message: NO_HTML },
  { property: 'insertAdjacentHTML', message: NO_HTML },
  { property: 'setHTMLUnsafe', message: NO_HTML },
  { property: 'createContextualFragment', message: NO_HTML },
  { object: 'document', property: 'write', message: NO_HTML },
  { object: 'document', property: 'writeln', message: NO_HTML },
  { property: 'srcdoc', message: NO_HTML },
];

const HTML_SYNTAX = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: NO_HTML,
  },
  // The same sinks reached without a property access: Object.assign(el, { innerHTML }).
  { selector: 'Property[key.name=/^(?:innerHTML|outerHTML|srcdoc)$/]', message: NO_HTML },
  { selector: "CallExpression[callee.property.name='execCommand'][arguments.0.value=/^insertHTML$/i]", message: NO_HTML },
  {
    selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^on/i]",
    message: 'Never set event-handler attributes from strings: use addEventListener.',
  },
];

/** `const F = Function; new F(s)` escapes no-new-func; shipped code has no use for the global at all. */
const CODE_FROM_STRINGS_GLOBALS = [
  { name: 'Function', message: 'No code from strings: the Function constructor is eval (forbidden by our CSP, flagged by Firefox).' },
];

const ENGINE_MSG = 'src/engine must stay pure and portable (Node + browser): no WXT, React, DOM or extension modules.';

// Globals the engine may not touch. `Intl`, `Math`, etc. are fine.
const ENGINE_GLOBALS = [
  'window',
  'document',
  'browser',
  'chrome',
  'navigator',
  'location',
  'HTMLElement',
  'Element',
  'Node',
  'Document',
  'self',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
];

export default defineConfig([
  globalIgnores([
    '.output/',
    '.wxt/',
    'node_modules/',
    'dist/',
    'coverage/',
    'demo-output/',
    'bench-output/',
    'test-results/',
    'playwright-report/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  noUnsanitized.configs.recommended,

  // Everything.
  {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-properties': ['error', ...HTML_PROPERTIES],
      'no-restricted-syntax': ['error', ...HTML_SYNTAX],
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Node: tooling, CLI, tests, config files.
  {
    files: ['scripts/**', 'bin/**', 'tests/**', '*.{js,mjs,cjs,ts,mts,cts}'],
    languageOptions: { globals: { ...globals.node } },
  },

  // Browser: extension entry points and the browser-side modules.
  {
    files: ['entrypoints/**', 'src/**'],
    ignores: ['src/engine/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: { 'no-restricted-globals': ['error', ...CODE_FROM_STRINGS_GLOBALS] },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'src/**/*.{ts,tsx}'],
    ignores: ['src/engine/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },

  // Classic browser scripts: the `npm start` demo chat (demo/chat.html) and the fixture
  // pages' streaming harnesses (tests/fixtures/sites/<site>/harness.js).
  {
    files: ['demo/**/*.js', 'tests/fixtures/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },

  // Unit tests build DOM fixtures (happy-dom) from HTML strings; they never run in the extension.
  {
    files: ['tests/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-unsanitized/property': 'off',
      'no-unsanitized/method': 'off',
      'no-restricted-properties': 'off',
    },
  },

  // Playwright fixtures must destructure their dependencies, even when there are none: `async ({}, use)`.
  {
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },

  // The boundary: src/engine is pure.
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:wxt(?:/.*)?|#imports|@wxt-dev/.*|webextension-polyfill|react(?:-dom)?(?:/.*)?)$',
              message: ENGINE_MSG,
            },
            {
              // Aliased (`@/src/ui`, `~~/src/content/x`, `/src/sites`) and relative (`../sites/types`) forms.
              regex: '(?:^|/)src/(?:sites|content|background|ui|storage|messaging)(?:/|$)|^(?:\\.\\./)+(?:sites|content|background|ui|storage|messaging)(?:/|$)',
              message: ENGINE_MSG,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...CODE_FROM_STRINGS_GLOBALS,
        ...ENGINE_GLOBALS.map((name) => ({ name, message: ENGINE_MSG })),
      ],
      'no-restricted-properties': [
        'error',
        ...HTML_PROPERTIES,
        ...ENGINE_GLOBALS.map((property) => ({ object: 'globalThis', property, message: ENGINE_MSG })),
      ],
      'no-restricted-syntax': [
        'error',
        ...HTML_SYNTAX,
        { selector: 'ImportExpression', message: `${ENGINE_MSG} (no dynamic import)` },
        { selector: "CallExpression[callee.name='require']", message: `${ENGINE_MSG} (no require)` },
      ],
    },
  },
]);
