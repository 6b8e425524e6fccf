import { createHash } from 'node:crypto';
import type { ExtractedArticle } from '../cleaner';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Every run of white space that is not already one plain space: a run of two or more, or a single
 * other white-space character. Replacing these with ' ' gives what replacing /\s+/g does (a single
 * space is left as it is), with a replacement per paragraph break instead of one per word.
 */
const SPACING_TO_FOLD = /\s{2,}|[^\S ]/g;

/** Same words in the same order = same article, whatever the furniture, spacing or case around them. */
export function articleHash(article: Pick<ExtractedArticle, 'body'>): string {
  return sha256(article.body.normalize('NFKC').toLowerCase().replace(SPACING_TO_FOLD, ' ').trim());
}
