// The app's own core, as built for Electron (out/main/core-worker.js and extraction-worker.js), driven
// through the same host the main process uses. Under plain Node here, so better-sqlite3's Node build
// serves; in the app the Electron build does, with the same code path.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startCoreWorker } from '../../../src/main/core-host';
import { PROJECT_ROOT, seedsAvailable, SEEDS_DIR } from '../../helpers/seeds';

test.skip(!seedsAvailable, `../shared/seeds not found at ${SEEDS_DIR}`);

test('the built core worker imports with its extraction workers, answers searches and stops cleanly', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-built-'));
  const out = path.join(PROJECT_ROOT, 'out', 'main');
  try {
    const host = startCoreWorker(path.join(out, 'core-worker.js'), {
      dbPath: path.join(dir, 'library.sqlite'),
      gazetteerPath: path.join(PROJECT_ROOT, 'resources', 'factions.json'),
      extractionWorkerFile: path.join(out, 'extraction-worker.js'),
    });
    const progress: { done: number; finished: boolean }[] = [];
    host.onEvent((event, payload) => {
      if (event === 'importProgress') progress.push(payload as { done: number; finished: boolean });
    });
    await host.ready;
    const report = await host.handlers.importPaths({ paths: [SEEDS_DIR] });
    expect(report.files.filter((f) => f.status === 'imported')).toHaveLength(5);
    expect(progress.at(-1)).toMatchObject({ done: 6, finished: true });
    const hits = await host.handlers.search({ query: 'Rukban' });
    expect(hits.map((h) => h.title)).toEqual(['Syrian Authorities Announce Closure of Notorious Desert Camp']);
    await expect(host.handlers.getArticle({ id: 999 })).rejects.toThrow('There is no article 999 in this library.');
    // Every format's library is loaded on its first file (linkedom and Readability, mammoth, postal-mime,
    // pdfjs): each must load from the built bundle.
    const formats = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'formats');
    const others = await host.handlers.importPaths({
      paths: ['saved-complete/Idlib offensive.html', 'field-report.docx', 'chrome-single-file.mhtml', 'two-column-brief.pdf'].map((name) => path.join(formats, name)),
    });
    expect(others.files.map((f) => [path.basename(f.path), f.status, f.error ?? null])).toEqual([
      ['Idlib offensive.html', 'imported', null],
      ['field-report.docx', 'imported', null],
      ['chrome-single-file.mhtml', 'imported', null],
      ['two-column-brief.pdf', 'imported', null],
    ]);
    await host.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
