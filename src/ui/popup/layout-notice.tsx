/**
 * The popup's plain warning when Candor can't follow a site's replies: turns appear but
 * none ever finishes, or only last-resort selectors match (src/sites/layout-health.ts).
 * Silence would read as "no flattery here", which Candor cannot know.
 */
import type { TabState } from '../../background/tab-state';
import { siteName } from '../site-names';

export function LayoutNotice({ state }: { state: TabState | null }) {
  if (!state || state.status !== 'watching' || state.health?.verdict !== 'cannot-follow') return null;
  const name = siteName(state.site);
  return (
    <section className="state-unreadable layout-notice" role="status" aria-live="polite">
      <h2>Candor can’t follow replies on this version of {name}; it may need an update</h2>
      <p className="faint">
        {state.health.reason === 'only-last-resort-selectors'
          ? `${name} seems to have changed its layout: Candor finds messages only by its oldest guesses.`
          : `Replies appear, but ${name} never shows that one has finished, so Candor may miss some or check them late.`}{' '}
        Your history and settings are safe.
      </p>
    </section>
  );
}
