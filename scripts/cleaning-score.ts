// Cleaning score: how much page furniture the cleaner removes and how much article text it keeps.
//
//   npx tsx scripts/cleaning-score.ts            per fixture and in total (tests/fixtures/cleaner, and the
//                                                seeds in ../shared/seeds when present); exits 1 below the
//                                                thresholds or when an article is missed
//   npx tsx scripts/cleaning-score.ts --json     the same figures as JSON
//   npx tsx scripts/cleaning-score.ts --speed    also times the cleaner on generated 6 KB articles
//
// Each fixture page has a sibling <name>.expected.json written by hand (see tests/fixtures/cleaner/README.md):
//   articles[]: title, subtitle? (null = none), author?, date?, body { first, last } (prefixes of the first and
//               last body lines of the source file: every line between them is body unless listed below) or
//               body { lines } (all body paragraphs, for HTML/Markdown sources), comments[]? { author,
//               startsWith, lines? } (lines: every paragraph of the comment when it has more than one)
//   furniture[]: lines a reader would not keep (menus, share bars, related links, comment widgets ...)
//   ignore[]:    lines inside a body range that are neither (entry time stamps, captions, sub-heads, endnotes)
// Scores: furniture removed = furniture lines that are neither a paragraph of any body or comment nor (when
// at least four words long) contained in one; body kept = body lines found in their article's body.
// Comment lines kept = comment paragraphs found in one of their article's comments (a comment paragraph in the
// body, or nowhere, is lost: losing a reader's comment is as bad as losing body text).
// Structure: the number of articles, each title and subtitle, comment authors, every comment line, and the
// date value when annotated.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRandom, generateArticle, renderArticle } from '../bench/corpus';
import { extractArticleFromHtml, extractArticlesFromText, type ExtractedArticle } from '../src/main/core/cleaner/index';

export const THRESHOLDS = { furnitureRemoved: 0.95, bodyKept: 0.97 } as const;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_DIR = path.join(ROOT, 'tests/fixtures/cleaner');
export const HELD_OUT_DIR = path.join(ROOT, 'tests/fixtures/cleaner-held-out');
export const SEEDS_DIR = process.env.DOSSIER_SEEDS_DIR ?? path.resolve(ROOT, '../shared/seeds');

export interface ExpectedArticle {
  title: string;
  subtitle?: string | null;
  author?: string | null;
  date?: { value: string | null; source?: string; confidence?: string };
  body: { first: string; last: string } | { lines: string[] };
  comments?: { author: string | null; startsWith: string; lines?: string[] }[];
}

export interface Expectation {
  shape: string;
  articles: ExpectedArticle[];
  furniture: string[];
  ignore?: string[];
  /**
   * Problems the cleaner still had when this page was added as a held-out page, word for word as the score
   * words them: the page keeps its annotation rather than being bent to the cleaner. Reported apart; a known
   * miss that no longer happens must be struck from the list (the test says so).
   */
  knownMisses?: string[];
}

export interface ScoreCase {
  name: string;
  kind: 'fixture' | 'seed';
  shape: string;
  source: string;
  isHtml: boolean;
  expected: Expectation;
}

export interface CaseScore {
  name: string;
  kind: 'fixture' | 'seed';
  shape: string;
  furniture: number;
  furnitureRemoved: number;
  body: number;
  bodyKept: number;
  titles: number;
  titlesRight: number;
  commentLines: number;
  commentLinesKept: number;
  /** Structural checks: article count, titles, subtitles, comment authors and lines, dates (when annotated). */
  problems: string[];
  /** Problems listed in the page's knownMisses that still happen (not counted as problems). */
  knownMisses: string[];
  /** Entries of knownMisses that no longer happen. */
  fixedMisses: string[];
  /** Furniture lines left in a body, body lines and comment lines lost, for tuning. */
  leftFurniture: string[];
  lostBody: string[];
  lostComments: string[];
}

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .trim();
const words = (s: string) => s.split(' ').filter(Boolean).length;

/** Body lines of an article: the annotated lines, or the source lines from `first` to `last` minus the listed ones. */
export function bodyLinesOf(exp: Expectation, a: ExpectedArticle, source: string): string[] {
  if ('lines' in a.body) return a.body.lines.map(norm);
  const lines = source.split(/\r?\n/).map(norm).filter(Boolean);
  const first = norm(a.body.first);
  const last = norm(a.body.last);
  const from = lines.findIndex((l) => l.startsWith(first) || l.includes(first));
  if (from < 0) throw new Error(`${exp.shape}: body start not found: ${first}`);
  let to = -1;
  for (let j = from; j < lines.length; j++) {
    if (lines[j].startsWith(last) || lines[j].includes(last)) {
      to = j;
      break;
    }
  }
  if (to < 0) throw new Error(`${exp.shape}: body end not found: ${last}`);
  const skip = new Set([...exp.furniture, ...(exp.ignore ?? [])].map(norm));
  return lines.slice(from, to + 1).filter((l) => !skip.has(l));
}

