import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DossierApi } from '../../../shared/api';
import type { Bloc, FactionEditRecord, FactionPage, GazetteerEntrySummary } from '../../../shared/model';
import { BLOC_LABELS, dateLabel, errorText, formatDate, plural, sentence } from '../lib/format';
import { findTermRanges } from '../lib/highlight';
import { describeNoteStatus, NoteSaver, type NoteStatus } from '../lib/noteSaver';
import { FactionCorrections } from './FactionCorrections';
import { LineageTimeline } from './LineageTimeline';

interface Props {
  api: DossierApi;
  id: string;
  /** Changes when the library changes (a re-tag finished, an edit was stored), to load the page again. */
  reloadKey: number;
  gazetteer: GazetteerEntrySummary[];
  onOpenFaction: (id: string) => void;
  onOpenArticle: (id: number) => void;
  onFilterTo: (id: string, withLineage: boolean) => void;
  onShowNetwork: (id: string) => void;
  onClose: () => void;
  onToast: (message: string, kind?: 'error' | 'info') => void;
}

const ARTICLES_SHOWN = 200;

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const ranges = useMemo(() => findTermRanges(text, terms), [text, terms]);
  const out: ReactNode[] = [];
  let pos = 0;
  ranges.forEach((r, i) => {
    if (r.start > pos) out.push(text.slice(pos, r.start));
    out.push(
      <mark key={i} className="sentence-mark">
        {text.slice(r.start, r.end)}
      </mark>,
    );
    pos = r.end;
  });
  if (pos < text.length) out.push(text.slice(pos));
  return <>{out}</>;
}


