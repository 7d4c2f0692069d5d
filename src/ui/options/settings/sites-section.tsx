/** The chat sites Candor checks. */
import type { SiteId } from '../../../sites/types';
import { SITE_NAMES } from '../../labels';
import { type Editor } from './editor';

export function SitesSection({ editor }: { editor: Editor }) {
  const disabled = editor.settings.disabledSites;
  const setSiteOn = (site: SiteId, on: boolean) =>
    void editor.update((s) => {
      const others = s.disabledSites.filter((d) => d !== site);
      return { ...s, disabledSites: on ? others : [...others, site] };
    });
  return (
    <section className="panel" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <fieldset>
        <legend>Check replies on</legend>
        <ul className="site-list">
          {SITE_NAMES.map(({ id, name }) => (
            <li key={id}>
              <label className="switch">
                <input type="checkbox" role="switch" checked={!disabled.includes(id)} onChange={(e) => setSiteOn(id, e.target.checked)} />
                {name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
