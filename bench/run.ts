// npm run bench [-- --articles N] [-- --import-sizes 1000,5000] [-- --skip-import] [-- --skip-search]
//
// Import: generated corpora of text articles (and one of mixed formats) imported into fresh libraries,
// each in its own process, printing files/s, MB/s, articles/s and peak memory, beside a bare baseline
// (read the files and insert their text with better-sqlite3 in one transaction), so the ratio shows
// Dossier's overhead.
// Search: a library of N articles (default 10,000) built through the real import path, then the
// field-index rebuild, a re-match of the whole library, and search latency (p50/p95) for rare, common,
// two-word, fuzzy and faction-name queries, with raw FTS5 on the same queries for comparison.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createCore } from '../src/main/core/context';
import { rebuildDerivedData } from '../src/main/core/library/derived-data';
import { buildFtsQuery } from '../src/main/core/search/fts-query';
import { searchFullText } from '../src/main/core/store/full-text';
import { writeCorpus, type CorpusFormat } from './corpus';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    'import-sizes': { type: 'string', default: '1000,5000' },
    'skip-import': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

interface ImportRun {
  files: number;
  bytes: number;
  articles: number;
  failed: number;
  seconds: number;
  peakRssMB: number;
}

function importOnce(corpus: string, library: string, baseline: boolean): ImportRun {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'import-once.ts'), corpus, library, ...(baseline ? ['--baseline'] : [])], {
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as ImportRun;
}

function describe(label: string, run: ImportRun): string {
  const mb = run.bytes / 2 ** 20;
  return `  ${label.padEnd(10)} ${run.seconds.toFixed(2).padStart(7)} s  ${(run.files / run.seconds).toFixed(0).padStart(7)} files/s  ${(mb / run.seconds).toFixed(1).padStart(6)} MB/s  ${(run.articles / run.seconds).toFixed(0).padStart(7)} articles/s  peak ${String(run.peakRssMB).padStart(5)} MB${run.failed ? `  (${run.failed} not imported)` : ''}`;
}

function importSection(work: string): void {
  const sizes = values['import-sizes']!.split(',').map(Number).filter((n) => n > 0);
  const corpora: { label: string; count: number; mix: Partial<Record<CorpusFormat, number>> }[] = [
    ...sizes.map((count) => ({ label: `${count} plain-text articles`, count, mix: { txt: 1 } })),
    { label: '1000 files of mixed formats (70% .txt, 15% .md, 15% saved .html pages)', count: 1000, mix: { txt: 70, md: 15, html: 15 } },
    { label: '300 saved .html pages', count: 300, mix: { html: 1 } },
  ];
  console.log('\n== Import (each run in its own process, into a fresh library)');
  for (const corpus of corpora) {
    const dir = path.join(work, `corpus-${corpus.count}-${Object.keys(corpus.mix).join('-')}`);
    const bytes = writeCorpus(dir, corpus.count, corpus.mix);
    console.log(`\n${corpus.label}, ${(bytes / 2 ** 20).toFixed(1)} MB:`);
    const dossier = importOnce(dir, path.join(dir + '.dossier.sqlite'), false);
    const baseline = importOnce(dir, path.join(dir + '.baseline.sqlite'), true);
    console.log(describe('Dossier', dossier));
    console.log(describe('baseline', baseline));
    console.log(`  overhead: Dossier takes ${(dossier.seconds / baseline.seconds).toFixed(1)}× the baseline's time (read, decode, clean, split, match factions, MinHash, store originals, index)`);
  }
}

/**
 * What one worker does per file, alone (read the format, clean, split, match, sign), in this thread:
 * the rate per worker the import pipeline can reach for each format.
 */
