import { statement, type Db } from './database';

export interface FullTextDocument {
  title: string;
  subtitle: string;
  body: string;
}

/**
 * Text must already be normalised for search (see core/search/normalise-search-text). `replacing: false`
 * only for an article inserted in this transaction, which has no row to delete.
 */
export function indexArticleText(db: Db, articleId: number, doc: FullTextDocument, options: { replacing: boolean } = { replacing: true }): void {
  if (options.replacing) statement(db, `DELETE FROM article_search WHERE rowid = ?`).run(articleId);
  statement(db, `INSERT INTO article_search (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)`).run(
    articleId,
    doc.title,
    doc.subtitle,
    doc.body,
  );
}

export interface FullTextHit {
  id: number;
  rank: number;
}

/**
 * `match` is an FTS5 query built by the search module from user words (never raw user input).
 * bm25 weights: title 10, subtitle 4, body 1, so a word in the headline outranks one deep in the text.
 */
export function searchFullText(db: Db, match: string, limit: number): FullTextHit[] {
  return statement(db, 
      `SELECT rowid AS id, bm25(article_search, 10.0, 4.0, 1.0) AS rank
       FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(match, limit) as FullTextHit[];
}
