import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, openDatabase, schemaVersion } from '../../../src/main/core/store/database';
import { MIGRATIONS } from '../../../src/main/core/store/migrations';
import { useTempLibraries } from '../../helpers/temp-library';
import { minhashSignature } from '../../../src/main/core/library/similarity';

/** A library file at an older schema version, holding one source file and one article (id 1, 'Old'). */
function libraryAtVersion(file: string, version: number, body: string): Database.Database {
  const raw = new Database(file);
  raw.pragma('foreign_keys = ON');
  migrate(raw, version);
  raw.prepare(`INSERT INTO source_files (id, path, file_name, media_type, byte_length, content_hash, original, imported_at) VALUES (1, '/a.txt', 'a.txt', 'text/plain', 1, 'h', x'41', 'now')`).run();
  raw.prepare(`INSERT INTO articles (id, source_file_id, position, title, date_source, body, content_hash, imported_at) VALUES (1, 1, 0, 'Old', 'unknown', ?, 'c', 'now')`).run(body);
  return raw;
}

describe('library store', () => {
  const libs = useTempLibraries();

  it('creates a WAL database with foreign keys on, 16 KB pages and a 64 MB page cache, at the latest schema version', () => {
    const db = openDatabase(libs.newLibraryPath());
    expect(db.pragma('page_size', { simple: true })).toBe(16384);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('cache_size', { simple: true })).toBe(-65536);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
    for (const table of ['articles', 'source_files', 'comments', 'factions', 'faction_aliases', 'faction_lineage', 'article_mentions', 'article_factions', 'tags', 'article_tags', 'notes', 'article_search']) {
      expect(tables).toContain(table);
    }
    db.close();
  });

  it('opens a library made with 4 KB pages as it is: its pages keep their size and its data stays readable', () => {
    const file = libs.newLibraryPath();
    const raw = libraryAtVersion(file, MIGRATIONS.length, 'Body of an old library.');
    raw.pragma('journal_mode = WAL');
    expect(raw.pragma('page_size', { simple: true })).toBe(4096);
    raw.close();
    const db = openDatabase(file);
    expect(db.pragma('page_size', { simple: true })).toBe(4096);
    expect(db.prepare('SELECT body FROM articles WHERE id = 1').get()).toEqual({ body: 'Body of an old library.' });
    db.close();
  });

  it('refuses a library written by a newer version and leaves it unchanged', () => {
    const file = libs.newLibraryPath();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer version of Dossier/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 5);
    check.close();
  });

  it('applies migrations from an older version, keeping data (migration 1 from an empty file)', () => {
    const file = libs.newLibraryPath();
    const raw = new Database(file);
    migrate(raw, 0);
    expect(schemaVersion(raw)).toBe(0);
    migrate(raw);
    expect(schemaVersion(raw)).toBe(MIGRATIONS.length);
    raw.prepare(`INSERT INTO meta (key, value) VALUES ('k', 'v')`).run();
    raw.close();
    const reopened = openDatabase(file);
    expect(reopened.prepare(`SELECT value FROM meta WHERE key = 'k'`).get()).toEqual({ value: 'v' });
    reopened.close();
  });

  it('deleting an article removes its mentions, comments, tags and notes with it (foreign keys cascade)', () => {
    const db = openDatabase(libs.newLibraryPath());
    db.prepare(`INSERT INTO source_files (id, path, file_name, media_type, byte_length, content_hash, original, imported_at) VALUES (1, '/a.txt', 'a.txt', 'text/plain', 1, 'h', x'41', 'now')`).run();
    db.prepare(`INSERT INTO articles (id, source_file_id, position, title, date_source, body, content_hash, imported_at) VALUES (1, 1, 0, 't', 'unknown', 'b', 'c', 'now')`).run();
    db.prepare(`INSERT INTO notes (article_id, text, updated_at) VALUES (1, 'n', 'now')`).run();
    db.prepare(`INSERT INTO comments (article_id, position, text) VALUES (1, 0, 'c')`).run();
    db.prepare(`DELETE FROM source_files WHERE id = 1`).run();
    expect(db.prepare(`SELECT count(*) AS n FROM notes`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT count(*) AS n FROM comments`).get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 002: near-duplicates, versions, date confidence', () => {
  const libs = useTempLibraries();

  it('upgrades a version-1 library with articles in it, keeping them', () => {
    const file = libs.newLibraryPath();
    const raw = libraryAtVersion(file, 1, 'Body');
    migrate(raw, 2);
    expect(schemaVersion(raw)).toBe(2);
    expect(raw.prepare(`SELECT title, date_confidence AS confidence FROM articles WHERE id = 1`).get()).toEqual({ title: 'Old', confidence: null });
    expect(raw.prepare(`SELECT format FROM source_files WHERE id = 1`).get()).toEqual({ format: null });
    raw.prepare(`INSERT INTO article_signatures (article_id, signature) VALUES (1, x'00')`).run();
    expect(() => raw.prepare(`INSERT INTO article_versions (article_id, other_id, linked_at) VALUES (1, 1, 'now')`).run()).toThrow();
    raw.close();
  });
});

describe('migration 003: faction corrections', () => {
  const libs = useTempLibraries();

  it('upgrades a version-2 library with articles, keeping them, and keys rejections to articles', () => {
    const file = libs.newLibraryPath();
    const raw = libraryAtVersion(file, 2, 'Body');
    migrate(raw, 3);
    expect(schemaVersion(raw)).toBe(3);
    expect(raw.prepare(`SELECT title FROM articles`).all()).toEqual([{ title: 'Old' }]);
    raw.prepare(`INSERT INTO faction_edits (kind, faction_id, value, created_at) VALUES ('add-alias', 'sdf', 'x', 'now')`).run();
    expect(() => raw.prepare(`INSERT INTO faction_edits (kind, faction_id, created_at) VALUES ('explode', 'sdf', 'now')`).run()).toThrow();
    raw.prepare(`INSERT INTO mention_rejections (article_id, faction_id, location, start_offset, end_offset, surface, created_at) VALUES (1, 'sdf', 'body', 0, 4, 'Body', 'now')`).run();
    raw.prepare(`DELETE FROM articles WHERE id = 1`).run();
    expect(raw.prepare(`SELECT count(*) AS n FROM mention_rejections`).get()).toEqual({ n: 0 });
    raw.close();
  });
});

describe('migration 004: highlights', () => {
  const libs = useTempLibraries();

  it('upgrades a version-3 library with articles, notes and tags, keeping them, and ties highlights to their article', () => {
    const file = libs.newLibraryPath();
    const raw = libraryAtVersion(file, 3, 'Fighters held the road.');
    raw.prepare(`INSERT INTO notes (article_id, text, updated_at) VALUES (1, 'my note', 'now')`).run();
    raw.prepare(`INSERT INTO tags (id, name) VALUES (1, 'idlib')`).run();
    raw.prepare(`INSERT INTO article_tags (article_id, tag_id, tagged_at) VALUES (1, 1, 'now')`).run();
    expect(raw.prepare(`SELECT name FROM sqlite_master WHERE name = 'highlights'`).get()).toBeUndefined();

    migrate(raw, 4);
    expect(schemaVersion(raw)).toBe(4);
    expect(raw.prepare(`SELECT title, body FROM articles`).all()).toEqual([{ title: 'Old', body: 'Fighters held the road.' }]);
    expect(raw.prepare(`SELECT text FROM notes WHERE article_id = 1`).get()).toEqual({ text: 'my note' });
    expect(raw.prepare(`SELECT count(*) AS n FROM article_tags`).get()).toEqual({ n: 1 });

    const insert = raw.prepare(
      `INSERT INTO highlights (article_id, start_offset, end_offset, quote, prefix, suffix, color, comment, created_at, updated_at)
       VALUES (?, ?, ?, ?, '', '', ?, ?, 'now', 'now')`,
    );
    insert.run(1, 9, 13, 'held', 'green', 'check');
    expect(raw.prepare(`SELECT color, orphaned, comment FROM highlights`).get()).toEqual({ color: 'green', orphaned: 0, comment: 'check' });
    expect(() => insert.run(1, 9, 13, 'held', 'purple', null)).toThrow(/CHECK/);
    expect(() => insert.run(1, 13, 9, 'held', 'yellow', null)).toThrow(/CHECK/);
    expect(() => insert.run(1, 9, 13, '', 'yellow', null)).toThrow(/CHECK/);
    expect(() => insert.run(2, 0, 4, 'none', 'yellow', null)).toThrow(/FOREIGN KEY/);
    // STRICT: an offset is an integer, not text.
    expect(() => insert.run(1, 'nine', 13, 'held', 'yellow', null)).toThrow();

    raw.prepare(`DELETE FROM articles WHERE id = 1`).run();
    expect(raw.prepare(`SELECT count(*) AS n FROM highlights`).get()).toEqual({ n: 0 });
    raw.close();
  });
});

describe('migration 005: matches digest', () => {
  const libs = useTempLibraries();

  it('adds an empty digest to every article of a version-4 library, which the next pass fills', async () => {
    const file = libs.newLibraryPath();
    const raw = libraryAtVersion(file, 4, 'Fighters of Ahrar al-Sham held the road.');
    migrate(raw, 5);
    expect(schemaVersion(raw)).toBe(5);
    expect(raw.prepare(`SELECT title, matches_digest AS digest FROM articles`).all()).toEqual([{ title: 'Old', digest: null }]);
    raw.close();

    // The library's first re-tag writes its mentions and records what it found.
    const core = libs.open(file);
    await core.handlers.addFactionAlias({ factionId: 'sdf', alias: 'the road holders' });
    await core.retagIdle();
    const article = await core.handlers.getArticle({ id: 1 });
    expect(article.factions.map((f) => f.id)).toContain('ahrar-al-sham');
    expect((core.db.prepare(`SELECT matches_digest AS digest FROM articles WHERE id = 1`).get() as { digest: string | null }).digest).toMatch(/^[0-9a-z]+\.[0-9a-z]+\.[1-9]\d*$/);
  });
});

describe('migration 006: band buckets kept in memory', () => {
  const libs = useTempLibraries();

  it('drops the bucket table; copies of articles signed before it are still recognised', async () => {
    const body = [
      'Hundreds of fighters from Hay’at Tahrir al-Sham advanced on the town of Saraqib on Thursday after a night of heavy shelling, local sources said.',
      'The group took control of two villages on the M5 highway and set up checkpoints, while residents fled north towards the Turkish border.',
      'A spokesman for the National Liberation Front said its fighters had withdrawn to avoid civilian casualties and would return later.',
    ].join('\n\n');
    const file = libs.newLibraryPath();
    const raw = libraryAtVersion(file, 5, body);
    const signature = minhashSignature(body);
    raw.prepare(`INSERT INTO article_signatures (article_id, signature) VALUES (1, ?)`).run(Buffer.from(signature.buffer));
    raw.prepare(`INSERT INTO signature_buckets (band, bucket, article_id) VALUES (0, 42, 1)`).run();
    migrate(raw, 6);
    expect(raw.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'signature_buckets%'`).all()).toEqual([]);
    raw.close();

    const core = libs.open(file);
    const dir = libs.newDir();
    writeFileSync(path.join(dir, 'copy.txt'), `Saraqib falls\n\n${body.replace('on Thursday', 'on Thursday morning')}\n`);
    const copy = await core.handlers.importPaths({ paths: [path.join(dir, 'copy.txt')] });
    expect(copy.files[0].similar?.map((s) => s.similarTo.id)).toEqual([1]);
  });
});