export function extract(c: ScoreCase): ExtractedArticle[] {
  return c.isHtml ? extractArticleFromHtml(c.source, { fileName: c.name }) : extractArticlesFromText(c.source, { fileName: c.name });
}

export function scoreCase(c: ScoreCase): CaseScore {
  const arts = extract(c);
  const exp = c.expected;
  const problems: string[] = [];
  if (arts.length !== exp.articles.length) problems.push(`${arts.length} articles found, ${exp.articles.length} expected`);

  const bodies = arts.map((a) => norm(a.body));
  const paragraphs = new Set(arts.flatMap((a) => [...a.body.split(/\n{2,}/), ...a.comments.flatMap((cm) => cm.text.split(/\n{2,}/))].map(norm)));
  const texts = arts.flatMap((a) => [norm(a.body), ...a.comments.map((cm) => norm(cm.text))]);

  const furniture = [...new Set(exp.furniture.map(norm))];
  const leftFurniture = furniture.filter((f) => paragraphs.has(f) || (words(f) >= 4 && texts.some((t) => t.includes(f))));

  let body = 0;
  const lostBody: string[] = [];
  let titlesRight = 0;
  let commentLines = 0;
  const lostComments: string[] = [];
  exp.articles.forEach((ea, n) => {
    const lines = bodyLinesOf(exp, ea, c.source);
    body += lines.length;
    const got = bodies[n] ?? '';
    for (const l of lines) if (!got.includes(l)) lostBody.push(l);

    const a = arts[n];
    const ec = ea.comments ?? [];
    // every paragraph of every annotated comment must be in one of this article's comments
    const gotComments = (a?.comments ?? []).map((cm) => norm(cm.text));
    for (const cm of ec) {
      for (const line of (cm.lines ?? [cm.startsWith]).map(norm)) {
        commentLines++;
        if (gotComments.some((t) => t.includes(line))) continue;
        lostComments.push(line);
        problems.push(`article ${n + 1}: comment line ${got.includes(line) ? 'in the body' : 'lost'}: "${line.slice(0, 60)}"`);
      }
    }
    if (!a) return;
    if (norm(a.title) === norm(ea.title)) titlesRight++;
    else problems.push(`article ${n + 1}: title "${a.title}", expected "${ea.title}"`);
    if (ea.subtitle !== undefined && norm(a.subtitle) !== norm(ea.subtitle)) problems.push(`article ${n + 1}: subtitle ${JSON.stringify(a.subtitle)}, expected ${JSON.stringify(ea.subtitle)}`);
    if (ea.author !== undefined && a.author !== ea.author) problems.push(`article ${n + 1}: author ${JSON.stringify(a.author)}, expected ${JSON.stringify(ea.author)}`);
    if (ea.date) {
      if (a.date.value !== ea.date.value) problems.push(`article ${n + 1}: date ${a.date.value}, expected ${ea.date.value}`);
      if (ea.date.source && a.date.source !== ea.date.source) problems.push(`article ${n + 1}: date source ${a.date.source}, expected ${ea.date.source}`);
      if (ea.date.confidence && a.date.confidence !== ea.date.confidence) problems.push(`article ${n + 1}: date confidence ${a.date.confidence}, expected ${ea.date.confidence}`);
    }
    const authors = a.comments.map((cm) => cm.author);
    if (JSON.stringify(authors) !== JSON.stringify(ec.map((cm) => cm.author))) problems.push(`article ${n + 1}: comment authors ${JSON.stringify(authors)}, expected ${JSON.stringify(ec.map((cm) => cm.author))}`);
    ec.forEach((cm, k) => {
      if (a.comments[k] && !norm(a.comments[k].text).startsWith(norm(cm.startsWith))) problems.push(`article ${n + 1}: comment ${k + 1} starts "${a.comments[k].text.slice(0, 40)}"`);
      if (got.includes(norm(cm.startsWith))) problems.push(`article ${n + 1}: comment ${k + 1} is in the body`);
    });
  });

  const known = new Set(exp.knownMisses ?? []);
  return {
    name: c.name,
    kind: c.kind,
    shape: exp.shape,
    furniture: furniture.length,
    furnitureRemoved: furniture.length - leftFurniture.length,
    body,
    bodyKept: body - lostBody.length,
    titles: exp.articles.length,
    titlesRight,
    commentLines,
    commentLinesKept: commentLines - lostComments.length,
    problems: problems.filter((p) => !known.has(p)),
    knownMisses: problems.filter((p) => known.has(p)),
    fixedMisses: [...known].filter((p) => !problems.includes(p)),
    leftFurniture,
    lostBody,
    lostComments,
  };
}

