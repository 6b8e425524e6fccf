// Seed pages → clean articles, checked against what a careful reader sees (../shared/seeds/expectations.json).
import { describe, expect, it } from 'vitest';
import { extractArticlesFromText, type ExtractedArticle } from '../../src/main/core/cleaner/index';
import { loadSeedExpectations, readSeed, seedsAvailable, type SeedArticleExpectation } from '../helpers/seeds';

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

interface DateExpectation extends SeedArticleExpectation {
  date_note?: string;
}

/** The date_accept answers come only from a photo caption or the site's clock line (see date_note). */
function onlyCaptionOrClock(exp: DateExpectation): boolean {
  return exp.date_accept.some((d) => d !== null) && /caption|clock/i.test(exp.date_note ?? '');
}

function checkArticle(a: ExtractedArticle, exp: DateExpectation) {
  expect(norm(a.title)).toBe(norm(exp.title));
  if (exp.subtitle !== undefined) expect(norm(a.subtitle)).toBe(norm(exp.subtitle));
  if (exp.author) expect(a.author).toBe(exp.author);
  expect(exp.outlet_accept).toContain(a.outlet);

  const body = norm(a.body);
  expect(body.startsWith(norm(exp.body_starts_with))).toBe(true);
  expect(body.endsWith(norm(exp.body_ends_with))).toBe(true);
  const paragraphs = a.body.split(/\n+/).map(norm);
  for (const bad of exp.must_not_be_in_body) {
    expect(paragraphs, `"${bad}" is a paragraph of the body`).not.toContain(norm(bad));
    if (norm(bad).length > 3) expect(body.includes(norm(bad)), `"${bad}" is in the body`).toBe(false);
  }

  expect(exp.date_accept).toContain(a.date.value);
  if (onlyCaptionOrClock(exp)) {
    // a caption's or the site clock's date is never given as the publication date, and never as sure
    expect(a.date.source).not.toBe('stated');
    if (a.date.value) expect(a.date.confidence).toBe('low');
  }
  expect(['high', 'medium', 'low']).toContain(a.date.confidence);
  if (a.date.value) expect(a.date.evidence).toBeTruthy();

  const comments = exp.comments ?? [];
  expect(a.comments.length).toBe(comments.length);
  comments.forEach((c, n) => {
    expect(a.comments[n].author).toBe(c.author);
    expect(norm(a.comments[n].text).startsWith(norm(c.starts_with))).toBe(true);
    expect(body.includes(norm(c.starts_with))).toBe(false);
  });
}

describe.skipIf(!seedsAvailable)('seed cleaning (../shared/seeds)', () => {
  const files = seedsAvailable ? loadSeedExpectations() : [];
  for (const file of files) {
    describe(file.file, () => {
      const articles = extractArticlesFromText(readSeed(file.file), { fileName: file.file });
      it(`finds ${file.articles.length} article(s)`, () => {
        expect(articles.map((a) => a.title)).toHaveLength(file.articles.length);
      });
      file.articles.forEach((exp, n) => {
        it(`article ${n + 1}: ${exp.title}`, () => {
          expect(articles[n]).toBeDefined();
          checkArticle(articles[n], exp as DateExpectation);
        });
      });
    });
  }
});
