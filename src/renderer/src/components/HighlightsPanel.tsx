import { useEffect, useRef } from 'react';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../../../shared/model';
import { HIGHLIGHT_COLOR_LABELS } from './HighlightToolbar';

interface Props {
  highlights: Highlight[];
  focusedId: number | null;
  /** Set when a highlight was just made "with a note": its note field takes the focus. */
  editId: number | null;
  /** The comment as typed, before the core confirms it (so typing never jumps back). */
  draftFor: (id: number) => string | undefined;
  onFocus: (id: number) => void;
  onComment: (id: number, text: string) => void;
  onCommentBlur: () => void;
  onColor: (id: number, color: HighlightColor) => void;
  onRemove: (id: number) => void;
}

/** The article's highlights in reading order, each with its note; ones whose words a re-clean lost are kept and say so. */
export function HighlightsPanel({ highlights, focusedId, editId, draftFor, onFocus, onComment, onCommentBlur, onColor, onRemove }: Props) {
  const editRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editId !== null) editRef.current?.focus();
  }, [editId]);
  const focusedRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    focusedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [focusedId]);

  return (
    <section className="highlights-panel" data-testid="highlights-panel" aria-label="Your highlights in this article">
      <h2 className="section-title">
        Highlights <span className="count">{highlights.length}</span>
      </h2>
      {highlights.length === 0 && <p className="muted small">Select words in the article to highlight them (then h, or pick a colour).</p>}
      <ol className="plain-list highlight-list">
        {highlights.map((h) => (
          <li
            key={h.id}
            ref={h.id === focusedId ? focusedRef : undefined}
            className={`highlight-item hl-${h.color}${h.id === focusedId ? ' focused' : ''}${h.orphaned ? ' orphaned' : ''}`}
            data-testid="highlight-item"
            data-highlight-id={h.id}
          >
            <button
              type="button"
              className="highlight-quote"
              onClick={() => onFocus(h.id)}
              disabled={h.orphaned}
              title={h.orphaned ? undefined : 'Show it in the article'}
              dir="auto"
            >
              “{h.text.length > 160 ? `${h.text.slice(0, 160)}…` : h.text}”
            </button>
            {h.orphaned && (
              <p className="highlight-orphaned small" data-testid="highlight-orphaned">
                These words are no longer in the article since it was re-cleaned. Your highlight and note are kept here.
              </p>
            )}
            <textarea
              ref={h.id === editId ? editRef : undefined}
              className="highlight-comment"
              data-testid="highlight-comment"
              dir="auto"
              rows={h.comment || h.id === editId ? 2 : 1}
              placeholder="A note on this passage…"
              aria-label="Your note on this highlight"
              value={draftFor(h.id) ?? h.comment ?? ''}
              onChange={(e) => onComment(h.id, e.target.value)}
              onFocus={() => onFocus(h.id)}
              onBlur={onCommentBlur}
            />
            <div className="highlight-actions">
              {HIGHLIGHT_COLORS.map((color) => (
                <button
                  key={color}
                  type="button"
                  className={`swatch small hl-${color}${color === h.color ? ' selected' : ''}`}
                  aria-pressed={color === h.color}
                  aria-label={HIGHLIGHT_COLOR_LABELS[color]}
                  title={HIGHLIGHT_COLOR_LABELS[color]}
                  onClick={() => onColor(h.id, color)}
                />
              ))}
              <button type="button" className="link-button quiet remove-highlight" data-testid="remove-highlight" onClick={() => onRemove(h.id)}>
                remove
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
