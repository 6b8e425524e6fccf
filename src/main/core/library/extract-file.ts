// Bytes of one file -> cleaned articles. The single place the importer meets the format readers.
import path from 'node:path';
import type { ExtractedArticle } from '../cleaner';
import { formatOf, readFormat, unsupportedReason, UnreadableFileError } from '../importer/formats';

export interface ExtractedFile {
  format: string;
  mediaType: string;
  encoding: string | null;
  articles: ExtractedArticle[];
  warnings: string[];
}

/** The file's kind is not one Dossier reads (as opposed to a readable kind that failed). */
export class UnsupportedFileError extends Error {}

export function isSupportedFile(fileName: string): boolean {
  return formatOf(fileName) !== null;
}

export function unsupportedReasonFor(fileName: string): string {
  return unsupportedReason(fileName);
}

export async function extractFile(bytes: Uint8Array, fileName: string, diskPath: string | null): Promise<ExtractedFile> {
  if (!isSupportedFile(fileName)) throw new UnsupportedFileError(unsupportedReason(fileName));
  const read = await readFormat(bytes, { fileName: path.basename(fileName), path: diskPath });
  if (!read.articles.length) throw new UnreadableFileError('No article could be found in this file.');
  return { format: read.kind, mediaType: read.mediaType, encoding: read.encoding, articles: read.articles, warnings: read.warnings };
}
