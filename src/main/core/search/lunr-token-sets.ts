// lunr.TokenSet's static constructors, which lunr documents and exports but @types/lunr does not declare.
import lunr from 'lunr';

export interface TokenSetConstructors {
  /** A set of words (they must be sorted). */
  fromArray(words: string[]): lunr.TokenSet;
  /** One word, or a prefix when it ends in "*". */
  fromString(word: string): lunr.TokenSet;
  /** Every word within `editDistance` insertions, deletions, substitutions or swaps of neighbours. */
  fromFuzzyString(word: string, editDistance: number): lunr.TokenSet;
}

export const tokenSets = lunr.TokenSet as unknown as TokenSetConstructors;
