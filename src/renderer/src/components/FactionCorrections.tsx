import { useState, type FormEvent } from 'react';
import type { DossierApi } from '../../../shared/api';
import type { Bloc, FactionPage, GazetteerEntrySummary } from '../../../shared/model';
import { errorText, sentence } from '../lib/format';
import type { LineageRelation } from '../lib/filter';
import { BlocSelect, FactionPicker, RelationSelect } from './FactionPicker';

interface Props {
  api: DossierApi;
  page: FactionPage;
  gazetteer: GazetteerEntrySummary[];
  /** A correction was stored: say so; after a merge the page moves to the faction merged into. */
  onCorrected: (message: string, goTo?: string) => void;
  onError: (message: string) => void;
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The analyst's corrections of one faction. Each is stored apart from the shipped gazetteer; the
 * library is then re-tagged in the background (the top bar shows the progress).
 */
export function FactionCorrections({ api, page, gazetteer, onCorrected, onError }: Props) {
  const [busy, setBusy] = useState(false);
  const [alias, setAlias] = useState('');
  const [name, setName] = useState(page.name);
  const [mergeTarget, setMergeTarget] = useState('');
  const [confirmMerge, setConfirmMerge] = useState(false);
  const [splitAlias, setSplitAlias] = useState('');
  const [splitName, setSplitName] = useState('');
  const [splitBloc, setSplitBloc] = useState<Bloc>(page.bloc);
  const [relation, setRelation] = useState<LineageRelation>('renamed-to');
  const [lineageTarget, setLineageTarget] = useState('');
  const [lineageDate, setLineageDate] = useState('');
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);

