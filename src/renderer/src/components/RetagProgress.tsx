import { useEffect, useRef, useState } from 'react';
import type { DossierBridge } from '../../../shared/api';
import type { RetagProgress as Progress } from '../../../shared/model';

interface Props {
  bridge: DossierBridge;
  /** A re-tag pass finished: lists, views and the open article show the new mentions. */
  onFinished: () => void;
}

/** "Re-tagging the library… 4,000/10,000" while the core re-matches every article after a correction. */
export function RetagProgress({ bridge, onFinished }: Props) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [justDone, setJustDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = bridge.on('retagProgress', (p) => {
      if (p.error) {
        setProgress(null);
        setJustDone(false);
        setFailure(p.error);
        finishedRef.current();
      } else if (p.finished) {
        setFailure(null);
        setProgress(null);
        setJustDone(true);
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => setJustDone(false), 2500);
        finishedRef.current();
      } else {
        setFailure(null);
        setJustDone(false);
        setProgress(p);
      }
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [bridge]);

  if (progress) {
    const share = progress.total > 0 ? progress.done / progress.total : 0;
    return (
      <div className="retag-progress" data-testid="retag-progress" data-state="running" role="status" aria-live="polite" title={`After: ${progress.reason}`}>
        <span className="retag-text">
          Re-tagging the library… {progress.done.toLocaleString('en')}/{progress.total.toLocaleString('en')}
        </span>
        <span className="import-progress-bar" aria-hidden="true">
          <span className="import-progress-fill" style={{ width: `${Math.round(share * 100)}%`, display: 'block' }} />
        </span>
      </div>
    );
  }
  if (failure) {
    return (
      <div className="retag-progress failed" data-testid="retag-progress" data-state="failed" role="alert">
        {failure}
        <button type="button" className="link-button" onClick={() => setFailure(null)} aria-label="Dismiss">
          ×
        </button>
      </div>
    );
  }
  if (justDone) {
    return (
      <div className="retag-progress done" data-testid="retag-progress" data-state="done" role="status" aria-live="polite">
        Library re-tagged ✓
      </div>
    );
  }
  return null;
}
