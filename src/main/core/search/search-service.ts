// One ranked list from three: FTS5 over the full text (bm25, title weighted), lunr over the small
// fields (fuzzy, prefix), and the faction engine run on the query itself, so "Jaysh al-Fath" finds
// articles that wrote "Jaish al-Fatah" (and, through the gazetteer's vocabulary, "Hezbolah" finds
// Hezbollah). Fused by reciprocal rank. Every list is cut to `depth` where it is made: FTS5 and the
// mentions table in SQL, so a word or a faction found in every article costs no more JavaScript than
// a rare one.
import type lunr from 'lunr';
import type { SearchHit } from '../../../shared/model';
import type { FactionMatcher } from '../factions';
import { statement, type Db } from '../store/database';
import { searchFullText } from '../store/full-text';
import { highlightTextByArticle } from '../store/highlights';
import { FactionVocabulary } from './faction-vocabulary';
import { buildFieldIndex, searchFieldIndex, type FieldDocument } from './field-index';
import { buildFtsQuery } from './fts-query';
import { reciprocalRankFusion } from './rank-fusion';

export interface SearchServiceDeps {
  db: Db;
  /** The current matcher (it changes when the analyst edits the gazetteer). */
  matcher: () => FactionMatcher;
}

/** The ranked lists a search fuses, best first, each at most `depth` long. */
export interface RankedLists {
  fullText: number[];
  fields: number[];
  /** Articles that mention a faction the query names, by mentions. */
  factions: number[];
  /** The same for factions named only once a misspelt word is read as a word of a faction name. */
  correctedFactions: number[];
}

const LIST_WEIGHTS = { fullText: 1, fields: 1, factions: 1.5, correctedFactions: 1 } satisfies Record<keyof RankedLists, number>;

export class SearchService {
  private index: lunr.Index | null = null;
  private vocabulary: FactionVocabulary | null = null;

  constructor(private readonly deps: SearchServiceDeps) {}

  /** Call after anything the field index or the factions cover changes; they are rebuilt on the next search. */
  invalidate(): void {
    this.index = null;
    this.vocabulary = null;
  }

  fieldIndex(): lunr.Index {
    if (!this.index) this.index = buildFieldIndex(loadFieldDocuments(this.deps.db));
    return this.index;
  }

  search(query: string, limit = 50): SearchHit[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    const lists = this.rankedLists(trimmed, Math.max(limit * 2, 100));
    const keys = Object.keys(LIST_WEIGHTS) as (keyof RankedLists)[];
    const fused = reciprocalRankFusion(keys.map((k) => lists[k]), 60, keys.map((k) => LIST_WEIGHTS[k]));
    const ranked = [...fused.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
    const terms = this.highlightTerms(trimmed);
    const describe = statement(this.deps.db, 
      `SELECT id, title, outlet, published_date AS date, body FROM articles WHERE id = ?`,
    );
    const hits: SearchHit[] = [];
    for (const [id, score] of ranked) {
      const row = describe.get(id) as { id: number; title: string; outlet: string | null; date: string | null; body: string } | undefined;
      if (!row) continue;
      hits.push({ id: row.id, title: row.title, outlet: row.outlet, date: row.date, score: round(score), terms, snippet: snippetOf(row.body, terms) });
    }
    return hits;
  }

  /** What `search` fuses, for a trimmed, non-empty query. */
  rankedLists(query: string, depth: number): RankedLists {
    const ftsQuery = buildFtsQuery(query);
    const fullText = ftsQuery ? searchFullText(this.deps.db, ftsQuery, depth).map((h) => h.id) : [];
    const fields = searchFieldIndex(this.fieldIndex(), query, depth).map((h) => h.id);
    const matcher = this.deps.matcher();
    const named = new Set(matcher.match(query).map((m) => m.entityId));
    const corrected = this.factionVocabulary().correct(query);
    const namedOnceCorrected = corrected === null ? [] : [...new Set(matcher.match(corrected).map((m) => m.entityId))].filter((id) => !named.has(id));
    return {
      fullText,
      fields,
      factions: this.articlesMentioning([...named], depth),
      correctedFactions: this.articlesMentioning(namedOnceCorrected, depth),
    };
  }

  private factionVocabulary(): FactionVocabulary {
    this.vocabulary ??= new FactionVocabulary(
      (statement(this.deps.db, `SELECT name FROM factions UNION ALL SELECT alias FROM faction_aliases`).all() as { name: string }[]).map((r) => r.name),
    );
    return this.vocabulary;
  }

  /** The articles whose bodies mention these factions most, best first: ranked and cut in SQL. */
  private articlesMentioning(ids: string[], limit: number): number[] {
    if (!ids.length) return [];
    return (
      statement(this.deps.db, 
          `SELECT article_id AS id, count(*) AS n FROM mentions
           WHERE location = 'body' AND faction_id IN (SELECT value FROM json_each(?))
           GROUP BY article_id ORDER BY n DESC, article_id DESC LIMIT ?`,
        )
        .all(JSON.stringify(ids), limit) as { id: number }[]
    ).map((r) => r.id);
  }

  /** The words to mark in the reader: what was typed, without surrounding punctuation. */
  private highlightTerms(query: string): string[] {
    const terms = new Set(query.split(/\s+/).map((w) => w.replace(/^["'(]+|["'),.;:!?]+$/g, '')).filter((w) => w.length >= 2));
    return [...terms];
  }
}

function loadFieldDocuments(db: Db): FieldDocument[] {
  const docs = new Map<number, FieldDocument>();
  const rows = statement(db, `SELECT id, title, subtitle, outlet FROM articles`).all() as {
    id: number;
    title: string;
    subtitle: string | null;
    outlet: string | null;
  }[];
  for (const row of rows) {
    docs.set(row.id, { id: row.id, title: row.title, subtitle: row.subtitle ?? '', outlet: row.outlet ?? '', tags: '', notes: '', highlights: '' });
  }
  const tags = statement(db, `SELECT at.article_id AS id, group_concat(t.name, ' ') AS names FROM article_tags at JOIN tags t ON t.id = at.tag_id GROUP BY at.article_id`)
    .all() as { id: number; names: string }[];
  for (const row of tags) {
    const doc = docs.get(row.id);
    if (doc) doc.tags = row.names;
  }
  const notes = statement(db, `SELECT article_id AS id, text FROM notes`).all() as { id: number; text: string }[];
  for (const row of notes) {
    const doc = docs.get(row.id);
    if (doc) doc.notes = row.text;
  }
  for (const row of highlightTextByArticle(db)) {
    const doc = docs.get(row.articleId);
    if (doc) doc.highlights = row.text;
  }
  return [...docs.values()];
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

function snippetOf(body: string, terms: string[]): string | null {
  // Centre on the whole query if the body has it, else on the longest (most telling) word it has.
  const lower = body.toLowerCase();
  const candidates = [terms.join(' '), ...[...terms].sort((a, b) => b.length - a.length)].map((t) => t.toLowerCase()).filter((t) => t.length >= 3);
  let at = -1;
  for (const candidate of candidates) {
    at = lower.indexOf(candidate);
    if (at >= 0) break;
  }
  if (at < 0) return body.slice(0, 160).trim() + (body.length > 160 ? '…' : '');
  const start = Math.max(0, body.lastIndexOf(' ', Math.max(0, at - 70)) + 1);
  const end = Math.min(body.length, at + 110);
  return (start > 0 ? '…' : '') + body.slice(start, end).replace(/\s+/g, ' ').trim() + (end < body.length ? '…' : '');
}
