import type { Migration } from './index';

// Near-duplicate detection keeps a MinHash signature per article and its LSH band buckets, so a new
// article is compared only with the few that share a bucket. Decisions on near-duplicates and links
// between versions of a story are the reader's data; signatures and buckets are derived.
export const migration002NearDuplicatesVersionsConfidence: Migration = {
  name: 'near-duplicates, versions, date confidence',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN date_confidence TEXT CHECK (date_confidence IN ('high', 'medium', 'low'));
      ALTER TABLE source_files ADD COLUMN format TEXT;

      CREATE TABLE article_signatures (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        signature BLOB NOT NULL
      ) STRICT;

      CREATE TABLE signature_buckets (
        band INTEGER NOT NULL,
        bucket INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX signature_buckets_lookup ON signature_buckets (band, bucket);
      CREATE INDEX signature_buckets_article ON signature_buckets (article_id);

      CREATE TABLE near_duplicates (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        other_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        similarity REAL NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
        found_at TEXT NOT NULL,
        decision TEXT CHECK (decision IN ('keep-both', 'link')),
        decided_at TEXT,
        PRIMARY KEY (article_id, other_id),
        CHECK (article_id <> other_id)
      ) STRICT;
      CREATE INDEX near_duplicates_other ON near_duplicates (other_id);

      -- Stored once per pair, smaller id first.
      CREATE TABLE article_versions (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        other_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (article_id, other_id),
        CHECK (article_id < other_id)
      ) STRICT;
      CREATE INDEX article_versions_other ON article_versions (other_id);
    `);
  },
};
