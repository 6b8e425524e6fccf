import { useMemo } from 'react';
import { BLOCS, type Bloc, type GazetteerEntrySummary } from '../../../shared/model';
import { BLOC_LABELS } from '../lib/format';
import { LINEAGE_RELATIONS, relationLabel, type LineageRelation } from '../lib/filter';

interface Props {
  entries: GazetteerEntrySummary[];
  value: string;
  onChange: (id: string) => void;
  /** Left out of the choices (e.g. the faction being edited). */
  exclude?: string;
  testid?: string;
  label: string;
  placeholder?: string;
  /** People are not factions; they are left out unless asked for. */
  includePeople?: boolean;
}

/** Every entry of the effective gazetteer, grouped by bloc: a native select, so typing a name jumps to it. */
export function FactionPicker({ entries, value, onChange, exclude, testid, label, placeholder, includePeople }: Props) {
  const groups = useMemo(() => {
    const byBloc = new Map<Bloc, GazetteerEntrySummary[]>();
    for (const e of entries) {
      if (e.id === exclude) continue;
      if (e.kind === 'person' && !includePeople) continue;
      const list = byBloc.get(e.bloc) ?? [];
      list.push(e);
      byBloc.set(e.bloc, list);
    }
    return BLOCS.filter((b) => byBloc.has(b)).map((bloc) => ({
      bloc,
      list: (byBloc.get(bloc) ?? []).sort((a, b) => a.name.localeCompare(b.name)),
    }));
  }, [entries, exclude, includePeople]);

  return (
    <select className="field-select" data-testid={testid} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{placeholder ?? 'Choose a faction…'}</option>
      {groups.map((g) => (
        <optgroup key={g.bloc} label={BLOC_LABELS[g.bloc]}>
          {g.list.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
              {e.origin === 'user' ? ' (yours)' : ''}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

export function BlocSelect({ value, onChange, testid, label }: { value: Bloc; onChange: (b: Bloc) => void; testid?: string; label: string }) {
  return (
    <select className="field-select" data-testid={testid} aria-label={label} value={value} onChange={(e) => {
        const picked = BLOCS.find((b) => b === e.target.value);
        if (picked) onChange(picked);
      }}
    >
      {BLOCS.map((b) => (
        <option key={b} value={b}>
          {BLOC_LABELS[b]}
        </option>
      ))}
    </select>
  );
}

/** The kind of a lineage link, read as "this faction … the other" (renamed to, merged into, split from…). */
export function RelationSelect({ value, onChange, testid }: { value: LineageRelation; onChange: (r: LineageRelation) => void; testid: string }) {
  return (
    <select
      className="field-select narrow"
      data-testid={testid}
      aria-label="Relation"
      value={value}
      onChange={(e) => {
        const picked = LINEAGE_RELATIONS.find((r) => r === e.target.value);
        if (picked) onChange(picked);
      }}
    >
      {LINEAGE_RELATIONS.map((r) => (
        <option key={r} value={r}>
          {relationLabel(r)}
        </option>
      ))}
    </select>
  );
}
