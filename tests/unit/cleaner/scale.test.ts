// Long inputs: the cleaner must stay linear in the number of lines. No timing is asserted (speed figures are
// measured by `npx tsx scripts/cleaning-score.ts --speed`): each page only has to complete. An accidental
// pass over all pairs of lines makes the largest ones take minutes, beyond the runner's 60-second limit
// (the cleaner before its linear rewrite took 51 s on 20,000 paragraphs; it now takes about 2 s).
import { describe, expect, it } from 'vitest';
import { extractArticlesFromText } from '../../../src/main/core/cleaner/index';
import { createRandom, generateArticle, renderArticle } from '../../../bench/corpus';

const random = createRandom(3);
const paragraph = () => generateArticle(1, random).paragraphs[0];
const N = 5000;
const BIG = 30000;

const shapes: Record<string, () => string> = {
  'one article of 30,000 paragraphs': () => `A long report on the northern front\n\n${Array.from({ length: BIG }, paragraph).join('\n\n')}`,
  '5,000 headline-shaped lines': () => Array.from({ length: N }, (_, i) => `Headline number ${i} about the fighting in Idlib`).join('\n\n'),
  'the same sentence 5,000 times': () => Array.from({ length: N }, () => 'The same sentence is repeated on this page, the monitor said.').join('\n\n'),
  'footer markers between paragraphs': () => `A long page with boxes\n\n${Array.from({ length: N }, (_, i) => (i % 2 ? paragraph() : 'Sign up to our newsletter')).join('\n\n')}`,
  'pull-quote copies and fragments': () =>
    `A long page with quotes\n\n${Array.from({ length: BIG }, (_, i) => {
      const p = paragraph();
      return i % 10 === 0 ? `"${p.split(' ').slice(2, 14).join(' ')}"` : p;
    }).join('\n\n')}`,
  'short labels between paragraphs, no blank lines': () => Array.from({ length: N }, (_, i) => (i % 3 ? paragraph() : `Short label ${i}`)).join('\n'),
  '400 articles in one file': () => Array.from({ length: 400 }, (_, i) => renderArticle(generateArticle(i, random), 'txt')).join('\n\n'),
  'a comment thread of 1,500 comments': () =>
    `A post about the front\n\n${paragraph()}\n\n${paragraph()}\n\n1500 Comments\n\n${Array.from({ length: 1500 }, (_, i) => `user${i} says:\nMarch 3, 2020 at 10:00 am\n${paragraph()}`).join('\n\n')}`,
  // units found by the chrome below their text: each author line looks a few lines ahead, never further
  'a thread of 1,500 comments without a heading, chrome below the text': () =>
    `A post about the front\n\n${paragraph()}\n\n${paragraph()}\n\n${Array.from({ length: 1500 }, (_, i) => `user_${i}\n${paragraph()}\n${(i % 9) + 1} hours ago Reply Like (${i})`).join('\n')}`,
};

describe('long pages stay linear', () => {
  for (const [name, make] of Object.entries(shapes)) {
    it(name, () => {
      const text = make();
      expect(text.split('\n').length).toBeGreaterThanOrEqual(4500);
      const articles = extractArticlesFromText(text);
      expect(articles.length).toBeGreaterThan(0);
    });
  }
  it('reads every unit of a long thread without a heading', () => {
    const text = shapes['a thread of 1,500 comments without a heading, chrome below the text']();
    const [a] = extractArticlesFromText(text);
    expect(a.comments).toHaveLength(1500);
  });
  it('keeps every paragraph of a 5,000-paragraph article', () => {
    const paras = Array.from({ length: N }, (_, i) => `Paragraph ${i}: ${paragraph()}`);
    const [a] = extractArticlesFromText(`A long report on the northern front\n\n${paras.join('\n\n')}`);
    expect(a.body.split('\n\n')).toHaveLength(N);
  });
});
