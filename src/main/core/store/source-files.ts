import { statement, type Db } from './database';

export interface NewSourceFile {
  path: string;
  fileName: string;
  mediaType: string;
  format: string;
  encoding: string | null;
  contentHash: string;
  original: Buffer;
  importedAt: string;
}

export interface SourceFileRow {
  id: number;
  path: string;
  fileName: string;
  mediaType: string;
  encoding: string | null;
  byteLength: number;
  contentHash: string;
  importedAt: string;
}

export function insertSourceFile(db: Db, file: NewSourceFile): number {
  const result = statement(db, 
      `INSERT INTO source_files (path, file_name, media_type, format, encoding, byte_length, content_hash, original, imported_at)
       VALUES (@path, @fileName, @mediaType, @format, @encoding, @byteLength, @contentHash, @original, @importedAt)`,
    )
    .run({ ...file, byteLength: file.original.byteLength });
  return Number(result.lastInsertRowid);
}

export function findSourceFileByHash(db: Db, contentHash: string): { id: number } | undefined {
  return statement(db, `SELECT id FROM source_files WHERE content_hash = ?`).get(contentHash) as { id: number } | undefined;
}

export function getSourceFileOriginal(db: Db, id: number): Buffer | undefined {
  const row = statement(db, `SELECT original FROM source_files WHERE id = ?`).get(id) as { original: Buffer } | undefined;
  return row?.original;
}

export function countSourceFiles(db: Db): number {
  return (statement(db, `SELECT count(*) AS n FROM source_files`).get() as { n: number }).n;
}
