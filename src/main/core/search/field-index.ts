// The small, fielded, typo-tolerant index: title, subtitle, outlet, tags, notes and the reader's
// highlights (their comments and the words they mark, which an orphaned highlight keeps even when the
// body no longer has them).
// Bodies are not here (they live in FTS5; lunr over bodies needs ~1 GB of heap at 10,000 articles).
// Nor are the factions an article mentions: they are in the per-faction mention summary already (at 10,000 articles they
// were 83% of this index's postings and 127 MB of heap), and nearly every article names a few common
// factions, so a faction word matched most of the library and lunr scored every one of those articles
// (~100 ms and ~180 MB of garbage per query). The faction engine reads the query instead and the
// mention summary ranks the articles, in SQL, with a limit (see search-service.ts).
// The search service keeps two of these: the article's own fields, rebuilt only when they change, and
// the reader's (tags, notes, highlights), over the few articles that have any, rebuilt in milliseconds
// after every note or tag.
import lunr from 'lunr';
import { tokenSets } from './lunr-token-sets';
import { searchWords } from './normalise-search-text';

export interface FieldDocument {
  id: number;
  title: string;
  subtitle: string;
  outlet: string;
  tags: string;
  notes: string;
  highlights: string;
}

export interface FieldHit {
  id: number;
  score: number;
}

export type FieldName = Exclude<keyof FieldDocument, 'id'>;
export const ARTICLE_FIELDS: readonly FieldName[] = ['title', 'subtitle', 'outlet'];
export const READER_FIELDS: readonly FieldName[] = ['tags', 'notes', 'highlights'];

const FIELD_BOOSTS: Record<FieldName, number> = {
  title: 8,
  tags: 4,
  subtitle: 3,
  outlet: 2,
  notes: 2,
  highlights: 2,
};

/** lunr's default trimmer strips every non-Latin letter, which would empty Arabic words; this keeps them. */
function normaliseToken(token: lunr.Token): lunr.Token | null {
  const [word] = searchWords(token.toString());
  if (!word) return null;
  return token.update(() => word);
}
lunr.Pipeline.registerFunction(normaliseToken as lunr.PipelineFunction, 'dossierNormalise');

const LATIN_WORD = /^[a-z0-9]+$/;
function stemLatinOnly(token: lunr.Token): lunr.Token {
  return LATIN_WORD.test(token.toString()) ? (lunr.stemmer(token) as lunr.Token) : token;
}
lunr.Pipeline.registerFunction(stemLatinOnly as lunr.PipelineFunction, 'dossierStemLatin');

/**
 * English stop words, and the Arabic article as transliterations write it apart ("al-Sham", "el-Bab"):
 * "al" is in most titles of a library about Syria, so as a term it matched most of the library and
 * ranked nothing. The FTS5 query still requires it, and the faction engine reads it as part of a name.
 */
const ARTICLE_PARTICLES = new Set(['al', 'el']);
function stopWords(token: lunr.Token): lunr.Token | undefined {
  return ARTICLE_PARTICLES.has(token.toString()) ? undefined : lunr.stopWordFilter(token);
}
lunr.Pipeline.registerFunction(stopWords as lunr.PipelineFunction, 'dossierStopWords');

/** Whether the fielded search leaves this (normalised, lower-case) word out of a query. */
export function isFieldStopWord(word: string): boolean {
  return stopWords(new lunr.Token(word, {})) === undefined;
}

export interface FieldIndexOptions {
  /** The fields to index (all by default). */
  fields?: readonly FieldName[];
  /**
   * How many articles the library holds, when `documents` are only some of them (the reader's fields
   * exist for a few), so a word's rarity is weighed against the library as in the article index.
   */
  libraryArticles?: number;
}

export function buildFieldIndex(documents: Iterable<Pick<FieldDocument, 'id'> & Partial<FieldDocument>>, options: FieldIndexOptions = {}): lunr.Index {
  const fields = options.fields ?? (Object.keys(FIELD_BOOSTS) as FieldName[]);
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(normaliseToken as lunr.PipelineFunction, stopWords as lunr.PipelineFunction, stemLatinOnly as lunr.PipelineFunction);
    this.searchPipeline.add(normaliseToken as lunr.PipelineFunction, stopWords as lunr.PipelineFunction, stemLatinOnly as lunr.PipelineFunction);
    this.ref('id');
    for (const field of fields) this.field(field, { boost: FIELD_BOOSTS[field] });
    this.metadataWhitelist = [];
    for (const doc of documents) {
      const fieldsOfDoc: Record<string, string> = { id: String(doc.id) };
      for (const field of fields) fieldsOfDoc[field] = doc[field] ?? '';
      this.add(fieldsOfDoc);
    }
    // lunr's idf counts the documents added; build() reads this count.
    if (options.libraryArticles !== undefined) this.documentCount = Math.max(this.documentCount, options.libraryArticles);
  });
  compact(internals(index));
  return index;
}

// lunr's index as its serialised form describes it (lunr 2.x): term -> { _index, field -> { ref -> metadata } };
// "field/ref" -> vector of [term index, weight] pairs sorted by term index; and the set of all terms.
type Posting = { _index: number } & Record<string, Record<string, object>>;
interface LunrInternals {
  invertedIndex: Record<string, Posting>;
  fieldVectors: Record<string, { elements: number[] }>;
  tokenSet: lunr.TokenSet;
  fields: string[];
  pipeline: lunr.Pipeline;
}

