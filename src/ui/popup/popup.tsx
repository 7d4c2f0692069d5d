/**
 * The toolbar popup: what Candor found in the current tab, with explanations and
 * feedback, and the quick controls (on/off for this site, sensitivity, history link).
 */
import { useEffect, useMemo, useState } from 'react';
import type { TabState } from '../../background/tab-state';
import { SENSITIVITIES, type Sensitivity } from '../../engine/types';
import { entryIdOf, conversationKeyOf } from '../../history/entry-id';
import type { AnalysisReport, Verdict } from '../../messaging/protocol';
import { SITE_IDS, type SiteId } from '../../sites/types';
import type { Settings } from '../../storage/settings';
import { SENSITIVITY_NAMES } from '../../vocabulary';
import { CategoryList, FeedbackButtons, FlaggedInContext, LevelBadge } from '../components/flag-parts';
// Imported, not lazy: its words are a 13 KB generated table (not the rule tables), and
// React 19 holds a lazy component's Suspense fallback for at least 300 ms, which made the
// first "Why?" take about 0.4 s (npm run bench:ui).
import { RuleExplanations } from '../components/rule-explanations';
import type { LoadedSettings } from '../../storage/settings';
import type { UiBackend } from '../backend';
import { useBackend, useCurrentTabState, useSettings, type FirstTabState } from '../hooks';
import { useAfterFirstPaint } from '../after-first-paint';
import { ConversationDrift } from '../insights/insights';
import { SITE_NAMES, siteName } from '../site-names';
import { LayoutNotice } from './layout-notice';
import { InterferenceNotice } from './interference-notice';
import { listedReplyCount, worstListedReplyKeys } from './listed-replies';

const isSiteId = (value: string): value is SiteId => (SITE_IDS as readonly string[]).includes(value);

/**
 * Flagged replies rendered at first, and added per "Show more": a page can send hundreds,
 * and each item carries its explanations (issue #11.6: 300 flags must open fast). Only
 * these first reports are read when the popup opens (tab-reads.ts).
 */
export const POPUP_PAGE_SIZE = 25;

/**
 * Flagged replies in the popup's first frame; the rest of the first page follows once it
 * is painted. More than fill the popup's 580 px under its header, controls and drift strip,
 * so the first frame looks the same, with a fifth of the cards to build and lay out.
 */
export const FIRST_FRAME_FLAGS = 5;

/** What the popup's first render can show at once: the tab's state and the settings, read as its hooks read them. */
export interface PopupFirstScreen {
  tab: FirstTabState;
  settings: LoadedSettings;
}

/**
 * The reads the popup's hooks would make when mounted, made before it is (popup/mount.tsx):
 * with their answers in hand, the first render shows the flags, with no "Loading…" render,
 * commit and frame before it (issue #11.6). Rejects as the hooks' reads would.
 */
export async function readPopupFirstScreen(backend: UiBackend): Promise<PopupFirstScreen> {
  const settings = backend.loadSettings();
  const tabId = await backend.currentTabId();
  const state = tabId === null ? null : await backend.readTabState(tabId, POPUP_PAGE_SIZE);
  return { tab: { tabId, state }, settings: await settings };
}

export function Popup({ first }: { first?: PopupFirstScreen } = {}) {
  const { loading, tabId, state } = useCurrentTabState(POPUP_PAGE_SIZE, first?.tab);
  const { settings, save, error, notice } = useSettings(first?.settings);
  const backend = useBackend();

  return (
    <main className="popup">
      <header className="row spread popup-header">
        <h1>Candor</h1>
        <a href={backend.historyPageUrl()} target="_blank" rel="noreferrer">
          History and settings
        </a>
      </header>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {loading || !settings ? (
        <p className="faint" role="status">
          Loading…
        </p>
      ) : (
        <>
          <QuickControls state={state} settings={settings} save={save} />
          <LayoutNotice state={state} />
          <InterferenceNotice tabId={tabId} url={state?.url} />
          <TabFindings tabId={tabId} state={state} />
        </>
      )}
    </main>
  );
}

