// One ranked list from three: FTS5 over the full text (bm25, title weighted), lunr over the small
// fields (fuzzy, prefix), and the faction engine run on the query itself, so "Jaysh al-Fath" finds
// articles that wrote "Jaish al-Fatah" (and, through the gazetteer's vocabulary, "Hezbolah" finds
// Hezbollah). Fused by reciprocal rank. Every list is cut to `depth` where it is made: FTS5 and the
// per-faction mention summary (article_factions) in SQL, so a word or a faction found in every article costs no more JavaScript than
// a rare one.
import type lunr from 'lunr';
import type { SearchHit } from '../../../shared/model';
import type { FactionMatcher } from '../factions';
import { statement, type Db } from '../store/database';
import { searchFullText } from '../store/full-text';
import { highlightTextByArticle } from '../store/highlights';
import { articlesNamingMost } from '../store/mentions';
import { FactionVocabulary } from './faction-vocabulary';
import { ARTICLE_FIELDS, buildFieldIndex, READER_FIELDS, searchFieldIndexes, type FieldDocument } from './field-index';
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

/** The two field indexes (see field-index.ts) and what each was built from. */
export interface FieldIndexes {
  /** Title, subtitle and outlet of every article. */
  articles: lunr.Index;
  /** Tags, notes and highlights of the articles that have any. */
  reader: lunr.Index;
  articleCount: number;
  readerCount: number;
}

export class SearchService {
  private articleIndex: { index: lunr.Index; digest: string; count: number } | null = null;
  /** Whether the article index has been checked against the articles since the last invalidate(). */
  private articlesChecked = false;
  private readerIndex: { index: lunr.Index; count: number } | null = null;
  private vocabulary: FactionVocabulary | null = null;

  constructor(private readonly deps: SearchServiceDeps) {}

  /**
   * Call after anything a search reads may have changed: articles, tags, notes, highlights, factions.
   * The next search rebuilds the reader's index and the gazetteer's vocabulary (milliseconds), and
   * reads the articles' titles, subtitles and outlets (~30 ms at 10,000 articles) to rebuild their
   * index only if one of them changed: a faction edit, a re-tag or a highlight leaves it as it is.
   */
  invalidate(): void {
    this.articlesChecked = false;
    this.readerIndex = null;
    this.vocabulary = null;
  }

  /** Call after a change to tags, notes or highlights only (what a reader does most: a note saves as it is typed). */
  invalidateReaderFields(): void {
    this.readerIndex = null;
  }

  /** Forgets both field indexes, so the next search builds them from scratch (the bench times this). */
  discardFieldIndexes(): void {
    this.articleIndex = null;
    this.invalidate();
  }

  /** The field indexes, brought up to date first. */
  fieldIndexes(): FieldIndexes {
    const db = this.deps.db;
    if (!this.articleIndex || !this.articlesChecked) {
      const rows = loadArticleFields(db);
      const digest = digestOf(rows);
      if (this.articleIndex?.digest !== digest) {
        this.articleIndex = { index: buildFieldIndex(rows, { fields: ARTICLE_FIELDS }), digest, count: rows.length };
      }
      this.articlesChecked = true;
    }
    const articleCount = this.articleIndex.count;
    if (!this.readerIndex) {
      const docs = loadReaderFields(db);
      this.readerIndex = { index: buildFieldIndex(docs, { fields: READER_FIELDS, libraryArticles: articleCount }), count: docs.length };
    }
    return { articles: this.articleIndex.index, reader: this.readerIndex.index, articleCount, readerCount: this.readerIndex.count };
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
    const { articles, reader } = this.fieldIndexes();
    const fields = searchFieldIndexes([articles, reader], query, depth).map((h) => h.id);
    const matcher = this.deps.matcher();
    const named = new Set(matcher.match(query).map((m) => m.entityId));
    const corrected = this.factionVocabulary().correct(query, (word) => inFullText(this.deps.db, word));
    const namedOnceCorrected = corrected === null ? [] : [...new Set(matcher.match(corrected).map((m) => m.entityId))].filter((id) => !named.has(id));
    return {
      fullText,
      fields,
      factions: articlesNamingMost(this.deps.db, [...named], depth),
      correctedFactions: articlesNamingMost(this.deps.db, namedOnceCorrected, depth),
    };
  }

  private factionVocabulary(): FactionVocabulary {
    this.vocabulary ??= new FactionVocabulary(
      (statement(this.deps.db, `SELECT name FROM factions UNION ALL SELECT alias FROM faction_aliases`).all() as { name: string }[]).map((r) => r.name),
    );
    return this.vocabulary;
  }

  /** The words to mark in the reader: what was typed, without surrounding punctuation. */
  private highlightTerms(query: string): string[] {
    const terms = new Set(query.split(/\s+/).map((w) => w.replace(/^["'(]+|["'),.;:!?]+$/g, '')).filter((w) => w.length >= 2));
    return [...terms];
  }
}

/** Whether any article's title, subtitle or body has this word (normalised, lower-case). */
function inFullText(db: Db, word: string): boolean {
  const match = buildFtsQuery(`"${word}"`);
  return match !== null && searchFullText(db, match, 1).length > 0;
}

type ArticleFields = Pick<FieldDocument, 'id' | 'title' | 'subtitle' | 'outlet'>;

function loadArticleFields(db: Db): ArticleFields[] {
  return statement(db, `SELECT id, title, coalesce(subtitle, '') AS subtitle, coalesce(outlet, '') AS outlet FROM articles ORDER BY id`).all() as ArticleFields[];
}

/**
 * A 53-bit hash (cyrb53) of every id, title, subtitle and outlet, in order: it tells whether the
 * article index still describes the articles without keeping a copy of their fields.
 */
function digestOf(rows: ArticleFields[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const add = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    // A separator no field holds, so ("ab", "c") and ("a", "bc") differ.
    h1 = Math.imul(h1 ^ 0xffff, 2654435761);
    h2 = Math.imul(h2 ^ 0xffff, 1597334677);
  };
  for (const row of rows) {
    add(String(row.id));
    add(row.title);
    add(row.subtitle);
    add(row.outlet);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${rows.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

type ReaderFields = Pick<FieldDocument, 'id' | 'tags' | 'notes' | 'highlights'>;

function loadReaderFields(db: Db): ReaderFields[] {
  const docs = new Map<number, ReaderFields>();
  const doc = (id: number): ReaderFields => {
    let found = docs.get(id);
    if (!found) docs.set(id, (found = { id, tags: '', notes: '', highlights: '' }));
    return found;
  };
  const tags = statement(db, `SELECT at.article_id AS id, group_concat(t.name, ' ') AS names FROM article_tags at JOIN tags t ON t.id = at.tag_id GROUP BY at.article_id`)
    .all() as { id: number; names: string }[];
  for (const row of tags) doc(row.id).tags = row.names;
  const notes = statement(db, `SELECT article_id AS id, text FROM notes WHERE text != ''`).all() as { id: number; text: string }[];
  for (const row of notes) doc(row.id).notes = row.text;
  for (const row of highlightTextByArticle(db)) doc(row.articleId).highlights = row.text;
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
