import type { Highlight, HighlightColor, LibraryHighlight } from '../../../shared/model';
import { statement, type Db } from './database';

export interface NewHighlight {
  articleId: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  color: HighlightColor;
  comment: string | null;
  createdAt: string;
}

export interface HighlightRow {
  id: number;
  articleId: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  color: HighlightColor;
  comment: string | null;
  orphaned: 0 | 1;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `h.id, h.article_id AS articleId, h.start_offset AS start, h.end_offset AS end, h.quote, h.prefix, h.suffix,
  h.color, h.comment, h.orphaned, h.created_at AS createdAt, h.updated_at AS updatedAt`;

export function insertHighlight(db: Db, highlight: NewHighlight): number {
  const result = statement(
    db,
    `INSERT INTO highlights (article_id, start_offset, end_offset, quote, prefix, suffix, color, comment, created_at, updated_at)
     VALUES (@articleId, @start, @end, @quote, @prefix, @suffix, @color, @comment, @createdAt, @createdAt)`,
  ).run(highlight);
  return Number(result.lastInsertRowid);
}

export function getHighlight(db: Db, id: number): HighlightRow | undefined {
  return statement(db, `SELECT ${COLUMNS} FROM highlights h WHERE h.id = ?`).get(id) as HighlightRow | undefined;
}

/** Anchored highlights in body order, then orphaned ones, oldest first. */
export function highlightsOfArticle(db: Db, articleId: number): HighlightRow[] {
  return statement(db, `SELECT ${COLUMNS} FROM highlights h WHERE h.article_id = ? ORDER BY h.orphaned, h.start_offset, h.end_offset, h.id`).all(
    articleId,
  ) as HighlightRow[];
}

/** Newest first, with the article's title; one article's or the whole library's. */
export function listLibraryHighlights(db: Db, articleId: number | null): (HighlightRow & { articleTitle: string })[] {
  return statement(
    db,
    `SELECT ${COLUMNS}, a.title AS articleTitle FROM highlights h JOIN articles a ON a.id = h.article_id
     WHERE @articleId IS NULL OR h.article_id = @articleId
     ORDER BY h.created_at DESC, h.id DESC`,
  ).all({ articleId }) as (HighlightRow & { articleTitle: string })[];
}

export function updateHighlightStyle(db: Db, id: number, change: { color?: HighlightColor; comment?: string | null }, at: string): void {
  statement(
    db,
    `UPDATE highlights SET
       color = CASE WHEN @setColor THEN @color ELSE color END,
       comment = CASE WHEN @setComment THEN @comment ELSE comment END,
       updated_at = @at
     WHERE id = @id`,
  ).run({
    id,
    at,
    setColor: change.color !== undefined ? 1 : 0,
    color: change.color ?? null,
    setComment: change.comment !== undefined ? 1 : 0,
    comment: change.comment ?? null,
  });
}

export function deleteHighlight(db: Db, id: number): boolean {
  return statement(db, `DELETE FROM highlights WHERE id = ?`).run(id).changes > 0;
}

/** Where a re-anchored highlight now sits, with the body's text there (it may differ in white space). */
export function anchorHighlight(db: Db, id: number, anchor: { start: number; end: number; quote: string; prefix: string; suffix: string }): void {
  statement(
    db,
    `UPDATE highlights SET start_offset = @start, end_offset = @end, quote = @quote, prefix = @prefix, suffix = @suffix, orphaned = 0
     WHERE id = @id`,
  ).run({ ...anchor, id });
}

/** The words are gone from the body: the quote, context and last offsets are kept as they were. */
export function orphanHighlight(db: Db, id: number): void {
  statement(db, `UPDATE highlights SET orphaned = 1 WHERE id = ?`).run(id);
}

/** Comments and quotes per article, for the fielded search. */
export function highlightTextByArticle(db: Db): { articleId: number; text: string }[] {
  return statement(
    db,
    `SELECT article_id AS articleId, group_concat(coalesce(comment, '') || ' ' || quote, ' ') AS text
     FROM highlights GROUP BY article_id`,
  ).all() as { articleId: number; text: string }[];
}

export function toHighlight(row: HighlightRow): Highlight {
  const base = {
    id: row.id,
    articleId: row.articleId,
    text: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    color: row.color,
    comment: row.comment,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  return row.orphaned ? { ...base, orphaned: true, start: null, end: null } : { ...base, orphaned: false, start: row.start, end: row.end };
}

export function toLibraryHighlight(row: HighlightRow & { articleTitle: string }): LibraryHighlight {
  return { ...toHighlight(row), articleTitle: row.articleTitle };
}
