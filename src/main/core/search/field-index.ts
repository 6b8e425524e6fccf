// The small, fielded, typo-tolerant index: title, subtitle, outlet, faction names, tags, notes and the
// reader's highlights (their comments and the words they mark, which an orphaned highlight keeps even
// when the body no longer has them).
// Bodies are not here (they live in FTS5; lunr over bodies needs ~1 GB of heap at 10,000 articles).
import lunr from 'lunr';
import { searchWords } from './normalise-search-text';

export interface FieldDocument {
  id: number;
  title: string;
  subtitle: string;
  outlet: string;
  factions: string;
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
  factions: 4,
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

export function buildFieldIndex(documents: Iterable<FieldDocument>): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(normaliseToken as lunr.PipelineFunction, lunr.stopWordFilter, stemLatinOnly as lunr.PipelineFunction);
    this.searchPipeline.add(normaliseToken as lunr.PipelineFunction, lunr.stopWordFilter, stemLatinOnly as lunr.PipelineFunction);
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
  // "of", "the"… match nearly every title; they only add noise to a fielded search.
  const words = searchWords(query).filter((w) => lunr.stopWordFilter(new lunr.Token(w, {})) !== undefined);
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
