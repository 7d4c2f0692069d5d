/**
 * The flag history: filters, charts, a table (optionally grouped by conversation) with
 * a detail view per entry, feedback, deletion and exports. Reads IndexedDB directly;
 * every change goes through the background, the history's single writer.
 *
 * At scale (issue #11.6): counts, charts, the digest and every filter but the search run
 * on the entries' summaries (use-history.ts); whole entries are read only for the rows
 * shown, a search scans the entries once per query in batches after the first paint, and
 * exports read the filtered entries when asked.
 *
 * WARNING: excerpts, flagged words and URLs come from web pages; they are rendered as
 * React text only, and a conversation link is only made for https URLs.
 */
import { Fragment, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { CATEGORIES, LEVELS, type Category, type Level } from '../../engine/types';
import type { HistoryEntry } from '../../history/entry';
import { historyToCsv, historyToJson, historyToLabelledJsonl } from '../../history/export';
import { countPerCategory, countPerDay, groupByConversation, matchesSummary, matchesText, type HistoryFilter } from '../../history/query';
import type { UiMessage, Verdict } from '../../messaging/protocol';
import { SITE_IDS, type SiteId } from '../../sites/types';
import { CategoryList, FeedbackButtons, FlaggedInContext, LevelBadge } from '../components/flag-parts';
import { RuleExplanations } from '../components/rule-explanations';
import { useBackend } from '../hooks';
import type { HistoryReader } from '../history-reader';
import { useHistoryData } from '../use-history';
import { WeeklyDigest } from '../insights/insights';
import { digestStart } from '../insights/weekly-digest';
import { FlagsByCategory, FlagsOverTime } from './charts';
import { VERDICT_NAMES } from '../../vocabulary';
import { CATEGORY_LABELS, formatTime, LEVEL_LABELS, SITE_NAMES, siteName } from '../labels';

const PAGE_SIZE = 100;

type LevelChoice = 'flagged' | 'all' | Level;

interface FilterForm {
  site: SiteId | '';
  category: Category | '';
  level: LevelChoice;
  from: string;
  to: string;
  text: string;
}

const EMPTY_FORM: FilterForm = { site: '', category: '', level: 'flagged', from: '', to: '', text: '' };

/** "2026-11-20" as local midnight (from) or the end of that local day (to). */
function dayBound(value: string, end: boolean): number | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return end ? new Date(y, m - 1, d, 23, 59, 59, 999).getTime() : new Date(y, m - 1, d).getTime();
}

function toFilter(form: FilterForm): HistoryFilter {
  return {
    site: form.site || undefined,
    category: form.category || undefined,
    level: form.level === 'flagged' || form.level === 'all' ? undefined : form.level,
    flaggedOnly: form.level === 'flagged',
    from: dayBound(form.from, false),
    to: dayBound(form.to, true),
    text: form.text.trim() || undefined,
  };
}

function safeHttpsUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Entries read by id per IndexedDB transaction when exporting. */
const EXPORT_BATCH = 1_000;

/**
 * Ids of the entries whose text matches `text`, from one batched scan of the history
 * (null while there is no search, or while it runs).
 */
function useTextMatches(reader: HistoryReader | null, text: string | undefined): { matches: ReadonlySet<string> | null; searching: boolean } {
  const [result, setResult] = useState<{ text: string; matches: ReadonlySet<string> } | null>(null);
  useEffect(() => {
    if (!reader || !text) return;
    let live = true;
    const matches = new Set<string>();
    reader
      .forEachEntry((entry) => {
        if (matchesText(entry, text)) matches.add(entry.id);
      })
      .then(() => live && setResult({ text, matches }))
      .catch(() => live && setResult({ text, matches }));
    return () => {
      live = false;
    };
  }, [reader, text]);
  if (!text) return { matches: null, searching: false };
  return result?.text === text ? { matches: result.matches, searching: false } : { matches: null, searching: true };
}

function timestampForFile(now: number): string {
  return new Date(now).toISOString().slice(0, 19).replaceAll(':', '-');
}

