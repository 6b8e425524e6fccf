import type { Migration } from './index';

// The originals (source_files.original) are the only data that cannot be rebuilt; mentions and the
// search index are derived from them and from the gazetteer, and can be recomputed at any time.
export const migration001Initial: Migration = {
  name: 'initial library schema',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE source_files (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        encoding TEXT,
        byte_length INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        original BLOB NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX source_files_content_hash ON source_files (content_hash);

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        source_file_id INTEGER NOT NULL REFERENCES source_files (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        subtitle TEXT,
        author TEXT,
        outlet TEXT,
        published_date TEXT,
        date_source TEXT NOT NULL CHECK (date_source IN ('stated', 'metadata', 'caption', 'page-clock', 'unknown')),
        date_evidence TEXT,
        body TEXT NOT NULL,
        language TEXT,
        direction TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),
        content_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        UNIQUE (source_file_id, position)
      ) STRICT;
      CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);

      CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        author TEXT,
        text TEXT NOT NULL,
        UNIQUE (article_id, position)
      ) STRICT;

      CREATE TABLE captions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL
      ) STRICT;

      CREATE TABLE factions (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        bloc TEXT NOT NULL,
        arabic_name TEXT,
        origin TEXT NOT NULL DEFAULT 'gazetteer' CHECK (origin IN ('gazetteer', 'user'))
      ) STRICT;

      CREATE TABLE faction_aliases (
        faction_id TEXT NOT NULL REFERENCES factions (id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_kind TEXT NOT NULL,
        PRIMARY KEY (faction_id, alias, alias_kind)
      ) STRICT;

      CREATE TABLE faction_lineage (
        from_id TEXT NOT NULL REFERENCES factions (id) ON DELETE CASCADE,
        to_id TEXT NOT NULL REFERENCES factions (id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        date TEXT,
        PRIMARY KEY (from_id, to_id, relation)
      ) STRICT;

      CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        faction_id TEXT NOT NULL REFERENCES factions (id) ON DELETE CASCADE,
        location TEXT NOT NULL CHECK (location IN ('body', 'comment')),
        comment_id INTEGER REFERENCES comments (id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        surface TEXT NOT NULL,
        CHECK (end_offset > start_offset),
        CHECK ((location = 'comment') = (comment_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX mentions_article ON mentions (article_id, location, start_offset);
      CREATE INDEX mentions_faction ON mentions (faction_id, location, article_id);

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE
      ) STRICT;

      CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        tagged_at TEXT NOT NULL,
        PRIMARY KEY (article_id, tag_id)
      ) STRICT;
      CREATE INDEX article_tags_tag ON article_tags (tag_id);

      CREATE TABLE notes (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Contentless: the indexed text is Arabic-normalised, so it is not the stored text; rows are
      -- written by the store in the same transaction as the article.
      CREATE VIRTUAL TABLE article_search USING fts5 (
        title, subtitle, body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