/** The annotated fixtures of tests/fixtures/cleaner. */
export function fixtureCases(dir = FIXTURE_DIR): ScoreCase[] {
  const files = readdirSync(dir);
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const base = f.replace(/\.expected\.json$/, '');
      const page = files.find((g) => g !== f && g.startsWith(`${base}.`) && !g.endsWith('.json'));
      if (!page) throw new Error(`no page for ${f}`);
      const expected = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Expectation;
      return { name: page, kind: 'fixture' as const, shape: expected.shape, source: readFileSync(path.join(dir, page), 'utf8'), isHtml: /\.html?$/i.test(page), expected };
    });
}

interface SeedArticle {
  title: string;
  author: string | null;
  body_starts_with: string;
  body_ends_with: string;
  must_not_be_in_body: string[];
  comments?: { author: string; starts_with: string }[];
}

/**
 * Lines inside a seed's body range that are neither body nor listed in expectations.json: photo captions
 * printed between paragraphs (read by hand from the seed pages).
 */
const SEED_CAPTIONS: Record<string, string[]> = {
  '004_633bca3da01a4727.txt': ['The agreement signed by HTS and NLF overnight Wednesday (Screenshot)'],
};

/** The seed pages, scored from ../shared/seeds/expectations.json (must_not_be_in_body are the furniture). */
export function seedCases(dir = SEEDS_DIR): ScoreCase[] {
  const file = path.join(dir, 'expectations.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { files: { file: string; articles: SeedArticle[] }[] };
  return data.files.map((f) => {
    const source = readFileSync(path.join(dir, f.file), 'utf8');
    const lines = source.split(/\r?\n/).map(norm).filter(Boolean);
    const expected: Expectation = {
      shape: 'seed',
      furniture: f.articles.flatMap((a) => a.must_not_be_in_body),
      articles: f.articles.map((a) => {
        const last = lines.find((l) => l.endsWith(norm(a.body_ends_with))) ?? a.body_ends_with;
        return {
          title: a.title,
          author: a.author ?? undefined,
          body: { first: a.body_starts_with, last },
          comments: (a.comments ?? []).map((cm) => ({ author: cm.author, startsWith: cm.starts_with })),
        };
      }),
    };
    // comment lines inside a body range are not body
    const commentLines = f.articles.flatMap((a) => (a.comments ?? []).map((cm) => norm(cm.starts_with)));
    expected.ignore = [...lines.filter((l) => commentLines.some((cm) => l.startsWith(cm))), ...(SEED_CAPTIONS[f.file] ?? [])];
    return { name: f.file, kind: 'seed' as const, shape: 'seed', source, isHtml: false, expected };
  });
}

export interface Totals {
  furniture: number;
  furnitureRemoved: number;
  body: number;
  bodyKept: number;
  titles: number;
  titlesRight: number;
  commentLines: number;
  commentLinesKept: number;
  problems: number;
}

export function totals(scores: CaseScore[]): Totals {
  return scores.reduce(
    (t, s) => ({
      furniture: t.furniture + s.furniture,
      furnitureRemoved: t.furnitureRemoved + s.furnitureRemoved,
      body: t.body + s.body,
      bodyKept: t.bodyKept + s.bodyKept,
      titles: t.titles + s.titles,
      titlesRight: t.titlesRight + s.titlesRight,
      commentLines: t.commentLines + s.commentLines,
      commentLinesKept: t.commentLinesKept + s.commentLinesKept,
      problems: t.problems + s.problems.length + s.fixedMisses.length,
    }),
    { furniture: 0, furnitureRemoved: 0, body: 0, bodyKept: 0, titles: 0, titlesRight: 0, commentLines: 0, commentLinesKept: 0, problems: 0 },
  );
}

export const share = (n: number, of: number) => (of === 0 ? 1 : n / of);

export function passes(t: Totals): boolean {
  return share(t.furnitureRemoved, t.furniture) >= THRESHOLDS.furnitureRemoved && share(t.bodyKept, t.body) >= THRESHOLDS.bodyKept && t.problems === 0;
}

/** Time the cleaner alone on the bench corpus (bench/corpus.ts: ~6 KB plain-text articles). */
function speed(n = 2000, rounds = 5): string {
  const random = createRandom(42);
  const texts = Array.from({ length: n }, (_, i) => renderArticle(generateArticle(i, random), 'txt'));
  const kb = texts.reduce((k, t) => k + t.length, 0) / n / 1024;
  for (let i = 0; i < 300; i++) extractArticlesFromText(texts[i % n], { fileName: 'a.txt' });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const t of texts) extractArticlesFromText(t, { fileName: 'a.txt' });
    wall.push((performance.now() - t0) / n);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000 / n);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const mid = Math.floor(rounds / 2);
  return `\nSpeed: ${n} generated plain-text articles of ${kb.toFixed(1)} KB, ${rounds} rounds: ${wall[0].toFixed(3)} ms per article at best (${(1000 / wall[0]).toFixed(0)}/s), median ${wall[mid].toFixed(3)} ms (${(1000 / wall[mid]).toFixed(0)}/s); CPU ${cpu[0].toFixed(3)}-${cpu[mid].toFixed(3)} ms`;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const fixtures = fixtureCases().map(scoreCase);
  const seeds = seedCases().map(scoreCase);
  const all = [...fixtures, ...seeds];
  if (args.has('--json')) {
    console.log(JSON.stringify({ thresholds: THRESHOLDS, cases: all, fixtures: totals(fixtures), seeds: totals(seeds), total: totals(all) }, null, 2));
  } else {
    const pct = (n: number, of: number) => `${(100 * share(n, of)).toFixed(1).padStart(5)}%`;
    const row = (name: string, s: Omit<Totals, 'problems'>, extra = '') =>
      `${name.padEnd(34)} furniture removed ${pct(s.furnitureRemoved, s.furniture)} (${s.furnitureRemoved}/${s.furniture})   body kept ${pct(s.bodyKept, s.body)} (${s.bodyKept}/${s.body})   titles ${s.titlesRight}/${s.titles}   comment lines ${s.commentLinesKept}/${s.commentLines}${extra}`;
    console.log('Cleaning score (furniture lines removed, body lines kept, titles right, comment lines kept)\n');
    for (const s of all) {
      const marks = [s.problems.length ? `${s.problems.length} problem(s)` : '', s.knownMisses.length ? `${s.knownMisses.length} known miss(es)` : '', s.fixedMisses.length ? `${s.fixedMisses.length} known miss(es) fixed: strike them` : ''].filter(Boolean);
      console.log(row(s.name, s, marks.length ? `   ${marks.join(', ')}` : ''));
      if (args.has('--verbose') || s.problems.length) {
        for (const p of s.problems) console.log(`    ! ${p}`);
      }
      for (const p of s.knownMisses) console.log(`    (known miss) ${p}`);
      for (const p of s.fixedMisses) console.log(`    (fixed, strike from knownMisses) ${p}`);
      if (args.has('--verbose')) {
        for (const f of s.leftFurniture) console.log(`    furniture kept: ${f}`);
        for (const b of s.lostBody) console.log(`    body lost: ${b}`);
        for (const b of s.lostComments) console.log(`    comment lost: ${b}`);
      }
    }
    console.log('');
    console.log(row(`fixtures (${fixtures.length} pages)`, totals(fixtures)));
    if (seeds.length) console.log(row(`seeds (${seeds.length} pages)`, totals(seeds)));
    else console.log('seeds: ../shared/seeds not found, not scored');
    const sum = totals(all);
    console.log(row('total', sum, `   ${sum.problems} problem(s)`));
    console.log(`\nthresholds: furniture removed >= ${THRESHOLDS.furnitureRemoved * 100}%, body kept >= ${THRESHOLDS.bodyKept * 100}%, no structural problem`);
    // The newest blind set: a measure of pages the rules were not fitted to, printed and never gated
    // (tests/fixtures/cleaner-held-out/README.md); its pages join the gated fixtures as the cleaner learns them.
    const heldOut = existsSync(HELD_OUT_DIR) ? fixtureCases(HELD_OUT_DIR).map(scoreCase) : [];
    if (heldOut.length) {
      console.log(`\nHeld out, not gated (${path.relative(process.cwd(), HELD_OUT_DIR) || HELD_OUT_DIR}):`);
      for (const s of heldOut) {
        console.log(row(s.name, s, s.problems.length ? `   ${s.problems.length} problem(s)` : ''));
        if (args.has('--verbose')) for (const p of s.problems) console.log(`    ! ${p}`);
      }
      const held = totals(heldOut);
      console.log(row(`held out (${heldOut.length} pages)`, held, `   ${held.problems} problem(s)`));
    }
  }
  if (args.has('--speed')) console.log(speed());
  const t = totals(all);
  if (!passes(t)) {
    console.error('cleaning score below the thresholds');
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}
