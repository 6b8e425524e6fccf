import type { NoteStatus } from '../lib/noteSaver';
import { formatClock, sentence } from '../lib/format';

interface Props {
  value: string;
  status: NoteStatus;
  onChange: (text: string) => void;
  onBlur: () => void;
}

function statusText(status: NoteStatus): string {
  switch (status.state) {
    case 'idle':
      return 'Notes save as you type.';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved': {
      const clock = formatClock(status.at);
      return clock ? `Saved ${clock}` : 'Saved';
    }
    case 'error':
      return `Couldn't save the note: ${sentence(status.message)} Your text is still here; it will retry when you type again.`;
  }
}

export function NotesPanel({ value, status, onChange, onBlur }: Props) {
  return (
    <section className="notes" aria-label="Notes on this article">
      <div className="notes-head">
        <h2 className="section-title">Notes</h2>
        <span
          className={`note-status ${status.state}`}
          data-testid="note-status"
          role={status.state === 'error' ? 'alert' : 'status'}
          aria-live="polite"
        >
          {statusText(status)}
        </span>
      </div>
      <textarea
        className="note-input"
        data-testid="note-input"
        dir="auto"
        placeholder="Your notes on this article…"
        aria-label="Notes on this article"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        spellCheck
      />
    </section>
  );
}
