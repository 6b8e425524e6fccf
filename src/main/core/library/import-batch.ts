import { readFile } from 'node:fs/promises';
import type { ImportFileOutcome, ImportProgress, ImportReport } from '../../../shared/model';
import { collectFiles, describeFsError } from '../importer/collect-files';
import { ingestFile, type IngestContext, type IncomingFile } from './ingest-file';

export type ProgressListener = (progress: ImportProgress) => void;

type PendingFile = { path: string; problem: string | null; load: () => Promise<Uint8Array> };

export async function importPathsBatch(ctx: IngestContext, paths: string[], jobId: string, onProgress: ProgressListener): Promise<ImportReport> {
  const pending: PendingFile[] = collectFiles(paths).map((entry) => ({
    path: entry.path,
    problem: entry.problem,
    load: () => readFile(entry.path),
  }));
  return runBatch(ctx, pending, jobId, onProgress);
}

export async function importContentsBatch(
  ctx: IngestContext,
  files: { name: string; bytes: Uint8Array }[],
  jobId: string,
  onProgress: ProgressListener,
): Promise<ImportReport> {
  const pending: PendingFile[] = files.map((file) => ({ path: file.name, problem: null, load: async () => file.bytes }));
  return runBatch(ctx, pending, jobId, onProgress);
}

/**
 * Files are ingested one at a time, each in its own transaction; between files the event loop gets a
 * turn so progress reaches the window and other requests are answered while a large batch runs.
 */
async function runBatch(ctx: IngestContext, pending: PendingFile[], jobId: string, onProgress: ProgressListener): Promise<ImportReport> {
  const progress: ImportProgress = {
    jobId,
    total: pending.length,
    done: 0,
    currentPath: null,
    imported: 0,
    duplicates: 0,
    unsupported: 0,
    failed: 0,
    articles: 0,
    finished: false,
  };
  onProgress({ ...progress });
  const outcomes: ImportFileOutcome[] = [];
  let lastReport = 0;
  for (const file of pending) {
    progress.currentPath = file.path;
    const outcome = await importOne(ctx, file);
    outcomes.push(outcome);
    progress.done++;
    if (outcome.status === 'imported') progress.imported++;
    else if (outcome.status === 'duplicate') progress.duplicates++;
    else if (outcome.status === 'unsupported') progress.unsupported++;
    else progress.failed++;
    progress.articles += outcome.articles.length;
    const now = Date.now();
    if (now - lastReport > 50 || progress.done === progress.total) {
      lastReport = now;
      onProgress({ ...progress });
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  progress.currentPath = null;
  progress.finished = true;
  onProgress({ ...progress });
  return { files: outcomes };
}

async function importOne(ctx: IngestContext, file: PendingFile): Promise<ImportFileOutcome> {
  if (file.problem) return { path: file.path, status: 'failed', articles: [], error: file.problem };
  let incoming: IncomingFile;
  try {
    incoming = { path: file.path, bytes: await file.load() };
  } catch (error) {
    return { path: file.path, status: 'failed', articles: [], error: describeFsError(error, file.path) };
  }
  try {
    return ingestFile(ctx, incoming);
  } catch (error) {
    // ingestFile reports its own failures; this is the last guard so one file never stops the batch.
    return { path: file.path, status: 'failed', articles: [], error: error instanceof Error ? error.message : String(error) };
  }
}