function QuickControls({ state, settings, save }: { state: TabState | null; settings: Settings; save(next: Settings): Promise<boolean> }) {
  const site = state && isSiteId(state.site) ? state.site : null;
  const siteOn = site !== null && !settings.disabledSites.includes(site);

  const setSiteOn = (on: boolean) => {
    if (!site) return;
    const others = settings.disabledSites.filter((s) => s !== site);
    void save({ ...settings, disabledSites: on ? others : [...others, site] });
  };
  const setSensitivity = (sensitivity: Sensitivity) =>
    void save({ ...settings, engine: { ...settings.engine, sensitivity } });

  return (
    <section className="quick-controls" aria-label="Quick controls">
      {site && (
        <label className="switch">
          <input type="checkbox" role="switch" data-testid="site-toggle" checked={siteOn} onChange={(e) => setSiteOn(e.target.checked)} />
          Candor on {siteName(site)}
        </label>
      )}
      <label className="row">
        Sensitivity
        <select
          data-testid="sensitivity"
          value={settings.engine.sensitivity}
          onChange={(e) => setSensitivity(e.target.value as Sensitivity)}
          aria-describedby="sensitivity-help"
        >
          {SENSITIVITIES.map((s) => (
            <option key={s} value={s}>
              {SENSITIVITY_NAMES[s].name}
            </option>
          ))}
        </select>
      </label>
      <p id="sensitivity-help" className="faint small">
        {SENSITIVITY_NAMES[settings.engine.sensitivity].description}
      </p>
    </section>
  );
}

/**
 * Reports of the listed replies beyond the first screen, read when the person asks for
 * more (a backend without `readTabReports` already gave every report in the state).
 */
function useMoreReports(tabId: number | null, state: TabState | null, wanted: readonly string[]): Record<string, AnalysisReport> {
  const backend = useBackend();
  const [more, setMore] = useState<Record<string, AnalysisReport>>({});
  // Asked for once each: a report gone from storage (trimmed) is not asked for again.
  const [asked] = useState(() => new Set<string>());
  useEffect(() => {
    const missing = wanted.filter((key) => !asked.has(key) && !(state && key in state.replies));
    if (tabId === null || missing.length === 0 || !backend.readTabReports) return;
    for (const key of missing) asked.add(key);
    backend
      .readTabReports(tabId, missing)
      .then((read) => setMore((current) => ({ ...current, ...read })))
      .catch(() => undefined);
  }, [backend, tabId, state, wanted, asked]);
  return more;
}

