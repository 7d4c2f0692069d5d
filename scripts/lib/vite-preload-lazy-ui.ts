/**
 * A Vite plugin that lets a page's HTML preload what its entry imports lazily.
 *
 * The popup's entry is tiny: it starts the storage reads, then imports React and the UI
 * with `import()` (src/ui/popup/early-reads.ts). Vite lists only static imports as
 * `<link rel="modulepreload">` in the HTML, so the browser would start fetching and
 * compiling the UI only once the entry has run. For each page in `pages`, this adds
 * preload links for the chunks the entry imports dynamically (and what they import), so
 * the UI loads while the page is parsed and the entry's reads are on their way.
 */
import type { Plugin } from 'vite';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  imports: string[];
  dynamicImports: string[];
}

export function preloadLazyUi(pages: readonly string[]): Plugin {
  return {
    name: 'candor-preload-lazy-ui',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const { bundle, chunk } = context;
        if (!bundle || !chunk || !pages.some((page) => context.path.endsWith(page))) return html;
        const chunkOf = (fileName: string) => {
          const output = bundle[fileName];
          return output && output.type === 'chunk' ? (output as unknown as ChunkLike) : undefined;
        };
        const already = new Set([chunk.fileName, ...chunk.imports]);
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          if (already.has(fileName) || wanted.has(fileName)) return;
          wanted.add(fileName);
          for (const imported of chunkOf(fileName)?.imports ?? []) visit(imported);
        };
        for (const lazy of chunk.dynamicImports) visit(lazy);
        if (wanted.size === 0) throw new Error(`preloadLazyUi: ${context.path} imports nothing lazily; remove it from the plugin's pages`);
        return {
          html,
          tags: [...wanted].map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}
