import type { MentionLocation } from '../../../shared/model';
import { statement, type Db } from './database';

export interface NewMention {
  articleId: number;
  factionId: string;
  location: MentionLocation;
  commentId: number | null;
  start: number;
  end: number;
  surface: string;
}

export interface MentionRow extends NewMention {
  id: number;
}

/**
 * One run() per row with positional parameters: an article has ~45 mentions, and binding by name cost
 * a fifth more here; one INSERT ... SELECT over json_each(?) per article was slower still (measured).
 */
export function insertMentions(db: Db, mentions: NewMention[]): void {
  const insert = statement(
    db,
    `INSERT INTO mentions (article_id, faction_id, location, comment_id, start_offset, end_offset, surface) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const m of mentions) insert.run(m.articleId, m.factionId, m.location, m.commentId, m.start, m.end, m.surface);
}

export function deleteMentionsOfArticle(db: Db, articleId: number): void {
  statement(db, `DELETE FROM mentions WHERE article_id = ?`).run(articleId);
}

export function listMentions(db: Db, articleId: number): MentionRow[] {
  return statement(db, 
      `SELECT id, article_id AS articleId, faction_id AS factionId, location, comment_id AS commentId,
         start_offset AS start, end_offset AS end, surface
       FROM mentions WHERE article_id = ? ORDER BY location, comment_id, start_offset`,
    )
    .all(articleId) as MentionRow[];
}

export interface ArticleFactionCount {
  articleId: number;
  factionId: string;
  count: number;
}

/** Body mention counts per article, for the list's faction chips. */
export function bodyFactionCounts(db: Db, articleIds: number[] | null): ArticleFactionCount[] {
  if (articleIds && articleIds.length === 0) return [];
  const base = `SELECT m.article_id AS articleId, m.faction_id AS factionId, count(*) AS count
    FROM mentions m JOIN factions f ON f.id = m.faction_id
    WHERE m.location = 'body' AND f.kind <> 'person'`;
  if (!articleIds) {
    return statement(db, `${base} GROUP BY m.article_id, m.faction_id`).all() as ArticleFactionCount[];
  }
  return statement(db, `${base} AND m.article_id IN (SELECT value FROM json_each(?)) GROUP BY m.article_id, m.faction_id`)
    .all(JSON.stringify(articleIds)) as ArticleFactionCount[];
}

export interface FactionLibraryCount {
  factionId: string;
  articles: number;
  mentions: number;
}

export function libraryFactionCounts(db: Db): FactionLibraryCount[] {
  return statement(db, 
      `SELECT faction_id AS factionId, count(DISTINCT article_id) AS articles, count(*) AS mentions
       FROM mentions WHERE location = 'body' GROUP BY faction_id`,
    )
    .all() as FactionLibraryCount[];
}
