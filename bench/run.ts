// npm run bench [-- options]
//   --articles N          library size for the search and re-tag section (default 10,000)
//   --import-sizes A,B    plain-text corpora for the import section (default 1000,5000)
//   --large               adds a 50,000-article import (the 1.5 GB memory target)
//   --in-thread           also import every corpus with files prepared in the library thread (no pool)
//   --workers N           extraction workers in the pool (default: createCore's default, as in the app)
//   --profile DIR         CPU profiles (node --cpu-prof, one per thread) of every Dossier import run, and
//                         of the re-tag and rematchLibrary, in DIR; read them with
//                         `npx tsx bench/profile-summary.ts DIR/<run>/*.cpuprofile`
//   --skip-import, --skip-search, --keep (keep the generated corpora and libraries)
//
// Per worker: what one thread prepares per second (read the format, clean, match factions, sign), for
// plain text, saved HTML pages, MHTML, DOCX and PDFs of 1, 5 and 20 pages, with the plain-text time by stage.
// Import: generated corpora (plain text, mixed formats with PDF, DOCX and MHTML, saved HTML pages)
// imported into fresh libraries, each in its own process and through the extraction-worker pool as the
// app wires it, printing files/s, MB/s, articles/s, the process's peak RSS and each thread's V8 heap,
// beside a bare baseline (read the files and insert them with better-sqlite3 in one transaction).
// Search: a library of N articles built through the import path, then the field-index rebuild, the
// re-tag an analyst waits for after a gazetteer edit (addFactionAlias until retagIdle), rematchLibrary
// alone, and search latency (p50/p95) with raw FTS5 on the same queries for comparison.
// A summary table at the end puts each target of the issues beside the figure measured.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import type { RetagProgress } from '../src/shared/model';
import { createCore } from '../src/main/core/context';
import { computeMatches, rebuildDerivedData, rematchLibrary } from '../src/main/core/library/derived-data';
import { buildFtsQuery } from '../src/main/core/search/fts-query';
import { searchFullText } from '../src/main/core/store/full-text';
import { createRandom, describeCorpus, generateArticle, renderHtmlPage, renderPdf, writeCorpus, type CorpusFormat } from './corpus';
import type { ImportResult } from './import-once';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    'import-sizes': { type: 'string', default: '1000,5000' },
    large: { type: 'boolean', default: false },
    'in-thread': { type: 'boolean', default: false },
    workers: { type: 'string' },
    profile: { type: 'string' },
    'skip-import': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const MB = 2 ** 20;
const RSS_LIMIT_MB = 1536; // 1.5 GB
const LARGE_IMPORT = 50_000;
const workersOption = values.workers ? String(Number(values.workers)) : undefined;
const appPoolSize = Math.max(1, os.availableParallelism() - 1);
const poolSize = workersOption ? Number(workersOption) : appPoolSize;

// ---------------------------------------------------------------------------------------------------
// summary

interface TargetRow {
  target: string;
  measured: string;
  met: boolean | null; // null: not run, or no target to meet
}
const summary: TargetRow[] = [];

// ---------------------------------------------------------------------------------------------------
// bundles: the measured import process and the extraction worker run as plain JavaScript, as in the app

interface Bundles {
  importOnce: string;
  extractionWorker: string;
}

/**
 * The app runs built JavaScript; under tsx every process also carries tsx's module-loader thread (with
 * its own V8 heap of 100+ MB while it compiles the sources), which would be counted in the import
 * process's memory. So import-once.ts and the extraction worker are bundled with esbuild (it comes with
 * tsx) into node_modules/.cache, where packages and the project's resources resolve as from the sources.
 */
