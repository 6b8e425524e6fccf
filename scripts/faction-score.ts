// Precision and recall of faction detection (issue 4 part 6), entity level: per article, the set of
// non-person gazetteer ids the matcher finds in the body against the annotated set.
//   npx tsx scripts/faction-score.ts [--verbose]
// Sets: the seed articles (../shared/seeds/expectations.json, or $DOSSIER_SEEDS_DIR; said so when absent)
// and the annotated fixtures in tests/fixtures/factions/. Exits 1 when precision or recall of any set
// present is below the target (0.95).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMatcher, loadGazetteer } from '../src/main/core/factions';
import { loadFixtureArticles, loadSeedArticles, scoreSet, type SetScore } from '../src/main/core/factions/score';

export const TARGET = 0.95;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = process.env.DOSSIER_SEEDS_DIR ?? path.resolve(root, '../shared/seeds');
const fixturesDir = path.join(root, 'tests/fixtures/factions');
const verbose = process.argv.includes('--verbose');

const g = loadGazetteer();
const matcher = createMatcher(g);
const f = (x: number): string => x.toFixed(3);

function print(s: SetScore): void {
  console.log(`\n${s.set}: ${s.articles.length} articles  precision ${f(s.precision)}  recall ${f(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  const rows = [...s.articles].sort((a, b) => a.precision + a.recall - (b.precision + b.recall));
  for (const a of verbose ? s.articles : rows) {
    const flag = a.fp + a.fn > 0 ? '  <-' : '';
    console.log(`  P ${f(a.precision)}  R ${f(a.recall)}  ${a.label}${flag}`);
    if (a.missing.length) console.log(`      missing: ${a.missing.join(', ')}`);
    if (a.extra.length) console.log(`      extra:   ${a.extra.join(', ')}`);
  }
}

const sets: SetScore[] = [];
const seeds = loadSeedArticles(seedsDir, g);
if (seeds) sets.push(scoreSet('seeds', seeds, matcher, g));
else console.log(`seeds: ${path.join(seedsDir, 'expectations.json')} is absent; the seed set is not scored.`);
sets.push(scoreSet('fixtures', loadFixtureArticles(fixturesDir), matcher, g));
for (const s of sets) print(s);

const all = sets.flatMap((s) => s.articles);
const tp = all.reduce((a, x) => a + x.tp, 0);
const fp = all.reduce((a, x) => a + x.fp, 0);
const fn = all.reduce((a, x) => a + x.fn, 0);
console.log(`\noverall: ${all.length} articles  precision ${f(tp / Math.max(1, tp + fp))}  recall ${f(tp / Math.max(1, tp + fn))}  (tp ${tp}, fp ${fp}, fn ${fn})`);
const worst = [...all].filter((a) => a.fp + a.fn > 0).sort((a, b) => b.fp + b.fn - (a.fp + a.fn)).slice(0, 5);
if (worst.length) console.log(`worst: ${worst.map((a) => `${a.id} (fp ${a.fp}, fn ${a.fn})`).join('; ')}`);

// Held-out fixtures (annotated after the rules were tuned on the others) also on their own.
const held = scoreSet('fixtures (held-out only)', loadFixtureArticles(fixturesDir).filter((a) => a.id.includes('heldout')), matcher, g);
if (held.articles.length) console.log(`held-out fixtures: ${held.articles.length} articles  precision ${f(held.precision)}  recall ${f(held.recall)}  (tp ${held.tp}, fp ${held.fp}, fn ${held.fn})`);

const failed = sets.filter((s) => s.precision < TARGET || s.recall < TARGET);
if (failed.length) {
  console.log(`\nBELOW TARGET (${TARGET}): ${failed.map((s) => s.set).join(', ')}`);
  process.exit(1);
}
console.log(`\nall sets at or above ${TARGET} precision and recall`);
