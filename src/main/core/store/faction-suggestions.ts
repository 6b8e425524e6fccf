import type { FactionSuggestion, SuggestionStatus } from '../../../shared/model';
import { statement, type Db } from './database';

export interface NewOccurrence {
  name: string;
  normalised: string;
  articleId: number;
  start: number;
  end: number;
  sentence: string;
}

export function recordSuggestionOccurrences(db: Db, occurrences: NewOccurrence[], at: string): void {
  for (const o of occurrences) {
    statement(db, `INSERT INTO faction_suggestions (normalised, name, first_seen) VALUES (?, ?, ?) ON CONFLICT (normalised) DO NOTHING`).run(o.normalised, o.name, at);
    const suggestion = statement(db, `SELECT id FROM faction_suggestions WHERE normalised = ?`).get(o.normalised) as { id: number };
    statement(
      db,
      `INSERT OR IGNORE INTO suggestion_occurrences (suggestion_id, article_id, start_offset, end_offset, surface, sentence) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(suggestion.id, o.articleId, o.start, o.end, o.name, o.sentence);
  }
}

export function deleteSuggestionOccurrencesOfArticle(db: Db, articleId: number): void {
  statement(db, `DELETE FROM suggestion_occurrences WHERE article_id = ?`).run(articleId);
}

/** Drops the article's occurrences that overlap any of these [start, end) spans (names now known). */
export function deleteSuggestionOccurrencesOverlapping(db: Db, articleId: number, spans: readonly (readonly [number, number])[]): void {
  statement(
    db,
    `DELETE FROM suggestion_occurrences WHERE article_id = ? AND EXISTS (
       SELECT 1 FROM json_each(?) span
       WHERE span.value ->> 0 < suggestion_occurrences.end_offset AND span.value ->> 1 > suggestion_occurrences.start_offset)`,
  ).run(articleId, JSON.stringify(spans));
}

export function listSuggestions(db: Db, status: SuggestionStatus | undefined): FactionSuggestion[] {
  const rows = statement(
    db,
    `SELECT s.id, s.name, s.status, s.accepted_faction_id AS acceptedFactionId,
       count(DISTINCT o.article_id) AS articles, count(o.article_id) AS occurrences
     FROM faction_suggestions s LEFT JOIN suggestion_occurrences o ON o.suggestion_id = s.id
     WHERE (@status IS NULL OR s.status = @status)
     GROUP BY s.id HAVING s.status <> 'open' OR count(o.article_id) > 0
     ORDER BY articles DESC, occurrences DESC, s.name`,
  ).all({ status: status ?? null }) as Omit<FactionSuggestion, 'contexts'>[];
  const contexts = statement(
    db,
    `SELECT o.article_id AS articleId, a.title AS articleTitle, o.sentence FROM suggestion_occurrences o JOIN articles a ON a.id = o.article_id
     WHERE o.suggestion_id = ? ORDER BY o.article_id, o.start_offset LIMIT 5`,
  );
  return rows.map((row) => ({ ...row, contexts: contexts.all(row.id) as FactionSuggestion['contexts'] }));
}

export function getSuggestion(db: Db, id: number): { id: number; name: string; normalised: string; status: SuggestionStatus } | undefined {
  return statement(db, `SELECT id, name, normalised, status FROM faction_suggestions WHERE id = ?`).get(id) as
    | { id: number; name: string; normalised: string; status: SuggestionStatus }
    | undefined;
}

export function decideSuggestion(db: Db, id: number, status: 'accepted' | 'dismissed', factionId: string | null, at: string): void {
  statement(db, `UPDATE faction_suggestions SET status = ?, accepted_faction_id = ?, decided_at = ? WHERE id = ?`).run(status, factionId, at, id);
}
