import type { NearDuplicate } from '../../../shared/model';
import { statement, type Db } from './database';

export function saveSignature(db: Db, articleId: number, signature: Uint32Array): void {
  statement(db, `INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)
    ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature`).run(articleId, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
}

/** Every stored signature, one at a time (the band index is built from them). */
export function* eachSignature(db: Db): Generator<{ articleId: number; signature: Uint32Array }> {
  for (const row of statement(db, `SELECT article_id AS articleId, signature FROM article_signatures`).iterate() as IterableIterator<{ articleId: number; signature: Buffer }>) {
    yield { articleId: row.articleId, signature: signatureFromBlob(row.signature) };
  }
}

/** Changes when another connection commits to the file (SQLite's PRAGMA data_version). */
export function dataVersion(db: Db): number {
  return (statement(db, `PRAGMA data_version`).get() as { data_version: number }).data_version;
}

export function loadSignature(db: Db, articleId: number): Uint32Array | undefined {
  const row = statement(db, `SELECT signature FROM article_signatures WHERE article_id = ?`).get(articleId) as { signature: Buffer } | undefined;
  return row ? signatureFromBlob(row.signature) : undefined;
}

function signatureFromBlob(blob: Buffer): Uint32Array {
  // A copy, aligned for Uint32Array (a Buffer may start anywhere in its pool).
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, copy.byteLength >> 2);
}

export function recordNearDuplicate(db: Db, articleId: number, otherId: number, similarity: number, at: string): void {
  statement(db, 
    `INSERT INTO near_duplicates (article_id, other_id, similarity, found_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id, other_id) DO UPDATE SET similarity = excluded.similarity`,
  ).run(articleId, otherId, similarity, at);
}

const NEAR_DUPLICATE_COLUMNS = `n.article_id AS articleId, a.title, a.outlet, n.other_id AS otherId, o.title AS otherTitle,
  o.outlet AS otherOutlet, n.similarity, n.found_at AS foundAt
  FROM near_duplicates n JOIN articles a ON a.id = n.article_id JOIN articles o ON o.id = n.other_id`;

export function listUndecidedNearDuplicates(db: Db): NearDuplicate[] {
  return statement(db, `SELECT ${NEAR_DUPLICATE_COLUMNS} WHERE n.decision IS NULL ORDER BY n.found_at DESC, n.article_id DESC`).all() as NearDuplicate[];
}

export function undecidedNearDuplicatesOf(db: Db, articleId: number): NearDuplicate[] {
  return statement(db, `SELECT ${NEAR_DUPLICATE_COLUMNS} WHERE n.decision IS NULL AND (n.article_id = ? OR n.other_id = ?) ORDER BY n.similarity DESC`)
    .all(articleId, articleId) as NearDuplicate[];
}

export function findNearDuplicate(db: Db, articleId: number, otherId: number): { similarity: number } | undefined {
  return statement(db, `SELECT similarity FROM near_duplicates WHERE article_id = ? AND other_id = ?`).get(articleId, otherId) as
    | { similarity: number }
    | undefined;
}

export function decideNearDuplicate(db: Db, articleId: number, otherId: number, decision: 'keep-both' | 'link', at: string): void {
  statement(db, `UPDATE near_duplicates SET decision = ?, decided_at = ? WHERE article_id = ? AND other_id = ?`).run(decision, at, articleId, otherId);
}

export function linkVersions(db: Db, a: number, b: number, at: string): void {
  statement(db, `INSERT OR IGNORE INTO article_versions (article_id, other_id, linked_at) VALUES (?, ?, ?)`).run(Math.min(a, b), Math.max(a, b), at);
}

export function versionsOf(db: Db, articleId: number): { id: number; title: string; outlet: string | null; date: string | null }[] {
  return statement(db, 
      `SELECT a.id, a.title, a.outlet, a.published_date AS date FROM article_versions v
       JOIN articles a ON a.id = CASE WHEN v.article_id = ? THEN v.other_id ELSE v.article_id END
       WHERE v.article_id = ? OR v.other_id = ? ORDER BY a.published_date IS NULL, a.published_date, a.id`,
    )
    .all(articleId, articleId, articleId) as { id: number; title: string; outlet: string | null; date: string | null }[];
}

export function deleteArticle(db: Db, articleId: number): void {
  statement(db, `DELETE FROM article_search WHERE rowid = ?`).run(articleId);
  statement(db, `DELETE FROM articles WHERE id = ?`).run(articleId);
}
