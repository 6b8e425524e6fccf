import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { DossierBridge } from '../../../shared/api';
import type { ImportProgress as Progress } from '../../../shared/model';
import type { ImportActivity } from '../hooks/useImport';
import { basename, errorText, formatElapsed, plural, sentence, timeLeft } from '../lib/format';

interface Props {
  bridge: DossierBridge;
  /** Dropped files being read by the window before the core has them. */
  local: ImportActivity | null;
  /** True while an import this window started is running; when it turns false its jobs are over. */
  busy: boolean;
  onError: (message: string) => void;
}

/** A job that sends nothing for this long is taken as over (its last event was lost). */
const STALE_MS = 120_000;

/**
 * The import's progress in the top bar. It alone listens to the core's progress events (every ~100 ms
 * during a big batch) and coalesces them to one render per animation frame, so the rest of the window
 * is not re-rendered while thousands of files go in.
 */
export const ImportProgress = memo(function ImportProgress({ bridge, local, busy, onError }: Props) {
  const [jobs, setJobs] = useState<Progress[]>([]);
  const [cancelling, setCancelling] = useState<ReadonlySet<string>>(() => new Set());
  const latest = useRef(new Map<string, { progress: Progress; at: number }>());
  const frame = useRef<number | null>(null);

  const flush = useCallback(() => {
    frame.current = null;
    const now = Date.now();
    for (const [id, entry] of latest.current) if (now - entry.at > STALE_MS) latest.current.delete(id);
    setJobs([...latest.current.values()].map((e) => e.progress));
  }, []);

  const schedule = useCallback(() => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(flush);
  }, [flush]);

  useEffect(() => {
    const stop = bridge.on('importProgress', (p) => {
      if (p.finished) latest.current.delete(p.jobId);
      else latest.current.set(p.jobId, { progress: p, at: Date.now() });
      schedule();
    });
    return () => {
      stop();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [bridge, schedule]);

  // When the window's own imports are over, none of their jobs can still be running.
  useEffect(() => {
    if (busy) return;
    let changed = false;
    for (const id of latest.current.keys()) {
      if (!id.startsWith('inbox-')) {
        latest.current.delete(id);
        changed = true;
      }
    }
    if (changed) schedule();
  }, [busy, schedule]);

  useEffect(() => {
    setCancelling((prev) => {
      const live = new Set(jobs.map((j) => j.jobId));
      const next = new Set([...prev].filter((id) => live.has(id)));
      return next.size === prev.size ? prev : next;
    });
  }, [jobs]);

  const cancel = useCallback(
    (jobId: string) => {
      setCancelling((prev) => new Set(prev).add(jobId));
      bridge.api.cancelImport({ jobId }).then(
        (r) => {
          if (!r.cancelled) {
            setCancelling((prev) => {
              const next = new Set(prev);
              next.delete(jobId);
              return next;
            });
          }
        },
        (e: unknown) => {
          setCancelling((prev) => {
            const next = new Set(prev);
            next.delete(jobId);
            return next;
          });
          onError(`Couldn't cancel the import: ${sentence(errorText(e))} It is still running; try Cancel again.`);
        },
      );
    },
    [bridge, onError],
  );

  const p = jobs[0] ?? null;
  if (!p && !local) return null;

  if (!p && local) {
    const pct = local.total > 0 ? Math.min(100, Math.round((local.done / local.total) * 100)) : 0;
    return (
      <div className="import-progress" data-testid="import-progress" role="status">
        <div className="import-progress-text">
          <strong>
            Reading {local.done}/{local.total}
          </strong>
          {local.current && (
            <span className="import-progress-file" title={local.current}>
              {' '}
              · {basename(local.current)}
            </span>
          )}
        </div>
        <div className="import-progress-bar" aria-hidden="true">
          <div className="import-progress-fill" style={{ width: `${pct}%` }} />
        </div>
      </div>
    );
  }
  if (!p) return null;

  const pct = p.total > 0 ? Math.min(100, Math.round((p.done / p.total) * 100)) : 0;
  const left = timeLeft(p.etaSeconds);
  const isCancelling = cancelling.has(p.jobId) || p.cancelled;
  const counts = [
    `${plural(p.articles, 'article')}`,
    p.duplicates > 0 ? `${p.duplicates} already in library` : null,
    p.unsupported > 0 ? `${p.unsupported} not supported` : null,
    p.failed > 0 ? `${p.failed} failed` : null,
    p.similar > 0 ? `${p.similar} possibly the same as others` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const others = jobs.length - 1;

  return (
    <div className="import-progress with-cancel" data-testid="import-progress" data-job-id={p.jobId}>
      <div className="import-progress-main">
        <div className="import-progress-text">
          <strong>
            {p.jobId.startsWith('inbox-') ? 'Inbox: importing' : 'Importing'} {p.done}/{p.total}
          </strong>
          <span className="import-progress-eta" data-testid="import-eta">
            {' '}
            · {isCancelling ? 'cancelling after this file…' : (left ?? 'estimating time left…')}
          </span>
          <span className="import-progress-elapsed" title="Time since the import started">
            {' '}
            · {formatElapsed(p.elapsedSeconds)}
          </span>
          {others > 0 && <span className="import-progress-counts"> · and {plural(others, 'other import')}</span>}
        </div>
        <div className="import-progress-text import-progress-detail">
          <span className="import-progress-counts" data-testid="import-progress-counts">
            {counts}
          </span>
          {p.currentPath && (
            <span className="import-progress-file" title={p.currentPath} dir="auto">
              {' '}
              · {basename(p.currentPath)}
            </span>
          )}
        </div>
        <div
          className="import-progress-bar"
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={p.total}
          aria-valuenow={p.done}
        >
          <div className="import-progress-fill" style={{ width: `${pct}%` }} />
        </div>
      </div>
      <button
        type="button"
        className="button small"
        data-testid="import-cancel"
        disabled={isCancelling}
        onClick={() => cancel(p.jobId)}
        title="Stop after the file in hand; everything imported so far stays"
      >
        {isCancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
});
