/**
 * Loads the DeepSeek / Grok / Le Chat / Poe fixture pages (tests/fixtures/sites/<site>/) into
 * the happy-dom document of the running test file.
 *
 * The current-variant fixtures end with a <script> (harness.js, inlined by readFixture) that defines `window.__fixture`,
 * a driver that mutates the page the way the real site does while a reply streams. happy-dom
 * only runs scripts when the test file enables it:
 *
 *   // @vitest-environment happy-dom
 *   // @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
 *
 * (The scripts are our own static files, never page content.)
 */
import { readFixture } from '../../fixtures/read-fixture';
import type { FixtureHarness } from './load-fixture';

/** What a current-variant fixture's `window.__fixture` offers. */
export type FixtureDriver = FixtureHarness;

type WindowWithDriver = Window & { __fixture?: FixtureDriver };

/** Replaces the document with `tests/fixtures/sites/<site>/<name>.html` and runs its scripts. */
export function loadFixture(site: string, name: string): Document {
  return loadHtml(readFixture(`${site}/${name}.html`));
}

/** Replaces the document's head and body with those of `html`, then runs its inline scripts. */
export function loadHtml(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // Scripts are taken out and re-inserted below: parsed scripts never run, and re-inserting
  // them after the page is in place gives them the whole DOM, as at the end of <body>.
  const scriptSources = Array.from(parsed.querySelectorAll('script')).map((script) => {
    script.remove();
    return script.textContent ?? '';
  });

  Reflect.deleteProperty(window, '__fixture');
  document.head.replaceChildren(
    ...Array.from(parsed.head.childNodes).map((node) => document.importNode(node, true)),
  );
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)),
  );

  for (const source of scriptSources) {
    const script = document.createElement('script');
    script.textContent = source;
    document.body.appendChild(script);
  }
  return document;
}

/** The streaming driver of the fixture loaded last. */
export function fixtureDriver(): FixtureDriver {
  const driver = (window as WindowWithDriver).__fixture;
  if (driver === undefined) {
    throw new Error(
      'window.__fixture is missing: load a current-variant fixture, and enable happy-dom ' +
        'script evaluation with @vitest-environment-options (see load-fixture-2.ts).',
    );
  }
  return driver;
}

/**
 * A page with nothing to do with any chat site: an article with paragraphs, a code sample,
 * buttons, a comment thread and a form. No adapter may find turns in it.
 */
export const UNRELATED_PAGE = `<!DOCTYPE html>
<html lang="en"><head><title>Gardening notes</title></head>
<body>
  <header><nav><a href="/">Home</a> <a href="/blog">Blog</a><button type="button">Menu</button></nav></header>
  <main>
    <article class="post prose">
      <h1>Growing tomatoes on a balcony</h1>
      <p class="lead">Tomatoes need at least six hours of sun a day.</p>
      <div class="markdown"><p>Water deeply twice a week.</p><pre><code>water(litres=2)</code></pre></div>
      <section class="comments">
        <div class="comment message" id="comment-1"><div class="author">Ana</div><p>Great tips, thanks!</p></div>
        <div class="comment message" id="comment-2"><div class="author">Ben</div><p>Mine got blight last year.</p></div>
      </section>
    </article>
    <form><textarea name="comment" placeholder="Add a comment"></textarea><button type="submit">Post</button></form>
  </main>
  <footer><p>© 2026 Garden Blog</p></footer>
</body></html>`;
