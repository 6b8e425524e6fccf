// Everything about importing a file that does not touch the library: decode, clean, split, hash, match
// factions, compute the similarity signature. Pure, so it can run in an extraction worker while the
// library stores the previous file.
import type { ExtractedArticle } from '../cleaner';
import type { FactionMatcher } from '../factions';
import { computeMatches, type ArticleMatches } from './derived-data';
import { extractFile } from './extract-file';
import { articleHash } from './article-hash';
import { minhashSignature } from './similarity';

export interface PreparedArticle {
  article: ExtractedArticle;
  hash: string;
  matches: ArticleMatches;
  signature: Uint32Array;
}

export interface PreparedFile {
  format: string;
  mediaType: string;
  encoding: string | null;
  articles: PreparedArticle[];
}

export async function prepareFile(bytes: Uint8Array, fileName: string, diskPath: string | null, matcher: FactionMatcher): Promise<PreparedFile> {
  const extracted = await extractFile(bytes, fileName, diskPath);
  return {
    format: extracted.format,
    mediaType: extracted.mediaType,
    encoding: extracted.encoding,
    articles: extracted.articles.map((article) => ({
      article,
      hash: articleHash(article),
      matches: computeMatches(matcher, article.body, article.comments.map((c) => c.text)),
      signature: minhashSignature(article.body),
    })),
  };
}

/** Prepares files for import, in this thread or in a pool of workers. */
export interface FilePreparer {
  prepare(bytes: Uint8Array, fileName: string, diskPath: string | null): Promise<PreparedFile>;
  /** How many files are worth preparing ahead of the one being stored. */
  readonly parallelism: number;
  /** The gazetteer changed (an analyst's edit): match with this one from now on. */
  updateGazetteer(raw: unknown): void;
  close(): Promise<void>;
}

export function inThreadPreparer(currentMatcher: () => FactionMatcher): FilePreparer {
  return {
    prepare: (bytes, fileName, diskPath) => prepareFile(bytes, fileName, diskPath, currentMatcher()),
    parallelism: 1,
    updateGazetteer: () => {},
    close: async () => {},
  };
}
