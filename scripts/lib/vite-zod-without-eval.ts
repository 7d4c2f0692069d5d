/**
 * A Vite plugin that removes zod 4's two uses of the Function constructor from the
 * extension bundles.
 *
 * zod compiles object parsers to JavaScript at run time when `new Function` is allowed
 * (its "JIT"). It finds out by calling `new Function("")` once (util.js `allowsEval`) and
 * builds the code in doc.js `Doc#compile`. Extension pages forbid eval by CSP, so in
 * Candor the probe only fails (and is reported as a CSP violation), and both calls sit in
 * the bundles where Firefox's add-on linter flags them as DANGEROUS_EVAL.
 * `z.config({ jitless: true })` would skip the probe at run time but leave the code in
 * the bundle, so this plugin rewrites the two functions at build time instead: the probe
 * answers "no eval", and the compiler cannot be reached. zod then always takes its
 * interpreted path, exactly as it does under a strict CSP.
 *
 * If a zod update changes either function, the build stops and says so: the patch must
 * never silently stop applying (tests/build/bundle-scan.test.ts would catch the
 * Function constructor in the bundle too).
 */
import type { Plugin } from 'vite';

interface Patch {
  /** The zod module, matched against Vite's resolved file id. */
  file: RegExp;
  /** The code to replace; it must occur exactly once. */
  find: RegExp;
  replace: string;
  what: string;
}

const PATCHES: readonly Patch[] = [
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace: 'return false;',
    what: 'the eval probe in allowsEval',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    find: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/,
    replace: "compile() { throw new Error('zod run-time compilation is disabled in Candor builds'); }",
    what: 'Doc#compile',
  },
];

export function zodWithoutEval(): Plugin {
  return {
    name: 'candor:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id.split('?')[0] ?? id));
      if (!patch) return null;
      const matches = code.match(new RegExp(patch.find.source, 'g')) ?? [];
      if (matches.length !== 1) {
        this.error(
          `zod changed: expected ${patch.what} once in ${id}, found it ${matches.length} times. ` +
            'Update scripts/lib/vite-zod-without-eval.ts so the bundles keep no Function constructor.',
        );
      }
      return { code: code.replace(patch.find, patch.replace), map: null };
    },
  };
}
