// What the faction matcher found in each article, as stored (migration 007): the article's mentions
// packed in one row, read whole by the reader, and one summary row per faction the article names, which
// every query by faction reads (filters, counts, the faction page, search).
import type { Bloc, DateSource, MentionLocation } from '../../../shared/model';
import { statement, type Db } from './database';

/** One mention as stored. `seq` is its place in the matcher's answer, kept when others are rejected. */
export interface StoredMention {
  seq: number;
  factionId: string;
  /** -1 in the body; else the comment's position in the article. */
  commentPosition: number;
  start: number;
  end: number;
  surface: string;
}

export interface MentionRow {
  id: number;
  articleId: number;
  factionId: string;
  location: MentionLocation;
  commentId: number | null;
  start: number;
  end: number;
  surface: string;
}

/**
 * A mention's id is its article's id times this, plus its seq: ids stay numbers the reader can hold, and a
 * rejection finds its mention without an index. An article with more mentions keeps the first this many.
 */
const MENTIONS_PER_ARTICLE_LIMIT = 2 ** 20;

export function mentionId(articleId: number, seq: number): number {
  return articleId * MENTIONS_PER_ARTICLE_LIMIT + seq;
}

type PackedMention = [seq: number, factionId: string, commentPosition: number, start: number, end: number, surface: string];

interface FactionSummary {
  body: number;
  comments: number;
  firstStart: number | null;
  firstEnd: number | null;
}

/**
 * Stores an article's mentions, replacing what it had unless `replacing` is false (an article inserted in
 * this transaction has nothing to replace).
 */
export function replaceArticleMentions(db: Db, articleId: number, mentions: readonly StoredMention[], options: { replacing: boolean }): void {
  if (options.replacing) deleteMentionsOfArticle(db, articleId);
  const kept = mentions.filter((m) => m.seq < MENTIONS_PER_ARTICLE_LIMIT);
  if (kept.length === 0) return;
  const packed: PackedMention[] = kept.map((m) => [m.seq, m.factionId, m.commentPosition, m.start, m.end, m.surface]);
  statement(db, `INSERT INTO article_mentions (article_id, packed) VALUES (?, ?)`).run(articleId, JSON.stringify(packed));
  const summaries = new Map<string, FactionSummary>();
  for (const m of kept) {
    let summary = summaries.get(m.factionId);
    if (!summary) summaries.set(m.factionId, (summary = { body: 0, comments: 0, firstStart: null, firstEnd: null }));
    if (m.commentPosition >= 0) {
      summary.comments++;
      continue;
    }
    summary.body++;
    if (summary.firstStart === null || m.start < summary.firstStart) {
      summary.firstStart = m.start;
      summary.firstEnd = m.end;
    }
  }
  const insert = statement(
    db,
    `INSERT INTO article_factions (article_id, faction_id, body_mentions, comment_mentions, first_start, first_end) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const [factionId, s] of summaries) insert.run(articleId, factionId, s.body, s.comments, s.firstStart, s.firstEnd);
}

function deleteMentionsOfArticle(db: Db, articleId: number): void {
  statement(db, `DELETE FROM article_mentions WHERE article_id = ?`).run(articleId);
  statement(db, `DELETE FROM article_factions WHERE article_id = ?`).run(articleId);
}

/** The article's mentions as stored, in the matcher's order. */
export function readArticleMentions(db: Db, articleId: number): StoredMention[] {
  const row = statement(db, `SELECT packed FROM article_mentions WHERE article_id = ?`).get(articleId) as { packed: string } | undefined;
  if (!row) return [];
  return (JSON.parse(row.packed) as PackedMention[]).map(([seq, factionId, commentPosition, start, end, surface]) => ({ seq, factionId, commentPosition, start, end, surface }));
}

/** The article's mentions for the reader: the body's first, then each comment's, in text order. */
export function listMentions(db: Db, articleId: number): MentionRow[] {
  const stored = readArticleMentions(db, articleId);
  if (stored.length === 0) return [];
  const commentIds = commentIdsByPosition(db, articleId);
  return stored
    .filter((m) => m.commentPosition < 0 || commentIds.has(m.commentPosition))
    .sort((a, b) => a.commentPosition - b.commentPosition || a.start - b.start)
    .map((m) => ({
      id: mentionId(articleId, m.seq),
      articleId,
      factionId: m.factionId,
      location: m.commentPosition < 0 ? ('body' as const) : ('comment' as const),
      commentId: m.commentPosition < 0 ? null : commentIds.get(m.commentPosition)!,
      start: m.start,
      end: m.end,
      surface: m.surface,
    }));
}

/** The mention with this id (see mentionId), with its article, or undefined if it is no longer stored. */
export function findMention(db: Db, id: number): (StoredMention & { articleId: number }) | undefined {
  if (!Number.isSafeInteger(id) || id < MENTIONS_PER_ARTICLE_LIMIT) return undefined;
  const articleId = Math.floor(id / MENTIONS_PER_ARTICLE_LIMIT);
  const seq = id % MENTIONS_PER_ARTICLE_LIMIT;
  const found = readArticleMentions(db, articleId).find((m) => m.seq === seq);
  return found && { ...found, articleId };
}

function commentIdsByPosition(db: Db, articleId: number): Map<number, number> {
  const rows = statement(db, `SELECT id, position FROM comments WHERE article_id = ?`).all(articleId) as { id: number; position: number }[];
  return new Map(rows.map((r) => [r.position, r.id]));
}

export interface ArticleFactionCount {
  articleId: number;
  factionId: string;
  count: number;
}

/** Body mention counts per article, for the list's faction chips. */
export function bodyFactionCounts(db: Db, articleIds: number[] | null): ArticleFactionCount[] {
  if (articleIds && articleIds.length === 0) return [];
  const base = `SELECT s.article_id AS articleId, s.faction_id AS factionId, s.body_mentions AS count
    FROM article_factions s JOIN factions f ON f.id = s.faction_id
    WHERE s.body_mentions > 0 AND f.kind <> 'person'`;
  if (!articleIds) return statement(db, base).all() as ArticleFactionCount[];
  return statement(db, `${base} AND s.article_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(articleIds)) as ArticleFactionCount[];
}

