import { Fragment, useMemo, type RefObject } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { dateLabel, dateLine, encodingNote, formatDate } from '../lib/format';
import { buildRuns, findTermRanges, marksInRange, splitParagraphs } from '../lib/highlight';
import { groupRunsByHighlight, highlightsInRange } from '../lib/user-highlights';
import { MarkedText, type EntityInfo } from './MarkedText';
import { NearDuplicateRow, type ResolveNearDuplicate } from './NearDuplicateRow';

interface Props {
  detail: ArticleDetail;
  terms: string[];
  entities: ReadonlyMap<string, EntityInfo>;
  currentMentionId: number | null;
  onMarkClick: (entityId: string, mentionId: number) => void;
  bodyRef: RefObject<HTMLDivElement | null>;
  onResolveNearDuplicate: ResolveNearDuplicate;
  onOpenArticle: (id: number) => void;
  onReclean: () => void;
  recleaning: boolean;
  /** The reader's highlight being looked at (outlined), if any. */
  focusedHighlightId: number | null;
  onHighlightClick: (id: number) => void;
}

export function Reader({
  detail,
  terms,
  entities,
  currentMentionId,
  onMarkClick,
  bodyRef,
  onResolveNearDuplicate,
  onOpenArticle,
  onReclean,
  recleaning,
  focusedHighlightId,
  onHighlightClick,
}: Props) {
  const paragraphs = useMemo(() => {
    const body = detail.mentions.filter((m) => m.location === 'body');
    return splitParagraphs(detail.body).map((p) => ({
      key: p.start,
      start: p.start,
      groups: groupRunsByHighlight(
        buildRuns(p.text, marksInRange(body, p.start, p.end), findTermRanges(p.text, terms)),
        highlightsInRange(detail.highlights, p.start, p.end),
      ),
    }));
  }, [detail.body, detail.mentions, detail.highlights, terms]);

  const comments = useMemo(
    () =>
      detail.comments.map((c) => {
        const own = detail.mentions.filter((m) => m.location === 'comment' && m.commentId === c.id);
        return {
          comment: c,
          runs: buildRuns(c.text, marksInRange(own, 0, c.text.length), findTermRanges(c.text, terms)),
        };
      }),
    [detail.comments, detail.mentions, terms],
  );

  const date = dateLabel(detail.date, detail.dateSource);
  const line = dateLine(detail.date, detail.dateSource, detail.dateConfidence);
  const dateTitle = [date.explanation, detail.dateEvidence ? `Read from: “${detail.dateEvidence}”` : null]
    .filter(Boolean)
    .join('\n');
  const encoding = encodingNote(detail.encoding);

  return (
    <article className="reader" data-testid="reader" dir={detail.direction}>
      {(detail.nearDuplicates.length > 0 || detail.versions.length > 0) && (
        <div className="reader-notices" dir="ltr">
          {detail.nearDuplicates.map((n) => (
            <NearDuplicateRow
              key={`${n.articleId}-${n.otherId}`}
              as="div"
              variant="notice"
              openId={detail.id}
              pair={n}
              onResolve={onResolveNearDuplicate}
              onOpenArticle={onOpenArticle}
            />
          ))}
          {detail.versions.length > 0 && (
            <p className="reader-versions" data-testid="article-versions">
              Other versions:{' '}
              {detail.versions.map((v, i) => (
                <span key={v.id}>
                  {i > 0 && ' · '}
                  <button
                    type="button"
                    className="link-button inline"
                    data-testid="article-version"
                    data-article-id={v.id}
                    onClick={() => onOpenArticle(v.id)}
                    dir="auto"
                  >
                    {v.title || 'Untitled'}
                  </button>
                  {(v.outlet || v.date) && (
                    <span className="muted"> ({[v.outlet, v.date ? formatDate(v.date) : null].filter(Boolean).join(', ')})</span>
                  )}
                </span>
              ))}
            </p>
          )}
        </div>
      )}
      <header className="reader-header">
        <h1 className="reader-title" data-testid="reader-title" dir="auto">
          {detail.title || 'Untitled'}
        </h1>
        {detail.subtitle && (
          <p className="reader-subtitle" dir="auto">
            {detail.subtitle}
          </p>
        )}
        <p className="reader-byline">
          {detail.author && (
            <span className="byline-part" dir="auto">
              {detail.author}
            </span>
          )}
          {detail.outlet && (
            <span className="byline-part" dir="auto">
              {detail.outlet}
            </span>
          )}
          {line && (
            <span className="byline-part" data-testid="reader-date" dir="ltr">
              <span className={`reader-date${line.uncertain ? ' uncertain' : ''}`} title={dateTitle}>
                {line.date}
              </span>
              <span className="date-source"> · {line.source}</span>
            </span>
          )}
        </p>
        {!line && (
          <p className="date-note" data-testid="reader-date" dir="auto">
            No publication date was found in the file.
          </p>
        )}
        {detail.dateEvidence && line?.uncertain && (
          <p className="date-evidence" dir="auto">
            Read from: “{detail.dateEvidence}”
          </p>
        )}
      </header>

      <div className="reader-body" data-testid="reader-body" ref={bodyRef}>
        {paragraphs.length === 0 && <p className="muted">This article has no body text.</p>}
        {paragraphs.map((p) => (
          <p key={p.key} dir="auto" data-start={p.start}>
            {p.groups.map((g, i) => {
              const text = (
                <MarkedText runs={g.runs} entities={entities} variant="body" currentMentionId={currentMentionId} onMarkClick={onMarkClick} />
              );
              if (!g.highlight) return <Fragment key={i}>{text}</Fragment>;
              const h = g.highlight;
              return (
                <mark
                  key={i}
                  className={`user-highlight hl-${h.color}${h.hasComment ? ' has-comment' : ''}${h.highlightId === focusedHighlightId ? ' focused' : ''}`}
                  data-testid="user-highlight"
                  data-highlight-id={h.highlightId}
                  title={h.hasComment ? 'Your highlight, with a note (click to see it)' : 'Your highlight (click to add a note)'}
                  onClick={(e) => {
                    // A click on a faction mention inside the highlight steps through that faction instead.
                    if ((e.target as HTMLElement).closest('[data-mention-id]')) return;
                    onHighlightClick(h.highlightId);
                  }}
                >
                  {text}
                </mark>
              );
            })}
          </p>
        ))}
      </div>

      {comments.length > 0 && (
        <section className="reader-comments" data-testid="reader-comments" aria-labelledby="reader-comments-title">
          <h2 id="reader-comments-title" className="comments-title" dir="auto">
            Reader comments <span className="count">{comments.length}</span>
          </h2>
          <p className="comments-note" dir="auto">Posted under the article by readers; not part of the article text.</p>
          <ol className="comment-list">
            {comments.map(({ comment, runs }) => (
              <li key={comment.id} className="comment" data-testid="comment">
                <div className="comment-author" dir="auto">
                  {comment.author ?? 'Anonymous'}
                </div>
                <div className="comment-text" dir="auto">
                  <MarkedText runs={runs} entities={entities} variant="comment" currentMentionId={null} />
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}

      <footer className="reader-footer" dir="ltr">
        <div>
          Source file: <code className="source-path" dir="ltr">{detail.sourcePath}</code>
          {encoding && (
            <span className="muted" data-testid="reader-encoding">
              {' '}
              · {encoding}
            </span>
          )}
        </div>
        <div className="muted">
          Imported {formatDate(detail.importedAt.slice(0, 10))} · content {detail.contentHash.slice(0, 12)}
        </div>
        <div className="reader-tools">
          <button
            type="button"
            className="link-button"
            data-testid="reclean-article"
            onClick={onReclean}
            disabled={recleaning}
            title="Clean this article again from its stored original with the current cleaner; tags, notes and highlights stay"
          >
            {recleaning ? 'Re-cleaning…' : 'Re-clean this article'}
          </button>
        </div>
      </footer>
    </article>
  );
}
