// Files on disk are read, hashed and prepared in the extraction workers (their bytes come back moved, not
// copied), while the in-thread preparer has the library thread read them. Both must leave the library
// exactly as the other does: same outcomes with the same messages, same stored originals, articles,
// mentions, suggestions, signatures, buckets and search rows.
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom, generateArticle, renderArticle } from '../../../bench/corpus';
import type { Core } from '../../../src/main/core/context';
import { rebuildDerivedData } from '../../../src/main/core/library/derived-data';
import { createExtractionPool, sourceExtractionWorker } from '../../../src/main/core/library/extraction-pool';
import { ImportJobs, pendingFromPaths, runImportBatch } from '../../../src/main/core/library/import-batch';
import type { IngestContext } from '../../../src/main/core/library/ingest-file';
import { inThreadPreparer } from '../../../src/main/core/library/prepare-file';
import { SEEDS_DIR, seedsAvailable } from '../../helpers/seeds';
import { FIXTURES_DIR, useTempLibraries } from '../../helpers/temp-library';

const NOW = new Date('2024-05-01T12:00:00.000Z');

/** Every row the import writes, in a stable order (times that are not the import's own left out). */
function dump(core: Core) {
  const all = (sql: string) => core.db.prepare(sql).all();
  return {
    sourceFiles: all(`SELECT id, path, file_name, media_type, format, encoding, byte_length, content_hash, original, imported_at FROM source_files ORDER BY id`),
    articles: all(`SELECT * FROM articles ORDER BY id`),
    comments: all(`SELECT * FROM comments ORDER BY id`),
    captions: all(`SELECT * FROM captions ORDER BY article_id, position`),
    mentions: all(`SELECT * FROM article_mentions ORDER BY article_id`),
    mentionSummaries: all(`SELECT * FROM article_factions ORDER BY article_id, faction_id`),
    suggestions: all(`SELECT id, normalised, name, status FROM faction_suggestions ORDER BY id`),
    occurrences: all(`SELECT * FROM suggestion_occurrences ORDER BY suggestion_id, article_id, start_offset`),
    signatures: all(`SELECT * FROM article_signatures ORDER BY article_id`),
    nearDuplicates: all(`SELECT * FROM near_duplicates ORDER BY article_id, other_id`),
    search: all(`SELECT rowid, title, subtitle, body FROM article_search ORDER BY rowid`),
  };
}