/** Everything known about one faction, its articles with the sentence that names it, and the analyst's corrections. */
export function FactionPageView(props: Props) {
  const { api, id, reloadKey, gazetteer, onToast } = props;
  const [page, setPage] = useState<FactionPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [edits, setEdits] = useState<FactionEditRecord[]>([]);
  const [allEdits, setAllEdits] = useState(false);
  const [note, setNote] = useState('');
  const [noteStatus, setNoteStatus] = useState<NoteStatus>({ state: 'idle' });
  const [showAllArticles, setShowAllArticles] = useState(false);
  const idRef = useRef(id);
  idRef.current = id;
  const toastRef = useRef(onToast);
  toastRef.current = onToast;
  const openFactionRef = useRef(props.onOpenFaction);
  openFactionRef.current = props.onOpenFaction;
  const scrollTopRef = useRef<HTMLDivElement>(null);

  const saverRef = useRef<NoteSaver<string> | null>(null);
  if (saverRef.current === null) {
    saverRef.current = new NoteSaver<string>({
      save: (factionId, text) => api.saveFactionNote({ factionId, text }),
      onStatus: (factionId, status) => {
        if (factionId === idRef.current) setNoteStatus(status);
      },
      onError: (factionId, message) => {
        toastRef.current(`Couldn't save the note on ${factionId}: ${sentence(message)} Your text is kept; it will retry when you type again.`);
      },
    });
  }
  const saver = saverRef.current;
  // Whatever is typed is sent when the page closes or moves to another faction.
  useEffect(() => () => void saver.flush(), [saver, id]);

  useEffect(() => {
    let cancelled = false;
    api.getFactionPage({ id }).then(
      (p) => {
        if (cancelled) return;
        // The faction was merged into another since this link was made: go to the one that took it in.
        if (p.id !== id) {
          openFactionRef.current(p.id);
          return;
        }
        setPage(p);
        setError(null);
        setNote(saver.draftFor(p.id) ?? p.note);
        setNoteStatus(saver.statusFor(p.id) ?? { state: 'idle' });
      },
      (e: unknown) => {
        if (cancelled) return;
        setError(errorText(e));
      },
    );
    api.listFactionEdits({}).then(
      (list) => !cancelled && setEdits(list),
      () => undefined, // the history is secondary; the page itself still shows
    );
    return () => {
      cancelled = true;
    };
  }, [api, id, reloadKey, saver]);

  useEffect(() => {
    setShowAllArticles(false);
    scrollTopRef.current?.scrollIntoView({ block: 'start' });
  }, [id]);

  const blocById = useMemo(() => new Map<string, Bloc>(gazetteer.map((g) => [g.id, g.bloc])), [gazetteer]);
  const terms = useMemo(
    () => (page ? [page.name, ...page.aliases, ...page.acronyms, ...page.arabicNames].filter((t) => t.length >= 2) : []),
    [page],
  );

  if (error && (!page || page.id !== id)) {
    return (
      <section className="side-view faction-page" data-testid="faction-page" data-entity-id={id}>
        <div className="side-view-head">
          <h1 className="side-view-title">Faction not found</h1>
          <button type="button" className="button small" onClick={props.onClose}>
            Close
          </button>
        </div>
        <p className="problem">{sentence(error)} It may have been merged into another faction; see the edit history of that one.</p>
      </section>
    );
  }
  if (!page || page.id !== id) {
    return (
      <section className="side-view faction-page" data-testid="faction-page-loading">
        <p className="muted">Loading…</p>
      </section>
    );
  }

  const mine = edits.filter((e) => e.factionId === page.id || e.targetId === page.id);
  const shownEdits = allEdits ? edits : mine;
  const articles = showAllArticles ? page.articleList : page.articleList.slice(0, ARTICLES_SHOWN);
  const maxCo = Math.max(1, ...page.coMentions.map((c) => c.articles));
  const otherAliases = page.aliases.filter((a) => a !== page.name && !page.acronyms.includes(a) && !page.arabicNames.includes(a));
  const active = page.active && (page.active.from || page.active.to) ? `${page.active.from ? formatDate(page.active.from) : '?'} – ${page.active.to ? formatDate(page.active.to) : 'today'}` : null;

  return (
    <section className={`side-view faction-page bloc-${page.bloc}`} data-testid="faction-page" data-entity-id={page.id} aria-labelledby="faction-page-title">
      <div ref={scrollTopRef} />
      <header className="faction-head">
        <div className="faction-head-main">
          <p className="faction-kicker">
            <span className="bloc-dot" aria-hidden="true" />
            <span data-testid="faction-bloc">{BLOC_LABELS[page.bloc]}</span>
            <span className="muted"> · {page.kind}</span>
            {page.origin === 'user' && <span className="origin-badge">added by you</span>}
          </p>
          <h1 id="faction-page-title" className="faction-title" data-testid="faction-title" dir="auto">
            {page.name}
          </h1>
          {page.arabicNames.length > 0 && (
            <p className="faction-arabic" data-testid="faction-arabic" dir="rtl" lang="ar">
              {page.arabicNames.join(' · ')}
            </p>
          )}
          {page.lineageHint && <p className="lineage-hint">{page.lineageHint}</p>}
        </div>
        <div className="faction-head-actions">
          <button type="button" className="button small" data-testid="faction-filter" onClick={() => props.onFilterTo(page.id, false)} title="Show only the articles that mention it">
            Filter the list
          </button>
          {page.timeline.length > 0 && (
            <button
              type="button"
              className="button small"
              data-testid="faction-filter-lineage"
              onClick={() => props.onFilterTo(page.id, true)}
              title="Its articles and those of what it grew out of (renamed from, merged from, absorbed)"
            >
              …with predecessors
            </button>
          )}
          <button type="button" className="button small" onClick={() => props.onShowNetwork(page.id)} title="Co-mention network of its articles (g n)">
            Network
          </button>
          <button type="button" className="button small icon-text" data-testid="faction-page-close" onClick={props.onClose} title="Close (Esc)" aria-label="Close the faction page">
            ×
          </button>
        </div>
      </header>

      <dl className="faction-facts">
        {page.acronyms.length > 0 && (
          <>
            <dt>Acronyms</dt>
            <dd data-testid="faction-acronyms">{page.acronyms.join(', ')}</dd>
          </>
        )}
        {otherAliases.length > 0 && (
          <>
            <dt>Also written</dt>
            <dd data-testid="faction-aliases" dir="auto">
              {otherAliases.join(' · ')}
            </dd>
          </>
        )}
        {active && (
          <>
            <dt>Active</dt>
            <dd data-testid="faction-active">{active}</dd>
          </>
        )}
        <dt>In the library</dt>
        <dd>
          {plural(page.articles, 'article')}, {plural(page.mentions, 'mention')}
        </dd>
        {page.source && (
          <>
            <dt>Source</dt>
            <dd className="faction-source" data-testid="faction-source">
              {page.source}
            </dd>
          </>
        )}
      </dl>
      {page.notesFromGazetteer.length > 0 && (
        <ul className="gazetteer-notes" data-testid="gazetteer-notes">
          {page.notesFromGazetteer.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}

      <div className="faction-columns">
        <div className="faction-col-main">
          <section className="faction-section">
            <h2 className="section-title">Lineage</h2>
            <LineageTimeline events={page.timeline} active={page.active} name={page.name} blocOf={(x) => blocById.get(x)} onOpenFaction={props.onOpenFaction} />
          </section>

          <section className="faction-section">
            <h2 className="section-title">
              Articles <span className="count">{page.articleList.length}</span>
            </h2>
            {page.articleList.length === 0 && <p className="muted small">No article in the library mentions it yet.</p>}
            <ol className="plain-list faction-articles">
              {articles.map((a) => {
                const d = a.date ? dateLabel(a.date, a.dateSource) : null;
                return (
                  <li key={a.id}>
                    <button type="button" className="faction-article" data-testid="faction-article" data-article-id={a.id} onClick={() => props.onOpenArticle(a.id)}>
                      <span className="faction-article-line">
                        <span className={`faction-article-date${d?.uncertain ? ' uncertain' : ''}`} title={d?.explanation}>
                          {d ? d.text : 'no date'}
                        </span>
                        <span className="faction-article-title" dir="auto">
                          {a.title || 'Untitled'}
                        </span>
                        <span className="count" title={plural(a.mentions, 'mention')}>
                          {a.mentions}×
                        </span>
                      </span>
                      {a.outlet && (
                        <span className="faction-article-outlet" dir="auto">
                          {a.outlet}
                        </span>
                      )}
                      <span className="faction-article-sentence" data-testid="faction-article-sentence" dir="auto">
                        <Highlighted text={a.sentence} terms={terms} />
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
            {!showAllArticles && page.articleList.length > ARTICLES_SHOWN && (
              <button type="button" className="link-button" onClick={() => setShowAllArticles(true)}>
                Show all {page.articleList.length}
              </button>
            )}
          </section>
        </div>

        <div className="faction-col-side">
          <section className="faction-section">
            <div className="notes-head">
              <h2 className="section-title">Your note</h2>
              <span className={`note-status ${noteStatus.state}`} data-testid="faction-note-status" role={noteStatus.state === 'error' ? 'alert' : 'status'}>
                {describeNoteStatus(noteStatus, 'Saves as you type.')}
              </span>
            </div>
            <textarea
              className="note-input faction-note"
              data-testid="faction-note"
              dir="auto"
              value={note}
              placeholder={`Your notes on ${page.name}…`}
              aria-label={`Your note on ${page.name}`}
              onChange={(e) => {
                setNote(e.target.value);
                saver.edit(page.id, e.target.value);
              }}
              onBlur={() => void saver.flush()}
            />
          </section>

          <section className="faction-section">
            <h2 className="section-title">Most often mentioned with it</h2>
            {page.coMentions.length === 0 && <p className="muted small">No other faction shares an article with it.</p>}
            <ul className="plain-list co-mentions">
              {page.coMentions.map((c) => (
                <li key={c.id}>
                  <button type="button" className={`co-mention bloc-${c.bloc}`} data-testid="co-mention" data-entity-id={c.id} onClick={() => props.onOpenFaction(c.id)} title={`Open ${c.name}`}>
                    <span className="co-mention-name">{c.name}</span>
                    <span className="co-mention-bar" aria-hidden="true">
                      <span className="co-mention-fill" style={{ width: `${Math.round((c.articles / maxCo) * 100)}%` }} />
                    </span>
                    <span className="count">{c.articles}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>

          {page.people.length > 0 && (
            <section className="faction-section">
              <h2 className="section-title">People</h2>
              <ul className="plain-list faction-people" data-testid="faction-people">
                {page.people.map((p) => (
                  <li key={p.id}>
                    <span className="person-name" dir="auto">
                      {p.name}
                    </span>
                    {p.role && <span className="muted small"> — {p.role}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className="faction-section">
            <h2 className="section-title">Correct</h2>
            <FactionCorrections
              key={page.id + page.name}
              api={api}
              page={page}
              gazetteer={gazetteer}
              onError={(m) => onToast(m)}
              onCorrected={(summary, goTo) => {
                onToast(`${summary}. Re-tagging the library…`, 'info');
                if (goTo) props.onOpenFaction(goTo);
              }}
            />
          </section>

          <section className="faction-section">
            <div className="notes-head">
              <h2 className="section-title">Edit history</h2>
              <button type="button" className="link-button" onClick={() => setAllEdits((v) => !v)}>
                {allEdits ? 'only this faction' : `all edits (${edits.length})`}
              </button>
            </div>
            {shownEdits.length === 0 ? (
              <p className="muted small" data-testid="faction-edits">
                {allEdits ? 'No corrections yet.' : 'No corrections of this faction yet.'}
              </p>
            ) : (
              <ol className="plain-list faction-edits" data-testid="faction-edits">
                {shownEdits.map((e) => (
                  <li key={e.id} className="faction-edit" data-testid="faction-edit" data-kind={e.kind}>
                    <span className="faction-edit-when">{formatDate(e.createdAt.slice(0, 10))}</span> {e.summary}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </div>
    </section>
  );
}
