import { readFile } from 'node:fs/promises';
import type { ImportFileOutcome, ImportProgress, ImportReport } from '../../../shared/model';
import { collectFiles, describeFsError } from '../importer/collect-files';
import { prepareIncoming, prepareIncomingFromDisk, storePrepared, storePreparedTogether, type IngestContext, type PreparedIncoming } from './ingest-file';

export type ProgressListener = (progress: ImportProgress) => void;

interface PendingFile {
  path: string;
  onDisk: boolean;
  problem: string | null;
  /** Bytes, as listed: bounds how much is read ahead. */
  size: number;
  load: () => Promise<Uint8Array>;
}

/** Running batches by job id, so a cancel request (answered between two files) can reach them. */
export class ImportJobs {
  private readonly cancelled = new Set<string>();
  private readonly running = new Set<string>();

  start(jobId: string): void {
    this.running.add(jobId);
  }

  finish(jobId: string): void {
    this.running.delete(jobId);
    this.cancelled.delete(jobId);
  }

  cancel(jobId: string): boolean {
    if (!this.running.has(jobId)) return false;
    this.cancelled.add(jobId);
    return true;
  }

  isCancelled(jobId: string): boolean {
    return this.cancelled.has(jobId);
  }
}

export function pendingFromPaths(paths: string[]): PendingFile[] {
  return collectFiles(paths).map((entry) => ({
    path: entry.path,
    onDisk: true,
    problem: entry.problem,
    size: entry.size,
    load: () => readFile(entry.path),
  }));
}

export function pendingFromContents(files: { name: string; bytes: Uint8Array }[]): PendingFile[] {
  return files.map((file) => ({ path: file.name, onDisk: false, problem: null, size: file.bytes.byteLength, load: async () => file.bytes }));
}

/**
 * Commit at least this often, so a crash loses at most this much work (the files are still on disk) and
 * other processes reading the library see progress. Each commit writes the pages the files touched to the
 * WAL, index pages shared by many files among them: every second rather than every 250 ms, a 50,000-file
 * import went 1,463-1,492 -> 1,557-1,589 articles/s (interleaved runs; 5,000 files: +1-3%, 2 s no better).
 */
const COMMIT_EVERY_MS = 1000;
/**
 * At most this many prepared files are stored in one go (one savepoint, one turn of the event loop, some
 * 10 ms for text files). 16 rather than 8: 5,000 text files 1,362-1,385 -> 1,415-1,426 articles/s; 32
 * was slower (the library thread waits longer for a batch to fill).
 */
const STORE_TOGETHER = 16;
/**
 * Files are read and prepared ahead of the one being stored up to the preparer's parallelism, but no
 * further than this many bytes of files (a folder of large PDFs must not all be in memory at once).
 */
const MAX_BYTES_AHEAD = 64 * 2 ** 20;

/**
 * Files are stored in order, each as in its own transaction (a savepoint inside a group commit:
 * committing every file separately cost ~10% of import time). The file awaited next is stored with
 * those after it that are being prepared, up to STORE_TOGETHER, in one savepoint, with the outcomes
 * one savepoint each would give (see storePreparedTogether). Between these the event loop gets a turn,
 * so progress reaches the window, other requests are answered, and a cancel takes effect. A cancelled
 * batch leaves every file before it whole and nothing of the ones after.
 */
