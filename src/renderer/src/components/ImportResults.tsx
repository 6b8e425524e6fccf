import { useMemo } from 'react';
import type { ImportFileOutcome, ImportReport, ImportStatus } from '../../../shared/model';
import { basename, plural } from '../lib/format';

interface Props {
  report: ImportReport;
  onClose: () => void;
  onOpenArticle: (id: number) => void;
}

const STATUS_LABEL: Record<ImportStatus, string> = {
  imported: 'Imported',
  duplicate: 'Already in library',
  unsupported: 'Not supported',
  failed: 'Failed',
};

function detail(o: ImportFileOutcome): string {
  switch (o.status) {
    case 'imported':
      return o.articles.length === 1 ? '1 article' : `${o.articles.length} articles`;
    case 'duplicate':
      return 'Same content as an article already imported; skipped.';
    case 'unsupported':
      return o.error ?? 'Dossier reads .txt, .md, .html and .htm files.';
    case 'failed':
      return o.error ?? 'Unknown error.';
  }
}

export function ImportResults({ report, onClose, onOpenArticle }: Props) {
  const counts = useMemo(() => {
    const c: Record<ImportStatus, number> = { imported: 0, duplicate: 0, unsupported: 0, failed: 0 };
    let articles = 0;
    for (const f of report.files) {
      c[f.status] += 1;
      if (f.status === 'imported') articles += f.articles.length;
    }
    return { ...c, articles };
  }, [report]);

  const summary = [
    `${plural(counts.imported, 'file')} imported (${plural(counts.articles, 'article')})`,
    counts.duplicate ? `${counts.duplicate} duplicate` : null,
    counts.unsupported ? `${counts.unsupported} unsupported` : null,
    counts.failed ? `${counts.failed} failed` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <section className="import-results" data-testid="import-results" role="dialog" aria-label="Import results">
      <header className="import-results-head">
        <div>
          <h2 className="section-title">Import finished</h2>
          <p className="import-summary">{report.files.length === 0 ? 'No files were found to import.' : summary}</p>
        </div>
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
      </header>
      {(counts.unsupported > 0 || counts.failed > 0) && (
        <p className="import-advice">
          Dossier reads .txt, .md, .html and .htm files. Failed files were not added; fix the reason shown and import them
          again.
        </p>
      )}
      <ol className="import-result-list">
        {report.files.map((o, i) => {
          const target = o.status === 'imported' ? o.articles[0] : o.status === 'duplicate' ? o.duplicateOf?.[0] : undefined;
          return (
            <li key={`${o.path}-${i}`} className={`import-result-row ${o.status}`} data-testid="import-result-row" data-status={o.status}>
              <span className={`status-badge ${o.status}`}>{STATUS_LABEL[o.status]}</span>
              <span className="import-file" title={o.path} dir="auto">
                {basename(o.path)}
              </span>
              <span className="import-detail">{detail(o)}</span>
              {target !== undefined && (
                <button type="button" className="link-button" onClick={() => onOpenArticle(target)}>
                  open
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
