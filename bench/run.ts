// npm run bench [-- --articles N]: builds a library of N synthetic articles of realistic length with
// faction mentions, through the real import path (files on disk -> decode -> clean -> match -> store
// -> index), and prints import throughput, field-index rebuild, re-matching, and search latency
// (p50/p95) for rare, common, two-word and fuzzy queries, with raw FTS5 on the same queries.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createCore } from '../src/main/core/context';
import { rebuildDerivedData } from '../src/main/core/library/derived-data';
import { buildFtsQuery } from '../src/main/core/search/fts-query';
import { searchFullText } from '../src/main/core/store/full-text';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } } });
const N = Number(values.articles);

// mulberry32: a small deterministic generator (32-bit integer arithmetic), so runs are comparable.
let seed = 42;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

const FACTION_FORMS = ['Hay’at Tahrir al-Sham', 'HTS', 'Jabhat al-Nusra', 'the Nusra Front', 'Jabhat Fateh al-Sham', 'Ahrar al-Sham', 'Jaish al-Islam', 'the Free Syrian Army', 'the FSA', 'the Syrian Democratic Forces', 'the SDF', 'the YPG', 'Hezbollah', 'the Islamic State group', 'ISIS', 'Faylaq al-Sham', 'the National Liberation Front', 'Jaysh al-Izza', 'Nour al-Din al-Zenki', 'Russia', 'Turkey', 'the US-led coalition', 'the Syrian army', 'the Tiger Forces', 'Jund al-Aqsa', 'Hurras al-Din'];
const PLACES = ['Idlib', 'Aleppo', 'Hama', 'Homs', 'Daraa', 'Raqqa', 'Deir ez-Zor', 'Manbij', 'Afrin', 'Latakia', 'Saraqib', 'Maarat al-Numan', 'Jisr al-Shughur', 'Tal Rifaat', 'Qamishli'];
const WORDS = 'the of and to in a on for with by that said fighters forces offensive ceasefire village town province countryside attack positions shelling airstrikes local sources opposition rebel groups control front line clashes reported killed wounded civilians displaced negotiations agreement talks commander spokesman statement officials residents monitoring observatory weapons supply checkpoint convoy border crossing humanitarian aid camp families returned military operation advance withdrew captured recaptured strategic highway hill district neighbourhood'.split(' ');

function sentence(): string {
  const parts: string[] = [];
  const length = 14 + Math.floor(random() * 16);
  for (let i = 0; i < length; i++) {
    const r = random();
    parts.push(r < 0.06 ? pick(FACTION_FORMS) : r < 0.1 ? pick(PLACES) : pick(WORDS));
  }
  const text = parts.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

function article(i: number): string {
  const title = `${pick(FACTION_FORMS).replace(/^the /, '')} ${pick(['advances near', 'withdraws from', 'clashes with rebels in', 'announces truce in', 'shells'])} ${pick(PLACES)} (report ${i})`;
  const paragraphs: string[] = [];
  const count = 9 + Math.floor(random() * 6);
  for (let p = 0; p < count; p++) paragraphs.push(Array.from({ length: 3 }, sentence).join(' '));
  if (i % 2000 === 7) paragraphs.push('Residents of Qaryatayn described the zebrafinch convoy.');
  const day = 1 + (i % 28);
  return `${title}\n\n${day} March, ${2012 + (i % 12)}\n\n${paragraphs.join('\n\n')}\n`;
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
  return `${label.padEnd(34)} p50 ${percentile(samples, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(samples, 95).toFixed(1).padStart(7)} ms`;
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  const corpus = path.join(work, 'corpus');
  mkdirSync(corpus);
  let bytes = 0;
  for (let i = 0; i < N; i++) {
    const text = article(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(corpus, `article-${String(i).padStart(6, '0')}.txt`), text);
  }
  console.log(`Dossier bench: ${N} articles, ${(bytes / N / 1024).toFixed(1)} KB average, ${(bytes / 1024 / 1024).toFixed(1)} MB in all`);
  console.log(`node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);

  const core = createCore({ dbPath: path.join(work, 'library.sqlite') });
  const heapBefore = process.memoryUsage().heapUsed;
  let start = performance.now();
  const report = await core.handlers.importPaths({ paths: [corpus] });
  const importSeconds = (performance.now() - start) / 1000;
  const imported = report.files.filter((f) => f.status === 'imported').length;
  console.log(`\nImport (read, decode, clean, match factions, store, FTS5 index):`);
  console.log(`  ${imported} articles in ${importSeconds.toFixed(1)} s = ${(imported / importSeconds).toFixed(0)} articles/s, ${(bytes / 1024 / 1024 / importSeconds).toFixed(1)} MB/s`);
  const failed = report.files.filter((f) => f.status !== 'imported');
  if (failed.length) console.log(`  ${failed.length} not imported, e.g. ${failed[0].path}: ${failed[0].status} ${failed[0].error ?? ''}`);

  start = performance.now();
  core.search.invalidate();
  core.search.fieldIndex();
  const lunrMs = performance.now() - start;
  console.log(`\nField index (lunr over title, subtitle, outlet, factions, tags, notes):`);
  console.log(`  rebuilt in ${lunrMs.toFixed(0)} ms (${(lunrMs / (N / 1000)).toFixed(0)} ms per 1,000 articles); heap now ${((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toFixed(0)} MB above start`);

  start = performance.now();
  const known = new Set(core.gazetteer.entries.map((e) => e.id));
  rebuildDerivedData(core.db, core.matcher, known);
  console.log(`\nRe-match the whole library (faction engine + mentions + FTS rows): ${((performance.now() - start) / 1000).toFixed(2)} s`);

  const queries: [string, string][] = [
    ['rare', 'zebrafinch'],
    ['common', 'fighters'],
    ['two-word', 'ceasefire negotiations'],
    ['fuzzy (typo)', 'Qaryatyn'],
    ['faction (other spelling)', 'Jaysh al-Izzah'],
  ];
  console.log(`\nSearch, merged (FTS5 + lunr + faction engine, fused by RRF), top 50:`);
  for (const [label, query] of queries) console.log('  ' + timeQueries(`${label}: "${query}"`, () => core.handlers.search({ query, limit: 50 })));
  console.log(`\nRaw FTS5 on the same queries (bm25, top 50), for comparison:`);
  for (const [label, query] of queries) {
    const match = buildFtsQuery(query)!;
    console.log('  ' + timeQueries(`${label}: "${query}"`, () => searchFullText(core.db, match, 50)));
  }
  console.log(`\nPeak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  core.close();
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.log(`Kept ${work}`);
}

void main();
