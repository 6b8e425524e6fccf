import { statement, type Db } from './database';

export function saveNote(db: Db, articleId: number, text: string, at: string): void {
  statement(db, 
    `INSERT INTO notes (article_id, text, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(articleId, text, at);
}

export function getNote(db: Db, articleId: number): { text: string; updatedAt: string } | undefined {
  return statement(db, `SELECT text, updated_at AS updatedAt FROM notes WHERE article_id = ?`).get(articleId) as
    | { text: string; updatedAt: string }
    | undefined;
}

export function allNotes(db: Db): Map<number, string> {
  const rows = statement(db, `SELECT article_id AS articleId, text FROM notes`).all() as { articleId: number; text: string }[];
  return new Map(rows.map((r) => [r.articleId, r.text]));
}
