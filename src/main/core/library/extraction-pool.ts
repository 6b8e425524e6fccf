// A pool of extraction workers. Files are handed to the least busy worker; the library thread awaits
// them in order and stores them, so cleaning runs on every core while storing stays on one connection.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorReply, ExtractionReply, ExtractionRequest } from './extraction-worker';
import { UnsupportedFileError } from './extract-file';
import type { FilePreparer, ReadAndPrepared } from './prepare-file';
import { unpackPreparedFile } from './transferred-file';

export interface ExtractionPoolOptions {
  /** The worker script: the built .js in the app; or, with `eval`, code that loads the .ts source. */
  workerFile: string;
  eval?: boolean;
  size: number;
  /** The effective gazetteer as JSON (shipped data + the analyst's edits). */
  gazetteer: unknown;
}

interface Slot {
  worker: Worker;
  busy: number;
  /** Settles when the slot's first worker is ready, or has failed to start. */
  started: Promise<void>;
  markStarted: () => void;
}

/**
 * A worker that dies (a file that exhausts its memory, a bug in a format library) fails only the files it
 * had in hand; it is replaced by a fresh one for the files after them. Past this many replacements the
 * pool gives up, so a worker that cannot start does not restart for ever: every file then fails with
 * the reason.
 */
const MAX_RESTARTS = 10;

export function createExtractionPool(options: ExtractionPoolOptions): FilePreparer {
  const pending = new Map<number, { resolve: (reply: ExtractionReply) => void; reject: (error: Error) => void; slot: Slot }>();
  let nextId = 1;
  let gazetteer = options.gazetteer;
  let restarts = 0;
  let closing = false;
  let stopped: string | null = null;

  /**
   * Who finishes each article: its content hash, MinHash signature and unknown group names (~0.15 ms of
   * the ~0.7 ms an article takes to prepare). With one worker, on two cores, preparing is the slower
   * side: the library thread was idle 30% of a plain-text import, so it does them (5,000 articles: with
   * the hash and signature 945-978 -> 1,026-1,043 a second; with the unknown groups too, 1,356-1,372 ->
   * 1,379-1,423, and 1,000 articles 824-924 -> 930-991). With more workers, storing is the slower side,
   * and the workers do them.
   */
  const workersFinish = options.size > 1;

  const start = (slot: Slot): Worker => {
    const worker = new Worker(options.workerFile, { workerData: { gazetteer, finish: workersFinish }, eval: options.eval ?? false });
    worker.on('message', (reply: ExtractionReply) => {
      if (reply.ok === 'ready') {
        slot.markStarted();
        return;
      }
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      waiting.slot.busy--;
      // An idle worker must not keep the process alive (a CLI run ends when its work does).
      if (waiting.slot.busy === 0) waiting.slot.worker.unref();
      waiting.resolve(reply);
    });
    let failed = false;
    const fail = (reason: string): void => {
      // 'error' is followed by 'exit': the files in hand fail once, and one replacement starts.
      if (failed || slot.worker !== worker) return;
      failed = true;
      // A worker that could not start must not keep anyone waiting for the pool to be ready.
      slot.markStarted();
      for (const [id, waiting] of pending) {
        if (waiting.slot !== slot) continue;
        pending.delete(id);
        waiting.reject(
          new Error(`Dossier's cleaning worker stopped while preparing this file (${reason}). The file may be too large or damaged; the rest of the import goes on. Try this file again on its own, or convert it.`),
        );
      }
      slot.busy = 0;
      if (closing) return;
      if (restarts >= MAX_RESTARTS) {
        stopped = `the cleaning workers stopped ${restarts + 1} times (last: ${reason})`;
        return;
      }
      restarts++;
      slot.worker = start(slot);
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`it exited with code ${code}`));
    worker.unref();
    return worker;
  };

  const slots: Slot[] = Array.from({ length: Math.max(1, options.size) }, () => {
    const slot = { busy: 0 } as Slot;
    slot.started = new Promise<void>((resolve) => (slot.markStarted = resolve));
    slot.worker = start(slot);
    return slot;
  });
  const ready = Promise.all(slots.map((slot) => slot.started)).then(() => undefined);

  /** Sends a request to the least busy worker; resolves with its reply. */
  const send = (request: (id: number) => Extract<ExtractionRequest, { id: number }>): Promise<ExtractionReply> => {
    if (stopped) return Promise.reject(new Error(`This file could not be prepared: ${stopped}. Restart Dossier and import it again.`));
    const slot = slots.reduce((best, s) => (s.busy < best.busy ? s : best));
    const id = nextId++;
    slot.busy++;
    slot.worker.ref();
    return new Promise<ExtractionReply>((resolve, reject) => {
      pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage(request(id));
    });
  };

  return {
    ready,
    // Enough files ahead that a worker never runs out while the library thread stores batches of files
    // together (runImportBatch also bounds the bytes read ahead, at 64 MB). 64 a worker rather than 16:
    // 5,000 text files 1,257-1,330 -> 1,374-1,413 articles/s, 50,000 1,539 -> 1,610 (48 to 128 alike).
    parallelism: slots.length * 64,
    async prepare(bytes, fileName, diskPath) {
      const reply = await send((id) => ({ kind: 'prepare', id, bytes, fileName, diskPath }));
      if (reply.ok === true) return unpackPreparedFile(reply.file);
      if (reply.ok === false) throw asError(reply);
      throw new Error('The cleaning worker answered out of turn.');
    },
    async readAndPrepare(diskPath, fileName): Promise<ReadAndPrepared> {
      const reply = await send((id) => ({ kind: 'read-and-prepare', id, diskPath, fileName }));
      if (reply.ok === 'unreadable') return { kind: 'unreadable', error: asError(reply.error) };
      if (reply.ok !== 'read') throw new Error('The cleaning worker answered out of turn.');
      const result = reply.file ? { ok: true as const, file: unpackPreparedFile(reply.file) } : reply.error ? { ok: false as const, error: asError(reply.error) } : null;
      return { kind: 'read', bytes: reply.bytes, hash: reply.hash, result };
    },
    updateGazetteer(raw) {
      // A worker started later (a replacement) starts with this data.
      gazetteer = raw;
      // Messages are handled in order, so every file sent after this is matched with the new data.
      for (const slot of slots) slot.worker.postMessage({ kind: 'gazetteer', raw } satisfies ExtractionRequest);
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** The worker's error as the one it caught: the same class for an unsupported file, and the fs error's code. */
function asError(reply: ErrorReply): Error {
  const error = reply.unsupported ? new UnsupportedFileError(reply.message) : new Error(reply.message);
  if (reply.code) (error as NodeJS.ErrnoException).code = reply.code;
  return error;
}

/**
 * The worker as TypeScript source, loaded through tsx's API (its --import hook does not reach worker
 * threads on Node 20): for the CLI, the test harness and the bench, which run from the source tree.
 * The app passes its built worker instead.
 */
export function sourceExtractionWorker(): { workerFile: string; eval: true } {
  // The ESM entry of tsx/esm/api (require.resolve would give its CommonJS twin).
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsxApi = pathToFileURL(path.join(path.dirname(tsxPackage), 'dist', 'esm', 'api', 'index.mjs')).href;
  const source = new URL('./extraction-worker.ts', import.meta.url).href;
  return { workerFile: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, eval: true };
}
