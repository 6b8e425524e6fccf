// Typo tolerance for faction names, without indexing them per article: the words of every faction name
// and alias (a few hundred words for the whole gazetteer) are the vocabulary, and a query word that is
// not one of them but lies within a small edit distance of one ("Hezbolah", "Nusrah") is read as that
// word. The faction engine then reads the corrected query, so the result is one of its exact matches
// (longest name, acronyms by case, and so on), never a guess from a single fuzzy word.
import type lunr from 'lunr';
import { isFieldStopWord } from './field-index';
import { tokenSets } from './lunr-token-sets';
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
    // The same distances as the fielded search: one edit from four letters, two from eight. lunr's
    // fuzzy automaton (insertions, deletions, substitutions, swaps of neighbours) finds the words of the
    // vocabulary within each distance; the closest distance wins, then the word more names share.
    const maxDistance = word.length >= 8 ? 2 : 1;
    for (let distance = 1; distance <= maxDistance; distance++) {
      const candidates = this.wordSet()
        .intersect(tokenSets.fromFuzzyString(word, distance))
        .toArray()
        .filter((candidate) => candidate.length >= 3);
      if (!candidates.length) continue;
      const best = candidates.reduce((a, b) => {
        const byCount = (this.counts.get(b) ?? 0) - (this.counts.get(a) ?? 0);
        return byCount > 0 || (byCount === 0 && b < a) ? b : a;
      });
      return this.forms.get(best)!;
    }
    return null;
  }

  private words: lunr.TokenSet | null = null;
  private wordSet(): lunr.TokenSet {
    if (!this.words) this.words = tokenSets.fromArray([...this.forms.keys()].sort());
    return this.words;
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
