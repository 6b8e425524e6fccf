import type Database from 'better-sqlite3';
import { migration001Initial } from './001-initial';
import { migration002NearDuplicatesVersionsConfidence } from './002-near-duplicates-versions-confidence';
import { migration003FactionCorrections } from './003-faction-corrections';
import { migration004Highlights } from './004-highlights';
import { migration005MatchesDigest } from './005-matches-digest';
import { migration006BandIndexInMemory } from './006-band-index-in-memory';
import { migration007MentionsPerArticle } from './007-mentions-per-article';

export interface Migration {
  name: string;
  up(db: Database.Database): void;
}

/** Append-only: migration N takes the schema from version N-1 to N. Never edit a released one. */
export const MIGRATIONS: Migration[] = [
  migration001Initial,
  migration002NearDuplicatesVersionsConfidence,
  migration003FactionCorrections,
  migration004Highlights,
  migration005MatchesDigest,
  migration006BandIndexInMemory,
  migration007MentionsPerArticle,
];
