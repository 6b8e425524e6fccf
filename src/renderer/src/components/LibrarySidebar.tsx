import { useMemo } from 'react';
import { BLOCS, type Bloc, type FactionSummary, type TagCount } from '../../../shared/model';
import { BLOC_LABELS } from '../lib/format';

interface Props {
  factions: FactionSummary[];
  tags: TagCount[];
  selectedFactions: string[];
  selectedTag: string | null;
  onToggleFaction: (id: string) => void;
  onToggleTag: (tag: string) => void;
  onClear: () => void;
  /** Undecided near-duplicates in the library. */
  nearDuplicates: number;
  nearDuplicatesOpen: boolean;
  onOpenNearDuplicates: () => void;
  onRecleanLibrary: () => void;
  articleCount: number;
}

export function LibrarySidebar(props: Props) {
  const { factions, selectedFactions, selectedTag } = props;
  const selected = useMemo(() => new Set(selectedFactions), [selectedFactions]);

  const groups = useMemo(() => {
    const byBloc = new Map<Bloc, FactionSummary[]>();
    for (const f of factions) {
      if (f.kind === 'person') continue;
      if (f.articles === 0 && !selected.has(f.id)) continue;
      const list = byBloc.get(f.bloc) ?? [];
      list.push(f);
      byBloc.set(f.bloc, list);
    }
    return BLOCS.filter((b) => byBloc.has(b)).map((bloc) => ({
      bloc,
      factions: (byBloc.get(bloc) ?? []).sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)),
    }));
  }, [factions, selected]);

  const filtering = selectedFactions.length > 0 || selectedTag !== null;

  return (
    <nav className="library" aria-label="Library filters">
      <div className="library-head">
        <h2 className="section-title">Factions</h2>
        <button
          type="button"
          className={`link-button${filtering ? '' : ' quiet'}`}
          data-testid="clear-filters"
          onClick={props.onClear}
          title="Show every article (Esc)"
        >
          {filtering ? `Clear filter${selectedFactions.length + (selectedTag ? 1 : 0) > 1 ? 's' : ''}` : 'All articles'}
        </button>
      </div>
      <div className="library-scroll">
        <div data-testid="library-factions" className="library-factions">
          {groups.length === 0 && <p className="muted small">Factions appear here once articles are imported.</p>}
          {groups.map((g) => (
            <section key={g.bloc} className="bloc-group">
              <h3 className={`bloc-heading bloc-${g.bloc}`}>
                <span className="bloc-dot" aria-hidden="true" />
                {BLOC_LABELS[g.bloc]}
              </h3>
              <ul className="plain-list">
                {g.factions.map((f) => {
                  const on = selected.has(f.id);
                  return (
                    <li key={f.id}>
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
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
        <section className="library-tags" aria-label="Tags">
          <h2 className="section-title">Tags</h2>
          {props.tags.length === 0 && <p className="muted small">No tags yet. Add them from an open article.</p>}
          <ul className="plain-list">
            {props.tags.map((t) => {
              const on = selectedTag === t.name;
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
        <button
          type="button"
          className={`library-item library-tool${props.nearDuplicatesOpen ? ' selected' : ''}`}
          data-testid="open-near-duplicates"
          aria-pressed={props.nearDuplicatesOpen}
          onClick={props.onOpenNearDuplicates}
          title="Articles that look like another one in the library: keep both, skip, or link as versions"
        >
          <span className="library-item-name">Possible duplicates</span>
          <span
            className={`count${props.nearDuplicates > 0 ? ' badge' : ''}`}
            data-testid="near-duplicates-count"
            aria-label={`${props.nearDuplicates} to decide`}
          >
            {props.nearDuplicates}
          </span>
        </button>
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