describe('extraction workers reading files themselves', () => {
  const libs = useTempLibraries();

  function corpus(): string[] {
    const dir = libs.newDir();
    const random = createRandom(5);
    for (let i = 0; i < 30; i++) writeFileSync(path.join(dir, `article-${String(i).padStart(2, '0')}.txt`), renderArticle(generateArticle(i, random), 'txt'));
    // the same bytes under another name (a duplicate of a file in the same batch), a near-duplicate,
    // an empty file, a large file and small ones (small reads share Node's buffer pool)
    copyFileSync(path.join(dir, 'article-03.txt'), path.join(dir, 'article-03-copy.txt'));
    const story = readFileSync(path.join(dir, 'article-04.txt'), 'utf8').trim().split('\n\n');
    writeFileSync(path.join(dir, 'article-04-syndicated.txt'), [...story.slice(0, -1), 'This story was first published by a partner agency.'].join('\n\n') + '\n');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'large.txt'), Array.from({ length: 15 }, (_, i) => renderArticle(generateArticle(100 + i, random), 'txt')).join('\n\n'));
    writeFileSync(path.join(dir, 'tiny.md'), '# Tiny\n\nLiwa Shuhada al-Yarmouk and Jaysh al-Islam fighters met near Daraa, residents said.\n');
    // a group the gazetteer lacks, offered as a suggestion (the library thread finds these for a single worker)
    writeFileSync(path.join(dir, 'unknown-group.md'), '# Clashes near Douma\n\nFighters of the Ansar al-Haqq Brigade clashed with Jaysh al-Islam near Douma, residents said.\n');
    const formats = libs.newDir();
    cpSync(path.join(FIXTURES_DIR, 'formats'), formats, { recursive: true });
    return [dir, formats, path.join(FIXTURES_DIR, 'import'), ...(seedsAvailable ? [SEEDS_DIR] : [])];
  }

  it('leave the library exactly as the in-thread preparer does', async () => {
    const paths = corpus();
    const inThread = libs.open(libs.newLibraryPath(), { now: () => NOW });
    const first = await inThread.handlers.importPaths({ paths });
    const statuses = new Set(first.files.map((f) => f.status));
    for (const status of ['imported', 'duplicate', 'unsupported', 'failed']) expect(statuses).toContain(status);
    expect(first.files.some((f) => f.similar?.length)).toBe(true);
    const expected = dump(inThread);
    expect(expected.suggestions).toContainEqual(expect.objectContaining({ name: 'Ansar al-Haqq Brigade' }));
    // Again: now every file is already there.
    const second = await inThread.handlers.importPaths({ paths });
    expect(second.files.some((f) => f.status === 'imported')).toBe(false);
    // One worker (it leaves hashes, signatures and unknown groups to the library thread); two workers (they make them,
    // and files finish out of order and are still stored in order).
    for (const size of [1, 2]) {
      const pooled = libs.open(libs.newLibraryPath(), { now: () => NOW, extractionWorkers: { ...sourceExtractionWorker(), size } });
      expect({ size, report: await pooled.handlers.importPaths({ paths }) }).toEqual({ size, report: first });
      expect({ size, rows: dump(pooled) }).toEqual({ size, rows: expected });
      expect({ size, report: await pooled.handlers.importPaths({ paths }) }).toEqual({ size, report: second });
      expect({ size, rows: dump(pooled) }).toEqual({ size, rows: expected });
      // The search rows written at import are the ones a rebuild writes.
      const search = pooled.db.prepare(`SELECT rowid, title, subtitle, body FROM article_search ORDER BY rowid`);
      const indexed = search.all();
      expect(indexed.length).toBeGreaterThan(40);
      rebuildDerivedData(pooled.db, pooled.matcher, pooled.engine.knownIds);
      expect(search.all()).toEqual(indexed);
    }
  });

  it('report a file that went away before it was read as the library thread does', async () => {
    const dir = libs.newDir();
    mkdirSync(path.join(dir, 'folder'));
    writeFileSync(path.join(dir, 'folder', 'gone.txt'), 'Gone\n\nThis file is deleted after the folder was listed.\n');
    writeFileSync(path.join(dir, 'folder', 'kept.txt'), 'Kept\n\nThis one stays and is imported by Jaysh al-Islam watchers.\n');
    const outcomes = [];
    for (const pooled of [false, true]) {
      const core = libs.open(libs.newLibraryPath(), { now: () => NOW });
      const preparer = pooled
        ? createExtractionPool({ ...sourceExtractionWorker(), size: 1, gazetteer: core.engine.raw })
        : inThreadPreparer(() => core.matcher);
      const ctx: IngestContext = { db: core.db, matcher: core.matcher, knownEntityIds: core.engine.knownIds, now: () => NOW.toISOString(), preparer };
      const pending = pendingFromPaths([path.join(dir, 'folder')]);
      const bytes = readFileSync(path.join(dir, 'folder', 'gone.txt'));
      rmSync(path.join(dir, 'folder', 'gone.txt'));
      try {
        outcomes.push((await runImportBatch(ctx, pending, `job-${pooled}`, new ImportJobs(), () => {})).files);
      } finally {
        writeFileSync(path.join(dir, 'folder', 'gone.txt'), bytes);
        await preparer.close();
      }
    }
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[0].map((f) => [path.basename(f.path), f.status])).toEqual([
      ['gone.txt', 'failed'],
      ['kept.txt', 'imported'],
    ]);
    expect(outcomes[0][0].error).toMatch(/^Nothing exists at .*gone\.txt; it may have been moved or deleted\.$/);
  });

  it('hand back the exact bytes, in a buffer of their own', async () => {
    const dir = libs.newDir();
    const core = libs.open(libs.newLibraryPath());
    const pool = createExtractionPool({ ...sourceExtractionWorker(), size: 1, gazetteer: core.engine.raw });
    try {
      for (const name of readdirSync(path.join(FIXTURES_DIR, 'formats'))) {
        const file = path.join(FIXTURES_DIR, 'formats', name);
        if (name.includes('.') === false || name.endsWith('_files') || name === 'saved-complete') continue;
        const read = await pool.readAndPrepare!(file, name);
        expect(read.kind).toBe('read');
        if (read.kind !== 'read') continue;
        expect(Buffer.from(read.bytes).equals(readFileSync(file))).toBe(true);
        expect(read.bytes.byteOffset).toBe(0);
        expect(read.bytes.buffer.byteLength).toBe(read.bytes.byteLength);
      }
      const missing = await pool.readAndPrepare!(path.join(dir, 'missing.txt'), 'missing.txt');
      expect(missing).toMatchObject({ kind: 'unreadable', error: { code: 'ENOENT' } });
    } finally {
      await pool.close();
    }
  });
});

