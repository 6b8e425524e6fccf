import { createHash } from 'node:crypto';
import type { ExtractedArticle } from '../cleaner';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Same words in the same order = same article, whatever the furniture, spacing or case around them. */
export function articleHash(article: Pick<ExtractedArticle, 'body'>): string {
  return sha256(article.body.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}
