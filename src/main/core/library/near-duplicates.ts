import type { Db } from '../store/database';
import { candidatesSharingBuckets, loadSignature, saveSignature } from '../store/near-duplicates';
import { bandBuckets, estimatedSimilarity, minhashSignature, NEAR_DUPLICATE_THRESHOLD } from './similarity';

/** Computes and stores the article's signature; returns the articles it resembles, most alike first. */
export function indexSignatureAndFindSimilar(db: Db, articleId: number, body: string, precomputed?: Uint32Array): { id: number; similarity: number }[] {
  const signature = precomputed ?? minhashSignature(body);
  const buckets = bandBuckets(signature);
  saveSignature(db, articleId, signature, buckets);
  const similar: { id: number; similarity: number }[] = [];
  for (const candidate of candidatesSharingBuckets(db, buckets, articleId)) {
    const other = loadSignature(db, candidate);
    if (!other) continue;
    const similarity = estimatedSimilarity(signature, other);
    if (similarity >= NEAR_DUPLICATE_THRESHOLD) similar.push({ id: candidate, similarity: Math.round(similarity * 100) / 100 });
  }
  return similar.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
}