  const run = async (field: string, action: () => Promise<string>, what: string, goTo?: string): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      const summary = await action();
      onCorrected(summary, goTo);
      return true;
    } catch (e) {
      const reason = sentence(errorText(e));
      setProblem({ field, text: reason });
      onError(`Couldn't ${what}: ${reason} Nothing was changed.`);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const nameOf = (id: string): string => gazetteer.find((g) => g.id === id)?.name ?? id;

  const addAlias = async (e: FormEvent) => {
    e.preventDefault();
    const value = alias.trim();
    if (value.length < 2) {
      setProblem({ field: 'alias', text: 'An alias needs at least two characters.' });
      return;
    }
    if (await run('alias', async () => (await api.addFactionAlias({ factionId: page.id, alias: value })).summary, `add “${value}”`)) setAlias('');
  };

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    const value = name.trim();
    if (value === page.name) return;
    if (value.length < 2) {
      setProblem({ field: 'rename', text: 'A name needs at least two characters.' });
      return;
    }
    await run('rename', async () => (await api.renameFaction({ factionId: page.id, name: value })).summary, `rename ${page.name}`);
  };

  const merge = async () => {
    if (!mergeTarget) return;
    const target = mergeTarget;
    if (await run('merge', async () => (await api.mergeFactions({ sourceId: page.id, targetId: target })).summary, `merge ${page.name} into ${nameOf(target)}`, target)) {
      setConfirmMerge(false);
      setMergeTarget('');
    }
  };

  const split = async (e: FormEvent) => {
    e.preventDefault();
    if (!splitAlias) return;
    const newName = splitName.trim();
    const ok = await run(
      'split',
      async () =>
        (
          await api.splitFactionAlias({
            factionId: page.id,
            alias: splitAlias,
            ...(newName ? { newFactionName: newName, bloc: splitBloc } : {}),
          })
        ).summary,
      `split “${splitAlias}” off ${page.name}`,
    );
    if (ok) {
      setSplitAlias('');
      setSplitName('');
    }
  };

  const addLineage = async (e: FormEvent) => {
    e.preventDefault();
    if (!lineageTarget) {
      setProblem({ field: 'lineage', text: 'Choose the other faction.' });
      return;
    }
    const date = lineageDate.trim();
    if (date && !DATE_RE.test(date)) {
      setProblem({ field: 'lineage', text: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.' });
      return;
    }
    const ok = await run(
      'lineage',
      async () => (await api.addLineageLink({ factionId: page.id, relation, targetId: lineageTarget, date: date || null })).summary,
      'add the lineage link',
    );
    if (ok) {
      setLineageTarget('');
      setLineageDate('');
    }
  };

  const fieldProblem = (field: string) =>
    problem?.field === field ? (
      <p className="field-problem" role="alert">
        {problem.text}
      </p>
    ) : null;

  return (
    <div className="corrections" data-testid="faction-corrections">
      <form className="correction" onSubmit={addAlias}>
        <label className="correction-label" htmlFor="fx-alias">
          Add an alias
        </label>
        <div className="correction-line">
          <input
            id="fx-alias"
            className="field-input"
            data-testid="add-alias"
            dir="auto"
            value={alias}
            onChange={(e) => setAlias(e.target.value)}
            placeholder="Another name, spelling or acronym"
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="button small" data-testid="add-alias-submit" disabled={busy || alias.trim().length < 2}>
            Add
          </button>
        </div>
        {fieldProblem('alias')}
      </form>

      <form className="correction" onSubmit={rename}>
        <label className="correction-label" htmlFor="fx-rename">
          Rename
        </label>
        <div className="correction-line">
          <input
            id="fx-rename"
            className="field-input"
            data-testid="rename-faction"
            dir="auto"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="button small" data-testid="rename-faction-submit" disabled={busy || name.trim() === page.name || name.trim().length < 2}>
            Rename
          </button>
        </div>
        {fieldProblem('rename')}
      </form>

      <div className="correction">
        <span className="correction-label">Merge into…</span>
        <div className="correction-line">
          <FactionPicker
            entries={gazetteer}
            value={mergeTarget}
            onChange={(id) => {
              setMergeTarget(id);
              setConfirmMerge(false);
            }}
            exclude={page.id}
            testid="merge-faction"
            label={`Merge ${page.name} into`}
          />
          <button type="button" className="button small" data-testid="merge-faction-submit" disabled={busy || !mergeTarget} onClick={() => setConfirmMerge(true)}>
            Merge…
          </button>
        </div>
        {confirmMerge && mergeTarget && (
          <div className="confirm" role="alertdialog" aria-label="Confirm the merge">
            <p>
              Merge <strong>{page.name}</strong> into <strong>{nameOf(mergeTarget)}</strong>? Its names, mentions and your note will count as{' '}
              {nameOf(mergeTarget)} from now on.
            </p>
            <div className="dialog-actions">
              <button type="button" className="button small primary" data-testid="merge-confirm" disabled={busy} onClick={() => void merge()}>
                Merge
              </button>
              <button type="button" className="button small" onClick={() => setConfirmMerge(false)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {fieldProblem('merge')}
      </div>

      <form className="correction" onSubmit={split}>
        <span className="correction-label">Split an alias off</span>
        <div className="correction-line">
          <select className="field-select" data-testid="split-alias" aria-label="Alias to split off" value={splitAlias} onChange={(e) => setSplitAlias(e.target.value)}>
            <option value="">Choose an alias…</option>
            {page.aliases.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        {splitAlias && (
          <div className="correction-line">
            <input
              className="field-input"
              data-testid="split-new-name"
              dir="auto"
              value={splitName}
              onChange={(e) => setSplitName(e.target.value)}
              placeholder="New faction name (optional)"
              aria-label="Name of a new faction for this alias (optional)"
            />
            {splitName.trim() && <BlocSelect value={splitBloc} onChange={setSplitBloc} label="Bloc of the new faction" testid="split-bloc" />}
          </div>
        )}
        {splitAlias && (
          <div className="correction-line">
            <span className="muted small">
              {splitName.trim() ? `“${splitAlias}” becomes a faction of its own.` : `“${splitAlias}” will no longer count as ${page.name}.`}
            </span>
            <button type="submit" className="button small" data-testid="split-alias-submit" disabled={busy}>
              Split off
            </button>
          </div>
        )}
        {fieldProblem('split')}
      </form>

      <form className="correction" data-testid="add-lineage" onSubmit={addLineage}>
        <span className="correction-label">Add a lineage link</span>
        <div className="correction-line">
          <span className="muted small">{page.name}</span>
          <RelationSelect value={relation} onChange={setRelation} testid="lineage-relation" />
        </div>
        <div className="correction-line">
          <FactionPicker entries={gazetteer} value={lineageTarget} onChange={setLineageTarget} exclude={page.id} testid="lineage-target" label="Other faction" />
          <input
            className="field-input date"
            data-testid="lineage-date"
            value={lineageDate}
            onChange={(e) => setLineageDate(e.target.value)}
            placeholder="YYYY-MM-DD"
            aria-label="Date (YYYY, YYYY-MM or YYYY-MM-DD, optional)"
            inputMode="numeric"
          />
          <button type="submit" className="button small" data-testid="add-lineage-submit" disabled={busy || !lineageTarget}>
            Add
          </button>
        </div>
        {fieldProblem('lineage')}
      </form>
    </div>
  );
}