function buildBundles(): Bundles {
  const outdir = path.join(root, 'node_modules', '.cache', 'dossier-bench');
  buildSync({
    entryPoints: { 'import-once': path.join(here, 'import-once.ts'), 'extraction-worker': path.join(root, 'src/main/core/library/extraction-worker.ts') },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  return { importOnce: path.join(outdir, 'import-once.mjs'), extractionWorker: path.join(outdir, 'extraction-worker.mjs') };
}

// ---------------------------------------------------------------------------------------------------
// per worker

async function perWorkerSection(work: string): Promise<void> {
  const { prepareFile } = await import('../src/main/core/library/prepare-file');
  const { extractFile } = await import('../src/main/core/library/extract-file');
  const { articleHash } = await import('../src/main/core/library/article-hash');
  const { minhashSignature } = await import('../src/main/core/library/similarity');
  const { createMatcher, loadGazetteer } = await import('../src/main/core/factions');
  const matcher = createMatcher(loadGazetteer());
  console.log('\n== Per worker: one thread preparing files (read the format, clean, match factions, sign), as each extraction worker does');
  console.log(`  (measured in this thread, one file at a time; load average ${loadAverage()})`);
  type File = { name: string; bytes: Uint8Array; pages: number };
  // Wall-clock rates, and rates per CPU-second of this process (the busy thread plus V8's helper threads),
  // which other work on the machine disturbs less.
  const rate = async (files: File[], minSeconds = 3): Promise<{ filesPerSecond: number; pagesPerSecond: number; msPerFile: number; filesPerCpuSecond: number; pagesPerCpuSecond: number }> => {
    for (const f of files.slice(0, 3)) await prepareFile(f.bytes, f.name, null, matcher); // warm up
    let done = 0;
    let pages = 0;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    while ((performance.now() - start) / 1000 < minSeconds) {
      for (const f of files) {
        await prepareFile(f.bytes, f.name, null, matcher);
        pages += f.pages;
      }
      done += files.length;
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    return { filesPerSecond: done / seconds, pagesPerSecond: pages / seconds, msPerFile: (seconds * 1000) / done, filesPerCpuSecond: done / cpuSeconds, pagesPerCpuSecond: pages / cpuSeconds };
  };
  const perCpu = (r: { filesPerCpuSecond: number }, unit: string): string => `  (${r.filesPerCpuSecond.toFixed(0)} ${unit} per CPU-second)`;
  const kb = (files: File[]): string => `${(files.reduce((n, f) => n + f.bytes.byteLength, 0) / files.length / 1024).toFixed(0)} KB`;
  const line = (label: string, value: string): void => console.log(`  ${label.padEnd(58)} ${value}`);
  const fromCorpus = (mix: Partial<Record<CorpusFormat, number>>, count: number, name: string): File[] => {
    const dir = path.join(work, `per-worker-${name}`);
    writeCorpus(dir, count, mix, 99);
    return readdirSync(dir).map((f) => ({ name: f, bytes: readFileSync(path.join(dir, f)), pages: 1 }));
  };

  const txt = fromCorpus({ txt: 1 }, 200, 'txt');
  const txtRate = await rate(txt);
  line(`plain-text articles (${kb(txt)})`, `${txtRate.filesPerSecond.toFixed(0).padStart(6)} articles/s${perCpu(txtRate, 'articles')}`);
  // where a plain-text article's time goes, stage by stage (the same steps prepareFile takes)
  {
    const stages = { extract: 0, hash: 0, match: 0, sign: 0 };
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < 3000) {
      for (const f of txt) {
        let t = performance.now();
        const extracted = await extractFile(f.bytes, f.name, null);
        stages.extract += performance.now() - t;
        for (const article of extracted.articles) {
          t = performance.now();
          articleHash(article);
          stages.hash += performance.now() - t;
          t = performance.now();
          computeMatches(matcher, article.body, article.comments.map((c) => c.text));
          stages.match += performance.now() - t;
          t = performance.now();
          minhashSignature(article.body);
          stages.sign += performance.now() - t;
        }
        n++;
      }
    }
    const ms = (v: number): string => `${(v / n).toFixed(2)} ms`;
    line('  by stage, per article:', `decode+clean ${ms(stages.extract)}, hash ${ms(stages.hash)}, match factions ${ms(stages.match)}, MinHash ${ms(stages.sign)}`);
  }

  const random = createRandom(1234);
  const pages = (bare: boolean): File[] => Array.from({ length: 100 }, (_, i) => ({ name: `page-${i}.html`, bytes: Buffer.from(renderHtmlPage(generateArticle(i, random), random, bare)), pages: 1 }));
  const fullPages = pages(false);
  const fullRate = await rate(fullPages);
  line(`saved .html pages with page furniture (${kb(fullPages)})`, `${fullRate.filesPerSecond.toFixed(0).padStart(6)} pages/s${perCpu(fullRate, 'pages')}`);
  const barePages = pages(true);
  const bareRate = await rate(barePages);
  line(`saved .html pages, article only (${kb(barePages)})`, `${bareRate.filesPerSecond.toFixed(0).padStart(6)} pages/s${perCpu(bareRate, 'pages')}`);
  summary.push({ target: 'HTML pages/s per worker >= 150 (saved pages with furniture)', measured: `${fullRate.filesPerSecond.toFixed(0)} pages/s, ${fullRate.filesPerCpuSecond.toFixed(0)} per CPU-s (${kb(fullPages)} pages)`, met: fullRate.filesPerSecond >= 150 });
  summary.push({ target: 'HTML pages/s per worker >= 150 (article-only pages)', measured: `${bareRate.filesPerSecond.toFixed(0)} pages/s, ${bareRate.filesPerCpuSecond.toFixed(0)} per CPU-s (${kb(barePages)} pages)`, met: bareRate.filesPerSecond >= 150 });

  const mhtml = fromCorpus({ mhtml: 1 }, 40, 'mhtml');
  const mhtmlRate = await rate(mhtml);
  line(`.mhtml single-file pages (${kb(mhtml)}: page, stylesheet, images)`, `${mhtmlRate.filesPerSecond.toFixed(0).padStart(6)} pages/s${perCpu(mhtmlRate, 'pages')}`);
  const docx = fromCorpus({ docx: 1 }, 100, 'docx');
  const docxRate = await rate(docx);
  line(`.docx reports (${kb(docx)})`, `${docxRate.filesPerSecond.toFixed(0).padStart(6)} files/s${perCpu(docxRate, 'files')}`);

  // PDFs of several lengths, four different documents each
  let pdfPages = 0;
  let pdfMs = 0;
  let pdfCpuSeconds = 0;
  let slowest = Infinity;
  for (const length of [1, 5, 20]) {
    const pdfs: File[] = Array.from({ length: 4 }, (_, k) => {
      const r = renderPdf(generateArticle(length * 100 + k, random), random, length);
      return { name: `report-${length}-${k}.pdf`, bytes: r.bytes, pages: r.pages };
    });
    const r = await rate(pdfs);
    const pagesInSet = pdfs.reduce((n, f) => n + f.pages, 0);
    pdfPages += pagesInSet;
    pdfMs += r.msPerFile * pdfs.length;
    pdfCpuSeconds += pagesInSet / r.pagesPerCpuSecond;
    slowest = Math.min(slowest, r.pagesPerSecond);
    line(`PDF, ${length}-page reports (${kb(pdfs)}; pdfjs-dist + reading order)`, `${r.pagesPerSecond.toFixed(0).padStart(6)} pages/s  (${r.pagesPerCpuSecond.toFixed(0)} per CPU-second; ${r.msPerFile.toFixed(1)} ms per file)`);
  }
  const pdfRate = pdfPages / (pdfMs / 1000);
  line('PDF, the twelve documents together', `${pdfRate.toFixed(0).padStart(6)} pages/s  (${(pdfPages / pdfCpuSeconds).toFixed(0)} per CPU-second)`);
  summary.push({ target: 'PDF pages/s per worker >= 10 (1-, 5- and 20-page PDFs)', measured: `${pdfRate.toFixed(0)} pages/s overall, ${slowest.toFixed(0)} at the slowest length`, met: slowest >= 10 });
}

// ---------------------------------------------------------------------------------------------------
// import

interface ThreadHeap {
  isolate: string;
  main: boolean;
  peakMB: number;
}

interface MeasuredImport extends ImportResult {
  threads: ThreadHeap[];
}

function importOnce(bundles: Bundles, corpus: string, library: string, mode: ImportResult['mode'], name: string): MeasuredImport {
  const profile = values.profile && mode !== 'baseline' ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(values.profile, `${name}-${mode}`)] : [];
  const args = ['--trace-gc', '--expose-gc', ...profile, bundles.importOnce, corpus, library, mode, bundles.extractionWorker, ...(workersOption ? [workersOption] : [])];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1024 * MB });
  const lines = (child.stdout ?? '').split('\n');
  const resultLine = lines.find((l) => l.startsWith('RESULT '));
  if (child.status !== 0 || !resultLine) throw new Error(`import (${mode}) of ${corpus} failed (exit ${child.status}):\n${child.stderr}\n${lines.filter((l) => !l.startsWith('[')).join('\n')}`);
  return { ...(JSON.parse(resultLine.slice('RESULT '.length)) as ImportResult), threads: threadHeaps(lines) };
}