describe('migration 007: mentions packed per article', () => {
  const libs = useTempLibraries();

  it("drops the per-mention rows of a version-6 library; opening it matches every article again, keeping the analyst's rejections", async () => {
    const body = 'Fighters of Ahrar al-Sham held the road while Jaysh al-Islam shelled the village.';
    const file = libs.newLibraryPath();
    const raw = libraryAtVersion(file, 6, body);
    raw.prepare(`INSERT INTO factions (id, name, kind, bloc) VALUES ('ahrar-al-sham', 'Ahrar al-Sham', 'faction', 'islamist'), ('jaysh-al-islam', 'Jaysh al-Islam', 'faction', 'islamist')`).run();
    raw.prepare(`INSERT INTO mentions (article_id, faction_id, location, start_offset, end_offset, surface) VALUES (1, 'ahrar-al-sham', 'body', 12, 26, 'Ahrar al-Sham')`).run();
    const jaysh = body.indexOf('Jaysh al-Islam');
    raw.prepare(
      `INSERT INTO mention_rejections (article_id, faction_id, location, comment_position, start_offset, end_offset, surface, created_at) VALUES (1, 'jaysh-al-islam', 'body', -1, ?, ?, 'Jaysh al-Islam', 'now')`,
    ).run(jaysh, jaysh + 'Jaysh al-Islam'.length);
    raw.prepare(`INSERT INTO meta (key, value) VALUES ('gazetteer_version', 'the current one')`).run();
    migrate(raw, 7);
    const tables = (raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
    expect(tables).not.toContain('mentions');
    expect(tables).toEqual(expect.arrayContaining(['article_mentions', 'article_factions']));
    expect(raw.prepare(`SELECT value FROM meta WHERE key = 'gazetteer_version'`).get()).toBeUndefined();
    raw.close();

    const core = libs.open(file);
    const article = await core.handlers.getArticle({ id: 1 });
    expect(article.factions.map((f) => f.id)).toEqual(['ahrar-al-sham']);
    expect(article.mentions.map((m) => [m.entityId, m.start])).toEqual([['ahrar-al-sham', body.indexOf('Ahrar al-Sham')]]);
  });

  it("deleting an article deletes its packed mentions and its faction summary (foreign keys cascade)", () => {
    const db = openDatabase(libs.newLibraryPath());
    db.prepare(`INSERT INTO source_files (id, path, file_name, media_type, byte_length, content_hash, original, imported_at) VALUES (1, '/a.txt', 'a.txt', 'text/plain', 1, 'h', x'41', 'now')`).run();
    db.prepare(`INSERT INTO articles (id, source_file_id, position, title, date_source, body, content_hash, imported_at) VALUES (1, 1, 0, 't', 'unknown', 'b', 'c', 'now')`).run();
    db.prepare(`INSERT INTO factions (id, name, kind, bloc) VALUES ('sdf', 'SDF', 'faction', 'kurdish')`).run();
    db.prepare(`INSERT INTO article_mentions (article_id, packed) VALUES (1, '[]')`).run();
    db.prepare(`INSERT INTO article_factions (article_id, faction_id, body_mentions, comment_mentions) VALUES (1, 'sdf', 1, 0)`).run();
    db.prepare(`DELETE FROM source_files WHERE id = 1`).run();
    expect(db.prepare(`SELECT (SELECT count(*) FROM article_mentions) + (SELECT count(*) FROM article_factions) AS n`).get()).toEqual({ n: 0 });
    db.close();
  });
});
