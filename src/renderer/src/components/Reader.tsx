import { useMemo, type RefObject } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { dateLabel, formatDate } from '../lib/format';
import { buildRuns, findTermRanges, marksInRange, splitParagraphs } from '../lib/highlight';
import { MarkedText, type EntityInfo } from './MarkedText';

interface Props {
  detail: ArticleDetail;
  terms: string[];
  entities: ReadonlyMap<string, EntityInfo>;
  currentMentionId: number | null;
  onMarkClick: (entityId: string, mentionId: number) => void;
  bodyRef: RefObject<HTMLDivElement | null>;
}

const DATE_SOURCE_SHORT: Record<ArticleDetail['dateSource'], string> = {
  stated: 'stated in the article',
  metadata: 'from page metadata',
  caption: 'from a photo caption, not a publication date',
  'page-clock': 'from the site’s clock when the page was saved, not a publication date',
  unknown: 'origin unknown, not confirmed as a publication date',
};

export function Reader({ detail, terms, entities, currentMentionId, onMarkClick, bodyRef }: Props) {
  const paragraphs = useMemo(() => {
    const body = detail.mentions.filter((m) => m.location === 'body');
    return splitParagraphs(detail.body).map((p) => ({
      key: p.start,
      runs: buildRuns(p.text, marksInRange(body, p.start, p.end), findTermRanges(p.text, terms)),
    }));
  }, [detail.body, detail.mentions, terms]);

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
  const dateTitle = [date.explanation, detail.dateEvidence ? `Read from: “${detail.dateEvidence}”` : null]
    .filter(Boolean)
    .join('\n');

  return (
    <article className="reader" data-testid="reader" dir={detail.direction}>
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
          <span className={`byline-part reader-date${date.uncertain ? ' uncertain' : ''}`} title={dateTitle} dir="ltr">
            {detail.date ? date.text : 'no date'}
          </span>
        </p>
        <p className="date-note" dir="auto">
          {detail.date ? `Date ${DATE_SOURCE_SHORT[detail.dateSource]}.` : 'No publication date was found in the file.'}
        </p>
        {detail.dateEvidence && date.uncertain && (
          <p className="date-evidence" dir="auto">
            Read from: “{detail.dateEvidence}”
          </p>
        )}
      </header>

      <div className="reader-body" data-testid="reader-body" ref={bodyRef}>
        {paragraphs.length === 0 && <p className="muted">This article has no body text.</p>}
        {paragraphs.map((p) => (
          <p key={p.key} dir="auto">
            <MarkedText
              runs={p.runs}
              entities={entities}
              variant="body"
              currentMentionId={currentMentionId}
              onMarkClick={onMarkClick}
            />
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
        </div>
        <div className="muted">
          Imported {formatDate(detail.importedAt.slice(0, 10))} · content {detail.contentHash.slice(0, 12)}
        </div>
      </footer>
    </article>
  );
}
