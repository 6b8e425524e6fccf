import path from 'node:path';
import type { ImportFileOutcome, SimilarArticle } from '../../../shared/model';
import type { ExtractedArticle } from '../cleaner';
import type { FactionMatcher } from '../factions';
import type { Db } from '../store/database';
import { articleIdsOfSourceFile, findArticleIdsByContentHash, getArticle, insertArticle } from '../store/articles';
import { insertCaption, insertComment } from '../store/comments';
import { recordNearDuplicate } from '../store/near-duplicates';
import { findSourceFileByHash, insertSourceFile } from '../store/source-files';
import { articleHash, sha256 } from './article-hash';
import { writeDerivedData, type ArticleMatches } from './derived-data';
import { isSupportedFile, unsupportedReasonFor, UnsupportedFileError } from './extract-file';
import { indexSignatureAndFindSimilar } from './near-duplicates';
import type { FilePreparer, PreparedArticle, PreparedFile } from './prepare-file';

export { articleHash };

export interface IngestContext {
  db: Db;
  matcher: FactionMatcher;
  knownEntityIds: Set<string>;
  now: () => string;
  preparer: FilePreparer;
}

export interface IncomingFile {
  /** Where it came from: a path on disk, or the name of a dropped file without one. */
  path: string;
  /** True when `path` is a real file on disk (so a saved page's asset folder can be found). */
  onDisk: boolean;
  bytes: Uint8Array;
}

/** A file ready to store, or already decided (unsupported, empty, duplicate, unreadable). */
export type PreparedIncoming = { kind: 'ready'; file: IncomingFile; fileHash: string; prepared: PreparedFile } | { kind: 'decided'; outcome: ImportFileOutcome };

/** Everything that does not write: checks, then cleaning and matching (possibly in a worker). */
export async function prepareIncoming(ctx: IngestContext, file: IncomingFile): Promise<PreparedIncoming> {
  const decided = (outcome: ImportFileOutcome): PreparedIncoming => ({ kind: 'decided', outcome });
  if (!isSupportedFile(file.path)) return decided({ path: file.path, status: 'unsupported', articles: [], error: unsupportedReasonFor(file.path) });
  if (file.bytes.byteLength === 0) return decided({ path: file.path, status: 'failed', articles: [], error: 'The file is empty; there is nothing to import.' });
  const fileHash = sha256(file.bytes);
  const sameFile = findSourceFileByHash(ctx.db, fileHash);
  if (sameFile) return decided(duplicateFile(ctx, file.path, sameFile.id));
  try {
    const prepared = await ctx.preparer.prepare(file.bytes, path.basename(file.path), file.onDisk ? file.path : null);
    return { kind: 'ready', file, fileHash, prepared };
  } catch (error) {
    if (error instanceof UnsupportedFileError) return decided({ path: file.path, status: 'unsupported', articles: [], error: error.message });
    return decided({ path: file.path, status: 'failed', articles: [], error: reasonOf(error) });
  }
}

/**
 * As prepareIncoming for a file on disk, when the preparer reads files itself (an extraction worker:
 * then the library thread neither reads nor hashes it). The same checks give the same outcomes, in the
 * same order, except that the file is prepared before it is found to be a duplicate (the work is then
 * wasted, the outcome is the same). Null when the preparer cannot read files, or for a kind Dossier does
 * not read: the caller reads the file and calls prepareIncoming. An unreadable file comes back as such,
 * with the error reading it threw.
 */
export async function prepareIncomingFromDisk(ctx: IngestContext, filePath: string): Promise<PreparedIncoming | { kind: 'unreadable'; error: Error } | null> {
  if (!ctx.preparer.readAndPrepare || !isSupportedFile(filePath)) return null;
  const read = await ctx.preparer.readAndPrepare(filePath, path.basename(filePath));
  if (read.kind === 'unreadable') return read;
  const decided = (outcome: ImportFileOutcome): PreparedIncoming => ({ kind: 'decided', outcome });
  if (read.bytes.byteLength === 0 || !read.result) return decided({ path: filePath, status: 'failed', articles: [], error: 'The file is empty; there is nothing to import.' });
  const sameFile = findSourceFileByHash(ctx.db, read.hash);
  if (sameFile) return decided(duplicateFile(ctx, filePath, sameFile.id));
  if (!read.result.ok) {
    const error = read.result.error;
    if (error instanceof UnsupportedFileError) return decided({ path: filePath, status: 'unsupported', articles: [], error: error.message });
    return decided({ path: filePath, status: 'failed', articles: [], error: reasonOf(error) });
  }
  return { kind: 'ready', file: { path: filePath, onDisk: true, bytes: read.bytes }, fileHash: read.hash, prepared: read.result.file };
}

function duplicateFile(ctx: IngestContext, filePath: string, sourceFileId: number): ImportFileOutcome {
  return { path: filePath, status: 'duplicate', articles: [], duplicateOf: articleIdsOfSourceFile(ctx.db, sourceFileId), error: 'This exact file is already in the library.' };
}

/**
 * One file, one transaction: either every article of the file is stored with its original bytes,
 * mentions, index rows and signature, or nothing is. Failures become outcomes, never exceptions, so a
 * batch goes on.
 */
export function storePrepared(ctx: IngestContext, ready: Extract<PreparedIncoming, { kind: 'ready' }>): ImportFileOutcome {
  const plan = planStore(ctx, ready);
  if ('outcome' in plan) return plan.outcome;
  try {
    return ctx.db.transaction(plan.write)();
  } catch (error) {
    return { path: ready.file.path, status: 'failed', articles: [], error: `The library could not store this file: ${reasonOf(error)}` };
  }
}

