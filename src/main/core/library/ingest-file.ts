import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ImportFileOutcome } from '../../../shared/model';
import type { ExtractedArticle } from '../cleaner';
import { extractArticleFromHtml, extractArticlesFromText } from '../cleaner';
import type { FactionMatcher } from '../factions';
import { decodeText } from '../importer/decode-text';
import { kindOfFile, mediaTypeOf, unsupportedReason } from '../importer/file-types';
import type { Db } from '../store/database';
import { articleIdsOfSourceFile, findArticleIdsByContentHash, insertArticle } from '../store/articles';
import { insertCaption, insertComment } from '../store/comments';
import { findSourceFileByHash, insertSourceFile } from '../store/source-files';
import { writeDerivedData } from './derived-data';

export interface IngestContext {
  db: Db;
  matcher: FactionMatcher;
  knownEntityIds: Set<string>;
  now: () => string;
}

export interface IncomingFile {
  /** Where it came from: a path on disk, or the name of a dropped file without one. */
  path: string;
  bytes: Uint8Array;
}

/**
 * One file, one transaction: either every article of the file is stored with its original bytes,
 * mentions and index rows, or nothing is. Failures become outcomes, never exceptions, so a batch goes on.
 */
export function ingestFile(ctx: IngestContext, file: IncomingFile): ImportFileOutcome {
  const kind = kindOfFile(file.path);
  if (!kind) return { path: file.path, status: 'unsupported', articles: [], error: unsupportedReason(file.path) };
  if (file.bytes.byteLength === 0) {
    return { path: file.path, status: 'failed', articles: [], error: 'The file is empty; there is nothing to import.' };
  }
  const fileHash = sha256(file.bytes);
  const sameFile = findSourceFileByHash(ctx.db, fileHash);
  if (sameFile) {
    const ids = articleIdsOfSourceFile(ctx.db, sameFile.id);
    return { path: file.path, status: 'duplicate', articles: [], duplicateOf: ids, error: 'This exact file is already in the library.' };
  }

  let extracted: ExtractedArticle[];
  let encoding: string;
  try {
    const decoded = decodeText(file.bytes);
    encoding = decoded.encoding;
    if (looksBinary(decoded.text)) {
      return { path: file.path, status: 'failed', articles: [], error: 'The file does not contain text (it looks like a binary file with a text extension).' };
    }
    const fileName = path.basename(file.path);
    extracted = kind === 'html' ? extractArticleFromHtml(decoded.text, { fileName }) : extractArticlesFromText(decoded.text, { fileName });
  } catch (error) {
    return { path: file.path, status: 'failed', articles: [], error: reasonOf(error) };
  }
  if (!extracted.length) {
    return { path: file.path, status: 'failed', articles: [], error: 'No article could be found in this file.' };
  }

  const hashed = extracted.map((article) => ({ article, hash: articleHash(article) }));
  const alreadyStored: number[] = [];
  const seenInFile = new Set<string>();
  const fresh = hashed.filter(({ hash }) => {
    if (seenInFile.has(hash)) return false;
    seenInFile.add(hash);
    const stored = findArticleIdsByContentHash(ctx.db, [hash]);
    alreadyStored.push(...stored);
    return stored.length === 0;
  });
  if (!fresh.length) {
    return {
      path: file.path,
      status: 'duplicate',
      articles: [],
      duplicateOf: alreadyStored,
      error: 'The articles in this file are already in the library (imported from another file).',
    };
  }

  try {
    const ids = ctx.db.transaction(() => {
      const importedAt = ctx.now();
      const sourceFileId = insertSourceFile(ctx.db, {
        path: file.path,
        fileName: path.basename(file.path),
        mediaType: mediaTypeOf(kind),
        encoding,
        contentHash: fileHash,
        original: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
        importedAt,
      });
      return fresh.map(({ article, hash }, position) => {
        const articleId = insertArticle(ctx.db, {
          sourceFileId,
          position,
          title: article.title,
          subtitle: article.subtitle,
          author: article.author,
          outlet: article.outlet,
          publishedDate: article.date.value,
          dateSource: article.date.value ? article.date.source : 'unknown',
          dateEvidence: article.date.evidence,
          body: article.body,
          language: article.language,
          direction: article.direction,
          contentHash: hash,
          importedAt,
        });
        const comments = article.comments.map((comment, index) => ({
          id: insertComment(ctx.db, articleId, index, comment.author, comment.text),
          text: comment.text,
        }));
        article.captions.forEach((caption, index) => insertCaption(ctx.db, articleId, index, caption));
        writeDerivedData(ctx.db, ctx.matcher, ctx.knownEntityIds, {
          articleId,
          title: article.title,
          subtitle: article.subtitle,
          body: article.body,
          comments,
        });
        return articleId;
      });
    })();
    const outcome: ImportFileOutcome = { path: file.path, status: 'imported', articles: ids };
    if (alreadyStored.length) outcome.duplicateOf = alreadyStored;
    return outcome;
  } catch (error) {
    return { path: file.path, status: 'failed', articles: [], error: `The library could not store this file: ${reasonOf(error)}` };
  }
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Same words in the same order = same article, whatever the furniture, spacing or case around them. */
export function articleHash(article: Pick<ExtractedArticle, 'body'>): string {
  return sha256(article.body.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (!sample.length) return false;
  let control = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if (code === 0 || (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12)) control++;
  }
  return control / sample.length > 0.05;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
