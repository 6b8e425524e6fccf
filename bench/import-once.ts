// One measured import in its own process, so its peak memory is its own. Prints one line
// "RESULT {json}" (bench/run.ts starts it with --trace-gc, whose lines give each thread's V8 heap).
//   node import-once.mjs <corpus dir> <library file> baseline | in-thread | pool <worker file> [pool size]
// bench/run.ts runs it bundled to plain JavaScript (as the app runs built code), with the extraction
// worker bundled the same way: no TypeScript loader thread in the measured process.
// pool: the extraction-worker pool as the app wires it (createCore's extractionWorkers with a built
// worker file); without a size, createCore's own default, as in the app (one worker per core but one:
// the library thread keeps a core to store what the workers prepare).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createCore } from '../src/main/core/context';

export type ImportMode = 'baseline' | 'in-thread' | 'pool';

export interface ImportResult {
  mode: ImportMode;
  /** Extraction worker threads (0: files prepared in the library thread). */
  workers: number;
  files: number;
  bytes: number;
  articles: number;
  /** Files not imported (failed or unsupported); duplicates are counted apart. */
  failed: number;
  duplicates: number;
  /** Articles flagged as near-duplicates of one already in the library. */
  similar: number;
  /**
   * The import itself: from the importPaths call to its answer, with the library open and its extraction
   * workers started, as when a user drops files on a running app (the baseline: reading and inserting).
   */
  seconds: number;
  /** The whole run, with opening the library, starting the workers, and closing (a CLI import's time). */
  secondsWithStartup: number;
  /** CPU time of the whole process during the import (every thread, user + system): less sensitive to other load than seconds. */
  cpuSeconds: number;
  /** Of the import's time, the share the library thread was busy (its event loop's utilisation): near 1, storing holds the import back. */
  libraryThreadBusy: number | null;
  /** The process's peak resident set (kernel high-water mark): the library thread and every worker thread. */
  peakRssMB: number;
  /** The library thread's own V8 heap at its largest (sampled every 50 ms). */
  peakMainHeapMB: number;
  firstError: string | null;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.mhtml', '.mht']);

async function main(): Promise<void> {
  // Started with --expose-gc: one collection asked for here marks this thread's isolate ("testing") in
  // the --trace-gc lines, so the runner can tell the library thread from the extraction workers.
  (globalThis as { gc?: () => void }).gc?.();
  const [corpus, library, modeArg, workerFile, sizeArg] = process.argv.slice(2);
  const mode = modeArg as ImportMode;
  if (!['baseline', 'in-thread', 'pool'].includes(mode)) throw new Error(`unknown mode ${modeArg}`);
  const files = readdirSync(corpus).sort().map((name) => path.join(corpus, name));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);

  const runStart = performance.now();
  let start = runStart;
  let cpuStart = process.cpuUsage();
  const result: ImportResult = {
    mode,
    workers: 0,
    files: files.length,
    bytes,
    articles: 0,
    failed: 0,
    duplicates: 0,
    similar: 0,
    seconds: 0,
    secondsWithStartup: 0,
    cpuSeconds: 0,
    libraryThreadBusy: null,
    peakRssMB: 0,
    peakMainHeapMB: 0,
    firstError: null,
  };
  if (mode === 'baseline') {
    // The floor: read each file and insert its content (text as text, binary formats as bytes), nothing else, in one transaction.
    const db = new Database(library);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL, content NOT NULL)');
    const insert = db.prepare('INSERT INTO documents (path, content) VALUES (?, ?)');
    db.transaction(() => {
      for (const file of files) {
        insert.run(file, TEXT_EXTENSIONS.has(path.extname(file)) ? readFileSync(file, 'utf8') : readFileSync(file));
        result.articles++;
      }
    })();
    db.close();
    result.seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    result.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  } else {
    const size = sizeArg ? Number(sizeArg) : undefined;
    if (mode === 'pool' && !workerFile) throw new Error('pool mode needs the extraction worker file');
    const core = createCore({ dbPath: library, extractionWorkers: mode === 'pool' ? { workerFile, size } : undefined });
    result.workers = mode === 'pool' ? poolSize(size) : 0;
    await core.extractionReady();
    start = performance.now();
    cpuStart = process.cpuUsage();
    const eluStart = performance.eventLoopUtilization();
    const report = await core.handlers.importPaths({ paths: [corpus] });
    result.seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    result.cpuSeconds = (cpu.user + cpu.system) / 1e6;
    result.libraryThreadBusy = performance.eventLoopUtilization(eluStart).utilization;
    for (const f of report.files) {
      result.articles += f.articles.length;
      result.similar += f.similar?.length ?? 0;
      if (f.status === 'duplicate') result.duplicates++;
      else if (f.status !== 'imported') {
        result.failed++;
        result.firstError ??= `${path.basename(f.path)}: ${f.error ?? f.status}`;
      }
    }
    core.close();
  }
  result.secondsWithStartup = (performance.now() - runStart) / 1000;
  clearInterval(sampler);
  result.peakRssMB = Math.round(Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024) / 2 ** 20);
  result.peakMainHeapMB = Math.round(Math.max(peakHeap, process.memoryUsage().heapUsed) / 2 ** 20);
  console.log(`RESULT ${JSON.stringify(result)}`);
}

/** The pool's size as createCore chooses it when none is given. */
function poolSize(size: number | undefined): number {
  return size ?? Math.max(1, availableParallelism() - 1);
}

void main();
