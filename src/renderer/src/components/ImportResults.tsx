import { useEffect, useMemo, useState } from 'react';
import type { DossierBridge } from '../../../shared/api';
import type { ImportFileOutcome, ImportReport, ImportStatus, NearDuplicateDecision } from '../../../shared/model';
import { basename, isDiskPath, plural } from '../lib/format';
import { NearDuplicateRow, type NearDuplicatePair, type ResolveNearDuplicate } from './NearDuplicateRow';

interface Props {
  bridge: DossierBridge;
  report: ImportReport;
  onClose: () => void;
  onOpenArticle: (id: number) => void;
  onRetry: (paths: string[]) => void;
  onResolve: ResolveNearDuplicate;
  /** True while another import runs (Retry waits for it). */
  busy: boolean;
}

const STATUS_LABEL: Record<ImportStatus, string> = {
  imported: 'Imported',
  duplicate: 'Already in library',
  unsupported: 'Not supported',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Problems first, so the rows that need the reader's attention are at the top. */
const STATUS_ORDER: ImportStatus[] = ['failed', 'unsupported', 'cancelled', 'duplicate', 'imported'];

/** Rows shown per status before "Show all"; failures and unsupported files are always all shown. */
const ROWS_PER_STATUS = 200;

function detail(o: ImportFileOutcome): string {
  switch (o.status) {
    case 'imported':
      return o.articles.length === 1 ? '1 article' : `${o.articles.length} articles`;
    case 'duplicate':
      return 'Same content as an article already imported; skipped.';
    case 'unsupported':
      return o.error ?? 'Dossier reads .txt, .md, .html, .htm, .mhtml, .pdf and .docx files.';
    case 'failed':
      return o.error ?? 'Unknown error.';
    case 'cancelled':
      // The usual reason is said once above the list; only an unusual one is repeated per row.
      return o.error && !/cancelled before this file/i.test(o.error) ? o.error : '';
    default:
      return '';
  }
}

export function ImportResults({ bridge, report, onClose, onOpenArticle, onRetry, onResolve, busy }: Props) {
  const counts = useMemo(() => {
    const c: Record<ImportStatus, number> = { imported: 0, duplicate: 0, unsupported: 0, failed: 0, cancelled: 0 };
    let articles = 0;
    for (const f of report.files) {
      c[f.status] += 1;
      if (f.status === 'imported') articles += f.articles.length;
    }
    return { ...c, articles };
  }, [report]);

  const grouped = useMemo(() => {
    const by = new Map<ImportStatus, ImportFileOutcome[]>();
    for (const f of report.files) {
      const list = by.get(f.status) ?? [];
      list.push(f);
      by.set(f.status, list);
    }
    return STATUS_ORDER.filter((s) => by.has(s)).map((status) => ({ status, files: by.get(status) ?? [] }));
  }, [report]);

  const retryPaths = useMemo(
    () => report.files.filter((f) => (f.status === 'failed' || f.status === 'cancelled') && isDiskPath(f.path)).map((f) => f.path),
    [report],
  );
  const notRetryable = counts.failed + counts.cancelled - retryPaths.length;

  // Near-duplicates found by this import; titles of the new articles come from the core's list.
  const similar = useMemo(
    () =>
      report.files.flatMap((f) =>
        (f.similar ?? []).map((s) => ({
          articleId: s.articleId,
          otherId: s.similarTo.id,
          otherTitle: s.similarTo.title,
          otherOutlet: s.similarTo.outlet,
          similarity: s.similarity,
          path: f.path,
        })),
      ),
    [report],
  );
  const [titles, setTitles] = useState<Map<number, { title: string; outlet: string | null }>>(() => new Map());
  useEffect(() => {
    if (similar.length === 0) return;
    let cancelled = false;
    bridge.api.listNearDuplicates({}).then(
      (list) => {
        if (cancelled) return;
        const map = new Map<number, { title: string; outlet: string | null }>();
        for (const n of list) {
          map.set(n.articleId, { title: n.title, outlet: n.outlet });
          map.set(n.otherId, { title: n.otherTitle, outlet: n.otherOutlet });
        }
        setTitles(map);
      },
      () => undefined, // the file names stand in for the titles
    );
    return () => {
      cancelled = true;
    };
  }, [bridge, similar]);

  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const [decided, setDecided] = useState<ReadonlyMap<string, NearDuplicateDecision>>(() => new Map());
  const pairs: (NearDuplicatePair & { key: string })[] = similar
    .map((s) => {
      const known = titles.get(s.articleId);
      return {
        key: `${s.articleId}-${s.otherId}`,
        articleId: s.articleId,
        title: known?.title ?? basename(s.path),
        outlet: known?.outlet ?? null,
        otherId: s.otherId,
        otherTitle: s.otherTitle,
        otherOutlet: s.otherOutlet,
        similarity: s.similarity,
      };
    })
    .filter((p) => !skipped.has(p.key));

  const resolve: ResolveNearDuplicate = async (pair, decision) => {
    const ok = await onResolve(pair, decision);
    if (ok) {
      const key = `${pair.articleId}-${pair.otherId}`;
      if (decision === 'skip') {
        // The skipped article is gone, and with it every other pair it was in.
        setSkipped((prev) => {
          const next = new Set(prev);
          for (const s of similar) if (s.articleId === pair.articleId || s.otherId === pair.articleId) next.add(`${s.articleId}-${s.otherId}`);
          return next;
        });
      } else {
        setDecided((prev) => new Map(prev).set(key, decision));
      }
    }
    return ok;
  };

  const [expanded, setExpanded] = useState<ReadonlySet<ImportStatus>>(() => new Set());

  const cancelledBatch = counts.cancelled > 0;
  const summary = [
    `${plural(counts.imported, 'file')} imported (${plural(counts.articles, 'article')})`,
    counts.duplicate ? `${counts.duplicate} already in library` : null,
    counts.unsupported ? `${counts.unsupported} not supported` : null,
    counts.failed ? `${counts.failed} failed` : null,
    counts.cancelled ? `${counts.cancelled} cancelled` : null,
    similar.length ? `${similar.length} possibly the same as others` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <section className="import-results" data-testid="import-results" role="dialog" aria-label="Import results">
      <header className="import-results-head">
        <div>
          <h2 className="section-title">{cancelledBatch ? 'Import cancelled' : 'Import finished'}</h2>
          <p className="import-summary" data-testid="import-summary">
            {report.files.length === 0 ? 'No files were found to import.' : summary}
          </p>
        </div>
        <div className="import-results-actions">
          {retryPaths.length > 0 && (
            <button
              type="button"
              className="button small primary"
              data-testid="import-retry"
              disabled={busy}
              onClick={() => onRetry(retryPaths)}
              title={busy ? 'Wait for the running import to finish' : 'Import the failed and cancelled files again'}
            >
              Retry {retryPaths.length === 1 ? '1 file' : `${retryPaths.length} files`}
            </button>
          )}
          <button
            type="button"
            className="button small"
            data-testid="import-results-close"
            onClick={onClose}
            title="Close (Esc)"
            aria-label="Close import results"
          >
            Close
          </button>
        </div>
      </header>
      {cancelledBatch && (
        <p className="import-advice">
          The import was stopped. Every file imported before that is complete in the library; nothing of the cancelled
          ones was stored.{retryPaths.length > 0 ? ' Retry imports them now.' : ''}
        </p>
      )}
      {(counts.unsupported > 0 || counts.failed > 0) && (
        <p className="import-advice">
          Failed and unsupported files were not added; each row says why. Fix the reason (a damaged or password-protected
          file, a file moved away) and use Retry, or import them again.
          {notRetryable > 0 &&
            ` ${plural(notRetryable, 'file')} dropped without a place on disk cannot be retried from here; drop ${notRetryable === 1 ? 'it' : 'them'} again.`}
        </p>
      )}
      <div className="import-results-scroll">
        {pairs.length > 0 && (
          <section className="import-near-duplicates" aria-label="Possible duplicates">
            <h3 className="section-title">Possibly the same story</h3>
            <ul className="plain-list near-duplicate-list">
              {pairs.map((p) => (
                <NearDuplicateRow
                  key={p.key}
                  pair={p}
                  decided={decided.get(p.key)}
                  onResolve={resolve}
                  onOpenArticle={onOpenArticle}
                />
              ))}
            </ul>
          </section>
        )}
        <ol className="import-result-list">
          {grouped.map(({ status, files }) => {
            const capped = status !== 'failed' && status !== 'unsupported' && !expanded.has(status);
            const shown = capped ? files.slice(0, ROWS_PER_STATUS) : files;
            return [
              ...shown.map((o, i) => {
                const target =
                  o.status === 'imported' ? o.articles[0] : o.status === 'duplicate' ? o.duplicateOf?.[0] : undefined;
                return (
                  <li
                    key={`${status}-${i}`}
                    className={`import-result-row ${o.status}`}
                    data-testid="import-result-row"
                    data-status={o.status}
                  >
                    <span className={`status-badge ${o.status}`}>{STATUS_LABEL[o.status]}</span>
                    <span className="import-file" title={o.path} dir="auto">
                      {basename(o.path)}
                    </span>
                    {detail(o) && <span className="import-detail">{detail(o)}</span>}
                    {target !== undefined && (
                      <button type="button" className="link-button" onClick={() => onOpenArticle(target)}>
                        open
                      </button>
                    )}
                  </li>
                );
              }),
              shown.length < files.length ? (
                <li key={`${status}-more`} className="import-result-more">
                  <button
                    type="button"
                    className="link-button"
                    data-testid="import-show-all"
                    onClick={() => setExpanded((prev) => new Set(prev).add(status))}
                  >
                    Show all {files.length} “{STATUS_LABEL[status].toLowerCase()}” files ({files.length - shown.length} more)
                  </button>
                </li>
              ) : null,
            ];
          })}
        </ol>
      </div>
    </section>
  );
}
