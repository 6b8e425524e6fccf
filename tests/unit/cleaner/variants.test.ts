// The seed pages in other clothes: joined into one file, CRLF line ends, no blank lines, wrapped as HTML.
// A rule that only fits one seed's exact layout fails here.
import { describe, expect, it } from 'vitest';
import { extractArticleFromHtml, extractArticlesFromText, type ExtractedArticle } from '../../../src/main/core/cleaner/index';
import { loadSeedExpectations, readSeed, seedsAvailable, type SeedArticleExpectation } from '../../helpers/seeds';

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

function same(a: ExtractedArticle | undefined, exp: SeedArticleExpectation) {
  expect(a).toBeDefined();
  expect(norm(a!.title)).toBe(norm(exp.title));
  expect(norm(a!.body).startsWith(norm(exp.body_starts_with))).toBe(true);
  expect(norm(a!.body).endsWith(norm(exp.body_ends_with))).toBe(true);
  for (const bad of exp.must_not_be_in_body) if (norm(bad).length > 3) expect(norm(a!.body)).not.toContain(norm(bad));
  expect((a!.comments ?? []).map((c) => c.author)).toEqual((exp.comments ?? []).map((c) => c.author));
}

describe.skipIf(!seedsAvailable)('seed variants', () => {
  const files = seedsAvailable ? loadSeedExpectations() : [];
  const byName = new Map(files.map((f) => [f.file.slice(0, 3), f]));

  it.each([
    ['002', '004'],
    ['004', '002'],
    ['001', '003'],
    ['003', '000'],
  ])('pages %s and %s pasted into one file are split apart', (x, y) => {
    const fx = byName.get(x)!;
    const fy = byName.get(y)!;
    const arts = extractArticlesFromText(`${readSeed(fx.file)}\n\n${readSeed(fy.file)}`);
    const exps = [...fx.articles, ...fy.articles];
    expect(arts.map((a) => a.title)).toEqual(exps.map((e) => e.title));
    exps.forEach((e, n) => same(arts[n], e));
  });

  for (const f of files) {
    it(`${f.file}: CRLF line ends`, () => {
      const arts = extractArticlesFromText(readSeed(f.file).replace(/\n/g, '\r\n'));
      expect(arts).toHaveLength(f.articles.length);
      f.articles.forEach((e, n) => same(arts[n], e));
    });
    it(`${f.file}: no blank lines between paragraphs`, () => {
      const arts = extractArticlesFromText(readSeed(f.file).replace(/\n\s*\n/g, '\n'));
      expect(arts).toHaveLength(f.articles.length);
      f.articles.forEach((e, n) => same(arts[n], e));
    });
    it(`${f.file}: each line wrapped in <p> as an HTML page`, () => {
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const html = `<html><head><title>Saved page</title></head><body><div class="content">${readSeed(f.file)
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => `<p>${esc(l)}</p>`)
        .join('\n')}</div></body></html>`;
      const arts = extractArticleFromHtml(html);
      expect(arts).toHaveLength(f.articles.length);
      f.articles.forEach((e, n) => same(arts[n], e));
    });
  }
});