/**
 * Several prepared files in one transaction, with the outcomes storing each in its own would give; null
 * when one could not be stored, and then nothing of any of them was kept: the caller stores them one at
 * a time (the others are stored, the failing one says why). Opening a savepoint makes SQLite's
 * full-text index write out the rows it holds in memory, so one savepoint for a few files instead of
 * one each saves a segment write per file, and the journalling of the pages the files share.
 */
export function storePreparedTogether(ctx: IngestContext, files: PreparedIncoming[]): ImportFileOutcome[] | null {
  try {
    return ctx.db.transaction(() =>
      files.map((prepared) => {
        if (prepared.kind === 'decided') return prepared.outcome;
        const plan = planStore(ctx, prepared);
        return 'outcome' in plan ? plan.outcome : plan.write();
      }),
    )();
  } catch {
    return null;
  }
}

/**
 * What storing the file comes to: an outcome already decided by the library's contents (the file or
 * its articles are there), or the writes, to run in a transaction (they throw if they fail).
 */
function planStore(ctx: IngestContext, ready: Extract<PreparedIncoming, { kind: 'ready' }>): { outcome: ImportFileOutcome } | { write: () => ImportFileOutcome } {
  const { file, fileHash, prepared } = ready;
  // The same file may have been stored while this one was being prepared (twice in one batch).
  const sameFile = findSourceFileByHash(ctx.db, fileHash);
  if (sameFile) return { outcome: duplicateFile(ctx, file.path, sameFile.id) };
  if (!prepared.articles.length) return { outcome: { path: file.path, status: 'failed', articles: [], error: 'No article could be found in this file.' } };

  const alreadyStored: number[] = [];
  const seenInFile = new Set<string>();
  const fresh = prepared.articles.filter(({ hash }) => {
    if (seenInFile.has(hash)) return false;
    seenInFile.add(hash);
    const stored = findArticleIdsByContentHash(ctx.db, [hash]);
    alreadyStored.push(...stored);
    return stored.length === 0;
  });
  if (!fresh.length) {
    return {
      outcome: {
        path: file.path,
        status: 'duplicate',
        articles: [],
        duplicateOf: alreadyStored,
        error: 'The articles in this file are already in the library (imported from another file).',
      },
    };
  }

  const write = (): ImportFileOutcome => {
    const importedAt = ctx.now();
    const sourceFileId = insertSourceFile(ctx.db, {
      path: file.path,
      fileName: path.basename(file.path),
      mediaType: prepared.mediaType,
      format: prepared.format,
      encoding: prepared.encoding,
      contentHash: fileHash,
      original: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
      importedAt,
    });
    const similar: SimilarArticle[] = [];
    const ids = fresh.map((item: PreparedArticle, position) => {
      const articleId = storeArticle(ctx, sourceFileId, position, item.article, item.hash, importedAt, item.matches);
      for (const match of indexSignatureAndFindSimilar(ctx.db, articleId, item.article.body, item.signature)) {
        recordNearDuplicate(ctx.db, articleId, match.id, match.similarity, importedAt);
        const other = getArticle(ctx.db, match.id);
        if (other) similar.push({ articleId, similarTo: { id: other.id, title: other.title, outlet: other.outlet }, similarity: match.similarity });
      }
      return articleId;
    });
    const outcome: ImportFileOutcome = { path: file.path, status: 'imported', articles: ids };
    if (alreadyStored.length) outcome.duplicateOf = alreadyStored;
    if (similar.length) outcome.similar = similar;
    return outcome;
  };
  return { write };
}

/** Prepares and stores one file. */
export async function ingestFile(ctx: IngestContext, file: IncomingFile): Promise<ImportFileOutcome> {
  const prepared = await prepareIncoming(ctx, file);
  return prepared.kind === 'decided' ? prepared.outcome : storePrepared(ctx, prepared);
}

/** Inserts one article with its comments, captions and derived data; returns its id. */
export function storeArticle(
  ctx: IngestContext,
  sourceFileId: number,
  position: number,
  article: ExtractedArticle,
  hash: string,
  importedAt: string,
  matches?: ArticleMatches,
): number {
  const articleId = insertArticle(ctx.db, { sourceFileId, position, ...articleColumns(article, hash), importedAt });
  const comments = article.comments.map((comment, index) => ({
    id: insertComment(ctx.db, articleId, index, comment.author, comment.text),
    text: comment.text,
  }));
  article.captions.forEach((caption, index) => insertCaption(ctx.db, articleId, index, caption));
  writeDerivedData(ctx.db, ctx.matcher, ctx.knownEntityIds, { articleId, title: article.title, subtitle: article.subtitle, body: article.body, comments, isNew: true }, matches);
  return articleId;
}

/** The article's own columns as the cleaner gives them (shared by import and re-clean). */
export function articleColumns(article: ExtractedArticle, hash: string) {
  return {
    title: article.title,
    subtitle: article.subtitle,
    author: article.author,
    outlet: article.outlet,
    publishedDate: article.date.value,
    dateSource: article.date.value ? article.date.source : ('unknown' as const),
    dateEvidence: article.date.evidence,
    dateConfidence: article.date.value ? confidenceOf(article.date) : null,
    body: article.body,
    language: article.language,
    direction: article.direction,
    contentHash: hash,
  };
}

function confidenceOf(date: ExtractedArticle['date']): 'high' | 'medium' | 'low' | null {
  const value = (date as { confidence?: unknown }).confidence;
  return value === 'high' || value === 'medium' || value === 'low' ? value : null;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