describe('an extraction worker that dies', () => {
  // A stand-in worker that speaks the pool's protocol: it dies on a file named crash.txt, and says which
  // gazetteer it was started with (or last sent) in the format of what it prepares.
  const STAND_IN = `
    const { parentPort, workerData } = require('node:worker_threads');
    let tag = workerData.gazetteer.tag;
    parentPort.on('message', (request) => {
      if (request.kind === 'gazetteer') { tag = request.raw.tag; return; }
      if (request.fileName === 'crash.txt') process.exit(3);
      parentPort.postMessage({ id: request.id, ok: true, file: { format: tag, mediaType: 'text/plain', encoding: null, articles: [] } });
    });`;
  const bytes = new Uint8Array([65]);

  it('fails only the file in hand, and a fresh worker with the current gazetteer takes the next', async () => {
    const pool = createExtractionPool({ workerFile: STAND_IN, eval: true, size: 1, gazetteer: { tag: 'shipped' } });
    try {
      expect((await pool.prepare(bytes, 'a.txt', null)).format).toBe('shipped');
      pool.updateGazetteer({ tag: 'edited' });
      await expect(pool.prepare(bytes, 'crash.txt', null)).rejects.toThrow(/cleaning worker stopped while preparing this file \(it exited with code 3\)/);
      expect((await pool.prepare(bytes, 'b.txt', null)).format).toBe('edited');
    } finally {
      await pool.close();
    }
  });

  it('gives up after repeated deaths, so every later file fails at once with the reason', async () => {
    const pool = createExtractionPool({ workerFile: STAND_IN, eval: true, size: 1, gazetteer: { tag: 'shipped' } });
    try {
      for (let i = 0; i <= 10; i++) await expect(pool.prepare(bytes, 'crash.txt', null)).rejects.toThrow(/cleaning worker stopped/);
      await expect(pool.prepare(bytes, 'a.txt', null)).rejects.toThrow(/Restart Dossier/);
    } finally {
      await pool.close();
    }
  });

  it('is ready when its workers have built their matchers, and when a worker cannot start at all', async () => {
    const real = createExtractionPool({ ...sourceExtractionWorker(), size: 2, gazetteer: JSON.parse(readFileSync(path.join(FIXTURES_DIR, '..', '..', 'resources', 'factions.json'), 'utf8')) });
    try {
      await real.ready;
      expect((await real.prepare(new TextEncoder().encode('Title\n\nAhrar al-Sham fighters held the road near Idlib on Monday.'), 'a.txt', null)).articles).toHaveLength(1);
    } finally {
      await real.close();
    }
    // Throws before it could say it is ready (and again in each of its replacements).
    const broken = createExtractionPool({ workerFile: `throw new Error('no matcher');`, eval: true, size: 1, gazetteer: {} });
    try {
      await broken.ready;
      await expect(broken.prepare(bytes, 'a.txt', null)).rejects.toThrow();
    } finally {
      await broken.close();
    }
  });
});
