import type { Db } from '../store/database';
import { dataVersion, eachSignature, loadSignature, saveSignature } from '../store/near-duplicates';
import { BandIndex } from './band-index';
import { bandBuckets, estimatedSimilarity, minhashSignature, NEAR_DUPLICATE_THRESHOLD } from './similarity';

interface LoadedBands {
  index: BandIndex;
  /** PRAGMA data_version when loaded: it changes when another connection (the CLI, a second window) commits. */
  version: number;
}

const bandsByDb = new WeakMap<Db, LoadedBands>();

/**
 * The band index of this library, loaded from the stored signatures the first time an article is
 * compared, and again when another connection has written to the file since: what it added is then in
 * the signatures table, and only there. This connection's own writes are added as they are made.
 */
function bandsOf(db: Db): BandIndex {
  const version = dataVersion(db);
  const loaded = bandsByDb.get(db);
  if (loaded && loaded.version === version) return loaded.index;
  const index = new BandIndex();
  for (const { articleId, signature } of eachSignature(db)) index.add(articleId, bandBuckets(signature));
  bandsByDb.set(db, { index, version });
  return index;
}

/** Computes and stores the article's signature; returns the articles it resembles, most alike first. */
export function indexSignatureAndFindSimilar(db: Db, articleId: number, body: string, precomputed?: Uint32Array): { id: number; similarity: number }[] {
  const signature = precomputed ?? minhashSignature(body);
  const buckets = bandBuckets(signature);
  const bands = bandsOf(db);
  saveSignature(db, articleId, signature);
  const similar: { id: number; similarity: number }[] = [];
  for (const candidate of bands.candidates(buckets, articleId)) {
    // The index may name an article since deleted or re-cleaned: what is stored now decides.
    const other = loadSignature(db, candidate);
    if (!other) continue;
    const similarity = estimatedSimilarity(signature, other);
    if (similarity >= NEAR_DUPLICATE_THRESHOLD) similar.push({ id: candidate, similarity: Math.round(similarity * 100) / 100 });
  }
  bands.add(articleId, buckets);
  return similar.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
}
