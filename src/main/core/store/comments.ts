import { statement, type Db } from './database';

export interface CommentRow {
  id: number;
  articleId: number;
  position: number;
  author: string | null;
  text: string;
}

export function insertComment(db: Db, articleId: number, position: number, author: string | null, text: string): number {
  const result = statement(db, `INSERT INTO comments (article_id, position, author, text) VALUES (?, ?, ?, ?)`)
    .run(articleId, position, author, text);
  return Number(result.lastInsertRowid);
}

export function listComments(db: Db, articleId: number): CommentRow[] {
  return statement(db, `SELECT id, article_id AS articleId, position, author, text FROM comments WHERE article_id = ? ORDER BY position`)
    .all(articleId) as CommentRow[];
}

export function insertCaption(db: Db, articleId: number, position: number, text: string): void {
  statement(db, `INSERT INTO captions (article_id, position, text) VALUES (?, ?, ?)`).run(articleId, position, text);
}
