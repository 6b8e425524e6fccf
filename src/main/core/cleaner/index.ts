// The cleaner: turn a pasted or saved web page into clean article(s).
// Core module: no Electron import, runs under plain Node.
//
// METHOD — line and paragraph classification, in the spirit of jusText, boilerpipe and trafilatura. Nothing
// is keyed to a site: no outlet names, no per-site layouts. What a page wraps around an article is
// recognised from general evidence, and the vocabulary of page furniture is data (furniture.ts).
//
// 1. Lines (lines.ts). The text is cut into lines (blank-line counts, indentation and space-separated
//    cells kept; hard-wrapped paragraphs re-joined unless the next line is a byline, date or URL). Each line
//    is measured once — word count, comparison key, function-word counts (one pass, measureLine), final
//    punctuation — and classified from its own shape:
//      - length and sentence shape: a "good" line is running text (a full sentence of 5+ words, or 15+
//        words); a headline is 3-30 words, capitalised, without a final stop;
//      - stop-word density: a comma list without function words is a tag line;
//      - link density, as text shows it: menus and breadcrumbs (short items between | › » / •), rows of
//        short cells laid out with runs of spaces, rows made only of furniture words ("Register Login");
//      - the furniture vocabulary, as data: exact labels ("Share", "Most read", "رد"), prefixes
//        ("Sign up", "Related:"), phrases ("min read", "cookie"), relative stamps ("2 hours ago"),
//        counters ("1.2K Followers"), pagination ("Page 1 of 3");
//      - dates, bylines ("By X | Agency", "Posted by X on …", "Posted on <date> by X", "Interview by X",
//        "By Staff reporter", an agency or desk alone on a line, Arabic "بقلم" and "حلب - خاص" datelines,
//        "by user » date"), photo captions (an agency, © or "Photo: Name" credit at the end), attributions
//        ("— Name, role") and footer markers (newsletter boxes, e-mail footers, disclaimers, copyright,
//        author boxes, "Related …", notes and references headings); phrases only newsletter boxes, e-mail
//        footers and disclaimers use make a line furniture even when it reads as a sentence.
// 2. Position and repetition (text-extract.ts). The title is the headline-shaped line above the first run
//    of running text with the strongest head block below it (a repeat of it, a date, a byline or a bare
//    name beside the date, captions, furniture); a headline printed twice (or listed, numbered, in a
//    newsletter's contents) wins; a credit line, a printed page's date header, an entry of a list (key
//    points, contents) never does, and a masthead (capitals, "Name | Weekly briefing") only when repeated.
//    Later headlines with a head block of their own start a new article ("Next article" pages, briefings,
//    pasted collections); a forum's "Re: <title>" and a reader comment's "Name • 5 days ago" do not.
//    The body runs from the first running-text paragraph after the head to the last one before the tail:
//    the tail starts at a footer marker that fewer than two paragraphs of text follow (author bios and
//    numbered notes do not count) or at the reader-comment thread. A thread is read from its structure:
//    units of an author line, the comment and widget chrome (a time stamp, a Reply / Like / count row) that
//    repeats before or after each comment ("Name says:", "Name / date / text", "Name / text / 3 hours ago
//    Reply Like (41)", "Name • 5 days ago", "by user » date", Arabic "منذ ساعتين"), opened by a comments
//    heading (Comments (214), 14 Comments, التعليقات) or by its first units; text in it that no unit claims is
//    kept as a comment without an author, never dropped. Inside the body, furniture,
//    captions, related links with their headline, runs of link-like lines, short lines printed more than
//    once (running headers) and pull quotes (a copy of a paragraph) are dropped; sub-headings are kept.
// 3. Dates (dates.ts): English and Arabic forms, with where the date came from (metadata, stated, caption,
//    page clock) and how sure (high / medium / low).
//
// Measured with scripts/cleaning-score.ts on the annotated pages of tests/fixtures/cleaner (41 site
// shapes) and the seeds: the share of furniture lines removed and of body lines kept, titles right and
// comment lines kept (a comment in the body or nowhere is lost); tests/unit/cleaner/
// cleaning-score.test.ts holds it to the thresholds. Speed: every per-line measure is computed once and no
// pass compares all pairs of lines (scale.test.ts); `npx tsx scripts/cleaning-score.ts --speed` times it.

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
