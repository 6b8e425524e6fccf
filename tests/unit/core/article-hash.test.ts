// Libraries keep each article's content hash and refuse a new article with a stored one, so articleHash
// must give what it always gave: sha256 of the body, NFKC, lower-cased, every run of white space
// (/\s+/g) made one space, trimmed. It folds white space with a pattern that replaces only the runs
// that are not already one space; this pins that to /\s+/g on every white-space character.
import { describe, expect, it } from 'vitest';
import { createRandom, generateArticle, renderArticle } from '../../../bench/corpus';
import { articleHash, sha256 } from '../../../src/main/core/library/article-hash';

const referenceHash = (body: string): string => sha256(body.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());

const WHITE_SPACE = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => /\s/.test(c));

describe('articleHash', () => {
  it('folds white space exactly as /\\s+/g did, for every white-space character', () => {
    expect(WHITE_SPACE.length).toBeGreaterThan(20);
    const random = createRandom(99);
    const pieces = [...WHITE_SPACE, ' ', ' ', 'word', 'Ｗｏｒｄ', 'ﬁ', 'İ', 'ΣΑΣ', 'قوات', '𝐀', '\ud800', '.', '-', ''];
    for (let t = 0; t < 5000; t++) {
      let body = '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) body += pieces[Math.floor(random() * pieces.length)];
      expect({ body, hash: articleHash({ body }) }).toEqual({ body, hash: referenceHash(body) });
    }
    for (const a of WHITE_SPACE) {
      for (const b of WHITE_SPACE) {
        const body = `x${a}y${a}${b}z${b} `;
        expect({ body, hash: articleHash({ body }) }).toEqual({ body, hash: referenceHash(body) });
      }
    }
  });

  it('is unchanged on whole articles', () => {
    const random = createRandom(3);
    for (let i = 0; i < 50; i++) {
      const body = renderArticle(generateArticle(i, random), 'txt');
      expect(articleHash({ body })).toBe(referenceHash(body));
    }
  });
});
