/**
 * WXT's `ContentScriptContext` as the content-script build sees it: an inert stand-in
 * (the build resolves `wxt/utils/content-script-context` here:
 * scripts/lib/vite-content-browser.ts). WXT's entry wrapper creates one and hands it to
 * `main`, which does not use it (script-lifetime.ts says why).
 *
 * Why not WXT's own: it does its work as the script is evaluated, in the one task the
 * browser also compiles the script in, and that work reads `runtime.id`, whose first
 * read sets up the extension's API in the page's isolated world: 1–5 ms of that task
 * in traces of the chat page (issue #13.3: no task over a frame). The one thing of it
 * Candor relies on, announcing a new copy of the script so that an orphaned old copy
 * checks itself, the content script does in its own start task
 * (`announceScriptStarted`, content-script.ts).
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}
}
