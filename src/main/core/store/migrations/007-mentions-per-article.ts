import type { Migration } from './index';

// An article's mentions move into one row (what the matcher found, packed), with one summary row per
// faction the article names. One row per mention (~45 an article), each in two indexes, made writing
// them the largest single cost of storing an imported article (5,000 articles: 210 -> 62 µs an article
// in a test of the two layouts). Every query by faction (filters, counts, the faction page, search) reads
// the summary; the reader reads the packed row. Mentions are derived data: the old rows are dropped and
// the library is matched again when it is next opened (the stored gazetteer version is forgotten), with
// the analyst's rejections applied as it is.
export const migration007MentionsPerArticle: Migration = {
  name: 'mentions packed per article, with a summary per faction',
  up(db) {
    db.exec(`
      DROP TABLE mentions;

      CREATE TABLE article_mentions (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        packed TEXT NOT NULL
      ) STRICT;

      CREATE TABLE article_factions (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        faction_id TEXT NOT NULL REFERENCES factions (id) ON DELETE CASCADE,
        body_mentions INTEGER NOT NULL,
        comment_mentions INTEGER NOT NULL,
        first_start INTEGER,
        first_end INTEGER,
        PRIMARY KEY (article_id, faction_id),
        CHECK (body_mentions + comment_mentions > 0)
      ) WITHOUT ROWID, STRICT;
      CREATE INDEX article_factions_faction ON article_factions (faction_id, body_mentions, article_id);

      UPDATE articles SET matches_digest = NULL;
      DELETE FROM meta WHERE key = 'gazetteer_version';
    `);
  },
};
