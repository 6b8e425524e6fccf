import { useEffect, useMemo, useState } from 'react';
import type { DossierApi } from '../../../shared/api';
import type { LibraryHighlight } from '../../../shared/model';
import { errorText, formatDate, plural, sentence } from '../lib/format';

interface Props {
  api: DossierApi;
  reloadKey: number;
  onOpen: (articleId: number, highlightId: number) => void;
  onClose: () => void;
}

/** Every highlight in the library, newest first, grouped under its article; a click opens it in place. */
export function HighlightsView({ api, reloadKey, onOpen, onClose }: Props) {
  const [list, setList] = useState<LibraryHighlight[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [onlyNotes, setOnlyNotes] = useState(false);

  useEffect(() => {
    let cancelled = false;
    api.listHighlights({}).then(
      (found) => {
        if (cancelled) return;
        setList(found);
        setError(null);
      },
      (e: unknown) => !cancelled && setError(errorText(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, reloadKey]);

  const groups = useMemo(() => {
    const byArticle = new Map<number, { title: string; items: LibraryHighlight[] }>();
    for (const h of list ?? []) {
      if (onlyNotes && !h.comment) continue;
      const group = byArticle.get(h.articleId) ?? { title: h.articleTitle, items: [] };
      group.items.push(h);
      byArticle.set(h.articleId, group);
    }
    return [...byArticle.entries()];
  }, [list, onlyNotes]);

  return (
    <section className="side-view highlights-view" data-testid="highlights-view" aria-labelledby="highlights-title">
      <div className="side-view-head">
        <div>
          <h1 id="highlights-title" className="side-view-title">
            Your highlights
          </h1>
          <p className="muted small">
            {list ? `${plural(list.length, 'highlight')} in ${plural(new Set(list.map((h) => h.articleId)).size, 'article')}, newest first.` : 'Loading…'} Their notes are searched with everything else.
          </p>
        </div>
        <div className="side-view-actions">
          <label className="check-option small">
            <input type="checkbox" checked={onlyNotes} onChange={(e) => setOnlyNotes(e.target.checked)} /> only with a note
          </label>
          <button type="button" className="button small" onClick={onClose} title="Close (Esc)">
            Close
          </button>
        </div>
      </div>
      {error && <p className="problem">Couldn't load the highlights: {sentence(error)} Close this view and open it again.</p>}
      {list && list.length === 0 && <p className="muted">No highlights yet. Select words in an article and press h, or pick a colour above the selection.</p>}
      {groups.map(([articleId, group]) => (
        <section key={articleId} className="highlight-group">
          <h2 className="highlight-group-title" dir="auto">
            {group.title || 'Untitled'}
          </h2>
          <ol className="plain-list">
            {group.items.map((h) => (
              <li key={h.id}>
                <button type="button" className={`library-highlight hl-${h.color}`} data-testid="library-highlight" data-highlight-id={h.id} onClick={() => onOpen(h.articleId, h.id)}>
                  <span className="library-highlight-quote" dir="auto">
                    “{h.text.length > 240 ? `${h.text.slice(0, 240)}…` : h.text}”
                  </span>
                  {h.comment && (
                    <span className="library-highlight-comment" dir="auto">
                      {h.comment}
                    </span>
                  )}
                  <span className="muted small">
                    {formatDate(h.createdAt.slice(0, 10))}
                    {h.orphaned ? ' · no longer in the re-cleaned text' : ''}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
