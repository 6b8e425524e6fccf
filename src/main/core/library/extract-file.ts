// Bytes of one file -> cleaned articles. The single place the importer meets the format readers.
import path from 'node:path';
import type { ExtractedArticle } from '../cleaner';
import { extractArticleFromHtml, extractArticlesFromText } from '../cleaner';
import { decodeText } from '../importer/decode-text';
import { kindOfFile, mediaTypeOf, unsupportedReason } from '../importer/file-types';

export interface ExtractedFile {
  format: string;
  mediaType: string;
  encoding: string | null;
  articles: ExtractedArticle[];
}

export class UnsupportedFileError extends Error {}

export function isSupportedFile(fileName: string): boolean {
  return kindOfFile(fileName) !== null;
}

export function unsupportedReasonFor(fileName: string): string {
  return unsupportedReason(fileName);
}

export async function extractFile(bytes: Uint8Array, fileName: string, _diskPath: string | null): Promise<ExtractedFile> {
  const kind = kindOfFile(fileName);
  if (!kind) throw new UnsupportedFileError(unsupportedReason(fileName));
  const decoded = decodeText(bytes);
  if (looksBinary(decoded.text)) {
    throw new Error('The file does not contain text (it looks like a binary file with a text extension).');
  }
  const name = path.basename(fileName);
  const articles = kind === 'html' ? extractArticleFromHtml(decoded.text, { fileName: name }) : extractArticlesFromText(decoded.text, { fileName: name });
  return { format: kind, mediaType: mediaTypeOf(kind), encoding: decoded.encoding, articles };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (!sample.length) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0 || (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12)) control++;
  }
  return control / sample.length > 0.05;
}