/**
 * --trace-gc prints one line per collection, prefixed by the isolate (one per thread):
 * "[pid:0x...]  123 ms: Scavenge 12.3 (15.0) -> 11.1 (16.0) MB, ...". The figure in brackets is the
 * heap the isolate holds; its peak is each thread's V8 heap at its largest. The library thread is the
 * one whose collection was asked for by gc() at start ("testing").
 */
function threadHeaps(lines: string[]): ThreadHeap[] {
  const heaps = new Map<string, ThreadHeap>();
  const pattern = /^\[\d+:(0x[0-9a-f]+)\]\s+[\d.]+ ms: .*? [\d.]+ \(([\d.]+)\) -> [\d.]+ \(([\d.]+)\) MB/;
  for (const line of lines) {
    const m = pattern.exec(line);
    if (!m) continue;
    const heap = heaps.get(m[1]) ?? { isolate: m[1], main: false, peakMB: 0 };
    heap.peakMB = Math.max(heap.peakMB, Number(m[2]), Number(m[3]));
    if (line.includes('testing')) heap.main = true;
    heaps.set(m[1], heap);
  }
  return [...heaps.values()].sort((a, b) => Number(b.main) - Number(a.main) || b.peakMB - a.peakMB);
}

function describeRun(label: string, run: MeasuredImport): string {
  const s = run.seconds;
  const rates = `${s.toFixed(2).padStart(7)} s ${(run.files / s).toFixed(0).padStart(6)} files/s ${(run.bytes / MB / s).toFixed(1).padStart(6)} MB/s ${(run.articles / s).toFixed(0).padStart(6)} articles/s`;
  const memory = `CPU ${run.cpuSeconds.toFixed(1).padStart(5)} s  peak RSS ${String(run.peakRssMB).padStart(5)} MB`;
  const whole =
    run.mode === 'baseline'
      ? ''
      : `\n  ${''.padEnd(22)} with start-up and close (a CLI run): ${run.secondsWithStartup.toFixed(2)} s = ${(run.articles / run.secondsWithStartup).toFixed(0)} articles/s` +
        (run.libraryThreadBusy !== null ? `; library thread busy ${(run.libraryThreadBusy * 100).toFixed(0)}% of the import` : '');
  const notes = [run.failed ? `${run.failed} not imported, e.g. ${run.firstError}` : '', run.duplicates ? `${run.duplicates} duplicates` : '', run.similar ? `${run.similar} flagged near-duplicate` : ''].filter(Boolean);
  let out = `  ${label.padEnd(22)} ${rates}  ${memory}${notes.length ? `  (${notes.join('; ')})` : ''}${whole}`;
  if (run.mode !== 'baseline') {
    const workers = run.threads.filter((t) => !t.main);
    const main = run.threads.find((t) => t.main);
    out += `\n  ${''.padEnd(22)} V8 heap peaks: library thread ${main ? main.peakMB.toFixed(0) : '?'} MB${workers.length ? `, ${workers.map((t, i) => `extraction worker ${i + 1} ${t.peakMB.toFixed(0)} MB`).join(', ')}` : ''}`;
  }
  return out;
}

