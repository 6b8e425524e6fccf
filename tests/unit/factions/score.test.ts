// Issue 4 part 6 in CI: entity-level precision and recall of faction detection on the seed articles and on
// the annotated fixtures (tests/fixtures/factions), the same scoring as scripts/faction-score.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher, loadGazetteer } from '../../../src/main/core/factions';
import { loadFixtureArticles, loadSeedArticles, scoreSet } from '../../../src/main/core/factions/score';
import { SEEDS_DIR, seedsAvailable } from '../../helpers/seeds';

const TARGET = 0.95;
const g = loadGazetteer();
const matcher = createMatcher(g);
const FIXTURES = path.resolve(__dirname, '../../fixtures/factions');

describe('faction detection score', () => {
  it('has at least 15 annotated fixtures, 3 of them Arabic, from 2012 to 2025', async () => {
    const arts = loadFixtureArticles(FIXTURES);
    expect(arts.length).toBeGreaterThanOrEqual(15);
    const { readdirSync, readFileSync } = await import('node:fs');
    const meta = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as { lang: string; date: string; outlet: string; expected: string[] });
    expect(meta.filter((m) => m.lang === 'ar').length).toBeGreaterThanOrEqual(3);
    const years = new Set(meta.map((m) => m.date.slice(0, 4)));
    expect(years.has('2012') && years.has('2025')).toBe(true);
    expect(new Set(meta.map((m) => m.outlet)).size).toBeGreaterThanOrEqual(8);
    for (const m of meta) for (const id of m.expected) expect(g.byId.has(id), id).toBe(true);
  });

  it(`reaches precision and recall >= ${TARGET} on the fixtures`, () => {
    const s = scoreSet('fixtures', loadFixtureArticles(FIXTURES), matcher, g);
    const bad = s.articles.filter((a) => a.fp + a.fn > 0).map((a) => `${a.id}: missing [${a.missing}] extra [${a.extra}]`);
    expect(s.precision, bad.join('\n')).toBeGreaterThanOrEqual(TARGET);
    expect(s.recall, bad.join('\n')).toBeGreaterThanOrEqual(TARGET);
  });

  it.skipIf(!seedsAvailable)(`reaches precision and recall >= ${TARGET} on the seed articles`, () => {
    const arts = loadSeedArticles(SEEDS_DIR, g)!;
    expect(arts.length).toBeGreaterThan(0);
    const s = scoreSet('seeds', arts, matcher, g);
    const bad = s.articles.filter((a) => a.fp + a.fn > 0).map((a) => `${a.id}: missing [${a.missing}] extra [${a.extra}]`);
    expect(s.precision, bad.join('\n')).toBeGreaterThanOrEqual(TARGET);
    expect(s.recall, bad.join('\n')).toBeGreaterThanOrEqual(TARGET);
  });
});
