import type { Toast } from '../hooks/useToasts';

export function Toasts({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  if (toasts.length === 0) return null;
  return (
    <div className="toasts" aria-live="assertive">
      {toasts.map((t) => (
        <div
          key={t.id}
          className={`toast ${t.kind}`}
          data-testid={t.kind === 'error' ? 'error-toast' : 'info-toast'}
          role={t.kind === 'error' ? 'alert' : 'status'}
        >
          <span className="toast-text">
            {t.message}
            {t.repeats > 1 && <span className="toast-repeats"> (×{t.repeats})</span>}
          </span>
          <button type="button" className="toast-close" onClick={() => onDismiss(t.id)} aria-label="Dismiss message">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