export async function runImportBatch(
  ctx: IngestContext,
  pending: PendingFile[],
  jobId: string,
  jobs: ImportJobs,
  onProgress: ProgressListener,
  limits: { maxBytesAhead?: number } = {},
): Promise<ImportReport> {
  const maxBytesAhead = limits.maxBytesAhead ?? MAX_BYTES_AHEAD;
  const started = Date.now();
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
    similar: 0,
    startedAt: new Date(started).toISOString(),
    elapsedSeconds: 0,
    etaSeconds: null,
    cancelled: false,
    finished: false,
  };
  const report = (): void => {
    const elapsed = (Date.now() - started) / 1000;
    progress.elapsedSeconds = Math.round(elapsed * 10) / 10;
    progress.etaSeconds = progress.done > 0 ? Math.round(((progress.total - progress.done) * elapsed) / progress.done) : null;
    onProgress({ ...progress });
  };
  jobs.start(jobId);
  report();
  const outcomes: ImportFileOutcome[] = [];
  let lastReport = 0;
  const group = new GroupCommit(ctx);
  // Files are prepared (read, cleaned, matched) ahead of the one being stored, as many as the
  // preparer can work on at once; storing stays in order.
  const ahead = new Map<number, { promise: Promise<PreparedIncoming>; settled: PreparedIncoming | null }>();
  const startPreparing = (index: number): void => {
    if (index >= pending.length || ahead.has(index)) return;
    const entry = { promise: prepareOne(ctx, pending[index]), settled: null as PreparedIncoming | null };
    // prepareOne never rejects: every failure is an outcome.
    void entry.promise.then((prepared) => (entry.settled = prepared));
    ahead.set(index, entry);
  };
  try {
    let index = 0;
    while (index < pending.length) {
      if (jobs.isCancelled(jobId)) {
        progress.cancelled = true;
        outcomes.push({ path: pending[index].path, status: 'cancelled', articles: [], error: 'The import was cancelled before this file; nothing of it was stored.' });
        index++;
        continue;
      }
      let bytesAhead = 0;
      for (let k = index; k < pending.length && k <= index + ctx.preparer.parallelism; k++) {
        bytesAhead += pending[k].size;
        if (k > index && bytesAhead > maxBytesAhead) break;
        startPreparing(k);
      }
      progress.currentPath = pending[index].path;
      const batch: { file: PendingFile; prepared: PreparedIncoming }[] = [{ file: pending[index], prepared: await ahead.get(index)!.promise }];
      // The files after it that are being prepared are awaited and stored with it, in one transaction
      // (see storePreparedTogether): a savepoint per file cost storing a quarter more per article. The
      // preparer works ahead meanwhile, so waiting for a full batch costs the import nothing.
      while (batch.length < STORE_TOGETHER && index + batch.length < pending.length) {
        const next = ahead.get(index + batch.length);
        if (!next) break;
        batch.push({ file: pending[index + batch.length], prepared: next.settled ?? (await next.promise) });
      }
      for (let k = 0; k < batch.length; k++) ahead.delete(index + k);
      index += batch.length;
      group.beginIfNeeded();
      const stored = storeBatch(ctx, batch);
      group.commitIfDue();
      for (const outcome of stored) {
        outcomes.push(outcome);
        progress.done++;
        if (outcome.status === 'imported') progress.imported++;
        else if (outcome.status === 'duplicate') progress.duplicates++;
        else if (outcome.status === 'unsupported') progress.unsupported++;
        else progress.failed++;
        progress.articles += outcome.articles.length;
        progress.similar += outcome.similar?.length ?? 0;
      }
      const now = Date.now();
      if (now - lastReport > 100) {
        lastReport = now;
        report();
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    group.commit();
    jobs.finish(jobId);
  }
  progress.currentPath = null;
  progress.finished = true;
  report();
  return { files: outcomes };
}

async function prepareOne(ctx: IngestContext, file: PendingFile): Promise<PreparedIncoming> {
  const failed = (error: string): PreparedIncoming => ({ kind: 'decided', outcome: { path: file.path, status: 'failed', articles: [], error } });
  if (file.problem) return failed(file.problem);
  if (file.onDisk) {
    // Read in an extraction worker where there is one, so this thread only stores.
    try {
      const prepared = await prepareIncomingFromDisk(ctx, file.path);
      if (prepared?.kind === 'unreadable') return failed(describeFsError(prepared.error, file.path));
      if (prepared) return prepared;
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await file.load();
  } catch (error) {
    return failed(describeFsError(error, file.path));
  }
  try {
    return await prepareIncoming(ctx, { path: file.path, onDisk: file.onDisk, bytes });
  } catch (error) {
    // prepareIncoming reports its own failures; this is the last guard so one file never stops the batch.
    return failed(error instanceof Error ? error.message : String(error));
  }
}

/** Stores consecutive prepared files: together when they can be, else one at a time, with the same outcomes. */
function storeBatch(ctx: IngestContext, batch: { file: PendingFile; prepared: PreparedIncoming }[]): ImportFileOutcome[] {
  if (batch.length > 1 && batch.some((item) => item.prepared.kind === 'ready')) {
    const together = storePreparedTogether(ctx, batch.map((item) => item.prepared));
    if (together) return together;
  }
  return batch.map((item) => storeOne(ctx, item.file, item.prepared));
}

function storeOne(ctx: IngestContext, file: PendingFile, prepared: PreparedIncoming): ImportFileOutcome {
  if (prepared.kind === 'decided') return prepared.outcome;
  try {
    return storePrepared(ctx, prepared);
  } catch (error) {
    return { path: file.path, status: 'failed', articles: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** An outer transaction around several files; each file's own transaction nests as a savepoint. */
class GroupCommit {
  private openedAt = 0;
  private open = false;

  constructor(private readonly ctx: IngestContext) {}

  beginIfNeeded(): void {
    if (this.open || this.ctx.db.inTransaction) return;
    this.ctx.db.exec('BEGIN');
    this.open = true;
    this.openedAt = Date.now();
  }

  commitIfDue(): void {
    if (this.open && Date.now() - this.openedAt >= COMMIT_EVERY_MS) this.commit();
  }

  commit(): void {
    if (!this.open) return;
    this.open = false;
    if (this.ctx.db.inTransaction) this.ctx.db.exec('COMMIT');
  }
}
