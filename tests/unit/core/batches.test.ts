import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress, ImportReport } from '../../../src/shared/model';
import { FIXTURES_DIR, useTempLibraries } from '../../helpers/temp-library';

function writeCorpus(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    writeFileSync(
      path.join(dir, `report-${String(i).padStart(4, '0')}.txt`),
      `Field report ${i} from Idlib\n\nFighters of Ahrar al-Sham and the National Liberation Front held positions near village ${i} on the night of report ${i}, local sources said.\n\nResidents said shelling by the Syrian army continued until dawn in sector ${i * 7}.\n`,
    );
  }
}

describe('big batches', () => {
  const libs = useTempLibraries();

  it('reports progress with elapsed time and an estimate of the time left', async () => {
    const core = libs.open(libs.newLibraryPath());
    const dir = libs.newDir();
    writeCorpus(dir, 40);
    const progress: ImportProgress[] = [];
    core.onEvent((event, payload) => {
      if (event === 'importProgress') progress.push(payload as ImportProgress);
    });
    const report = await core.handlers.importPaths({ paths: [dir] });
    expect(report.files.every((f) => f.status === 'imported')).toBe(true);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ finished: true, done: 40, total: 40, articles: 40, cancelled: false, etaSeconds: expect.any(Number) });
    expect(typeof last.elapsedSeconds).toBe('number');
    expect(new Set(progress.map((p) => p.jobId)).size).toBe(1);
  });

  it('can be cancelled, keeping every file before the cancel whole and nothing after', async () => {
    const core = libs.open(libs.newLibraryPath());
    const dir = libs.newDir();
    // Large enough that the import is still running when the first progress report after a file comes.
    writeCorpus(dir, 400);
    let cancelledAt = -1;
    core.onEvent((event, payload) => {
      const p = payload as ImportProgress;
      if (event === 'importProgress' && p.done >= 1 && !p.finished && cancelledAt < 0) {
        cancelledAt = p.done;
        void core.handlers.cancelImport({ jobId: p.jobId });
      }
    });
    const report: ImportReport = await core.handlers.importPaths({ paths: [dir] });
    const imported = report.files.filter((f) => f.status === 'imported');
    const cancelled = report.files.filter((f) => f.status === 'cancelled');
    expect(cancelledAt).toBeGreaterThanOrEqual(1);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(imported.length).toBeGreaterThanOrEqual(cancelledAt);
    expect(imported.length + cancelled.length).toBe(400);
    expect(cancelled[0].error).toMatch(/cancelled/);
    // The library holds exactly the imported files, each whole.
    expect((await core.handlers.listArticles({})).length).toBe(imported.length);
    expect((core.db.prepare(`SELECT count(*) AS n FROM source_files`).get() as { n: number }).n).toBe(imported.length);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // What was cancelled can simply be imported again.
    const retry = await core.handlers.importPaths({ paths: cancelled.map((f) => f.path) });
    expect(retry.files.every((f) => f.status === 'imported')).toBe(true);
    expect((await core.handlers.listArticles({})).length).toBe(400);
  });

  it('says a cancel of a job that is not running changed nothing', async () => {
    const core = libs.open(libs.newLibraryPath());
    expect(await core.handlers.cancelImport({ jobId: 'no-such-job' })).toEqual({ cancelled: false });
  });
});

