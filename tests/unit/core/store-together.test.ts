// A batch stores the files that are already prepared together, in one transaction (runImportBatch,
// storePreparedTogether). The library and the outcomes must be what storing them one at a time gives,
// also when one of them cannot be stored: then the others are stored and that one says why.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createRandom, generateArticle, renderArticle } from '../../../bench/corpus';
import type { Core } from '../../../src/main/core/context';
import { ImportJobs, pendingFromPaths, runImportBatch } from '../../../src/main/core/library/import-batch';
import type { IngestContext } from '../../../src/main/core/library/ingest-file';
import { inThreadPreparer, type FilePreparer, type PreparedFile } from '../../../src/main/core/library/prepare-file';
import { sha256 } from '../../../src/main/core/library/article-hash';
import { FIXTURES_DIR, useTempLibraries } from '../../helpers/temp-library';

const NOW = '2024-05-01T12:00:00.000Z';

function dump(core: Core) {
  const all = (sql: string) => core.db.prepare(sql).all();
  return {
    sourceFiles: all(`SELECT * FROM source_files ORDER BY id`),
    articles: all(`SELECT * FROM articles ORDER BY id`),
    comments: all(`SELECT * FROM comments ORDER BY id`),
    mentions: all(`SELECT * FROM article_mentions ORDER BY article_id`),
    mentionSummaries: all(`SELECT * FROM article_factions ORDER BY article_id, faction_id`),
    occurrences: all(`SELECT * FROM suggestion_occurrences ORDER BY suggestion_id, article_id, start_offset`),
    signatures: all(`SELECT * FROM article_signatures ORDER BY article_id`),
    nearDuplicates: all(`SELECT * FROM near_duplicates ORDER BY article_id, other_id`),
    search: all(`SELECT rowid, title, subtitle, body FROM article_search ORDER BY rowid`),
  };
}

/**
 * The in-thread preparer, working `ahead` files ahead; the first file's answer waits a little, so
 * that the files after it are all prepared when it is stored (and are stored with it). `spoil` may
 * make a prepared file one the library refuses to store.
 */
function preparedAhead(core: Core, ahead: number, spoil: (fileName: string, file: PreparedFile) => void = () => {}): FilePreparer {
  const inner = inThreadPreparer(() => core.matcher);
  return {
    parallelism: ahead,
    async prepare(bytes, fileName, diskPath) {
      const file = await inner.prepare(bytes, fileName, diskPath);
      spoil(fileName, file);
      if (fileName === 'a-00.txt') await new Promise((resolve) => setTimeout(resolve, 300));
      return file;
    },
    updateGazetteer: () => {},
    close: async () => {},
  };
}

