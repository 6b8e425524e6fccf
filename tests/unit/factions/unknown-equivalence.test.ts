// findUnknownGroups reads words with a code-unit scanner and tests characters by code (faster on the
// import path); it must find exactly what the regex-per-word version found: same names, offsets,
// normalised keys and sentences. Compared here with that version (unknown-reference.ts) on every real
// text the project has and on random text made of heads, names, connectors, punctuation and Unicode
// edge cases (astral letters, marks, lone surrogates, Arabic with diacritics and proclitics).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom, generateArticle, renderArticle } from '../../../bench/corpus';
import { createMatcher, findUnknownGroups, loadGazetteer, type FactionMatch } from '../../../src/main/core/factions';
import { PROJECT_ROOT, SEEDS_DIR, seedsAvailable } from '../../helpers/seeds';
import { FIXTURES } from './fixtures';
import { referenceFindUnknownGroups } from './unknown-reference';

const matcher = createMatcher(loadGazetteer());

/** Known matches as the caller might pass them: in any order, overlapping, not on word boundaries. */
function randomSpans(text: string, random: () => number): FactionMatch[] {
  const spans: FactionMatch[] = [];
  const count = Math.floor(random() * 6);
  for (let i = 0; i < count && text.length > 1; i++) {
    const start = Math.floor(random() * (text.length - 1));
    const end = Math.min(text.length, start + 1 + Math.floor(random() * 30));
    spans.push({ entityId: 'x', start, end, surface: text.slice(start, end) } as FactionMatch);
  }
  return spans;
}

function expectSame(text: string, label: string, random?: () => number): number {
  if (random) {
    // Heads inside known matches are skipped: whatever the known spans, the names are the same.
    const spans = randomSpans(text, random);
    expect({ label, spans, found: findUnknownGroups(text, spans) }).toEqual({ label, spans, found: referenceFindUnknownGroups(text, spans) });
  }
  const known = matcher.match(text);
  const expected = referenceFindUnknownGroups(text, known);
  expect({ label, found: findUnknownGroups(text, known) }).toEqual({ label, found: expected });
  // With nothing known, every span the shapes give is compared (none is hidden by a known match).
  const all = referenceFindUnknownGroups(text, []);
  expect({ label, found: findUnknownGroups(text, []) }).toEqual({ label, found: all });
  return all.length;
}

const PIECES: string[] = [
  // heads, transliterated, English and Arabic (with proclitics, the article, diacritics, tatweel)
  'Liwa', 'Kataib', "Kata'ib", 'Katibat', 'Harakat', 'Jaysh', 'Jaish', 'Firqat', 'Alwiya', 'Tajammu', 'Saraya', 'Faylaq', 'Jabhat', 'Tanzim', 'Jamaat', 'Quwat',
  'Brigade', 'Brigades', 'Battalion', 'Division', 'Front', 'Regiment', 'Army', 'Legion', 'Corps', 'LIWA', 'ARMY', 'brigade', 'army',
  'لواء', 'ولواء', 'ألوية', 'كتائب', 'كتيبة', 'حركة', 'جيش', 'فرقة', 'تجمع', 'سرايا', 'فيلق', 'جبهة', 'جماعة', 'قوات', 'القوات', 'للقوات', 'بقوات', 'قُوّات', 'قـوات',
  'شهداء', 'القصير', 'أحرار', 'الشام', 'الإسلامية', 'جسر', 'الشغور', 'أميركية', 'حكومية', 'في', 'من', 'التي', 'وهو', 'جديد',
  // name words, connectors, words that are not names, nationalities, ordinals, initials
  'Shuhada', 'al-Yarmouk', 'al-Sham', 'ash-Sham', 'el-Din', 'Mountain', 'Hawks', 'Martyrs', 'Idlib', 'Ahrar', 'Tahrir', 'Ibn', 'Taymiyya', 'Al', 'El',
  'al', 'of', 'the', 'and', 'wa', 'bin', 'de', 'The', 'This', 'Rebel', 'Government', 'New', 'Iraqi', 'Syrian', 'National', 'Free', 'Salvation', 'Western', 'Popular',
  'Third', '46th', '3rd', 'Eleventh', 'U.S.', 'U.N.', 'A.', 'HTS', 'SDF', 'Mr', 'Dr', 'Gen.', 'St.',
  // apostrophes and dashes inside and at the end of words
  "Hay'at", 'Hay’at', 'al-', "Liwa'", 'Jaysh-', 'Brigade.', 'Front’', 'x`', 'ʿAli', 'Sa‘d', 'Ahrarʿ', 'Saraya‘', 'Idlibʼ', 'ʿ', 'ʼ', '`', '‘',
  // separators: spaces (joined) and punctuation (not joined, or a segment break)
  ' ', ' ', ' ', ' ', ' ', '  ', '\t', '\u00a0', '\n', '\r\n', '. ', ', ', '; ', ': ', '! ', '? ', '؟ ', '، ', '؛ ', ' — ', ' – ', ' (', ') ', '"', '“', '”', '«', '»', '/', '|', '[', ']', '.', '-', "'", '’',
  // Unicode edge cases in words: marks, astral letters and digits, emoji, lone surrogates, other scripts
  'e\u0301', 'Ó', 'Ärmy', 'İdlib', '𝐀rmy', 'Liwa𝐀', '𝟘', '😀', '\ud800', '\udc00', 'Ж', '中', '٣', '۳', '\u200d', '\ufeff',
];

describe('findUnknownGroups is the regex-per-word version, exactly', () => {
  it("on the project's fixtures, the faction fixtures, the seeds and the bench's articles", () => {
    const texts: [string, string][] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.(txt|md|html?|mhtml|mht)$/i.test(name)) texts.push([path.relative(PROJECT_ROOT, file), readFileSync(file, 'utf8')]);
        else if (name.endsWith('.json')) {
          const json = JSON.parse(readFileSync(file, 'utf8')) as { text?: unknown };
          if (typeof json.text === 'string') texts.push([path.relative(PROJECT_ROOT, file), json.text]);
        }
      }
    };
    walk(path.join(PROJECT_ROOT, 'tests/fixtures'));
    for (const fixture of FIXTURES) texts.push([fixture.name, fixture.body]);
    if (seedsAvailable) for (const name of readdirSync(SEEDS_DIR)) if (name.endsWith('.txt')) texts.push([name, readFileSync(path.join(SEEDS_DIR, name), 'utf8')]);
    const random = createRandom(11);
    for (let i = 0; i < 40; i++) texts.push([`bench article ${i}`, renderArticle(generateArticle(i, random), 'txt')]);
    expect(texts.length).toBeGreaterThan(150);
    let found = 0;
    for (const [label, text] of texts) found += expectSame(text, label, random);
    expect(found).toBeGreaterThan(100);
  });

  it('on random text built from heads, names, connectors, punctuation and Unicode edge cases', () => {
    const random = createRandom(4242);
    let found = 0;
    for (let t = 0; t < 4000; t++) {
      const parts: string[] = [];
      const length = 1 + Math.floor(random() * 40);
      for (let i = 0; i < length; i++) {
        const r = random();
        if (r < 0.55) parts.push(PIECES[Math.floor(random() * PIECES.length)], ' ');
        else if (r < 0.95) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
        else parts.push(String.fromCharCode(Math.floor(random() * 0x10000)));
      }
      found += expectSame(parts.join(''), `random text ${t}: ${JSON.stringify(parts.join(''))}`, random);
    }
    // The random texts do hold names, so the comparison is not only of empty lists.
    expect(found).toBeGreaterThan(1000);
  });
});
