import type { DateSource } from '../../../shared/model';
import { statement, type Db } from './database';

export interface NewArticle {
  sourceFileId: number;
  position: number;
  title: string;
  subtitle: string | null;
  author: string | null;
  outlet: string | null;
  publishedDate: string | null;
  dateSource: DateSource;
  dateEvidence: string | null;
  dateConfidence: 'high' | 'medium' | 'low' | null;
  body: string;
  language: string | null;
  direction: 'ltr' | 'rtl';
  contentHash: string;
  importedAt: string;
}

export interface ArticleRow extends NewArticle {
  id: number;
  sourcePath: string;
  encoding: string | null;
}

const ARTICLE_COLUMNS = `a.id, a.source_file_id AS sourceFileId, a.position, a.title, a.subtitle, a.author, a.outlet,
  a.published_date AS publishedDate, a.date_source AS dateSource, a.date_evidence AS dateEvidence,
  a.date_confidence AS dateConfidence, a.body, f.encoding AS encoding,
  a.language, a.direction, a.content_hash AS contentHash, a.imported_at AS importedAt, f.path AS sourcePath`;

export function insertArticle(db: Db, article: NewArticle): number {
  const result = statement(db, 
      `INSERT INTO articles (source_file_id, position, title, subtitle, author, outlet, published_date, date_source,
         date_evidence, date_confidence, body, language, direction, content_hash, imported_at)
       VALUES (@sourceFileId, @position, @title, @subtitle, @author, @outlet, @publishedDate, @dateSource,
         @dateEvidence, @dateConfidence, @body, @language, @direction, @contentHash, @importedAt)`,
    )
    .run(article);
  return Number(result.lastInsertRowid);
}

export function getArticle(db: Db, id: number): ArticleRow | undefined {
  return statement(db, `SELECT ${ARTICLE_COLUMNS} FROM articles a JOIN source_files f ON f.id = a.source_file_id WHERE a.id = ?`)
    .get(id) as ArticleRow | undefined;
}

export function findArticleIdsByContentHash(db: Db, hashes: string[]): number[] {
  const find = statement(db, `SELECT id FROM articles WHERE content_hash = ?`);
  const ids: number[] = [];
  for (const hash of hashes) {
    const row = find.get(hash) as { id: number } | undefined;
    if (row) ids.push(row.id);
  }
  return ids;
}

export function articleIdsOfSourceFile(db: Db, sourceFileId: number): number[] {
  return (
    statement(db, `SELECT id FROM articles WHERE source_file_id = ? ORDER BY position`).all(sourceFileId) as { id: number }[]
  ).map((r) => r.id);
}

export interface ArticleListRow {
  id: number;
  title: string;
  outlet: string | null;
  publishedDate: string | null;
  dateSource: DateSource;
  importedAt: string;
}

export interface ArticleListFilter {
  /**
   * Each group is one chosen faction with, when asked, its predecessors: an article matches a group
   * when its body mentions any id of it.
   */
  factionGroups?: string[][];
  /** 'all': every group must match (AND); 'any': one is enough (OR). */
  factionMode?: 'all' | 'any';
  blocs?: string[];
  tag?: string;
}

const MENTIONS_ANY_OF = `EXISTS (SELECT 1 FROM article_factions s WHERE s.article_id = a.id AND s.body_mentions > 0 AND s.faction_id IN (SELECT value FROM json_each(?)))`;

/** The WHERE clause and its parameters for a filter, shared by the list, the network and the timeline. */
export function articleFilterSql(filter: ArticleListFilter): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const groups = (filter.factionGroups ?? []).filter((g) => g.length);
  if (groups.length && filter.factionMode === 'any') {
    where.push(MENTIONS_ANY_OF);
    params.push(JSON.stringify([...new Set(groups.flat())]));
  } else {
    for (const group of groups) {
      where.push(MENTIONS_ANY_OF);
      params.push(JSON.stringify(group));
    }
  }
  if (filter.blocs?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM article_factions s JOIN factions f ON f.id = s.faction_id WHERE s.article_id = a.id AND s.body_mentions > 0 AND f.bloc IN (SELECT value FROM json_each(?)))`,
    );
    params.push(JSON.stringify(filter.blocs));
  }
  if (filter.tag) {
    where.push(`EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id AND t.name = ?)`);
    params.push(filter.tag);
  }
  return { where: where.length ? 'WHERE ' + where.join(' AND ') : '', params };
}

/** Newest first by date (unknown dates last), then by import order. */
export function listArticles(db: Db, filter: ArticleListFilter = {}): ArticleListRow[] {
  const { where, params } = articleFilterSql(filter);
  const sql = `SELECT a.id, a.title, a.outlet, a.published_date AS publishedDate, a.date_source AS dateSource,
      a.imported_at AS importedAt
    FROM articles a
    ${where}
    ORDER BY a.published_date IS NULL, a.published_date DESC, a.id DESC`;
  return statement(db, sql).all(...params) as ArticleListRow[];
}

export function countArticles(db: Db): number {
  return (statement(db, `SELECT count(*) AS n FROM articles`).get() as { n: number }).n;
}

export function allArticleIds(db: Db): number[] {
  return (statement(db, `SELECT id FROM articles ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
}
