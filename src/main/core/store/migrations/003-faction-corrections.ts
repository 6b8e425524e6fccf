import type { Migration } from './index';

// The analyst's corrections to the gazetteer are kept as an ordered log of edits, apart from the
// shipped data: an update of resources/factions.json never erases them, and the effective gazetteer is
// always "shipped + edits, in order". Rejected mentions are keyed by position in the text, so they
// survive every re-match; comment mentions by the comment's position, which a re-clean keeps.
export const migration003FactionCorrections: Migration = {
  name: 'faction corrections, suggestions, faction notes',
  up(db) {
    db.exec(`
      CREATE TABLE faction_edits (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('add-alias', 'remove-alias', 'rename', 'merge-into', 'add-lineage', 'create', 'set-bloc')),
        faction_id TEXT NOT NULL,
        value TEXT,
        target_id TEXT,
        payload TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE mention_rejections (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        faction_id TEXT NOT NULL,
        location TEXT NOT NULL CHECK (location IN ('body', 'comment')),
        comment_position INTEGER NOT NULL DEFAULT -1,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        surface TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (article_id, faction_id, location, comment_position, start_offset)
      ) STRICT;

      -- No foreign key: a note outlives a merge or an update of the shipped data.
      CREATE TABLE faction_notes (
        faction_id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE faction_suggestions (
        id INTEGER PRIMARY KEY,
        normalised TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
        accepted_faction_id TEXT,
        first_seen TEXT NOT NULL,
        decided_at TEXT
      ) STRICT;

      CREATE TABLE suggestion_occurrences (
        suggestion_id INTEGER NOT NULL REFERENCES faction_suggestions (id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        surface TEXT NOT NULL,
        sentence TEXT NOT NULL,
        PRIMARY KEY (suggestion_id, article_id, start_offset)
      ) STRICT;
      CREATE INDEX suggestion_occurrences_article ON suggestion_occurrences (article_id);
    `);
  },
};
