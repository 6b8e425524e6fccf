// Opens the library file and brings its schema up to date. Store functions elsewhere in this folder are
// synchronous `fn(db, ...)`; the async handler layer wraps them, so the core can live in a worker.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement for this SQL on this database, prepared once and reused: preparing costs more
 * than running most of the small statements the store issues for every article.
 */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

const NEW_LIBRARY_PAGE_SIZE = 16384;

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  readonly?: boolean;
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  // 16 KB pages for a new library (SQLite's default is 4 KB; an existing file keeps its size, since WAL
  // mode fixes it): bodies and originals of ~6 KB then fit one page instead of spilling into overflow
  // pages. Interleaved runs, 5,000 text files: 1,292 -> 1,326 articles/s, CPU 6.78 -> 6.59 s; search and
  // re-tag at 10,000 articles unchanged. Must come before the file's first write.
  if (!options.readonly) db.pragma(`page_size = ${NEW_LIBRARY_PAGE_SIZE}`);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // 64 MB of page cache instead of SQLite's 2 MB: an import inserts into indexes keyed by content hashes
  // (random places) and by faction, and at 50,000 articles those outgrow 2 MB, so every insert re-read
  // pages from the OS. Measured: a 50,000-article import 1,249 -> 1,383 articles/s, CPU 63 -> 58 s.
  db.pragma('cache_size = -65536');
  migrate(db);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the numbered migrations after PRAGMA user_version, each in its own transaction, so a failure
 * leaves the file at the last good version. A file written by a newer Dossier is refused rather than
 * guessed at.
 */
export function migrate(db: Db, target: number = MIGRATIONS.length): void {
  const current = schemaVersion(db);
  if (current > MIGRATIONS.length) {
    throw new Error(
      `This library was written by a newer version of Dossier (schema ${current}, this version knows ${MIGRATIONS.length}). Update Dossier to open it; the file was not changed.`,
    );
  }
  for (let version = current + 1; version <= target; version++) {
    const migration = MIGRATIONS[version - 1];
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
