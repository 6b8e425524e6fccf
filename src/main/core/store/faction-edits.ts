import type { FactionEditKind } from '../../../shared/model';
import { statement, type Db } from './database';
import { readArticleMentions, replaceArticleMentions } from './mentions';

export interface FactionEditRow {
  id: number;
  kind: FactionEditKind;
  factionId: string;
  value: string | null;
  targetId: string | null;
  payload: string | null;
  createdAt: string;
}

export function appendFactionEdit(db: Db, edit: Omit<FactionEditRow, 'id'>): number {
  const result = statement(
    db,
    `INSERT INTO faction_edits (kind, faction_id, value, target_id, payload, created_at)
     VALUES (@kind, @factionId, @value, @targetId, @payload, @createdAt)`,
  ).run(edit);
  return Number(result.lastInsertRowid);
}

export function listFactionEdits(db: Db): FactionEditRow[] {
  return statement(
    db,
    `SELECT id, kind, faction_id AS factionId, value, target_id AS targetId, payload, created_at AS createdAt FROM faction_edits ORDER BY id`,
  ).all() as FactionEditRow[];
}

export function deleteFactionEdit(db: Db, id: number): void {
  statement(db, `DELETE FROM faction_edits WHERE id = ?`).run(id);
}

export interface MentionRejection {
  articleId: number;
  factionId: string;
  location: 'body' | 'comment';
  commentPosition: number;
  start: number;
  end: number;
  surface: string;
  createdAt: string;
}

export function addMentionRejection(db: Db, r: MentionRejection): void {
  statement(
    db,
    `INSERT OR IGNORE INTO mention_rejections (article_id, faction_id, location, comment_position, start_offset, end_offset, surface, created_at)
     VALUES (@articleId, @factionId, @location, @commentPosition, @start, @end, @surface, @createdAt)`,
  ).run(r);
}

/** Where a rejected mention was: enough to recognise it whenever the matcher finds it again. */
export type RejectedPlace = Pick<MentionRejection, 'factionId' | 'commentPosition' | 'start' | 'end'>;

function listMentionRejections(db: Db, articleId: number): RejectedPlace[] {
  return statement(
    db,
    `SELECT faction_id AS factionId, comment_position AS commentPosition, start_offset AS start, end_offset AS end
     FROM mention_rejections WHERE article_id = ?`,
  ).all(articleId) as RejectedPlace[];
}

/** These mentions of the article without those the analyst rejected ("not this faction"). */
export function withoutRejected<M extends RejectedPlace>(db: Db, articleId: number, mentions: M[]): M[] {
  const rejections = listMentionRejections(db, articleId);
  return rejections.length ? mentions.filter((m) => !isRejected(rejections, m)) : mentions;
}

/** A body mention has comment position -1, as a body rejection does. */
function isRejected(rejections: readonly RejectedPlace[], mention: RejectedPlace): boolean {
  return rejections.some(
    (r) => r.factionId === mention.factionId && r.commentPosition === mention.commentPosition && r.start === mention.start && r.end === mention.end,
  );
}

/** Leaves out of the article's stored mentions those the analyst has rejected. */
export function applyMentionRejections(db: Db, articleId: number): void {
  const stored = readArticleMentions(db, articleId);
  const kept = withoutRejected(db, articleId, stored);
  if (kept.length !== stored.length) replaceArticleMentions(db, articleId, kept, { replacing: true });
}

export function saveFactionNote(db: Db, factionId: string, text: string, at: string): void {
  statement(
    db,
    `INSERT INTO faction_notes (faction_id, text, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (faction_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(factionId, text, at);
}

/**
 * Notes written on ids that have since been folded into another entry move to that entry; when both have
 * one, the old note is added below the new one so nothing the analyst wrote is lost.
 */
export function moveNotesOfRetiredFactions(db: Db, retired: Readonly<Record<string, string>>, currentId: (id: string) => string): void {
  for (const old of Object.keys(retired)) {
    const moved = statement(db, `SELECT text, updated_at AS updatedAt FROM faction_notes WHERE faction_id = ?`).get(old) as { text: string; updatedAt: string } | undefined;
    if (!moved) continue;
    const now = currentId(old);
    const existing = getFactionNote(db, now);
    const text = existing.trim() ? `${existing}\n\n(from ${old}) ${moved.text}` : moved.text;
    saveFactionNote(db, now, text, moved.updatedAt);
    statement(db, `DELETE FROM faction_notes WHERE faction_id = ?`).run(old);
  }
}

export function getFactionNote(db: Db, factionId: string): string {
  return (statement(db, `SELECT text FROM faction_notes WHERE faction_id = ?`).get(factionId) as { text: string } | undefined)?.text ?? '';
}