function internals(index: lunr.Index): LunrInternals {
  return index as unknown as LunrInternals;
}

const NO_METADATA: object = Object.freeze(Object.create(null));
const NO_DOCUMENTS: Record<string, object> = Object.freeze(Object.create(null));

/**
 * lunr keeps an `Object.create(null)` per document per term even with no metadata kept, and one per
 * field per term even when the field has none of it: dictionary-mode objects of ~250 bytes each, 60% of
 * the index (at 10,000 titles, 50 MB -> 17 MB once shared), so they become one shared empty object; and
 * the vectors of empty fields, which no query reads, go. The result is still a valid lunr index.
 */
function compact(index: LunrInternals): void {
  for (const term in index.invertedIndex) {
    const posting = index.invertedIndex[term];
    for (const field of index.fields) {
      let documents: Record<string, object> | null = null;
      for (const ref in posting[field]) (documents ??= {})[ref] = NO_METADATA;
      posting[field] = documents ?? NO_DOCUMENTS;
    }
  }
  for (const key in index.fieldVectors) if (index.fieldVectors[key].elements.length === 0) delete index.fieldVectors[key];
}

interface Clause {
  term: string;
  boost: number;
  usePipeline: boolean;
  /** A trailing wildcard: the term is a prefix. */
  prefix?: boolean;
  editDistance?: number;
}

/**
 * Each word is tried exactly (stemmed, highest boost), as a prefix, and within an edit distance that
 * grows with its length, so "Nusrah", "Ahrah" or a half-typed word still find their article.
 */
export function searchFieldIndex(index: lunr.Index, query: string, limit: number): FieldHit[] {
  return searchFieldIndexes([index], query, limit);
}

/**
 * The same over indexes that hold different fields of the same articles: an article's scores add up
 * across them, as lunr adds them across the fields of one index.
 */
export function searchFieldIndexes(indexes: readonly lunr.Index[], query: string, limit: number): FieldHit[] {
  // "of", "the", "al"… match nearly every title; they only add noise to a fielded search.
  const words = searchWords(query).filter((w) => !isFieldStopWord(w));
  if (!words.length) return [];
  const clauses: Clause[] = [];
  for (const word of words) {
    clauses.push({ term: word, boost: 10, usePipeline: true });
    if (word.length >= 3) clauses.push({ term: word, boost: 3, usePipeline: false, prefix: true });
    if (word.length >= 4) clauses.push({ term: word, boost: 1, usePipeline: false, editDistance: word.length >= 8 ? 2 : 1 });
  }
  const scores = new Map<string, number>();
  const patterns = new Map<string, lunr.TokenSet>();
  for (const index of indexes) addScores(internals(index), clauses, scores, patterns);
  const hits: FieldHit[] = [];
  for (const [ref, score] of scores) hits.push({ id: Number(ref), score });
  return hits.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
}

/**
 * What lunr's `Index#query` computes for optional clauses over every field (each document's score is,
 * per field, the dot product of the query vector and the field's vector over the query's magnitude,
 * summed over the fields), without what it builds for every matching document on the way: a MatchData
 * per field per document, a Set per term per field, and the whole sorted result list. A word in every
 * title costs a pass over its postings (at 10,000 titles: 27 ms and ~7 MB of garbage through lunr).
 */
function addScores(index: LunrInternals, clauses: Clause[], scores: Map<string, number>, patterns: Map<string, lunr.TokenSet>): void {
  // The query vector (term index -> summed boost) is the same for every field, as every clause
  // searches every field; lunr adds a clause's boost again for each term it expands to.
  const queryVector = new Map<number, number>();
  const terms = new Set<string>();
  for (const clause of clauses) {
    for (const term of clause.usePipeline ? index.pipeline.runString(clause.term) : [clause.term]) {
      // The automaton of a fuzzy term (the costly part for a long word) serves every index.
      const key = `${clause.editDistance ?? (clause.prefix ? '*' : '=')} ${term}`;
      let pattern = patterns.get(key);
      if (pattern === undefined) {
        pattern = clause.editDistance !== undefined ? tokenSets.fromFuzzyString(term, clause.editDistance) : tokenSets.fromString(clause.prefix ? `${term}*` : term);
        patterns.set(key, pattern);
      }
      for (const expanded of index.tokenSet.intersect(pattern).toArray()) {
        const termIndex = index.invertedIndex[expanded]._index;
        queryVector.set(termIndex, (queryVector.get(termIndex) ?? 0) + clause.boost);
        terms.add(expanded);
      }
    }
  }
  if (!terms.size) return;
  let squares = 0;
  for (const weight of queryVector.values()) squares += weight * weight;
  const magnitude = Math.sqrt(squares);
  for (const field of index.fields) {
    for (const term of terms) {
      const posting = index.invertedIndex[term];
      const weight = queryVector.get(posting._index)! / magnitude;
      for (const ref in posting[field]) {
        const vector = index.fieldVectors[`${field}/${ref}`];
        scores.set(ref, (scores.get(ref) ?? 0) + weight * valueAt(vector.elements, posting._index));
      }
    }
  }
}

/** The value at `termIndex` in a lunr vector's flat [index, value, …] pairs, sorted by index. */
function valueAt(elements: number[], termIndex: number): number {
  let low = 0;
  let high = elements.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = elements[middle * 2];
    if (at === termIndex) return elements[middle * 2 + 1];
    if (at < termIndex) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}