export function HistoryView() {
  const backend = useBackend();
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  const deferredForm = useDeferredValue(form);
  const [grouped, setGrouped] = useState(false);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [openId, setOpenId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'filtered' | 'all' | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  // "This week" is the week when the page was opened: recomputing it on every render would redo the digest each time.
  const [openedAt] = useState(() => Date.now());
  const history = useHistoryData(digestStart(openedAt));

  const filter = useMemo(() => toFilter(deferredForm), [deferredForm]);
  const { matches, searching } = useTextMatches(history.reader, filter.text);
  const { entries: loaded, load } = history;
  const filtered = useMemo(
    () =>
      history.summaries.filter((summary) => {
        if (!matchesSummary(summary, filter)) return false;
        if (!filter.text) return true;
        // Entries changed since the scan are judged on their own text.
        const entry = loaded.get(summary.id);
        return matches?.has(summary.id) === true || (entry !== undefined && matchesText(entry, filter.text));
      }),
    [history.summaries, filter, matches, loaded],
  );
  const days = useMemo(() => countPerDay(filtered), [filtered]);
  const categoryCounts = useMemo(() => countPerCategory(filtered), [filtered]);
  const visibleIds = useMemo(() => filtered.slice(0, shown).map((summary) => summary.id), [filtered, shown]);
  useEffect(() => load(visibleIds), [load, visibleIds]);
  const visible = useMemo(() => visibleIds.flatMap((id) => loaded.get(id) ?? []), [visibleIds, loaded]);
  const groups = useMemo(() => (grouped ? groupByConversation(visible) : null), [grouped, visible]);
  const labelledCount = useMemo(() => filtered.filter((e) => e.feedback !== 'none').length, [filtered]);
  const isFiltered = JSON.stringify(form) !== JSON.stringify(EMPTY_FORM);
  const total = history.summaries.length;

  const update = (patch: Partial<FilterForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setShown(PAGE_SIZE);
  };

  const send = async (message: UiMessage, done: string) => {
    const response = await backend.send(message).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    setStatus(response.ok ? { text: done } : { text: `That did not work: ${response.error}`, error: true });
    return response.ok;
  };

  const deleteEntries = async (entries: readonly { id: string }[], what: string) => {
    setConfirming(null);
    await send({ type: 'deleteHistory', entryIds: entries.map((e) => e.id) }, `Deleted ${what}.`);
  };

  const exportAs = async (kind: 'json' | 'csv' | 'jsonl') => {
    const reader = history.reader;
    if (!reader) return;
    // Only exports need every filtered entry whole: read them now, in batches, in list order.
    const ids = (kind === 'jsonl' ? filtered.filter((e) => e.feedback !== 'none') : filtered).map((e) => e.id);
    const entries: HistoryEntry[] = [];
    try {
      for (let start = 0; start < ids.length; start += EXPORT_BATCH) {
        entries.push(...(await reader.readByIds(ids.slice(start, start + EXPORT_BATCH))).entries);
      }
    } catch (e) {
      setStatus({ text: `The export did not work: ${e instanceof Error ? e.message : String(e)}`, error: true });
      return;
    }
    const stamp = timestampForFile(Date.now());
    if (kind === 'json') backend.download(`candor-history-${stamp}.json`, 'application/json', historyToJson(entries, Date.now()));
    if (kind === 'csv') backend.download(`candor-history-${stamp}.csv`, 'text/csv', historyToCsv(entries));
    if (kind === 'jsonl') backend.download(`candor-labelled-${stamp}.jsonl`, 'application/x-ndjson', historyToLabelledJsonl(entries));
  };

  if (history.loading) {
    return (
      <p role="status" className="faint">
        Loading history…
      </p>
    );
  }

  return (
    <div className="history">
      {history.error && (
        <p className="error" role="alert">
          The history could not be opened: {history.error}
        </p>
      )}
      {history.unreadable > 0 && (
        <p className="notice" role="status">
          {history.unreadable} {history.unreadable === 1 ? 'entry was' : 'entries were'} damaged and left out.
        </p>
      )}
      {(history.setAside ?? 0) > 0 && (
        <p className="notice" role="status" data-testid="set-aside-count">
          {history.setAside} damaged {history.setAside === 1 ? 'entry was' : 'entries were'} moved aside: kept on this device
          for recovery, not shown and not counted against the limit.
        </p>
      )}

      <section className="panel" aria-labelledby="history-filters-heading">
        <h2 id="history-filters-heading">Flag history</h2>
        <p className="faint">
          {history.counting
            ? 'The newest flagged replies; counting the whole history…'
            : total === 0
            ? 'No flagged replies yet. When Candor flags a reply on a supported chat site, it is listed here with the words it flagged and why. Everything stays on this device.'
            : searching
              ? `Searching ${total} recorded ${total === 1 ? 'reply' : 'replies'}…`
              : `${filtered.length} of ${total} recorded ${total === 1 ? 'reply' : 'replies'} ${filtered.length === 1 ? 'matches' : 'match'}.`}
        </p>
        {/* Under the heading it explains, not above the page's title where it read like a stray log line. */}
        {(history.unflagged ?? 0) > 0 && (
          <p className="faint small" data-testid="unflagged-count">
            Candor also checked {history.unflagged} {history.unflagged === 1 ? 'reply that looked' : 'replies that looked'} fine: it
            counts them but does not keep them.
          </p>
        )}
        <form className="filters" role="search" aria-label="Filter the history" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="filter-site">Site</label>
            <select id="filter-site" value={form.site} onChange={(e) => update({ site: e.target.value as SiteId | '' })}>
              <option value="">All sites</option>
              {SITE_NAMES.filter((s) => (SITE_IDS as readonly string[]).includes(s.id)).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-category">Category</label>
            <select id="filter-category" value={form.category} onChange={(e) => update({ category: e.target.value as Category | '' })}>
              <option value="">All categories</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-level">Level</label>
            <select id="filter-level" value={form.level} onChange={(e) => update({ level: e.target.value as LevelChoice })}>
              <option value="flagged">Flagged (any level)</option>
              <option value="all">Every checked reply</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_LABELS[l]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-from">From</label>
            <input id="filter-from" type="date" value={form.from} onChange={(e) => update({ from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">To</label>
            <input id="filter-to" type="date" value={form.to} onChange={(e) => update({ to: e.target.value })} />
          </div>
          <div className="field grow">
            <label htmlFor="filter-search">Search</label>
            <input id="filter-search" type="search" value={form.text} placeholder="Words in the reply or flag" onChange={(e) => update({ text: e.target.value })} />
          </div>
          {isFiltered && (
            <button type="button" onClick={() => update(EMPTY_FORM)}>
              Clear filters
            </button>
          )}
        </form>
      </section>

      {!history.counting && <WeeklyDigest entries={history.summaries} now={openedAt} unflaggedBySite={history.unflaggedBySite} />}

      {!history.counting && filtered.length > 0 && (
        <section className="panel charts" aria-label="Charts">
          <FlagsOverTime days={days} />
          <FlagsByCategory counts={categoryCounts} />
        </section>
      )}

      <section className="panel" aria-labelledby="history-table-heading">
        <div className="row spread">
          <h2 id="history-table-heading">Entries</h2>
          <label className="switch">
            <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
            Group by conversation
          </label>
        </div>
        <div className="row actions">
          <button type="button" disabled={history.counting || filtered.length === 0} onClick={() => void exportAs('json')}>
            Export JSON
          </button>
          <button type="button" disabled={history.counting || filtered.length === 0} onClick={() => void exportAs('csv')}>
            Export CSV
          </button>
          <button type="button" disabled={history.counting || labelledCount === 0} onClick={() => void exportAs('jsonl')} title="Entries you confirmed or marked not sycophantic, for `candor eval`">
            Export labelled JSONL ({labelledCount})
          </button>
          <ConfirmButton
            label={isFiltered ? `Delete ${filtered.length} shown` : 'Delete all shown'}
            question={`Delete ${filtered.length} ${filtered.length === 1 ? 'entry' : 'entries'}?`}
            disabled={history.counting || filtered.length === 0}
            open={confirming === 'filtered'}
            onOpen={() => setConfirming('filtered')}
            onCancel={() => setConfirming(null)}
            onConfirm={() => void deleteEntries(filtered, `${filtered.length} ${filtered.length === 1 ? 'entry' : 'entries'}`)}
          />
          <ConfirmButton
            label="Clear history"
            question={`Delete all ${total} entries? This cannot be undone.`}
            disabled={history.counting || total === 0}
            open={confirming === 'all'}
            onOpen={() => setConfirming('all')}
            onCancel={() => setConfirming(null)}
            onConfirm={() => {
              setConfirming(null);
              void send({ type: 'clearHistory' }, 'History cleared.');
            }}
          />
        </div>
        <p role="status" className={status?.error ? 'error' : 'success'}>
          {status?.text ?? ''}
        </p>

        {filtered.length === 0 ? (
          total > 0 && !searching && <p className="faint">No entries match these filters.</p>
        ) : (
          <table className="history-table">
            <caption className="visually-hidden">History entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Site</th>
                <th scope="col">Level</th>
                <th scope="col">Categories</th>
                <th scope="col">Flagged words</th>
                <th scope="col">Your verdict</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            {(groups ?? [{ key: 'all', site: null, url: '', entries: visible, maxScore: 0, latest: 0 }]).map((group) => (
              <tbody key={group.key}>
                {group.site && (
                  <tr className="group-row">
                    <th scope="rowgroup" colSpan={7}>
                      {siteName(group.site)} conversation · {group.entries.length} {group.entries.length === 1 ? 'reply' : 'replies'} · highest
                      score {group.maxScore} <span className="faint">{group.url}</span>
                    </th>
                  </tr>
                )}
                {group.entries.map((entry) => (
                  <Fragment key={entry.id}>
                    <HistoryRow entry={entry} open={openId === entry.id} onToggle={() => setOpenId(openId === entry.id ? null : entry.id)} />
                    {openId === entry.id && (
                      <EntryDetail
                        entry={entry}
                        onVerdict={(verdict) => void send({ type: 'recordFeedback', entryId: entry.id, verdict }, 'Verdict saved.')}
                        onDelete={() => void deleteEntries([entry], 'the entry')}
                      />
                    )}
                  </Fragment>
                ))}
              </tbody>
            ))}
          </table>
        )}
        {filtered.length > shown && (
          <button type="button" onClick={() => setShown(shown + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, filtered.length - shown)} more of {filtered.length - shown}
          </button>
        )}
      </section>
    </div>
  );
}

/** An entry without a verdict shows a dash: "No verdict" in every row would bury the ones given. */
const verdictCell = (verdict: Verdict) => (verdict === 'none' ? '—' : VERDICT_NAMES[verdict]);

function HistoryRow({ entry, open, onToggle }: { entry: HistoryEntry; open: boolean; onToggle(): void }) {
  const detailId = `detail-${encodeURIComponent(entry.id)}`;
  return (
    <tr data-testid="history-row" className={open ? 'open' : undefined}>
      <td data-label="When">{formatTime(entry.time)}</td>
      <td data-label="Site">{siteName(entry.site)}</td>
      <td data-label="Level">
        <LevelBadge level={entry.level} score={entry.score} />
      </td>
      <td data-label="Categories">
        <CategoryList categories={entry.categories} />
      </td>
      <td className="flagged-words" data-label="Flagged words">{entry.flaggedText.slice(0, 3).join(' · ')}</td>
      <td data-label="Your verdict">{verdictCell(entry.feedback)}</td>
      <td className="row-actions">
        <button type="button" aria-expanded={open} aria-controls={detailId} onClick={onToggle}>
          {open ? 'Hide details' : 'Show details'}
        </button>
      </td>
    </tr>
  );
}

function EntryDetail({ entry, onVerdict, onDelete }: { entry: HistoryEntry; onVerdict(verdict: Verdict): void; onDelete(): void }) {
  const link = safeHttpsUrl(entry.url);
  return (
    <tr className="detail-row" id={`detail-${encodeURIComponent(entry.id)}`}>
      <td colSpan={7}>
        <div className="detail" data-testid="history-detail">
          <p className="faint">
            {formatTime(entry.time)} on {siteName(entry.site)} ·{' '}
            {link ? (
              <a href={link} target="_blank" rel="noreferrer noopener">
                open the conversation
              </a>
            ) : (
              'conversation link unavailable'
            )}
          </p>
          {entry.excerpt ? (
            <blockquote className="excerpt">{entry.excerpt}</blockquote>
          ) : (
            <p className="faint">Only the flagged words were kept (privacy setting).</p>
          )}
          <FlaggedInContext contexts={entry.contexts} flaggedText={entry.flaggedText} />
          {entry.ruleIds.length > 0 && <RuleExplanations ruleIds={entry.ruleIds} />}
          <div className="row spread">
            <FeedbackButtons verdict={entry.feedback} onChange={onVerdict} />
            <button type="button" className="danger" onClick={onDelete}>
              Delete this entry
            </button>
          </div>
        </div>
      </td>
    </tr>
  );
}

function ConfirmButton(props: {
  label: string;
  question: string;
  disabled: boolean;
  open: boolean;
  onOpen(): void;
  onCancel(): void;
  onConfirm(): void;
}) {
  if (!props.open) {
    return (
      <button type="button" className="danger" disabled={props.disabled} onClick={props.onOpen}>
        {props.label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={props.question}>
      <span>{props.question}</span>
      <button type="button" className="danger" onClick={props.onConfirm}>
        Yes, delete
      </button>
      <button type="button" onClick={props.onCancel} autoFocus>
        Cancel
      </button>
    </span>
  );
}
