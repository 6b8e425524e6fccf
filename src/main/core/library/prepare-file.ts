// Everything about importing a file that does not touch the library: decode, clean, split, hash, match
// factions, compute the similarity signature. Pure, so it can run in an extraction worker while the
// library stores the previous file.
import { readFileSync } from 'node:fs';
import type { ExtractedArticle } from '../cleaner';
import { findUnknownGroups, type FactionMatcher } from '../factions';
import { computeMatches, type ArticleMatches } from './derived-data';
import { extractFile } from './extract-file';
import { articleHash, sha256 } from './article-hash';
import { minhashSignature } from './similarity';

export interface PreparedArticle {
  article: ExtractedArticle;
  hash: string;
  matches: ArticleMatches;
  signature: Uint32Array;
}

/**
 * As prepared by a worker told to leave finishing to the library thread: the content hash, the MinHash
 * signature and the unknown group names (matches.unknownGroups) are then null, made by finishArticle.
 */
export type UnfinishedArticle = Omit<PreparedArticle, 'hash' | 'signature'> & { hash: string | null; signature: Uint32Array | null };

export interface PreparedFile {
  format: string;
  mediaType: string;
  encoding: string | null;
  articles: PreparedArticle[];
}

export type UnfinishedFile = Omit<PreparedFile, 'articles'> & { articles: UnfinishedArticle[] };

export async function prepareFile(bytes: Uint8Array, fileName: string, diskPath: string | null, matcher: FactionMatcher): Promise<PreparedFile>;
export async function prepareFile(bytes: Uint8Array, fileName: string, diskPath: string | null, matcher: FactionMatcher, finish: boolean): Promise<UnfinishedFile>;
export async function prepareFile(bytes: Uint8Array, fileName: string, diskPath: string | null, matcher: FactionMatcher, finish = true): Promise<UnfinishedFile> {
  const extracted = await extractFile(bytes, fileName, diskPath);
  return {
    format: extracted.format,
    mediaType: extracted.mediaType,
    encoding: extracted.encoding,
    articles: extracted.articles.map((article) => ({
      article,
      hash: finish ? articleHash(article) : null,
      matches: computeMatches(matcher, article.body, article.comments.map((c) => c.text), { unknownGroups: finish }),
      signature: finish ? minhashSignature(article.body) : null,
    })),
  };
}

/** What the worker left out (see UnfinishedArticle), made here. */
export function finishArticle(prepared: UnfinishedArticle): PreparedArticle {
  const { article, matches } = prepared;
  return {
    article,
    matches: matches.unknownGroups ? matches : { ...matches, unknownGroups: findUnknownGroups(article.body, matches.body) },
    hash: prepared.hash ?? articleHash(article),
    signature: prepared.signature ?? minhashSignature(article.body),
  };
}

/** A file on disk as the preparer read it, and what preparing it gave (see FilePreparer.readAndPrepare). */
export type ReadAndPrepared<File = PreparedFile> =
  /** The file could not be read: the error as reading it threw it (its `code` says why). */
  | { kind: 'unreadable'; error: Error }
  | {
      kind: 'read';
      /** The file's exact bytes, which the library stores as the original. */
      bytes: Uint8Array;
      /** sha256 of the bytes: the library's key for "this exact file". */
      hash: string;
      /** The prepared file, or the error preparing threw (as prepare() would); null for an empty file, never prepared. */
      result: { ok: true; file: File } | { ok: false; error: Error } | null;
    };

/**
 * Reads a file whole, hashes it and prepares it: what an extraction worker does for a file on disk, so
 * that the library thread neither reads nor hashes it. The bytes are in an ArrayBuffer of their own, so
 * they can be moved to another thread rather than copied. `finish`: as prepareFile's.
 */
export async function readAndPrepareFile(diskPath: string, fileName: string, matcher: FactionMatcher, finish: boolean): Promise<ReadAndPrepared<UnfinishedFile>> {
  let bytes: Uint8Array;
  try {
    const read = readFileSync(diskPath);
    // Small reads may be views into Node's shared buffer pool, which must not be moved away.
    bytes = read.byteOffset === 0 && read.buffer.byteLength === read.byteLength ? read : new Uint8Array(read);
  } catch (error) {
    return { kind: 'unreadable', error: error instanceof Error ? error : new Error(String(error)) };
  }
  const hash = sha256(bytes);
  if (bytes.byteLength === 0) return { kind: 'read', bytes, hash, result: null };
  try {
    return { kind: 'read', bytes, hash, result: { ok: true, file: await prepareFile(bytes, fileName, diskPath, matcher, finish) } };
  } catch (error) {
    return { kind: 'read', bytes, hash, result: { ok: false, error: error instanceof Error ? error : new Error(String(error)) } };
  }
}

/** Prepares files for import, in this thread or in a pool of workers. */
export interface FilePreparer {
  prepare(bytes: Uint8Array, fileName: string, diskPath: string | null): Promise<PreparedFile>;
  /**
   * Reads a file on disk and prepares it, away from the library thread (extraction workers do; the
   * in-thread preparer has no such method, and the file is read and passed to prepare()). Never
   * rejects for the file's own sake: an unreadable file or a failed preparation is in the answer.
   */
  readAndPrepare?(diskPath: string, fileName: string): Promise<ReadAndPrepared>;
  /** How many files are worth preparing ahead of the one being stored. */
  readonly parallelism: number;
  /**
   * Settles when the preparer takes files without a start-up wait (its workers have started, or failed
   * to). Nothing needs to await it: files sent before simply wait their turn.
   */
  readonly ready?: Promise<void>;
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
