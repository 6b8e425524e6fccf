import type { Migration } from './index';

// Highlights are the reader's own data, like notes and tags: never derived, never rebuilt. Besides its
// offsets into the clean body, each keeps the exact quote with some text either side of it (the W3C Web
// Annotation TextQuoteSelector idea), so that when a re-clean rewrites the body the highlight can be
// found again; when it cannot, it is marked orphaned and kept with its quote rather than deleted.
// Offsets stay NOT NULL: for an orphaned highlight they are where it was last anchored, a hint for the
// next re-anchoring, never something to paint.
export const migration004Highlights: Migration = {
  name: 'highlights',
  up(db) {
    db.exec(`
      CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL DEFAULT 'yellow' CHECK (color IN ('yellow', 'green', 'blue', 'pink')),
        comment TEXT,
        orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (start_offset >= 0 AND end_offset > start_offset),
        CHECK (length(quote) > 0)
      ) STRICT;
      CREATE INDEX highlights_article ON highlights (article_id, start_offset);
      CREATE INDEX highlights_created ON highlights (created_at);
    `);
  },
};
