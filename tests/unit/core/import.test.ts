import { copyFileSync, cpSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../src/shared/model';
import { getSourceFileOriginal } from '../../../src/main/core/store/source-files';
import { FIXTURES_DIR, useTempLibraries } from '../../helpers/temp-library';

const IMPORT_DIR = path.join(FIXTURES_DIR, 'import');

describe('import', () => {
  const libs = useTempLibraries();

  it('imports a folder recursively and gives every file an outcome', async () => {
    const core = libs.open(libs.newLibraryPath());
    const progress: ImportProgress[] = [];
    core.onEvent((event, payload) => {
      if (event === 'importProgress') progress.push(payload as ImportProgress);
    });
    const report = await core.handlers.importPaths({ paths: [IMPORT_DIR] });
    const byName = Object.fromEntries(report.files.map((f) => [path.basename(f.path), f]));
    expect(Object.keys(byName).sort()).toEqual(['analyst-note.md', 'blank.txt', 'report.xlsx', 'saved-page.html', 'wire-story.txt']);
    expect(byName['wire-story.txt'].status).toBe('imported');
    expect(byName['analyst-note.md'].status).toBe('imported');
    expect(byName['saved-page.html'].status).toBe('imported');
    expect(byName['report.xlsx']).toMatchObject({ status: 'unsupported', error: expect.stringContaining('.xlsx') });
    expect(byName['blank.txt']).toMatchObject({ status: 'failed', error: expect.any(String) });
    expect(byName['blank.txt'].error!.length).toBeGreaterThan(10);

    const last = progress.at(-1)!;
    expect(last).toMatchObject({ finished: true, total: 5, done: 5, imported: 3, unsupported: 1, failed: 1 });
    const dones = progress.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));

    const list = await core.handlers.listArticles({});
    expect(list).toHaveLength(3);
  });

  it('keeps the exact original bytes of every imported file', async () => {
    const core = libs.open(libs.newLibraryPath());
    const file = path.join(IMPORT_DIR, 'nested/deeper/saved-page.html');
    const report = await core.handlers.importPaths({ paths: [file] });
    const article = await core.handlers.getArticle({ id: report.files[0].articles[0] });
    expect(getSourceFileOriginal(core.db, article.sourceFileId)!.equals(readFileSync(file))).toBe(true);
  });

  it('never executes or keeps the scripts and handlers of imported HTML', async () => {
    const core = libs.open(libs.newLibraryPath());
    const report = await core.handlers.importPaths({ paths: [path.join(IMPORT_DIR, 'nested/deeper/saved-page.html')] });
    const article = await core.handlers.getArticle({ id: report.files[0].articles[0] });
    expect(article.title).toBe('Hezbollah fighters deploy to Qusayr');
    expect(article.body).toContain('Hundreds of Hezbollah fighters');
    expect(article.body).not.toMatch(/stolen|document\.cookie|onerror|pwned|<script|<img/);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect(article.factions.map((f) => f.id)).toEqual(expect.arrayContaining(['hezbollah', 'free-syrian-army']));
  });

  it('reports the same content imported twice as a duplicate, not stored twice', async () => {
    const core = libs.open(libs.newLibraryPath());
    const dir = libs.newDir();
    const original = path.join(IMPORT_DIR, 'wire-story.txt');
    const first = await core.handlers.importPaths({ paths: [original] });
    expect(first.files[0].status).toBe('imported');

    // the same bytes under another name
    const copy = path.join(dir, 'copy.txt');
    copyFileSync(original, copy);
    // the same article with other furniture around it
    const reframed = path.join(dir, 'reframed.txt');
    writeFileSync(reframed, `Skip to main content\n\n${readFileSync(original, 'utf8')}\n\nShare this article\n`);
    const second = await core.handlers.importPaths({ paths: [copy, reframed, original] });
    expect(second.files.map((f) => f.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    for (const f of second.files) expect(f.duplicateOf).toEqual(first.files[0].articles);
    expect(await core.handlers.listArticles({})).toHaveLength(1);
  });

  it('goes on after a file fails and leaves the library intact', async () => {
    const core = libs.open(libs.newLibraryPath());
    const dir = libs.newDir();
    cpSync(IMPORT_DIR, dir, { recursive: true });
    mkdirSync(path.join(dir, 'more'));
    writeFileSync(path.join(dir, 'more', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0]));
    const report = await core.handlers.importPaths({ paths: [path.join(dir, 'missing-file.txt'), dir] });
    const statuses = report.files.map((f) => `${path.basename(f.path)}:${f.status}`);
    expect(statuses).toContain('missing-file.txt:failed');
    expect(statuses).toContain('binary.txt:failed');
    expect(report.files.find((f) => f.path.endsWith('missing-file.txt'))!.error).toMatch(/Nothing exists at/);
    expect(report.files.filter((f) => f.status === 'imported')).toHaveLength(3);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    const stored = core.db.prepare(`SELECT count(*) AS n FROM source_files`).get() as { n: number };
    expect(stored.n).toBe(3);
  });

  it('imports dropped file contents that have no path on disk', async () => {
    const core = libs.open(libs.newLibraryPath());
    const text = readFileSync(path.join(IMPORT_DIR, 'wire-story.txt'));
    const report = await core.handlers.importContents({
      files: [
        { name: 'dropped.txt', base64: text.toString('base64') },
        { name: 'dropped.xlsx', base64: Buffer.from('x').toString('base64') },
      ],
    });
    expect(report.files.map((f) => f.status)).toEqual(['imported', 'unsupported']);
    const article = await core.handlers.getArticle({ id: report.files[0].articles[0] });
    expect(article.title).toBe('Rebels and Kurdish-led forces trade fire near Manbij');
    expect(article.sourcePath).toBe('dropped.txt');
  });

  it('records mentions with offsets that point at their surface form, body apart from comments', async () => {
    const core = libs.open(libs.newLibraryPath());
    const report = await core.handlers.importPaths({ paths: [path.join(IMPORT_DIR, 'wire-story.txt')] });
    const article = await core.handlers.getArticle({ id: report.files[0].articles[0] });
    expect(article.mentions.length).toBeGreaterThan(4);
    for (const mention of article.mentions.filter((m) => m.location === 'body')) {
      expect(article.body.slice(mention.start, mention.end)).toBe(mention.surface);
    }
    const sdf = article.factions.find((f) => f.id === 'sdf');
    expect(sdf?.forms).toEqual(expect.arrayContaining(['Syrian Democratic Forces', 'SDF']));
    expect(article.factions.map((f) => f.id)).toEqual(
      expect.arrayContaining(['sdf', 'ypg', 'free-syrian-army', 'turkey', 'us-led-coalition', 'islamic-state']),
    );
  });
});
