// The cleaner: turn a pasted or saved web page into clean article(s).
// Core module: no Electron import, runs under plain Node.
//
// Method (see text-extract.ts for details): every line is classified from its own shape and a
// known-furniture vocabulary kept as data (furniture.ts); then position and repetition decide
// what is headline, head block (standfirst, date, byline, captions), body, footer and comment thread.

import { buildLines, mergeWrapped, splitRawLines } from './lines';
import { hasFrontMatter, looksLikeMarkdown, markdownToRawLines, readFrontMatter } from './markdown';
import { extractFromLines } from './text-extract';
import { hasLetters } from './text-utils';
import type { ExtractedArticle } from './types';

export type { DateConfidence, ExtractedArticle, ExtractedComment, ExtractedDate } from './types';
export { extractArticleFromHtml } from './html';
export { findDates, parseMachineDate } from './dates';

export const NO_TEXT_MESSAGE = 'The file contains no readable text.';

/** Plain text and Markdown (.md: front matter read as metadata; Markdown syntax stripped). */
export function extractArticlesFromText(text: string, options: { fileName?: string } = {}): ExtractedArticle[] {
  if (typeof text !== 'string' || !hasLetters(text)) throw new Error(NO_TEXT_MESSAGE);
  const isMd = /\.(?:md|markdown|mdown|mkd)$/i.test(options.fileName ?? '') || hasFrontMatter(text) || looksLikeMarkdown(text);
  if (isMd) {
    const { meta, rest } = readFrontMatter(text);
    const { lines: raw, images } = markdownToRawLines(rest);
    if (!raw.some((l) => hasLetters(l.text)) && !meta.title) throw new Error(NO_TEXT_MESSAGE);
    const lines = buildLines(raw);
    return extractFromLines(lines, { fileName: options.fileName, meta, markdown: true, captions: images });
  }
  const lines = buildLines(mergeWrapped(splitRawLines(text)));
  return extractFromLines(lines, { fileName: options.fileName });
}
