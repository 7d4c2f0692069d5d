/**
 * Per-site layout health on the options page: for each supported site with an open tab,
 * whether Candor can follow its replies, with the numbers behind it (turns found, replies
 * finished, empty, checked by the fallback) and which rank of each selector list matched.
 * Read from the tabs' session state; nothing is kept after the tabs close, nothing leaves
 * the device.
 */
import { useEffect, useState } from 'react';
import type { TabIndex } from '../../background/tab-state';
import type { LayoutHealth } from '../../messaging/protocol';
import { useBackend } from '../hooks';
import { SITE_NAMES } from '../labels';

const REASONS: Record<LayoutHealth['reason'], string> = {
  following: 'Following replies normally.',
  'too-early': 'Replies seen; none has finished yet.',
  'no-reply-finishes': 'Replies appear but the site never marks one finished: Candor can’t follow replies on this version; it may need an update.',
  'only-last-resort-selectors': 'Messages are found only through last-resort selectors: the layout has probably changed; Candor may need an update.',
};

/** The count columns, in order: the label a narrow window shows beside each, and the field. */
const COUNT_COLUMNS: readonly (readonly [string, 'turnsFound' | 'repliesFinished' | 'repliesEmpty' | 'repliesByFallback'])[] = [
  ['Turns', 'turnsFound'],
  ['Finished', 'repliesFinished'],
  ['Empty', 'repliesEmpty'],
  ['By fallback', 'repliesByFallback'],
];

function ranksText(health: LayoutHealth): string {
  const parts = Object.entries(health.ranks).map(
    ([list, matched]) => `${list} ${matched.rank === 0 ? 'newest' : `#${matched.rank + 1}`}${matched.lastResort ? ' (last resort)' : ''}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'none yet';
}

export function SiteHealth() {
  const backend = useBackend();
  const [states, setStates] = useState<TabIndex[] | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      (backend.readAllTabStates?.() ?? Promise.resolve([]))
        .then((next) => live && setStates(next))
        .catch(() => live && setStates([]));
    void load();
    const unsubscribe = backend.subscribe((what) => what === 'tabs' && void load());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [backend]);

  if (!backend.readAllTabStates) return null;
  return (
    <section className="site-health" aria-labelledby="site-health-heading">
      <h2 id="site-health-heading">Site health</h2>
      <p className="faint">Whether Candor can follow each site in your open tabs. Only counts; nothing leaves this device.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">State</th>
            <th scope="col">Turns</th>
            <th scope="col">Finished</th>
            <th scope="col">Empty</th>
            <th scope="col">By fallback</th>
            <th scope="col">Selectors matched</th>
          </tr>
        </thead>
        <tbody>
          {SITE_NAMES.map(({ id, name }) => {
            const health = states?.find((state) => state.site === id && state.health)?.health;
            return (
              <tr key={id} data-site={id}>
                <th scope="row">{name}</th>
                {health ? (
                  <>
                    <td className="state" data-verdict={health.verdict}>
                      {REASONS[health.reason]}
                    </td>
                    {/* data-label: on a narrow window each row is a small card whose cells name themselves. */}
                    {COUNT_COLUMNS.map(([label, field]) => (
                      <td key={field} className="count" data-label={label}>
                        {health[field]}
                      </td>
                    ))}
                    <td className="ranks" data-label="Selectors matched">
                      {ranksText(health)}
                    </td>
                  </>
                ) : (
                  <td colSpan={6} className="state faint">
                    {states === null ? 'Loading…' : 'No open tab'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
