// The cleaner measures every line in one pass over its characters (measureLine) and checks a whole text for
// white space to collapse with one loop (splitRawLines); both stand for slower, plainer definitions. These
// tests pin the fast paths to those definitions on random Unicode text and on the seeds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../bench/corpus';
import { splitRawLines } from '../../../src/main/core/cleaner/lines';
import { countWords, keyOf, measureLine, stopCounts } from '../../../src/main/core/cleaner/text-utils';
import { SEEDS_DIR, seedsAvailable } from '../../helpers/seeds';

/** Pieces random text is built from: white space of every kind, apostrophes, function words, other scripts. */
const PIECES: string[] = [
  ...'abcxyzABCXYZ0123456789',
  ' ', '  ', '\n', '\t', '\v', '\u00a0', '\u1680', '\u2003', '\u200b', '\u200d', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff',
  '-', "'", '’', '.', ',', '_', '/', ' the ', ' of ', " don't ", ' l’', ' des ', ' und ', ' y ', ' ve ', 'The', 'OF',
  ...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإةى', ' في ', ' من ', ...'٠١٢٣٤٥٦٧٨٩', '\u064b', '\u0651', '\u0640',
  'İ', 'ı', 'Σ', 'ς', 'ẞ', 'ß', 'ǅ', 'Ａ', 'ｚ', '１', 'ﬁ', '½', '²', 'e\u0301', 'É', 'Ж', '中', '한', '\u1100\u1161',
  '𝐀', '𝟘', '𐐀', '😀', '\ud800', '\udc00',
];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

function seedLines(): string[] {
  if (!seedsAvailable) return [];
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(path.join(SEEDS_DIR, name), 'utf8').split('\n'));
}

/** What squash() makes of a line: the definition splitRawLines' lines must already meet. */
const squashed = (s: string): string => s.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();

describe('measureLine', () => {
  it('gives keyOf, countWords and stopCounts of the line, on random Unicode text', () => {
    const random = createRandom(20261126);
    for (let t = 0; t < 4000; t++) {
      const line = randomText(random, Math.floor(random() * 40));
      expect({ line, ...measureLine(line) }).toEqual({ line, key: keyOf(line), words: countWords(line), stops: stopCounts(line) });
    }
  });

  it.skipIf(!seedsAvailable)('gives them on every line of the seeds', () => {
    for (const line of seedLines()) {
      expect({ line, ...measureLine(line) }).toEqual({ line, key: keyOf(line), words: countWords(line), stops: stopCounts(line) });
    }
  });
});

describe('splitRawLines', () => {
  it('leaves no white space that squash would collapse, whatever white space the text holds', () => {
    const random = createRandom(7);
    for (let t = 0; t < 3000; t++) {
      const text = `x${randomText(random, Math.floor(random() * 30))}x`;
      for (const line of splitRawLines(text)) expect({ text, line: line.text }).toEqual({ text, line: squashed(line.text) });
    }
  });
});