describe('storing prepared files together', () => {
  const libs = useTempLibraries();

  function folder(): string {
    const dir = libs.newDir();
    const random = createRandom(21);
    for (let i = 0; i < 40; i++) writeFileSync(path.join(dir, `a-${String(i).padStart(2, '0')}.txt`), renderArticle(generateArticle(i, random), 'txt'));
    // a duplicate of a file stored in the same transaction, a near-duplicate, an empty and an unsupported file
    writeFileSync(path.join(dir, 'a-05-copy.txt'), readFileSync(path.join(dir, 'a-05.txt')));
    const story = readFileSync(path.join(dir, 'a-07.txt'), 'utf8').trim().split('\n\n');
    writeFileSync(path.join(dir, 'a-07-syndicated.txt'), [...story.slice(0, -1), 'First published by a partner agency.'].join('\n\n'));
    writeFileSync(path.join(dir, 'a-10-empty.txt'), '');
    writeFileSync(path.join(dir, 'a-11.xlsx'), 'not read');
    writeFileSync(path.join(dir, 'a-12-same-articles.txt'), readFileSync(path.join(dir, 'a-12.txt'), 'utf8') + '\n\n\n');
    return dir;
  }

  async function importWith(dir: string, ahead: number, spoil?: (fileName: string, file: PreparedFile) => void) {
    const core = libs.open(libs.newLibraryPath());
    const ctx: IngestContext = { db: core.db, matcher: core.matcher, knownEntityIds: core.engine.knownIds, now: () => NOW, preparer: preparedAhead(core, ahead, spoil) };
    const report = await runImportBatch(ctx, pendingFromPaths([dir, path.join(FIXTURES_DIR, 'import')]), 'job', new ImportJobs(), () => {});
    return { report, rows: dump(core) };
  }

  it('gives the library and outcomes that storing one file at a time gives', async () => {
    const dir = folder();
    const oneAtATime = await importWith(dir, 0);
    const together = await importWith(dir, 12);
    expect(together.report).toEqual(oneAtATime.report);
    expect(together.rows).toEqual(oneAtATime.rows);
    expect(new Set(oneAtATime.report.files.map((f) => f.status))).toEqual(new Set(['imported', 'duplicate', 'failed', 'unsupported']));
    expect(oneAtATime.report.files.some((f) => f.similar?.length)).toBe(true);
  });

  it('stores the others when one file of a batch cannot be stored, and that one says why', async () => {
    const dir = folder();
    // A title the articles table refuses (NOT NULL): the library cannot store this file.
    const spoil = (fileName: string, file: PreparedFile): void => {
      if (fileName === 'a-03.txt' || fileName === 'a-06.txt') (file.articles[0].article as { title: string | null }).title = null;
    };
    const oneAtATime = await importWith(dir, 0, spoil);
    const together = await importWith(dir, 12, spoil);
    expect(together.report).toEqual(oneAtATime.report);
    expect(together.rows).toEqual(oneAtATime.rows);
    const failed = together.report.files.filter((f) => f.status === 'failed' && f.error?.startsWith('The library could not store this file'));
    expect(failed.map((f) => path.basename(f.path))).toEqual(['a-03.txt', 'a-06.txt']);
    expect(failed[0].error).toMatch(/NOT NULL constraint failed: articles\.title/);
    expect(together.report.files.filter((f) => f.status === 'imported').length).toBeGreaterThan(35);
  });

  /** A preparer like one worker slower than storing: files come back one after another, a few ms apart. */
  function oneSlowWorker(core: Core, ahead: number, inFlight: { now: number; max: number }, msPerFile = 3, gate: Promise<void> = Promise.resolve()): FilePreparer {
    const inner = inThreadPreparer(() => core.matcher);
    // Nothing is finished before the gate opens: every file asked for by then is in flight.
    let queue: Promise<unknown> = gate;
    const prepare = (bytes: Uint8Array, fileName: string, diskPath: string | null): Promise<PreparedFile> => {
      inFlight.now++;
      inFlight.max = Math.max(inFlight.max, inFlight.now);
      const done = queue.then(async () => {
        await new Promise((resolve) => setTimeout(resolve, msPerFile));
        return inner.prepare(bytes, fileName, diskPath);
      });
      queue = done.finally(() => inFlight.now--);
      return done;
    };
    return {
      parallelism: ahead,
      prepare,
      // Like a worker, it reads the files itself, so they are queued in the order they are asked for.
      async readAndPrepare(diskPath, fileName) {
        const bytes = new Uint8Array(readFileSync(diskPath));
        return { kind: 'read', bytes, hash: sha256(bytes), result: { ok: true, file: await prepare(bytes, fileName, diskPath) } };
      },
      updateGazetteer: () => {},
      close: async () => {},
    };
  }

  /** The library, counting the transactions opened on it (one per batch of files stored together). */
  function countingTransactions(core: Core): { db: Core['db']; transactions: () => number } {
    let count = 0;
    const db = new Proxy(core.db, {
      get(target, property) {
        if (property === 'transaction') {
          return (fn: (...args: unknown[]) => unknown) => {
            count++;
            return target.transaction(fn);
          };
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    return { db, transactions: () => count };
  }

  it('waits for the files being prepared and stores them in batches, when preparing is slower than storing', async () => {
    const dir = libs.newDir();
    const random = createRandom(5);
    for (let i = 0; i < 32; i++) writeFileSync(path.join(dir, `b-${String(i).padStart(2, '0')}.txt`), renderArticle(generateArticle(i, random), 'txt'));
    const core = libs.open(libs.newLibraryPath());
    const counting = countingTransactions(core);
    const ctx: IngestContext = { db: counting.db, matcher: core.matcher, knownEntityIds: core.engine.knownIds, now: () => NOW, preparer: oneSlowWorker(core, 16, { now: 0, max: 0 }) };
    const report = await runImportBatch(ctx, pendingFromPaths([dir]), 'job', new ImportJobs(), () => {});
    expect(report.files.filter((f) => f.status === 'imported')).toHaveLength(32);
    // 32 files in batches of up to 16: two transactions, not one a file.
    expect(counting.transactions()).toBeLessThanOrEqual(3);
  });

  it('reads ahead no more bytes than allowed, and always at least the next file', async () => {
    const dir = libs.newDir();
    const random = createRandom(6);
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `c-${String(i).padStart(2, '0')}.txt`), renderArticle(generateArticle(i, random), 'txt'));
    const sizes = pendingFromPaths([dir]).map((f) => f.size);
    expect(Math.min(...sizes)).toBeGreaterThan(1000);
    const run = async (maxBytesAhead: number | undefined) => {
      const core = libs.open(libs.newLibraryPath());
      const inFlight = { now: 0, max: 0 };
      // The files are read before they are handed over; the gate opens when they all could have been.
      const gate = new Promise<void>((resolve) => setTimeout(resolve, 300));
      const ctx: IngestContext = { db: core.db, matcher: core.matcher, knownEntityIds: core.engine.knownIds, now: () => NOW, preparer: oneSlowWorker(core, 16, inFlight, 3, gate) };
      const report = await runImportBatch(ctx, pendingFromPaths([dir]), 'job', new ImportJobs(), () => {}, { maxBytesAhead });
      expect(report.files.filter((f) => f.status === 'imported')).toHaveLength(12);
      return inFlight.max;
    };
    expect(await run(undefined)).toBe(12);
    expect(await run(2 * Math.max(...sizes))).toBeLessThanOrEqual(2);
    expect(await run(1)).toBe(1);
  });

  it('commits while a long import runs, so another process sees the files stored so far', async () => {
    const dir = libs.newDir();
    const random = createRandom(12);
    for (let i = 0; i < 48; i++) writeFileSync(path.join(dir, `e-${String(i).padStart(2, '0')}.txt`), renderArticle(generateArticle(i, random), 'txt'));
    const file = libs.newLibraryPath();
    const core = libs.open(file);
    const reader = new Database(file, { readonly: true });
    const seen: number[] = [];
    const ctx: IngestContext = { db: core.db, matcher: core.matcher, knownEntityIds: core.engine.knownIds, now: () => NOW, preparer: oneSlowWorker(core, 16, { now: 0, max: 0 }, 50) };
    try {
      await runImportBatch(ctx, pendingFromPaths([dir]), 'job', new ImportJobs(), (progress) => {
        // 40 files at 50 ms each: well over a second after the first was stored.
        if (progress.done >= 40 && !progress.finished) seen.push((reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n);
      });
      expect(seen.length).toBeGreaterThan(0);
      expect(Math.max(...seen)).toBeGreaterThan(0);
      expect((reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(48);
    } finally {
      reader.close();
    }
  });
});
