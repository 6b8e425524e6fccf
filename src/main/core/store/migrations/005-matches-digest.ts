import type { Migration } from './index';

// A digest of what the faction matcher last found in an article (its mentions before the analyst's
// "not this faction" rejections). After a gazetteer edit, the library is matched again; an article whose
// new digest equals the stored one is left as it is, so a re-tag only writes the articles the edit
// changed. NULL (every article of an older library) means "unknown": the next pass writes and fills it.
export const migration005MatchesDigest: Migration = {
  name: 'matches digest',
  up(db) {
    db.exec(`ALTER TABLE articles ADD COLUMN matches_digest TEXT`);
  },
};
