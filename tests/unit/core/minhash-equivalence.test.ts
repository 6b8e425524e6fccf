// Libraries keep every article's MinHash signature and LSH band buckets and compare new articles with
// them, so the signature must never change. minhashSignature hashes words in one pass over the text's
// char codes; this pins it, bit for bit, to the first implementation (a string per word, kept below as
// the reference) on random Unicode text and on every real text the project has.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom, generateArticle, renderArticle } from '../../../bench/corpus';
import { bandBuckets, BINS, minhashSignature } from '../../../src/main/core/library/similarity';
import { PROJECT_ROOT, SEEDS_DIR, seedsAvailable } from '../../helpers/seeds';
import { FIXTURES } from '../factions/fixtures';

// ---- the reference: similarity.ts as it was when libraries first stored signatures -----------------
function referenceHashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function referenceMix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function referenceSignature(text: string): Uint32Array {
  const signature = new Uint32Array(BINS).fill(0xffffffff);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = words.map(referenceHashWord);
  const count = Math.max(1, hashes.length - 5 + 1);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + 5, hashes.length); j++) h = Math.imul(h ^ hashes[j], 0x9e3779b1) + j - i;
    h = referenceMix(h >>> 0);
    const bin = h >>> 26;
    const value = h & 0x03ffffff;
    if (value < signature[bin]) signature[bin] = value;
  }
  return signature;
}
// -----------------------------------------------------------------------------------------------------

function expectSame(text: string, label: string): void {
  const expected = referenceSignature(text);
  const actual = minhashSignature(text);
  // Compared as plain arrays so a failure prints the bins; the label says which text.
  expect({ label, signature: Array.from(actual) }).toEqual({ label, signature: Array.from(expected) });
  expect({ label, buckets: bandBuckets(actual) }).toEqual({ label, buckets: bandBuckets(expected) });
}

/** Pieces random text is built from: each a case the one-pass word reader must read as the regex does. */
const PIECES: string[] = [
  ...'abcxyzABCXYZ0123456789',
  ' ', '  ', '\n', '\t', '\u00a0', '-', "'", '’', '.', ',', '_', '/', '\u200d', '\u200c', '\ufeff',
  // Arabic letters, Arabic-Indic and extended digits, diacritics (marks: they split words), tatweel
  ...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإةى', ...'٠١٢٣٤٥٦٧٨٩', ...'۰۱۲۳۴۵۶۷۸۹', '\u064b', '\u064e', '\u0651', '\u0652', '\u0670', '\u0640',
  // case mappings that change length or depend on context: İ -> i̇ (a mark), final sigma, ẞ, fullwidth
  'İ', 'I', 'ı', 'Σ', 'σ', 'ς', 'ΑΣ', 'ẞ', 'ß', 'ǅ', 'Ａ', 'ｚ', '１',
  // Latin with combining marks, other scripts and numbers (Roman numeral, superscript, fractions)
  'e\u0301', 'É', 'ø', 'Ж', 'ж', 'ש', '中', '文', 'あ', 'ア', '한', 'ก', 'Ⅻ', '²', '½', '৩', '०',
  // astral: math letters and digits (L and N), Deseret (astral case pair), emoji (neither), CJK ext B
  '𝐀', '𝐳', '𝟘', '𐐀', '𐐨', '😀', '👍🏽', '𠀀', '𒀀',
  // lone surrogates (not letters: they split words), and a pair split by something
  '\ud800', '\udc00', '\udbff', '\udfff', '\ud83d', 'x\ud835',
];

describe('minhashSignature is the first implementation, bit for bit', () => {
  it('on random Unicode text (astral characters, Arabic, mixed case, digits, marks, lone surrogates)', () => {
    const random = createRandom(20240611);
    for (let t = 0; t < 3000; t++) {
      const parts: string[] = [];
      const length = Math.floor(random() * (t % 10 === 0 ? 400 : 60));
      for (let i = 0; i < length; i++) {
        const r = random();
        if (r < 0.85) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
        else if (r < 0.95) parts.push(String.fromCharCode(Math.floor(random() * 0x10000)));
        else parts.push(String.fromCodePoint(0x10000 + Math.floor(random() * 0x100000)));
      }
      expectSame(parts.join(''), `random text ${t}`);
    }
  });

  it('on every BMP code unit, each between letters and between spaces', () => {
    for (let from = 0; from < 0x10000; from += 128) {
      const units = Array.from({ length: 128 }, (_, i) => String.fromCharCode(from + i));
      expectSame(units.join('a'), `code units ${from.toString(16)}.. between letters`);
      expectSame(units.join(' w '), `code units ${from.toString(16)}.. between words`);
    }
  });

  it('on short texts (fewer words than a shingle, none at all, empty)', () => {
    for (const text of ['', ' ', '...', 'one', 'one two', 'One Two Three Four', 'a b c d e', '٣ 𝟘', '\ud800', '😀😀']) expectSame(text, JSON.stringify(text));
  });

  it("on the project's fixtures, the faction fixtures, the seeds and the bench's articles", () => {
    const texts: [string, string][] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.(txt|md|html?|json|mhtml|mht|css|js)$/i.test(name)) texts.push([path.relative(PROJECT_ROOT, file), readFileSync(file, 'utf8')]);
      }
    };
    walk(path.join(PROJECT_ROOT, 'tests/fixtures'));
    for (const fixture of FIXTURES) texts.push([fixture.name, fixture.body]);
    if (seedsAvailable) for (const name of readdirSync(SEEDS_DIR)) texts.push([name, readFileSync(path.join(SEEDS_DIR, name), 'utf8')]);
    const random = createRandom(7);
    for (let i = 0; i < 50; i++) texts.push([`bench article ${i}`, renderArticle(generateArticle(i, random), 'txt')]);
    expect(texts.length).toBeGreaterThan(150);
    for (const [label, text] of texts) expectSame(text, label);
  });

  it('gives the same signature when called again (its word buffer is reused between calls)', () => {
    const long = Array.from({ length: 9000 }, (_, i) => `w${i}`).join(' ');
    const first = Array.from(minhashSignature(long));
    minhashSignature('short text here');
    expect(Array.from(minhashSignature(long))).toEqual(first);
    expectSame(long, 'long text');
  });
});
