/**
 * A Vite plugin that removes react-dom's two `innerHTML` assignments from the extension
 * bundles: the handlers of the `dangerouslySetInnerHTML` prop (on mount and on update).
 *
 * They are the only warnings Mozilla's add-on linter gives on our Firefox build
 * (UNSAFE_VAR_ASSIGNMENT), and add-on reviewers ask about each one. Candor never passes
 * that prop (eslint forbids it, tests/tooling/lint-xss.test.ts), so the assignment
 * becomes an error that says so: React behaves the same for every prop we use, and a
 * component that ever passed it would fail loudly instead of writing HTML.
 *
 * If a react-dom update changes the code, the build stops and says so: the patch must
 * never silently stop applying (scripts/lint-firefox.ts would report the warnings again).
 */
import type { Plugin } from 'vite';

const REACT_DOM_CLIENT = /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;
const ASSIGNMENT = /\(domElement\.innerHTML = key\)/g;
/** Mount and update each have one. */
const EXPECTED = 2;
const REPLACEMENT =
  '(function () { throw new Error("dangerouslySetInnerHTML is disabled in Candor builds: render text, not HTML"); })()';

export function reactWithoutInnerHtml(): Plugin {
  return {
    name: 'candor:react-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!REACT_DOM_CLIENT.test(id.split('?')[0] ?? id)) return null;
      const found = code.match(ASSIGNMENT)?.length ?? 0;
      if (found !== EXPECTED) {
        this.error(
          `react-dom changed: expected the dangerouslySetInnerHTML assignment ${EXPECTED} times in ${id}, found it ${found} times. ` +
            'Update scripts/lib/vite-react-without-inner-html.ts so the bundles keep no innerHTML assignment.',
        );
      }
      return { code: code.replace(ASSIGNMENT, REPLACEMENT), map: null };
    },
  };
}
