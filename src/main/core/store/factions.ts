import type { Bloc, EntityKind } from '../../../shared/model';
import { statement, type Db } from './database';

export interface FactionRecord {
  id: string;
  name: string;
  kind: EntityKind;
  bloc: Bloc;
  arabicName: string | null;
  aliases: { alias: string; kind: string }[];
  lineage: { toId: string; relation: string; date: string | null }[];
  origin: 'gazetteer' | 'user';
}

export interface FactionRow {
  id: string;
  name: string;
  kind: EntityKind;
  bloc: Bloc;
  arabicName: string | null;
}

/**
 * Mirrors the effective gazetteer (shipped data + the analyst's edits, which live in faction_edits)
 * into the faction tables that queries join against. Rows no longer in it (merged away) go, and their
 * mentions with them; the next re-match gives those mentions to the faction they were merged into.
 */
export function replaceGazetteerFactions(db: Db, records: FactionRecord[]): void {
  const known = new Set(records.map((r) => r.id));
  const upsert = statement(
    db,
    `INSERT INTO factions (id, name, kind, bloc, arabic_name, origin) VALUES (@id, @name, @kind, @bloc, @arabicName, @origin)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, bloc = excluded.bloc,
       arabic_name = excluded.arabic_name, origin = excluded.origin`,
  );
  for (const record of records) upsert.run(record);
  const stale = (statement(db, `SELECT id FROM factions`).all() as { id: string }[]).filter((r) => !known.has(r.id));
  const remove = statement(db, `DELETE FROM factions WHERE id = ?`);
  // Removing a faction removes its mentions (ON DELETE CASCADE) behind the matcher's back: those
  // articles' digests no longer describe their rows, so the next pass must write them.
  const forget = statement(db, `UPDATE articles SET matches_digest = NULL WHERE id IN (SELECT article_id FROM article_factions WHERE faction_id = ?)`);
  for (const row of stale) {
    forget.run(row.id);
    remove.run(row.id);
  }

  statement(db, `DELETE FROM faction_aliases`).run();
  statement(db, `DELETE FROM faction_lineage`).run();
  const insertAlias = statement(db, `INSERT OR IGNORE INTO faction_aliases (faction_id, alias, alias_kind) VALUES (?, ?, ?)`);
  const insertLineage = statement(db, 
    `INSERT OR IGNORE INTO faction_lineage (from_id, to_id, relation, date) VALUES (?, ?, ?, ?)`,
  );
  for (const record of records) {
    for (const alias of record.aliases) insertAlias.run(record.id, alias.alias, alias.kind);
    for (const link of record.lineage) {
      if (known.has(link.toId)) insertLineage.run(record.id, link.toId, link.relation, link.date);
    }
  }
}

export function listFactionRows(db: Db): FactionRow[] {
  return statement(db, `SELECT id, name, kind, bloc, arabic_name AS arabicName FROM factions ORDER BY name COLLATE NOCASE`)
    .all() as FactionRow[];
}

export function getFactionRow(db: Db, id: string): FactionRow | undefined {
  return statement(db, `SELECT id, name, kind, bloc, arabic_name AS arabicName FROM factions WHERE id = ?`).get(id) as
    | FactionRow
    | undefined;
}

export function aliasesOf(db: Db, id: string): string[] {
  return (
    statement(db, `SELECT alias FROM faction_aliases WHERE faction_id = ? ORDER BY alias_kind, alias`).all(id) as {
      alias: string;
    }[]
  ).map((r) => r.alias);
}

export function lineageOf(db: Db, id: string): { toId: string; toName: string; relation: string; date: string | null }[] {
  return statement(db, 
      `SELECT l.to_id AS toId, f.name AS toName, l.relation, l.date FROM faction_lineage l JOIN factions f ON f.id = l.to_id
       WHERE l.from_id = ? ORDER BY l.date IS NULL, l.date`,
    )
    .all(id) as { toId: string; toName: string; relation: string; date: string | null }[];
}
