/**
 * In the content-script build only, `wxt/browser` resolves to
 * src/content/browser-without-polyfill.ts instead of webextension-polyfill (which the
 * @wxt-dev/webextension-polyfill module aliases it to everywhere): the polyfill's set-up
 * ran on every chat page load for nothing the content script needs (see that file).
 * Likewise WXT's content-script context resolves to an inert one
 * (src/content/script-context.ts), whose constructor does nothing at load.
 * A WXT hook, because the alias must differ per build group: the popup, pages and
 * background keep the polyfill.
 */
import path from 'node:path';
import type { Entrypoint } from 'wxt';
import type { Alias, AliasOptions, InlineConfig } from 'vite';

const SHIM = path.resolve(import.meta.dirname, '../../src/content/browser-without-polyfill.ts');
/** WXT's content-script context, which reads the extension's API as the script is evaluated (see that file). */
const CONTEXT = path.resolve(import.meta.dirname, '../../src/content/script-context.ts');

function asList(alias: AliasOptions | undefined): Alias[] {
  if (alias === undefined) return [];
  if (Array.isArray(alias)) return [...(alias as readonly Alias[])];
  return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
}

export function contentScriptsWithoutPolyfill(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
  config.resolve ??= {};
  // First match wins: ours goes before the polyfill module's `wxt/browser` alias.
  config.resolve.alias = [
    { find: /^wxt\/browser$/u, replacement: SHIM },
    { find: /^wxt\/utils\/content-script-context$/u, replacement: CONTEXT },
    ...asList(config.resolve.alias),
  ];
}
