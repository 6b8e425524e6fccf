// The small, fielded, typo-tolerant index: title, subtitle, outlet, tags, notes and the reader's
// highlights (their comments and the words they mark, which an orphaned highlight keeps even when the
// body no longer has them).
// Bodies are not here (they live in FTS5; lunr over bodies needs ~1 GB of heap at 10,000 articles).
// Nor are the factions an article mentions: they are the mentions table again (at 10,000 articles they
// were 83% of this index's postings and 127 MB of heap), and nearly every article names a few common
// factions, so a faction word matched most of the library and lunr scored every one of those articles
// (~100 ms and ~180 MB of garbage per query). The faction engine reads the query instead and the
// mentions table ranks the articles, in SQL, with a limit (see search-service.ts).
import lunr from 'lunr';
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

const FIELD_BOOSTS: Record<Exclude<keyof FieldDocument, 'id'>, number> = {
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

export function buildFieldIndex(documents: Iterable<FieldDocument>): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(normaliseToken as lunr.PipelineFunction, stopWords as lunr.PipelineFunction, stemLatinOnly as lunr.PipelineFunction);
    this.searchPipeline.add(normaliseToken as lunr.PipelineFunction, stopWords as lunr.PipelineFunction, stemLatinOnly as lunr.PipelineFunction);
    this.ref('id');
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
    this.metadataWhitelist = [];
    for (const doc of documents) this.add({ ...doc, id: String(doc.id) });
  });
}

/**
 * Each word is tried exactly (stemmed, highest boost), as a prefix, and within an edit distance that
 * grows with its length, so "Nusrah", "Ahrah" or a half-typed word still find their article.
 */
export function searchFieldIndex(index: lunr.Index, query: string, limit: number): FieldHit[] {
  // "of", "the", "al"… match nearly every title; they only add noise to a fielded search.
  const words = searchWords(query).filter((w) => !isFieldStopWord(w));
  if (!words.length) return [];
  const results = index.query((q) => {
    for (const word of words) {
      q.term(word, { boost: 10, usePipeline: true });
      if (word.length >= 3) q.term(word, { boost: 3, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      if (word.length >= 4) q.term(word, { boost: 1, usePipeline: false, editDistance: word.length >= 8 ? 2 : 1 });
    }
  });
  return results.slice(0, limit).map((r) => ({ id: Number(r.ref), score: r.score }));
}
