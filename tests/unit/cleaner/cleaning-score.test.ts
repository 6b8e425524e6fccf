// The cleaning score (scripts/cleaning-score.ts) over the annotated fixtures and, when present, the seeds:
// the same figures the script prints, held to the same thresholds, plus every page's structure.
import { describe, expect, it } from 'vitest';
import { fixtureCases, passes, scoreCase, seedCases, share, THRESHOLDS, totals, type CaseScore } from '../../../scripts/cleaning-score';

const fixtures = fixtureCases();
const seeds = seedCases();

describe('cleaning score', () => {
  it('has annotated fixtures for at least ten site shapes besides the seeds', () => {
    expect(new Set(fixtures.map((c) => c.shape)).size).toBeGreaterThanOrEqual(10);
    for (const c of fixtures) expect(c.expected.furniture.length + c.expected.articles.length).toBeGreaterThan(0);
  });

  const scores: CaseScore[] = [...fixtures, ...seeds].map(scoreCase);

  for (const s of scores) {
    it(`${s.name} (${s.shape}): articles, titles, authors, dates and comments as annotated`, () => {
      expect(s.problems).toEqual([]);
      expect(s.fixedMisses, 'a known miss no longer happens: strike it from the page\'s knownMisses').toEqual([]);
    });
  }

  it(`removes >= ${THRESHOLDS.furnitureRemoved * 100}% of furniture lines and keeps >= ${THRESHOLDS.bodyKept * 100}% of body lines in total`, () => {
    const t = totals(scores);
    expect(share(t.furnitureRemoved, t.furniture), `furniture left: ${scores.flatMap((s) => s.leftFurniture).join(' | ')}`).toBeGreaterThanOrEqual(THRESHOLDS.furnitureRemoved);
    expect(share(t.bodyKept, t.body), `body lost: ${scores.flatMap((s) => s.lostBody).join(' | ')}`).toBeGreaterThanOrEqual(THRESHOLDS.bodyKept);
    expect(passes(t)).toBe(true);
  });

  it('splits several articles and separates comments on shapes other than the seeds', () => {
    const multi = fixtures.filter((c) => c.expected.articles.length > 1);
    const withComments = fixtures.filter((c) => c.expected.articles.some((a) => (a.comments ?? []).length > 0));
    expect(multi.length).toBeGreaterThanOrEqual(2);
    expect(withComments.length).toBeGreaterThanOrEqual(4);
  });
});
