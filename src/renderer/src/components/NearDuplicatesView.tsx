import { useEffect, useState } from 'react';
import type { DossierBridge } from '../../../shared/api';
import type { NearDuplicate, NearDuplicateDecision } from '../../../shared/model';
import { errorText, sentence } from '../lib/format';
import { NearDuplicateRow, type ResolveNearDuplicate } from './NearDuplicateRow';

interface Props {
  bridge: DossierBridge;
  /** Changes when the library changes, to load the list again. */
  reloadKey: number;
  onResolve: ResolveNearDuplicate;
  onOpenArticle: (id: number) => void;
  onClose: () => void;
}

const keyOf = (n: { articleId: number; otherId: number }): string => `${n.articleId}-${n.otherId}`;

/** Every near-duplicate nobody has decided on yet, with the same three choices as at import time. */
export function NearDuplicatesView({ bridge, reloadKey, onResolve, onOpenArticle, onClose }: Props) {
  const [list, setList] = useState<NearDuplicate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Decisions taken here stay visible (with what was done) until the view is opened again.
  const [decided, setDecided] = useState<ReadonlyMap<string, { pair: NearDuplicate; decision: NearDuplicateDecision }>>(
    () => new Map(),
  );

  useEffect(() => {
    let cancelled = false;
    bridge.api.listNearDuplicates({}).then(
      (found) => {
        if (cancelled) return;
        setList(found);
        setError(null);
      },
      (e: unknown) => !cancelled && setError(errorText(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [bridge, reloadKey]);

  const resolve: ResolveNearDuplicate = async (pair, decision) => {
    const ok = await onResolve(pair, decision);
    if (ok && decision !== 'skip') {
      const found = list?.find((n) => keyOf(n) === keyOf(pair));
      if (found) setDecided((prev) => new Map(prev).set(keyOf(pair), { pair: found, decision }));
    }
    if (ok && decision === 'skip') {
      setList((prev) => prev?.filter((n) => n.articleId !== pair.articleId && n.otherId !== pair.articleId) ?? prev);
    }
    return ok;
  };

  const open = list ?? [];
  const openKeys = new Set(open.map(keyOf));
  const rows = [...open.map((n) => ({ pair: n, decision: decided.get(keyOf(n))?.decision })), ...[...decided.values()].filter((d) => !openKeys.has(keyOf(d.pair)))];
  rows.sort((a, b) => b.pair.foundAt.localeCompare(a.pair.foundAt) || b.pair.similarity - a.pair.similarity);
  const undecided = rows.filter((r) => !r.decision).length;

  return (
    <section className="side-view" data-testid="near-duplicates-view" aria-labelledby="near-duplicates-title">
      <header className="side-view-head">
        <div>
          <h1 id="near-duplicates-title" className="side-view-title">
            Possible duplicates
          </h1>
          <p className="muted small">
            Articles that read much like another one in the library: the same story saved twice with other page
            furniture, or syndicated by two outlets. Keep both, skip the newer copy (its original file stays in the
            library), or link them as versions of one story.
          </p>
        </div>
        <button type="button" className="button small" onClick={onClose} data-testid="near-duplicates-close" title="Back to reading (Esc)">
          Close
        </button>
      </header>
      {error && list === null ? (
        <p className="problem">Couldn't load the possible duplicates: {sentence(error)} Close this view and open it again.</p>
      ) : list === null ? (
        <p className="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted" data-testid="near-duplicates-empty">
          Nothing to decide: no article looks like another one you have not already kept, skipped or linked.
        </p>
      ) : (
        <>
          <p className="small muted">{undecided === 0 ? 'All decided.' : `${undecided} to decide.`}</p>
          <ul className="plain-list near-duplicate-list">
            {rows.map(({ pair, decision }) => (
              <NearDuplicateRow
                key={`${keyOf(pair)}-${decision ?? 'open'}`}
                pair={pair}
                decided={decision}
                onResolve={resolve}
                onOpenArticle={onOpenArticle}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