function TabFindings({ tabId, state }: { tabId: number | null; state: TabState | null }) {
  const [shown, setShown] = useState(POPUP_PAGE_SIZE);
  // Worst first: the reply most worth a second look is at the top. Only the shown ones
  // are put in order (listed-replies.ts), not every listed reply.
  const listedCount = useMemo(() => (state ? listedReplyCount(state) : 0), [state]);
  const wanted = useMemo(() => (state ? worstListedReplyKeys(state, shown) : []), [state, shown]);
  const more = useMoreReports(tabId, state, wanted);
  const painted = useAfterFirstPaint();
  if (!state) {
    return (
      <section className="state-unsupported" aria-live="polite">
        <h2>Candor isn’t reading this page</h2>
        <p>It works on {SITE_NAMES.map((s) => s.name).join(', ')}.</p>
        <p className="faint">If this is one of them, reload the page to start.</p>
      </section>
    );
  }
  const name = siteName(state.site);
  if (state.status === 'disabled') {
    return (
      <section className="state-disabled" aria-live="polite">
        <h2>Candor is off on {name}</h2>
        <p className="faint">Switch it on above to check replies here.</p>
      </section>
    );
  }
  if (state.status === 'unreadable') {
    return (
      <section className="state-unreadable" aria-live="polite">
        <h2>Candor can’t read this page yet</h2>
        <p>{name} may have changed its layout, so Candor can’t find the replies. Nothing is being checked on this page.</p>
        <p className="faint">An update to Candor will fix this; your history and settings are safe.</p>
      </section>
    );
  }
  // A newer report in the tab state wins over one read earlier.
  const shownReplies = (painted ? wanted : wanted.slice(0, FIRST_FRAME_FLAGS)).flatMap((key) => state.replies[key] ?? more[key] ?? []);
  const checked = state.checked;
  if (listedCount === 0) {
    return (
      <section className="state-empty" aria-live="polite">
        <h2>Candor is watching</h2>
        {/* Every category, not only flattery; and before the first reply, what will happen. */}
        <p>
          {checked > 0
            ? `No sign of sycophancy in the ${checked === 1 ? 'reply' : `${checked} replies`} checked on this page.`
            : 'No replies checked yet. Each reply is checked when the assistant finishes it.'}
        </p>
      </section>
    );
  }
  return (
    <>
    <ConversationDrift state={state} />
    <section aria-labelledby="flag-list-heading">
      <h2 id="flag-list-heading">
        {listedCount} flagged {listedCount === 1 ? 'reply' : 'replies'} <span className="faint">of {checked} checked</span>
      </h2>
      {state.unlisted > 0 && (
        <p className="faint small" data-testid="unlisted-note">
          {state.unlisted} earlier flagged {state.unlisted === 1 ? 'reply is' : 'replies are'} not listed here (this page sent
          too many to keep); the history has them.
        </p>
      )}
      <ol className="flag-list">
        {shownReplies.map((reply) => (
          <FlagItem key={reply.replyKey} tabId={tabId} reply={reply} verdict={state.feedback[reply.replyKey] ?? 'none'} />
        ))}
      </ol>
      {listedCount > shown && (
        <button type="button" className="link-button" data-testid="show-more-flags" onClick={() => setShown(shown + POPUP_PAGE_SIZE * 4)}>
          Show {Math.min(POPUP_PAGE_SIZE * 4, listedCount - shown)} more of {listedCount - shown}
        </button>
      )}
    </section>
    </>
  );
}

function FlagItem({ tabId, reply, verdict }: { tabId: number | null; reply: AnalysisReport; verdict: Verdict }) {
  const backend = useBackend();
  const [expanded, setExpanded] = useState(false);
  const [failure, setFailure] = useState<string>();
  const detailsId = `flag-${reply.replyKey}`;

  const setVerdict = async (next: Verdict) => {
    const entryId = entryIdOf(reply.site, conversationKeyOf(reply), reply.replyKey);
    const response = await backend
      .send({ type: 'recordFeedback', entryId, verdict: next, ...(tabId !== null ? { tabId } : {}) })
      .catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    setFailure(response.ok ? undefined : `Your verdict was not saved: ${response.error}`);
  };

  return (
    <li className={`card flag-item${verdict === 'not-sycophantic' ? ' dismissed' : ''}`} data-testid="flag-item">
      <div className="row">
        <LevelBadge level={reply.level} score={reply.score} />
        <CategoryList categories={reply.categories} />
      </div>
      <FlaggedInContext contexts={reply.contexts ?? []} flaggedText={reply.flaggedText} />
      <button
        type="button"
        className="link-button"
        aria-expanded={expanded}
        aria-controls={expanded ? detailsId : undefined}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? 'Hide why' : 'Why?'}
      </button>
      {/* Rendered on demand, not hidden: 25 items' explanations, advice and sources would
          be hundreds of nodes the popup builds on every open for nobody (issue #11.6). */}
      {expanded && (
        <div id={detailsId}>
          <RuleExplanations ruleIds={reply.ruleIds} />
        </div>
      )}
      <FeedbackButtons verdict={verdict} onChange={(next) => void setVerdict(next)} />
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}
