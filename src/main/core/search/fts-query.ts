import { normaliseSearchText } from './normalise-search-text';

/**
 * Turns what a person typed into an FTS5 MATCH expression. Every word must appear (AND); "quoted words"
 * stay a phrase; the last word also matches as a prefix so results come while typing. Each word is
 * quoted, so FTS5 operators in user input are taken as text, never as syntax.
 */
export function buildFtsQuery(query: string): string | null {
  const parts: string[] = [];
  const text = normaliseSearchText(query);
  const pattern = /"([^"]*)"|([^\s"]+)/g;
  const tokens: { phrase: boolean; words: string[] }[] = [];
  for (const match of text.matchAll(pattern)) {
    const raw = match[1] ?? match[2] ?? '';
    const words = ftsWords(raw);
    if (words.length) tokens.push({ phrase: match[1] !== undefined, words });
  }
  tokens.forEach((token, index) => {
    const isLast = index === tokens.length - 1;
    if (token.phrase || token.words.length > 1) {
      parts.push(`"${token.words.join(' ')}"`);
    } else {
      const word = token.words[0];
      parts.push(isLast && word.length >= 2 ? `"${word}"*` : `"${word}"`);
    }
  });
  return parts.length ? parts.join(' AND ') : null;
}

/** Splits like FTS5's unicode61 tokenizer does: letters and digits; apostrophes and hyphens separate words. */
function ftsWords(text: string): string[] {
  return Array.from(text.matchAll(/[\p{L}\p{N}\p{M}]+/gu), (m) => m[0]);
}
