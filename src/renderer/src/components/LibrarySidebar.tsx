import { useMemo, type ReactNode } from 'react';
import { BLOCS, type Bloc, type FactionSummary, type TagCount } from '../../../shared/model';
import { BLOC_LABELS, plural } from '../lib/format';
import { filterCount, isFiltering, type Filter } from '../lib/filter';

interface Props {
  factions: FactionSummary[];
  tags: TagCount[];
  filter: Filter;
  onToggleFaction: (id: string) => void;
  onToggleBloc: (bloc: Bloc) => void;
  onFactionMode: (mode: Filter['factionMode']) => void;
  onWithLineage: (on: boolean) => void;
  onToggleTag: (tag: string) => void;
  onClear: () => void;
  onOpenFaction: (id: string) => void;
  /** Undecided near-duplicates in the library. */
  nearDuplicates: number;
  nearDuplicatesOpen: boolean;
  onOpenNearDuplicates: () => void;
  highlightsOpen: boolean;
  onOpenHighlights: () => void;
  /** Open suggestions of group names the gazetteer lacks. */
  suggestions: number;
  suggestionsOpen: boolean;
  onOpenSuggestions: () => void;
  onRecleanLibrary: () => void;
  articleCount: number;
}

export function LibrarySidebar(props: Props) {
  const { factions, filter } = props;
  const selected = useMemo(() => new Set(filter.factionIds), [filter.factionIds]);
  const selectedBlocs = useMemo(() => new Set(filter.blocs), [filter.blocs]);

  const groups = useMemo(() => {
    const byBloc = new Map<Bloc, FactionSummary[]>();
    for (const f of factions) {
      if (f.kind === 'person') continue;
      if (f.articles === 0 && !selected.has(f.id)) continue;
      const list = byBloc.get(f.bloc) ?? [];
      list.push(f);
      byBloc.set(f.bloc, list);
    }
    return BLOCS.filter((b) => byBloc.has(b) || selectedBlocs.has(b)).map((bloc) => ({
      bloc,
      factions: (byBloc.get(bloc) ?? []).sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)),
    }));
  }, [factions, selected, selectedBlocs]);

  const filtering = isFiltering(filter);

  return (
    <nav className="library" aria-label="Library filters">
      <div className="library-head">
        <h2 className="section-title">Factions</h2>
        <button
          type="button"
          className={`link-button${filtering ? '' : ' quiet'}`}
          data-testid="clear-filters"
          onClick={props.onClear}
          title="Show every article"
        >
          {filtering ? `Clear filter${filterCount(filter) > 1 ? 's' : ''}` : 'All articles'}
        </button>
      </div>
      {filter.factionIds.length > 0 && (
        <div className="filter-options" data-testid="filter-options">
          {filter.factionIds.length > 1 && (
            <div className="segmented" role="radiogroup" aria-label="Articles that mention">
              {(['all', 'any'] as const).map((mode) => (
                <button
                  key={mode}
                  type="button"
                  role="radio"
                  aria-checked={filter.factionMode === mode}
                  className={`segment${filter.factionMode === mode ? ' selected' : ''}`}
                  data-testid={`faction-mode-${mode}`}
                  onClick={() => props.onFactionMode(mode)}
                  title={mode === 'all' ? 'Articles that mention every chosen faction' : 'Articles that mention at least one of them'}
                >
                  {mode === 'all' ? 'all of them' : 'any of them'}
                </button>
              ))}
            </div>
          )}
          <label className="check-option" title="Also count the factions each one grew out of (HTS also finds Nusra and JFS articles)">
            <input
              type="checkbox"
              data-testid="filter-with-lineage"
              checked={filter.withLineage}
              onChange={(e) => props.onWithLineage(e.target.checked)}
            />
            with predecessors
          </label>
        </div>
      )}
      <div className="library-scroll">
        <div data-testid="library-factions" className="library-factions">
          {groups.length === 0 && <p className="muted small">Factions appear here once articles are imported.</p>}
          {groups.map((g) => {
            const blocOn = selectedBlocs.has(g.bloc);
            return (
              <section key={g.bloc} className="bloc-group">
                <button
                  type="button"
                  className={`bloc-heading bloc-${g.bloc}${blocOn ? ' selected' : ''}`}
                  data-testid="library-bloc"
                  data-bloc={g.bloc}
                  aria-pressed={blocOn}
                  onClick={() => props.onToggleBloc(g.bloc)}
                  title={blocOn ? `Stop filtering by the ${BLOC_LABELS[g.bloc]} bloc` : `Articles naming any faction of the ${BLOC_LABELS[g.bloc]} bloc`}
                >
                  <span className="bloc-dot" aria-hidden="true" />
                  {BLOC_LABELS[g.bloc]}
                </button>
                <ul className="plain-list">
                  {g.factions.map((f) => {
                    const on = selected.has(f.id);
                    return (
                      <li key={f.id} className="library-faction-row">
                        <button
                          type="button"
                          className={`library-item bloc-${f.bloc}${on ? ' selected' : ''}`}
                          data-testid="library-faction"
                          data-entity-id={f.id}
                          aria-pressed={on}
                          onClick={() => props.onToggleFaction(f.id)}
                          title={[f.name, f.arabicName, f.lineageHint].filter(Boolean).join(' — ')}
                        >
                          <span className="library-item-name">{f.name}</span>
                          <span className="count" data-testid="library-faction-count">
                            {f.articles}
                          </span>
                        </button>
                        <button
                          type="button"
                          className="row-page-link"
                          data-testid="library-faction-page"
                          data-entity-id={f.id}
                          onClick={() => props.onOpenFaction(f.id)}
                          aria-label={`Open the page of ${f.name}`}
                          title={`${f.name}: names, lineage, articles, notes`}
                        >
                          ›
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
        <section className="library-tags" aria-label="Tags">
          <h2 className="section-title">Tags</h2>
          {props.tags.length === 0 && <p className="muted small">No tags yet. Add them from an open article.</p>}
          <ul className="plain-list">
            {props.tags.map((t) => {
              const on = filter.tag === t.name;
              return (
                <li key={t.name}>
                  <button
                    type="button"
                    className={`library-item tag-item${on ? ' selected' : ''}`}
                    data-testid="library-tag"
                    data-tag={t.name}
                    aria-pressed={on}
                    onClick={() => props.onToggleTag(t.name)}
                  >
                    <span className="library-item-name" dir="auto">
                      #{t.name}
                    </span>
                    <span className="count">{t.articles}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      </div>
      <div className="library-footer">
        <LibraryTool testid="open-highlights" open={props.highlightsOpen} onClick={props.onOpenHighlights} title="Every passage you highlighted, with your notes on them">
          Your highlights
        </LibraryTool>
        <LibraryTool
          testid="open-suggestions"
          open={props.suggestionsOpen}
          onClick={props.onOpenSuggestions}
          title="Group names found in your articles that the gazetteer does not know: accept as factions or dismiss"
          badge={{ count: props.suggestions, testid: 'suggestions-count', label: `${plural(props.suggestions, 'suggestion')} to review` }}
        >
          Unknown groups
        </LibraryTool>
        <LibraryTool
          testid="open-near-duplicates"
          open={props.nearDuplicatesOpen}
          onClick={props.onOpenNearDuplicates}
          title="Articles that look like another one in the library: keep both, skip, or link as versions"
          badge={{ count: props.nearDuplicates, testid: 'near-duplicates-count', label: `${props.nearDuplicates} to decide` }}
        >
          Possible duplicates
        </LibraryTool>
        <button
          type="button"
          className="library-item library-tool"
          data-testid="reclean-library"
          onClick={props.onRecleanLibrary}
          disabled={props.articleCount === 0}
          title="Clean every article again from its stored original, with the current cleaner"
        >
          <span className="library-item-name">Re-clean the whole library…</span>
        </button>
      </div>
    </nav>
  );
}

/** A view opened from the foot of the library column, with the number of things waiting in it. */
function LibraryTool(props: {
  testid: string;
  open: boolean;
  onClick: () => void;
  title: string;
  badge?: { count: number; testid: string; label: string };
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`library-item library-tool${props.open ? ' selected' : ''}`}
      data-testid={props.testid}
      aria-pressed={props.open}
      onClick={props.onClick}
      title={props.title}
    >
      <span className="library-item-name">{props.children}</span>
      {props.badge && (
        <span className={`count${props.badge.count > 0 ? ' badge' : ''}`} data-testid={props.badge.testid} aria-label={props.badge.label}>
          {props.badge.count}
        </span>
      )}
    </button>
  );
}
