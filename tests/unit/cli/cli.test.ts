import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { FIXTURES_DIR, useTempLibraries } from '../../helpers/temp-library';
import { PROJECT_ROOT } from '../../helpers/seeds';

const IMPORT_DIR = path.join(FIXTURES_DIR, 'import');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('dossier CLI', () => {
  const libs = useTempLibraries();

  it('imports, lists, shows, tags, searches and lists factions with --json', async () => {
    const library = libs.newLibraryPath();
    const imported = await cli(['import', path.join(IMPORT_DIR, 'wire-story.txt'), path.join(IMPORT_DIR, 'report.xlsx'), '--library', library, '--json']);
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout);
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(['imported', 'unsupported']);
    const id = report.files[0].articles[0];

    const list = JSON.parse((await cli(['list', '--library', library, '--json'])).stdout);
    expect(list).toEqual([{ id, title: 'Rebels and Kurdish-led forces trade fire near Manbij', outlet: null, date: '2018-03-12', dateSource: 'stated', factions: expect.arrayContaining(['Free Syrian Army']), tags: [] }]);

    expect((await cli(['tag', String(id), 'manbij', '--library', library, '--json'])).code).toBe(0);
    const shown = JSON.parse((await cli(['show', String(id), '--library', library, '--json'])).stdout);
    expect(shown).toMatchObject({ id, title: list[0].title, date: '2018-03-12', dateSource: 'stated', tags: ['manbij'], notes: '', comments: [] });
    expect(Object.keys(shown)).toEqual(expect.arrayContaining(['id', 'title', 'subtitle', 'author', 'outlet', 'date', 'dateSource', 'body', 'comments', 'factions', 'tags', 'notes']));
    const sdf = shown.factions.find((f: { id: string }) => f.id === 'sdf');
    expect(sdf).toMatchObject({ name: expect.any(String), count: expect.any(Number), forms: expect.arrayContaining(['SDF']) });

    expect(shown.highlights).toEqual([]);
    const core = libs.open(library);
    const start = shown.body.indexOf('monitoring group');
    const made = await core.handlers.addHighlight({ articleId: id, start, end: start + 'monitoring group'.length, color: 'blue', comment: 'SOHR?' });
    core.close();
    const highlighted = JSON.parse((await cli(['show', String(id), '--library', library, '--json'])).stdout);
    expect(highlighted.highlights).toEqual([{ id: made.id, start, end: start + 16, text: 'monitoring group', color: 'blue', comment: 'SOHR?', orphaned: false }]);
    expect((await cli(['show', String(id), '--library', library])).stdout).toContain(`[${made.id}] “monitoring group” (blue, ${start}–${start + 16}) — SOHR?`);

    const factions = JSON.parse((await cli(['factions', '--library', library, '--json'])).stdout);
    expect(factions.find((f: { id: string }) => f.id === 'sdf')).toMatchObject({ articles: 1, mentions: sdf.count, bloc: expect.any(String), name: sdf.name });

    const hits = JSON.parse((await cli(['search', 'Manbij', '--library', library, '--json'])).stdout);
    expect(hits[0]).toMatchObject({ id, title: list[0].title, score: expect.any(Number) });
  });

  it('says what went wrong and exits non-zero', async () => {
    const library = libs.newLibraryPath();
    // A mistyped library path is an error, not an empty library created on the spot.
    const noLibrary = await cli(['list', '--library', library]);
    expect(noLibrary.code).toBe(1);
    expect(noLibrary.stderr).toContain(`There is no library at ${library}`);
    expect(existsSync(library)).toBe(false);
    await cli(['import', path.join(IMPORT_DIR, 'nested/analyst-note.md'), '--library', library, '--json']);
    const missing = await cli(['show', '42', '--library', library]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no article 42');
    const badId = await cli(['show', 'abc', '--library', library]);
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('is not an article id');
    const unknown = await cli(['frobnicate', '--library', library]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
    const failedImport = await cli(['import', path.join(IMPORT_DIR, 'nested/blank.txt'), '--library', library, '--json']);
    expect(failedImport.code).toBe(1);
    expect(JSON.parse(failedImport.stdout).files[0]).toMatchObject({ status: 'failed', error: expect.any(String) });
  });

  it('never prints a caption date as if it were the publication date', async () => {
    const library = libs.newLibraryPath();
    const file = path.join(libs.newDir(), 'camp.txt');
    writeFileSync(
      file,
      "Desert camp closes as last families leave\n\nA boy carries bricks as he helps to restore a home in al-Qaryatayn, eastern part of Syria's Homs province, Tuesday, June 3, 2025. (AP Photo)\n\nA notorious desert refugee camp in Syria has closed after the last remaining families returned to their areas of origin, Syrian authorities said on Saturday.\n\nThe Rukban camp was established in 2014, at the height of the civil war, near the borders with Jordan and Iraq.\n",
    );
    await cli(['import', file, '--library', library, '--json']);
    const listed = await cli(['list', '--library', library]);
    expect(listed.stdout).toContain('2025-06-03: caption date, not a publication date');
  });

  it('runs as `dossier` through the package bin with stdout holding only JSON', () => {
    const library = libs.newLibraryPath();
    const stdout = execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/dossier.mjs'), 'import', path.join(IMPORT_DIR, 'nested/deeper'), path.join(IMPORT_DIR, 'nested/analyst-note.md'), '--library', library, '--json'], {
      encoding: 'utf8',
      cwd: libs.newDir(),
    });
    const report = JSON.parse(stdout);
    expect(report.files.filter((f: { status: string }) => f.status === 'imported')).toHaveLength(2);
  });
});