describe('re-clean', () => {
  const libs = useTempLibraries();

  it('re-runs cleaning on the stored originals and keeps tags, notes and ids', async () => {
    const core = libs.open(libs.newLibraryPath());
    const report = await core.handlers.importPaths({ paths: [path.join(FIXTURES_DIR, 'import', 'wire-story.txt')] });
    const id = report.files[0].articles[0];
    const clean = await core.handlers.getArticle({ id });
    await core.handlers.addTag({ articleId: id, tag: 'manbij' });
    await core.handlers.saveNote({ articleId: id, text: 'keep me' });
    // As an older, worse cleaner would have left it: furniture in the body, no title.
    core.db.prepare(`UPDATE articles SET body = body || '\n\nShare this article\n\nRelated: Turkey threatens Manbij', title = 'Untitled', content_hash = 'old' WHERE id = ?`).run(id);
    const reclean = await core.handlers.recleanArticles({ articleIds: [id] });
    expect(reclean).toMatchObject({ total: 1, changed: 1, unchanged: 0, failed: [] });
    const after = await core.handlers.getArticle({ id });
    expect(after.title).toBe(clean.title);
    expect(after.body).toBe(clean.body);
    expect(after.tags).toEqual(['manbij']);
    expect(after.note).toBe('keep me');
    expect(after.factions.map((f) => f.id)).toEqual(clean.factions.map((f) => f.id));
    // Running it again finds nothing to change.
    expect(await core.handlers.recleanArticles({})).toMatchObject({ total: 1, changed: 0, unchanged: 1 });
  });
});

describe('watched inbox', () => {
  const libs = useTempLibraries();

  it('imports files saved into the inbox folder by itself', async () => {
    const inbox = libs.newDir();
    mkdirSync(path.join(inbox, 'sub'));
    writeFileSync(path.join(inbox, 'already-there.txt'), readFileSync(path.join(FIXTURES_DIR, 'import', 'wire-story.txt')));
    const core = libs.open(libs.newLibraryPath(), { inboxSettleMs: 100 });
    const events: ImportReport[] = [];
    core.onEvent((event, payload) => {
      if (event === 'inboxImported') events.push(payload as ImportReport);
    });
    expect(await core.handlers.updateSettings({ inboxFolder: inbox })).toEqual({ inboxFolder: inbox });
    await new Promise((r) => setTimeout(r, 150));
    writeFileSync(path.join(inbox, 'sub', 'new-note.md'), '# A note saved later\n\nJaysh al-Islam fighters were seen near Douma on Sunday, according to two residents who spoke by phone.\n');
    await new Promise((r) => setTimeout(r, 400));
    await core.inboxIdle();
    const titles = (await core.handlers.listArticles({})).map((a) => a.title).sort();
    expect(titles).toEqual(['A note saved later', 'Rebels and Kurdish-led forces trade fire near Manbij']);
    expect(events.flatMap((e) => e.files.map((f) => path.basename(f.path))).sort()).toEqual(['already-there.txt', 'new-note.md']);
    expect(await core.handlers.getSettings({})).toEqual({ inboxFolder: inbox });
    await core.handlers.updateSettings({ inboxFolder: null });
    expect(await core.handlers.getSettings({})).toEqual({ inboxFolder: null });
  });

  it('refuses an inbox folder that does not exist, with the reason', async () => {
    const core = libs.open(libs.newLibraryPath());
    await expect(core.handlers.updateSettings({ inboxFolder: '/no/such/folder' })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('does not exist') });
    expect(await core.handlers.getSettings({})).toEqual({ inboxFolder: null });
  });
});

describe('extraction workers', () => {
  const libs = useTempLibraries();

  it('prepare files in worker threads with the same result as in this thread', async () => {
    const { sourceExtractionWorker } = await import('../../../src/main/core/library/extraction-pool');
    const dir = libs.newDir();
    writeCorpus(dir, 12);
    const inThread = libs.open(libs.newLibraryPath());
    const pooled = libs.open(libs.newLibraryPath(), { extractionWorkers: { ...sourceExtractionWorker(), size: 2 } });
    const a = await inThread.handlers.importPaths({ paths: [dir, path.join(FIXTURES_DIR, 'import')] });
    const b = await pooled.handlers.importPaths({ paths: [dir, path.join(FIXTURES_DIR, 'import')] });
    expect(b.files.map((f) => [path.basename(f.path), f.status, f.articles.length])).toEqual(a.files.map((f) => [path.basename(f.path), f.status, f.articles.length]));
    const mentions = (core: typeof inThread) => core.db.prepare(`SELECT article_id, packed FROM article_mentions ORDER BY 1`).all();
    expect(mentions(pooled)).toEqual(mentions(inThread));
    expect((await pooled.handlers.search({ query: 'sector' })).length).toBe(12);
  });
});