function importSection(bundles: Bundles, work: string): void {
  const sizes = [...new Set([...values['import-sizes']!.split(',').map(Number).filter((n) => n > 0), ...(values.large ? [LARGE_IMPORT] : [])])];
  const mixed: Partial<Record<CorpusFormat, number>> = { txt: 40, md: 10, html: 20, mhtml: 10, docx: 10, pdf: 10 };
  const corpora: { label: string; name: string; count: number; mix: Partial<Record<CorpusFormat, number>>; textTarget: boolean }[] = [
    ...sizes.map((count) => ({ label: `${count.toLocaleString('en')} plain-text articles`, name: `text-${count}`, count, mix: { txt: 1 }, textTarget: true })),
    { label: '1,000 files of mixed formats', name: 'mixed-1000', count: 1000, mix: mixed, textTarget: false },
    { label: '300 saved .html pages', name: 'html-300', count: 300, mix: { html: 1 }, textTarget: false },
  ];
  const modes: ImportResult['mode'][] = values['in-thread'] ? ['pool', 'in-thread', 'baseline'] : ['pool', 'baseline'];
  console.log(`\n== Import: each run in its own process, into a fresh library (load average ${loadAverage()})`);
  console.log(`  pool = the extraction-worker pool as the app wires it: ${poolSize} worker thread${poolSize === 1 ? '' : 's'}${workersOption ? ' (--workers)' : ` (createCore's default on ${os.availableParallelism()} cores: one per core but one)`}`);
  console.log('  preparing files while the library thread stores them; in-thread = no pool; baseline = read each file and insert it, one transaction.');
  console.log('  Peak RSS is the whole process: worker THREADS share it, so it covers the library thread and every worker;');
  console.log("  in the app they are threads of Electron's main process too. The V8 heap peaks per thread come from --trace-gc.");
  console.log('  Times are of the import itself: the library open and its workers started, as when files are dropped on the running app;');
  console.log("  the line below each gives the whole process, start-up and close included, as a one-off CLI import takes.");
  console.log('  CPU is the process\'s CPU time over all its threads (user + system) during the import, less sensitive than wall time to other load.');
  console.log('  Imports run as bundled JavaScript, like the app (no TypeScript loader thread in the measured process).');
  if (values.profile) console.log(`  CPU profiles of each run (one file per thread) go to ${path.resolve(values.profile)}/<corpus>-<mode>/`);
  let largestPeak: { mb: number; label: string } | null = null;
  for (const corpus of corpora) {
    const dir = path.join(work, `corpus-${corpus.name}`);
    const started = performance.now();
    const stats = writeCorpus(dir, corpus.count, corpus.mix);
    console.log(`\n${corpus.label}, ${(stats.bytes / MB).toFixed(1)} MB (generated in ${((performance.now() - started) / 1000).toFixed(1)} s): ${describeCorpus(stats)}`);
    const runs = new Map<string, MeasuredImport>();
    for (const mode of modes) {
      const library = path.join(work, `${corpus.name}.${mode}.sqlite`);
      const run = importOnce(bundles, dir, library, mode, corpus.name);
      runs.set(mode, run);
      console.log(describeRun(mode === 'pool' ? `Dossier, pool (${run.workers})` : mode === 'in-thread' ? 'Dossier, in-thread' : 'baseline', run));
      if (!values.keep) rmSync(library, { force: true });
      for (const suffix of ['-wal', '-shm']) rmSync(library + suffix, { force: true });
    }
    const pool = runs.get('pool')!;
    const baseline = runs.get('baseline')!;
    console.log(`  overhead: Dossier (pool) takes ${(pool.seconds / baseline.seconds).toFixed(1)}× the baseline's time (read, decode, clean, split, match factions, MinHash, near-duplicates, store originals, index)`);
    const pdf = stats.byFormat.pdf;
    if (pdf) console.log(`  of which ${pdf.files} PDFs, ${pdf.pages} pages in all`);
    const worst = Math.max(...[...runs.values()].filter((r) => r.mode !== 'baseline').map((r) => r.peakRssMB));
    if (corpus.textTarget) {
      const rate = pool.articles / pool.seconds;
      summary.push({ target: `plain-text import >= 1,500 articles/s end to end (${corpus.count.toLocaleString('en')})`, measured: `${rate.toFixed(0)} articles/s (pool of ${pool.workers}; ${(pool.articles / pool.secondsWithStartup).toFixed(0)} with start-up)${runs.has('in-thread') ? `, ${(runs.get('in-thread')!.articles / runs.get('in-thread')!.seconds).toFixed(0)} in-thread` : ''}`, met: rate >= 1500 });
      if (corpus.count >= LARGE_IMPORT) {
        console.log(`  memory target: no process above 1.5 GB (${RSS_LIMIT_MB} MB) during a ${corpus.count.toLocaleString('en')}-article import: peak RSS ${worst} MB -> ${worst <= RSS_LIMIT_MB ? 'PASS' : 'FAIL'}`);
      }
    }
    if (corpus.count >= LARGE_IMPORT) summary.push({ target: `peak RSS <= 1.5 GB during a ${corpus.count.toLocaleString('en')}-article import`, measured: `${worst} MB (whole process${modes.length > 2 ? ', worst mode' : ''})`, met: worst <= RSS_LIMIT_MB });
    if (!largestPeak || worst > largestPeak.mb) largestPeak = { mb: worst, label: corpus.label };
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
  if (!sizes.includes(LARGE_IMPORT)) summary.push({ target: 'peak RSS <= 1.5 GB during a 50,000-article import', measured: `not run (add --large); highest here ${largestPeak!.mb} MB (${largestPeak!.label})`, met: null });
}

// ---------------------------------------------------------------------------------------------------
// search and re-tag

/** This process's RSS now and its peak so far, to see which step raises it. */
function memoryNote(): string {
  return `  [RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB, peak so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB]`;
}

/** With --profile, runs `fn` under the inspector's CPU profiler and writes DIR/<name>.cpuprofile. */
async function profiled<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  if (!values.profile) return fn();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(path.resolve(values.profile), { recursive: true });
    writeFileSync(path.resolve(values.profile, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
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

async function searchSection(bundles: Bundles, work: string): Promise<void> {
  const n = Number(values.articles);
  const corpus = path.join(work, 'search-corpus');
  const stats = writeCorpus(corpus, n, { txt: 1 }, 7);
  console.log(`\n== Search and re-tag over a library of ${n.toLocaleString('en')} articles (${(stats.bytes / n / 1024).toFixed(1)} KB average), in this process`);
  console.log(`  (load average ${loadAverage()})`);
  const core = createCore({ dbPath: path.join(work, 'search-library.sqlite'), extractionWorkers: { workerFile: bundles.extractionWorker, size: workersOption ? Number(workersOption) : undefined } });
  let start = performance.now();
  const report = await core.handlers.importPaths({ paths: [corpus] });
  const seconds = (performance.now() - start) / 1000;
  const imported = report.files.filter((f) => f.status === 'imported').length;
  console.log(`  built through the import path (pool of ${poolSize}): ${imported} articles in ${seconds.toFixed(1)} s (${(imported / seconds).toFixed(0)} articles/s)${memoryNote()}`);

  start = performance.now();
  core.search.discardFieldIndexes();
  core.search.fieldIndexes();
  const lunrMs = performance.now() - start;
  console.log(`  field indexes (lunr: title, subtitle, outlet; tags, notes, highlights) rebuilt in ${lunrMs.toFixed(0)} ms = ${(lunrMs / (n / 1000)).toFixed(0)} ms per 1,000 articles${memoryNote()}`);

  // The path an analyst waits on after a gazetteer edit: the handler saves the edit and schedules a
  // background re-tag (chunks of articles, the event loop free between them); retagIdle resolves when it is done.
  const mentions = (): number => (core.db.prepare('SELECT sum(body_mentions + comment_mentions) AS n FROM article_factions').get() as { n: number }).n;
  const before = mentions();
  let chunks = 0;
  let retagDone = 0;
  const off = core.onEvent((event, payload) => {
    if (event !== 'retagProgress') return;
    const progress = payload as RetagProgress;
    if (!progress.finished) chunks++;
    retagDone = progress.done;
  });
  let handlerMs = 0;
  let doneAtReply = 0;
  start = performance.now();
  await profiled('retag', async () => {
    await core.handlers.addFactionAlias({ factionId: 'hayat-tahrir-al-sham', alias: 'Tahrir al-Sham Authority' });
    handlerMs = performance.now() - start;
    doneAtReply = retagDone;
    await core.retagIdle();
  });
  const retagSeconds = (performance.now() - start) / 1000;
  off();
  if (values.profile) console.log(`  (--profile: the re-tag and rematchLibrary below run under the CPU profiler, which slows them; profiles in ${path.resolve(values.profile)})`);
  console.log(`\n  Re-tag after an edit (addFactionAlias, then await retagIdle()): ${retagSeconds.toFixed(2)} s  [target < 2 s for 10,000 articles: ${retagSeconds < 2 ? 'met' : 'NOT met'}]${memoryNote()}`);
  console.log(`    the handler's promise resolved after ${handlerMs.toFixed(0)} ms (edit saved, gazetteer reloaded, re-tag scheduled), when the re-tag had done ${doneAtReply} of ${n} articles;`);
  console.log(`    ${chunks} progress reports; mentions ${before} -> ${mentions()}`);

  start = performance.now();
  await profiled('rematch-library', () => rematchLibrary(core.db, core.matcher, core.engine.knownIds));
  const rematchSeconds = (performance.now() - start) / 1000;
  console.log(`  rematchLibrary alone (one transaction, as at start-up after a new shipped gazetteer): ${rematchSeconds.toFixed(2)} s  [target < 2 s: ${rematchSeconds < 2 ? 'met' : 'NOT met'}]${memoryNote()}`);
  const bodies = (core.db.prepare('SELECT body FROM articles').all() as { body: string }[]).map((r) => r.body);
  start = performance.now();
  for (const body of bodies) core.matcher.match(body);
  const matchSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  for (const body of bodies) computeMatches(core.matcher, body, []);
  const computeSeconds = (performance.now() - start) / 1000;
  console.log(`    of which, over every body with no writes: faction matching ${matchSeconds.toFixed(2)} s; matching + unknown-group detection (computeMatches) ${computeSeconds.toFixed(2)} s`);
  start = performance.now();
  rebuildDerivedData(core.db, core.matcher, core.engine.knownIds);
  console.log(`  for reference, rebuildDerivedData (mentions and FTS rows, after a re-clean; not what an edit runs): ${((performance.now() - start) / 1000).toFixed(2)} s${memoryNote()}`);
  const note = n === 10_000 ? '' : ` (at ${n.toLocaleString('en')} articles)`;
  summary.push({ target: 're-tag after an edit < 2 s at 10,000 articles (addFactionAlias -> retagIdle)', measured: `${retagSeconds.toFixed(2)} s${note}`, met: n === 10_000 ? retagSeconds < 2 : null });
  summary.push({ target: 're-match the whole library < 2 s at 10,000 articles (rematchLibrary alone)', measured: `${rematchSeconds.toFixed(2)} s${note}`, met: n === 10_000 ? rematchSeconds < 2 : null });

  const queries: [string, string][] = [
    ['rare', 'zebrafinch'],
    ['common', 'fighters'],
    ['two-word', 'ceasefire negotiations'],
    ['fuzzy (typo)', 'Qaryatyn'],
    ['faction (other spelling)', 'Jaysh al-Izzah'],
  ];
  console.log(`\n  Merged search (FTS5 + lunr + faction engine, fused by RRF), top 50:`);
  for (const [label, query] of queries) console.log('    ' + timeQueries(`${label}: "${query}"`, () => core.handlers.search({ query, limit: 50 })) + memoryNote());
  console.log(`\n  Raw FTS5 on the same queries (bm25, top 50), for comparison:`);
  for (const [label, query] of queries) {
    const match = buildFtsQuery(query)!;
    console.log('    ' + timeQueries(`${label}: "${query}"`, () => searchFullText(core.db, match, 50)));
  }
  const runnerPeak = process.resourceUsage().maxRSS / 1024;
  console.log(`\n  this process (bench runner under tsx, library thread + ${poolSize} worker thread${poolSize === 1 ? '' : 's'} + tsx's loader thread): peak RSS ${runnerPeak.toFixed(0)} MB`);
  summary.push({ target: `(no target) bench runner's peak RSS: ${n.toLocaleString('en')}-article library, re-tag, re-match, searches`, measured: `${runnerPeak.toFixed(0)} MB${runnerPeak > RSS_LIMIT_MB ? ' (above 1.5 GB; not an import)' : ''}`, met: null });
  core.close();
}

// ---------------------------------------------------------------------------------------------------

function loadAverage(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(' / ') + ' (1 / 5 / 15 min)';
}

function printSummary(): void {
  console.log('\n== Summary (targets from issues 3 and 4; no test asserts any of them)');
  const width = Math.max(...summary.map((r) => r.target.length));
  const measuredWidth = Math.max(...summary.map((r) => r.measured.length));
  for (const row of summary) {
    const verdict = row.met === null ? '-' : row.met ? 'met' : 'NOT met';
    console.log(`  ${row.target.padEnd(width)}  ${row.measured.padEnd(measuredWidth)}  ${verdict}`);
  }
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  mkdirSync(work, { recursive: true });
  console.log(`Dossier bench — node ${process.version}, ${os.cpus().length} cores (availableParallelism ${os.availableParallelism()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
  console.log(`load average ${loadAverage()} (other work on this machine slows every figure below; compare runs at a low load)`);
  const started = performance.now();
  try {
    const bundles = buildBundles();
    if (!values['skip-import']) {
      await perWorkerSection(work);
      importSection(bundles, work);
    }
    if (!values['skip-search']) await searchSection(bundles, work);
    printSummary();
    console.log(`\nload average at the end ${loadAverage()}; bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    if (values.keep) console.log(`\nkept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

void main();