export interface FactionLibraryCount {
  factionId: string;
  articles: number;
  mentions: number;
}

/** Per faction: the articles whose bodies name it, and how often they do. */
export function libraryFactionCounts(db: Db): FactionLibraryCount[] {
  return statement(
    db,
    `SELECT faction_id AS factionId, count(*) AS articles, sum(body_mentions) AS mentions
     FROM article_factions WHERE body_mentions > 0 GROUP BY faction_id`,
  ).all() as FactionLibraryCount[];
}

export function factionLibraryCount(db: Db, factionId: string): FactionLibraryCount {
  const row = statement(
    db,
    `SELECT count(*) AS articles, coalesce(sum(body_mentions), 0) AS mentions FROM article_factions WHERE faction_id = ? AND body_mentions > 0`,
  ).get(factionId) as { articles: number; mentions: number };
  return { factionId, ...row };
}

export interface ArticleMentioningFaction {
  id: number;
  title: string;
  outlet: string | null;
  date: string | null;
  dateSource: DateSource;
  body: string;
  mentions: number;
  firstStart: number;
  firstEnd: number;
}

/** The articles whose bodies name the faction, newest first, with where it is first named. */
export function articlesMentioningFaction(db: Db, factionId: string): ArticleMentioningFaction[] {
  return statement(
    db,
    `SELECT a.id, a.title, a.outlet, a.published_date AS date, a.date_source AS dateSource, a.body,
       s.body_mentions AS mentions, s.first_start AS firstStart, s.first_end AS firstEnd
     FROM article_factions s JOIN articles a ON a.id = s.article_id
     WHERE s.faction_id = ? AND s.body_mentions > 0
     ORDER BY a.published_date IS NULL, a.published_date DESC, a.id DESC`,
  ).all(factionId) as ArticleMentioningFaction[];
}

/**
 * The articles whose bodies name these factions most, best first, ranked and cut in SQL (the search's
 * faction hits). One faction reads the summary's faction index in article order.
 */
export function articlesNamingMost(db: Db, factionIds: string[], limit: number): number[] {
  if (!factionIds.length) return [];
  const rows =
    factionIds.length === 1
      ? statement(
          db,
          `SELECT article_id AS id, body_mentions AS n FROM article_factions
           WHERE faction_id = ? AND body_mentions > 0 ORDER BY n DESC, article_id DESC LIMIT ?`,
        ).all(factionIds[0], limit)
      : statement(
          db,
          `SELECT article_id AS id, sum(body_mentions) AS n FROM article_factions
           WHERE body_mentions > 0 AND faction_id IN (SELECT value FROM json_each(?))
           GROUP BY article_id ORDER BY n DESC, article_id DESC LIMIT ?`,
        ).all(JSON.stringify(factionIds), limit);
  return (rows as { id: number }[]).map((r) => r.id);
}

export interface CoMentionRow {
  id: string;
  name: string;
  bloc: Bloc;
  articles: number;
}

/** The factions (not people) named most often in the bodies that name this one. */
export function factionsNamedAlongside(db: Db, factionId: string, limit: number): CoMentionRow[] {
  return statement(
    db,
    `SELECT f.id, f.name, f.bloc, count(*) AS articles FROM article_factions s JOIN factions f ON f.id = s.faction_id
     WHERE s.body_mentions > 0 AND f.kind <> 'person' AND s.faction_id <> @id
       AND s.article_id IN (SELECT article_id FROM article_factions WHERE faction_id = @id AND body_mentions > 0)
     GROUP BY f.id ORDER BY articles DESC, f.name LIMIT @limit`,
  ).all({ id: factionId, limit }) as CoMentionRow[];
}

/** Which factions (not people) each of these articles' bodies name. */
export function factionsNamedIn(db: Db, articleIds: number[]): { articleId: number; factionId: string }[] {
  return statement(
    db,
    `SELECT s.article_id AS articleId, s.faction_id AS factionId FROM article_factions s JOIN factions f ON f.id = s.faction_id
     WHERE s.body_mentions > 0 AND f.kind <> 'person' AND s.article_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(articleIds)) as { articleId: number; factionId: string }[];
}

/** The factions (not people) named most often in these articles' bodies, most first. */
export function mostNamedFactions(db: Db, articleIds: number[], limit: number): string[] {
  return (
    statement(
      db,
      `SELECT s.faction_id AS id FROM article_factions s JOIN factions f ON f.id = s.faction_id
       WHERE s.body_mentions > 0 AND f.kind <> 'person' AND s.article_id IN (SELECT value FROM json_each(?))
       GROUP BY s.faction_id ORDER BY sum(s.body_mentions) DESC LIMIT ?`,
    ).all(JSON.stringify(articleIds), limit) as { id: string }[]
  ).map((r) => r.id);
}

/** Body mention counts of these factions in these articles. */
export function bodyMentionCounts(db: Db, articleIds: number[], factionIds: string[]): { articleId: number; factionId: string; n: number }[] {
  return statement(
    db,
    `SELECT article_id AS articleId, faction_id AS factionId, body_mentions AS n FROM article_factions
     WHERE body_mentions > 0 AND article_id IN (SELECT value FROM json_each(?)) AND faction_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(articleIds), JSON.stringify(factionIds)) as { articleId: number; factionId: string; n: number }[];
}
