import { useMemo } from 'react';
import { BLOCS, type ArticleFaction, type Bloc } from '../../../shared/model';
import { BLOC_LABELS } from '../lib/format';

export interface StepState {
  entityId: string;
  /** 0-based index of the current mention among the entity's marks in the body. */
  index: number;
  total: number;
}

interface Props {
  factions: ArticleFaction[];
  people: ArticleFaction[];
  step: StepState | null;
  onSelect: (entityId: string) => void;
  onStep: (delta: 1 | -1) => void;
  onClearStep: () => void;
  onOpenFaction: (entityId: string) => void;
  /** "Not this faction": drops the mention the stepper stands on, now and after every re-match. */
  onRejectCurrent: () => void;
}

function Stepper({
  step,
  name,
  onStep,
  onClearStep,
  onRejectCurrent,
}: {
  step: StepState;
  name: string;
  onStep: (d: 1 | -1) => void;
  onClearStep: () => void;
  onRejectCurrent: () => void;
}) {
  return (
    <div className="stepper" role="group" aria-label="Step through mentions">
      <button type="button" className="button small" onClick={() => onStep(-1)} title="Previous mention (Shift+N)" aria-label="Previous mention">
        ‹
      </button>
      <span className="step-position" data-testid="mention-step-position" aria-live="polite">
        {step.total === 0 ? '0 / 0' : `${step.index + 1} / ${step.total}`}
      </span>
      <button type="button" className="button small" onClick={() => onStep(1)} title="Next mention (N)" aria-label="Next mention">
        ›
      </button>
      <span className="stepper-hint">n / N</span>
      <button type="button" className="link-button quiet" onClick={onClearStep} title="Stop stepping (Esc)">
        done
      </button>
      {step.total > 0 && (
        <button
          type="button"
          className="link-button reject-mention"
          data-testid="reject-mention"
          onClick={onRejectCurrent}
          title={`This highlighted word is not ${name}: drop this one mention, now and after every re-match (x)`}
        >
          not {name}?
        </button>
      )}
    </div>
  );
}

function EntityButton({
  entity,
  selected,
  testid,
  onSelect,
}: {
  entity: ArticleFaction;
  selected: boolean;
  testid: string;
  onSelect: (id: string) => void;
}) {
  return (
    <button
      type="button"
      className={`sidebar-entity bloc-${entity.bloc}${selected ? ' selected' : ''}${entity.kind === 'person' ? ' person' : ''}`}
      data-testid={testid}
      data-entity-id={entity.id}
      aria-pressed={selected}
      onClick={() => onSelect(entity.id)}
      title={selected ? 'Next mention (N)' : 'Step through its mentions in the article'}
    >
      <span className="sidebar-entity-line">
        <span className="bloc-dot" aria-hidden="true" />
        <span className="sidebar-entity-name">{entity.name}</span>
        <span className="count" data-testid={testid === 'sidebar-faction' ? 'sidebar-faction-count' : undefined}>
          {entity.count}
        </span>
      </span>
      {entity.forms.length > 0 && !(entity.forms.length === 1 && entity.forms[0] === entity.name) && (
        <span className="sidebar-forms" dir="auto">
          as {entity.forms.map((f) => `“${f}”`).join(', ')}
        </span>
      )}
      {entity.lineageHint && (
        <span className="lineage-hint" data-testid={testid === 'sidebar-faction' ? 'lineage-hint' : undefined}>
          {entity.lineageHint}
        </span>
      )}
    </button>
  );
}

export function FactionSidebar({ factions, people, step, onSelect, onStep, onClearStep, onOpenFaction, onRejectCurrent }: Props) {
  const groups = useMemo(() => {
    const byBloc = new Map<Bloc, ArticleFaction[]>();
    for (const f of factions) {
      const list = byBloc.get(f.bloc) ?? [];
      list.push(f);
      byBloc.set(f.bloc, list);
    }
    return BLOCS.filter((b) => byBloc.has(b)).map((bloc) => ({ bloc, list: byBloc.get(bloc) ?? [] }));
  }, [factions]);

  const renderEntity = (e: ArticleFaction, testid: string) => {
    const selected = step?.entityId === e.id;
    return (
      <li key={e.id} className="sidebar-entity-row">
        <EntityButton entity={e} selected={selected} testid={testid} onSelect={onSelect} />
        <button
          type="button"
          className="row-page-link"
          data-testid="sidebar-faction-page"
          data-entity-id={e.id}
          onClick={() => onOpenFaction(e.id)}
          aria-label={`Open the page of ${e.name}`}
          title={`${e.name}: names, lineage, every article, your note`}
        >
          ›
        </button>
        {selected && step && <Stepper step={step} name={e.name} onStep={onStep} onClearStep={onClearStep} onRejectCurrent={onRejectCurrent} />}
      </li>
    );
  };

  return (
    <section className="faction-sidebar" data-testid="faction-sidebar" aria-label="Factions in this article">
      <h2 className="section-title">Factions in this article</h2>
      {groups.length === 0 && <p className="muted small">No factions recognised in the body.</p>}
      {groups.map((g) => (
        <div key={g.bloc} className="bloc-group">
          <h3 className={`bloc-heading bloc-${g.bloc}`}>
            <span className="bloc-dot" aria-hidden="true" />
            {BLOC_LABELS[g.bloc]}
          </h3>
          <ul className="plain-list">{g.list.map((e) => renderEntity(e, 'sidebar-faction'))}</ul>
        </div>
      ))}
      {people.length > 0 && (
        <div className="bloc-group people">
          <h3 className="bloc-heading">People named</h3>
          <ul className="plain-list">{people.map((e) => renderEntity(e, 'sidebar-person'))}</ul>
        </div>
      )}
    </section>
  );
}
