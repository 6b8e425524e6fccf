// Typo tolerance for faction names, without indexing them per article: the words of every faction name
// and alias (a few hundred words for the whole gazetteer) are the vocabulary, and a query word that is
// not one of them but lies within a small edit distance of one ("Hezbolah", "Nusrah") is read as that
// word. The faction engine then reads the corrected query, so the result is one of its exact matches
// (longest name, acronyms by case, and so on), never a guess from a single fuzzy word.
import { isFieldStopWord } from './field-index';
import { searchWords } from './normalise-search-text';

/** A word as the user typed it: letters and digits, apostrophes inside (as searchWords reads words). */
const RAW_WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;

export class FactionVocabulary {
  /** Normalised word -> the form it has in a name; how many names have it. */
  private readonly forms = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  /**
   * `names`: every name, alias, acronym and misspelling of every faction. Each word keeps the form it
   * has in a name (the first one seen), which is what goes into the corrected query.
   */
  constructor(names: Iterable<string>) {
    const { forms, counts } = this;
    for (const name of names) {
      for (const match of name.matchAll(RAW_WORD)) {
        const [word] = searchWords(match[0]);
        if (!word) continue;
        if (!forms.has(word)) forms.set(word, match[0]);
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }

  get size(): number {
    return this.forms.size;
  }

  /** The word of a faction name this (normalised) word is a misspelling of, or null. */
  correctWord(word: string): string | null {
    if (this.forms.has(word) || word.length < 4 || /^\d+$/.test(word) || isFieldStopWord(word)) return null;
    // The same distances as the fielded search: one edit from four letters, two from eight.
    const maxDistance = word.length >= 8 ? 2 : 1;
    let best: { word: string; distance: number; count: number } | null = null;
    // A few hundred words: comparing with each is cheaper than any structure to find them.
    for (const candidate of this.forms.keys()) {
      if (candidate.length < 3 || Math.abs(candidate.length - word.length) > maxDistance) continue;
      const distance = editDistance(word, candidate, maxDistance);
      if (distance > maxDistance) continue;
      const count = this.counts.get(candidate) ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && (count > best.count || (count === best.count && candidate < best.word)))) {
        best = { word: candidate, distance, count };
      }
    }
    return best ? this.forms.get(best.word)! : null;
  }

  /**
   * The query with each misspelt word of a faction name replaced by that word; null when none is.
   * `inLibrary` says whether the library's texts have a word: one they have is not taken for a
   * misspelling ("arms" is one edit from "army", and "Syrian army" would be a faction).
   */
  correct(query: string, inLibrary: (word: string) => boolean = () => false): string | null {
    let changed = false;
    const corrected = query.replace(RAW_WORD, (raw) => {
      const [word] = searchWords(raw);
      const candidate = word ? this.correctWord(word) : null;
      const replacement = candidate !== null && !inLibrary(word) ? candidate : null;
      if (replacement === null) return raw;
      changed = true;
      return replacement;
    });
    return changed ? corrected : null;
  }
}

/** Rows of the distance table, reused: three rows of the longest word compared so far. */
let rows = new Int32Array(3 * 32);

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours.
 * Stops early, returning `max + 1`, once every path is longer than `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  // Rows i-2, i-1 and i of the table, in turn.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let best = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[before + j - 2] + 1);
      rows[current + j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return rows[previous + width - 1];
}
