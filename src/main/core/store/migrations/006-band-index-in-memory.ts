import type { Migration } from './index';

// The LSH band buckets of the near-duplicate signatures move out of the file: one row per band (32 per
// article, each in two indexes) made them the largest single cost of storing an imported article. They
// are derived from article_signatures, which stays, and are rebuilt in memory when a library is opened
// for import (see core/library/near-duplicates.ts).
export const migration006BandIndexInMemory: Migration = {
  name: 'band buckets kept in memory',
  up(db) {
    db.exec(`DROP TABLE signature_buckets`);
  },
};
