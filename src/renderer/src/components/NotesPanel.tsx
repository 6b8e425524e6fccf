import { describeNoteStatus, type NoteStatus } from '../lib/noteSaver';

interface Props {
  value: string;
  status: NoteStatus;
  onChange: (text: string) => void;
  onBlur: () => void;
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
          {describeNoteStatus(status, 'Notes save as you type.')}
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
