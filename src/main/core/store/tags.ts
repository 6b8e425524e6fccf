import { statement, type Db } from './database';

export function addTag(db: Db, articleId: number, name: string, at: string): void {
  statement(db, `INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING`).run(name);
  const tag = statement(db, `SELECT id FROM tags WHERE name = ?`).get(name) as { id: number };
  statement(db, `INSERT INTO article_tags (article_id, tag_id, tagged_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`).run(
    articleId,
    tag.id,
    at,
  );
}

export function removeTag(db: Db, articleId: number, name: string): void {
  statement(db, `DELETE FROM article_tags WHERE article_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)`).run(
    articleId,
    name,
  );
  // A tag no article carries any more is dropped so the tag list stays honest.
  statement(db, `DELETE FROM tags WHERE name = ? AND NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = tags.id)`).run(
    name,
  );
}

export function tagsOfArticle(db: Db, articleId: number): string[] {
  return (
    statement(db, 
        `SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE`,
      )
      .all(articleId) as { name: string }[]
  ).map((r) => r.name);
}

export function tagsByArticle(db: Db): Map<number, string[]> {
  const rows = statement(db, 
      `SELECT at.article_id AS articleId, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id ORDER BY t.name COLLATE NOCASE`,
    )
    .all() as { articleId: number; name: string }[];
  const map = new Map<number, string[]>();
  for (const row of rows) {
    const list = map.get(row.articleId) ?? [];
    list.push(row.name);
    map.set(row.articleId, list);
  }
  return map;
}

export function listTagCounts(db: Db): { name: string; articles: number }[] {
  return statement(db, 
      `SELECT t.name, count(at.article_id) AS articles FROM tags t JOIN article_tags at ON at.tag_id = t.id
       GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
    )
    .all() as { name: string; articles: number }[];
}
