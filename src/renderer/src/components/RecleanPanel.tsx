import { useCallback, useEffect, useRef, useState } from 'react';
import type { DossierBridge } from '../../../shared/api';
import type { RecleanProgress, RecleanReport } from '../../../shared/model';
import { errorText, plural, sentence } from '../lib/format';

export type RecleanRequest =
  | { scope: 'library'; articles: number }
  | { scope: 'articles'; ids: number[]; label: string };

interface Props {
  bridge: DossierBridge;
  request: RecleanRequest;
  onClose: () => void;
  /** After a run: the library changed, lists and the open article should be loaded again. */
  onFinished: (report: RecleanReport | null) => void;
  /** True from the start of a run to its end. */
  onRunningChange: (running: boolean) => void;
  onOpenArticle: (id: number) => void;
  titleOf: (id: number) => string | null;
}

type Phase =
  | { kind: 'confirm' }
  | { kind: 'running' }
  | { kind: 'done'; report: RecleanReport }
  | { kind: 'error'; message: string };

/**
 * Re-cleaning from the stored originals: a confirm step for the whole library, progress while it
 * runs, then what changed. Tags, notes and links stay attached (articles keep their ids).
 */
export function RecleanPanel({ bridge, request, onClose, onFinished, onRunningChange, onOpenArticle, titleOf }: Props) {
  const [phase, setPhase] = useState<Phase>(request.scope === 'library' ? { kind: 'confirm' } : { kind: 'running' });
  const [progress, setProgress] = useState<RecleanProgress | null>(null);
  const started = useRef(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;
  const runningRef = useRef(onRunningChange);
  runningRef.current = onRunningChange;

  useEffect(
    () =>
      bridge.on('recleanProgress', (p) => {
        if (started.current) setProgress(p);
      }),
    [bridge],
  );

  const run = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setPhase({ kind: 'running' });
    runningRef.current(true);
    const input = request.scope === 'library' ? {} : { articleIds: request.ids };
    bridge.api.recleanArticles(input).then(
      (report) => {
        setPhase({ kind: 'done', report });
        runningRef.current(false);
        finishedRef.current(report);
      },
      (e: unknown) => {
        setPhase({ kind: 'error', message: errorText(e) });
        runningRef.current(false);
        finishedRef.current(null);
      },
    );
  }, [bridge, request]);

  useEffect(() => {
    if (request.scope === 'articles') run();
  }, [request, run]);

  const what = request.scope === 'library' ? `the whole library (${plural(request.articles, 'article')})` : request.label;
  const running = phase.kind === 'running';

  return (
    <section className="reclean-panel dialog-panel" data-testid="reclean-panel" role="dialog" aria-label="Re-clean">
      <header className="dialog-head">
        <div>
          <h2 className="section-title">Re-clean</h2>
          <p className="dialog-sub" dir="auto">
            {what}
          </p>
        </div>
        <button
          type="button"
          className="button small"
          data-testid="reclean-close"
          onClick={onClose}
          disabled={running}
          title={running ? 'Wait until re-cleaning is finished' : 'Close (Esc)'}
        >
          Close
        </button>
      </header>
      <div className="dialog-body">
        {phase.kind === 'confirm' && (
          <>
            <p>
              Dossier will clean every article again from its stored original file with the current cleaner. Titles,
              dates, body text and comments may change where the cleaner has improved. Tags, notes, highlights and version links
              stay attached.
            </p>
            <p className="muted small">Large libraries take a while; progress is shown and the window stays usable.</p>
            <div className="dialog-actions">
              <button ref={confirmRef} type="button" className="button primary small" data-testid="reclean-confirm" onClick={run}>
                Re-clean {plural(request.scope === 'library' ? request.articles : request.ids.length, 'article')}
              </button>
              <button type="button" className="button small" onClick={onClose}>
                Not now
              </button>
            </div>
          </>
        )}
        {phase.kind === 'running' && (
          <div data-testid="reclean-progress" role="status">
            <p>
              Re-cleaning{progress ? ` ${progress.done}/${progress.total}` : '…'}
              {progress && progress.changed > 0 ? ` · ${progress.changed} changed` : ''}
              {progress && progress.failed > 0 ? ` · ${progress.failed} failed` : ''}
            </p>
            <div
              className="import-progress-bar"
              role="progressbar"
              aria-label="Re-clean progress"
              aria-valuemin={0}
              aria-valuemax={progress?.total ?? 0}
              aria-valuenow={progress?.done ?? 0}
            >
              <div
                className="import-progress-fill"
                style={{ width: `${progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0}%` }}
              />
            </div>
          </div>
        )}
        {phase.kind === 'done' && (
          <div data-testid="reclean-report">
            <p className="reclean-summary" data-testid="reclean-summary">
              {phase.report.total === 0
                ? 'There was nothing to re-clean.'
                : [
                    `${phase.report.changed} changed`,
                    `${phase.report.unchanged} unchanged`,
                    phase.report.failed.length ? `${phase.report.failed.length} failed` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
            </p>
            {phase.report.changed > 0 && (
              <p className="muted small">The changed articles now show the text the current cleaner keeps.</p>
            )}
            {phase.report.changed === 0 && phase.report.failed.length === 0 && phase.report.total > 0 && (
              <p className="muted small">The current cleaner reads these files the same way as before.</p>
            )}
            {phase.report.failed.length > 0 && (
              <>
                <p className="muted small">These were left exactly as they were:</p>
                <ul className="plain-list reclean-failures">
                  {phase.report.failed.map((f) => (
                    <li key={f.articleId} data-testid="reclean-failure" data-article-id={f.articleId}>
                      <button type="button" className="link-button inline" onClick={() => onOpenArticle(f.articleId)} dir="auto">
                        {titleOf(f.articleId) ?? `Article ${f.articleId}`}
                      </button>
                      : <span className="muted">{f.error}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {phase.kind === 'error' && (
          <p className="problem" data-testid="reclean-error">
            Re-cleaning stopped: {sentence(phase.message)} Articles already re-cleaned keep their new text; the others are
            unchanged. Try again, and if it keeps failing, restart Dossier.
          </p>
        )}
      </div>
    </section>
  );
}
