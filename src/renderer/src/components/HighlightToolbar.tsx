import { useEffect, useState, type RefObject } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/model';
import { selectionToBodyRange } from '../lib/user-highlights';

interface Props {
  bodyRef: RefObject<HTMLDivElement | null>;
  /** Changes when the article changes, to drop a toolbar left from the previous one. */
  articleId: number;
  onHighlight: (range: { start: number; end: number }, color: HighlightColor, withNote: boolean) => void;
}

interface Shown {
  range: { start: number; end: number };
  top: number;
  left: number;
}

export const HIGHLIGHT_COLOR_LABELS: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

/**
 * Appears above text selected in the article body: a colour to highlight it with, or a highlight with a
 * note. The same works from the keyboard: select, then h (see the reader's shortcuts).
 */
export function HighlightToolbar({ bodyRef, articleId, onHighlight }: Props) {
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    let frame = 0;
    const update = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const body = bodyRef.current;
        const selection = window.getSelection();
        const range = body ? selectionToBodyRange(selection, body) : null;
        if (!range || !selection || selection.rangeCount === 0) {
          setShown(null);
          return;
        }
        const rect = selection.getRangeAt(0).getBoundingClientRect();
        setShown({ range, top: Math.max(8, rect.top - 40), left: Math.max(8, rect.left + rect.width / 2 - 90) });
      });
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [bodyRef]);

  useEffect(() => setShown(null), [articleId]);

  if (!shown) return null;
  const act = (color: HighlightColor, withNote: boolean) => {
    onHighlight(shown.range, color, withNote);
    window.getSelection()?.removeAllRanges();
    setShown(null);
  };
  return (
    <div
      className="highlight-toolbar"
      data-testid="highlight-toolbar"
      role="toolbar"
      aria-label="Highlight the selected text"
      style={{ top: shown.top, left: shown.left }}
      // Keep the selection: a mouse-down on the toolbar would otherwise clear it before the click.
      onMouseDown={(e) => e.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch hl-${color}`}
          data-testid="highlight-color"
          data-color={color}
          onClick={() => act(color, false)}
          title={`Highlight in ${HIGHLIGHT_COLOR_LABELS[color].toLowerCase()}${color === 'yellow' ? ' (h)' : ''}`}
          aria-label={`Highlight in ${HIGHLIGHT_COLOR_LABELS[color].toLowerCase()}`}
        />
      ))}
      <button type="button" className="toolbar-note" data-testid="highlight-with-note" onClick={() => act('yellow', true)} title="Highlight and write a note on it">
        + note
      </button>
    </div>
  );
}