async function perWorkerSection(work: string): Promise<void> {
  const { prepareFile } = await import('../src/main/core/library/prepare-file');
  const { createMatcher, loadGazetteer } = await import('../src/main/core/factions');
  const { readFileSync, readdirSync } = await import('node:fs');
  const matcher = createMatcher(loadGazetteer());
  console.log('\n== Per worker (one thread preparing files: read the format, clean, match factions, sign)');
  const rate = async (label: string, files: { name: string; bytes: Uint8Array }[], pagesPerFile: number, minSeconds = 3): Promise<void> => {
    for (const f of files.slice(0, 5)) await prepareFile(f.bytes, f.name, null, matcher); // warm up
    let done = 0;
    const start = performance.now();
    while ((performance.now() - start) / 1000 < minSeconds) {
      for (const f of files) await prepareFile(f.bytes, f.name, null, matcher);
      done += files.length;
    }
    const seconds = (performance.now() - start) / 1000;
    const unit = pagesPerFile === 1 ? 'files' : 'pages';
    console.log(`  ${label.padEnd(44)} ${((done * pagesPerFile) / seconds).toFixed(0).padStart(6)} ${unit}/s`);
  };
  const corpus = (mix: Partial<Record<CorpusFormat, number>>, count: number, name: string) => {
    const dir = path.join(work, `per-worker-${name}`);
    writeCorpus(dir, count, mix, 99);
    return readdirSync(dir).map((f) => ({ name: f, bytes: readFileSync(path.join(dir, f)) }));
  };
  await rate('plain-text articles (6 KB)', corpus({ txt: 1 }, 200, 'txt'), 1);
  await rate('saved .html pages (Readability on linkedom)', corpus({ html: 1 }, 200, 'html'), 1);
  const pdf = path.join(here, '../tests/fixtures/formats/two-column-brief.pdf');
  await rate('PDF pages (pdfjs-dist; two-column, 2 pages)', [{ name: 'brief.pdf', bytes: readFileSync(pdf) }], 2);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function timeQueries(label: string, run: () => unknown, repeats = 40): string {
  const samples: number[] = [];
  run();
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return `${label.padEnd(40)} p50 ${percentile(samples, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(samples, 95).toFixed(1).padStart(7)} ms`;
}

async function searchSection(work: string): Promise<void> {
  const n = Number(values.articles);
  const corpus = path.join(work, 'search-corpus');
  const bytes = writeCorpus(corpus, n, { txt: 1 }, 7);
  console.log(`\n== Search over a library of ${n} articles (${(bytes / n / 1024).toFixed(1)} KB average)`);
  const core = createCore({ dbPath: path.join(work, 'search-library.sqlite') });
  let start = performance.now();
  const report = await core.handlers.importPaths({ paths: [corpus] });
  const seconds = (performance.now() - start) / 1000;
  const imported = report.files.filter((f) => f.status === 'imported').length;
  console.log(`  built through the import path: ${imported} articles in ${seconds.toFixed(1)} s (${(imported / seconds).toFixed(0)} articles/s)`);

  start = performance.now();
  core.search.invalidate();
  core.search.fieldIndex();
  const lunrMs = performance.now() - start;
  console.log(`  field index (lunr: title, subtitle, outlet, factions, tags, notes) rebuilt in ${lunrMs.toFixed(0)} ms = ${(lunrMs / (n / 1000)).toFixed(0)} ms per 1,000 articles`);

  start = performance.now();
  rebuildDerivedData(core.db, core.matcher, new Set(core.gazetteer.entries.map((e) => e.id)));
  console.log(`  re-match the whole library (faction engine, mentions, FTS rows): ${((performance.now() - start) / 1000).toFixed(2)} s`);

  const queries: [string, string][] = [
    ['rare', 'zebrafinch'],
    ['common', 'fighters'],
    ['two-word', 'ceasefire negotiations'],
    ['fuzzy (typo)', 'Qaryatyn'],
    ['faction (other spelling)', 'Jaysh al-Izzah'],
  ];
  console.log(`\n  Merged search (FTS5 + lunr + faction engine, fused by RRF), top 50:`);
  for (const [label, query] of queries) console.log('    ' + timeQueries(`${label}: "${query}"`, () => core.handlers.search({ query, limit: 50 })));
  console.log(`\n  Raw FTS5 on the same queries (bm25, top 50), for comparison:`);
  for (const [label, query] of queries) {
    const match = buildFtsQuery(query)!;
    console.log('    ' + timeQueries(`${label}: "${query}"`, () => searchFullText(core.db, match, 50)));
  }
  console.log(`\n  this process: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  core.close();
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  console.log(`Dossier bench — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
  try {
    if (!values['skip-import']) {
      await perWorkerSection(work);
      importSection(work);
    }
    if (!values['skip-search']) await searchSection(work);
  } finally {
    if (values.keep) console.log(`\nkept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

void main();
