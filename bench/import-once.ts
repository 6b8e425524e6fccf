// One measured import in its own process, so its peak memory is its own. Prints one JSON line.
//   tsx bench/import-once.ts <corpus dir> <library file> [--baseline | --dossier] [extraction workers, 0 = none]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createCore } from '../src/main/core/context';
import { sourceExtractionWorker } from '../src/main/core/library/extraction-pool';

const [corpus, library, flag, workersArg] = process.argv.slice(2);
const workers = Number(workersArg ?? 0);
const files = readdirSync(corpus).sort().map((name) => path.join(corpus, name));
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

async function main(): Promise<void> {
  const start = performance.now();
  let articles = 0;
  let failed = 0;
  if (flag === '--baseline') {
    // The floor: read each file and insert its text, nothing else, in one transaction.
    const db = new Database(library);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL, text TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO documents (path, text) VALUES (?, ?)');
    db.transaction(() => {
      for (const file of files) {
        insert.run(file, readFileSync(file, 'utf8'));
        articles++;
      }
    })();
    db.close();
  } else {
    const core = createCore({ dbPath: library, extractionWorkers: workers > 0 ? { ...sourceExtractionWorker(), size: workers } : undefined });
    const report = await core.handlers.importPaths({ paths: [corpus] });
    for (const f of report.files) {
      articles += f.articles.length;
      if (f.status !== 'imported') failed++;
    }
    core.close();
  }
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  console.log(JSON.stringify({ files: files.length, bytes, articles, failed, seconds, peakRssMB: Math.round(peakRss / 2 ** 20) }));
}

void main();
