// The text cleaner proper: from classified lines to one or more articles.
//
// 1. Title: the first headline-shaped line above the first run of sentence-like paragraphs
//    (a headline that is repeated in the page wins — pages print headline blocks twice, newsletters list
//    their stories' headlines, numbered, in a contents list). Never a title: a credit line (bylines with or
//    without a person's name, an agency alone), an entry of a list (numbered or bulleted lines, or three and
//    more headline-shaped lines in a row with no head item below them: key points, contents, related links),
//    and, unless repeated, a masthead (a line in capitals, or "Name | Weekly briefing").
// 2. Split: later headline-shaped lines start a new article when a head block follows them
//    (a repeat of the headline, a date, a byline, captions/furniture) and body text surrounds them; a reader
//    comment's header ("Name • 5 days ago") and a headline whose block runs into a comments heading do not.
// 3. Head: between title and body — standfirst (subtitle: the longer line right below the headline, a
//    paragraph followed by a date or credit line, or a tight block of short sentences — key takeaways — above
//    them), date line, byline, captions, repeats, labels. Below the date and credit lines, a paragraph followed
//    only by a share bar is text (a live blog's first entry).
// 4. Body: from the first sentence-like paragraph to the last one before the tail, where the tail begins
//    at a strong footer marker (newsletter box, e-mail footer, disclaimer, author box, copyright …) that little
//    text follows, or at the reader-comment thread.
// 5. Comments: a thread is read from its structure — units of an author line, the comment, and widget chrome
//    (a time stamp, an action row of Reply / Like / counts) that repeats before or after each comment — and
//    opens at a comments heading or at its first unit. Without a heading it needs two units by different
//    authors and no running text around them (else they are embedded posts or a diary's datelines). Text in a
//    thread that no unit claims is kept as a comment without an author: never dropped.
// 6. Inside the body: furniture, captions, "Read more" links with their headline, link lists,
//    pull quotes (a repeated sentence with an attribution line) are removed; sub-headings are kept.

import { readForumThread } from './forum-thread';
import { COMMENT_ACTIONS, COMMENT_NOISE, TAGS_LINE, WIDGET_WORDS } from './furniture';
import { accountNameAt, chatMessage, copyrightOutlet, HORIZONTAL_RULE, isFurniture, isPersonName, isRoleLine, selfDescribedOutlet, TOC_ENTRY, type Line } from './lines';
import { asciiDigits, firstDate, hasPublishWord, hasUpdateWord, isCalendarWord, withYear, yearOfPage, type DateHit } from './dates';
import { addStopCounts, detectLanguage, directionOf, endsSentence, endsWithBeforeClosers, isCasedScript, keyOf, squash, stopCounts, wordsOf } from './text-utils';
import type { DateConfidence, ExtractedArticle, ExtractedComment, ExtractedDate, KnownMeta } from './types';

interface Options {
  fileName?: string;
  meta?: KnownMeta;
  markdown?: boolean;
  /** Captions known from the markup (Markdown image text, HTML figcaptions). */
  captions?: string[];
  /** A weak title (HTML <title>) used only when the text shows no title line. */
  titleFallback?: string | null;
}

const NON_TEXT_HEAD = new Set(['caption', 'date', 'byline', 'furniture', 'credit']);

const LINK_STOPS = new Set([...'.…:;,']);

/** Ends like a headline or link title (no full stop; a question or exclamation mark is allowed). */
function headlineEnd(l: Line): boolean {
  return !endsWithBeforeClosers(l.text, LINK_STOPS);
}

function nextText(lines: Line[], j: number, end: number): number {
  for (let k = j + 1; k < end; k++) if (lines[k].kind === 'text') return k;
  return -1;
}

/**
 * A summary above the credits: two to five short sentences in a tight block (no blank line between them)
 * starting at j, then a byline or date line, then running text again. Returns the index after the block, or -1.
 */
function summaryBlock(lines: Line[], j: number, end: number): number {
  let k = j;
  while (k < end && k - j < 5 && lines[k].kind === 'text' && lines[k].good && lines[k].words <= 30 && (k === j || lines[k].blankBefore === 0)) k++;
  if (k - j < 2 || k >= end || !headItemBelow(lines, k - 1, end)) return -1;
  // the text goes on below the credit and date lines
  let m = k;
  while (m < end && m - k < 4 && (lines[m].kind !== 'text' || bareByline(lines, m, j, end))) m++;
  return m < end && lines[m].good ? k : -1;
}

/** A credit or date line right below j: j heads an article (a long headline or standfirst, not its text). */
function headItemBelow(lines: Line[], j: number, end: number): boolean {
  const n = j + 1 < end ? lines[j + 1] : null;
  // (a mobile page prints the story's age there: "منذ ساعتين", "2 hours ago")
  return !!n && (n.kind === 'byline' || n.kind === 'date' || stampText(n.text) || bareByline(lines, j + 1, j, end));
}

/** First sentence-like paragraph that is followed by another one (ignoring non-text lines between). */
function firstGoodRun(lines: Line[], from: number, end: number): number {
  let firstGood = -1;
  for (let j = from; j < end; j++) {
    if (!lines[j].good) continue;
    // a 15-word headline without a final stop over its byline, or printed twice (the page's title and its
    // heading), is "good" by length alone
    const doubled = (j + 1 < end && isRepeatOf(lines[j], lines[j + 1])) || (j > from && isRepeatOf(lines[j], lines[j - 1]));
    if (lines[j].headline && !lines[j].endsSentence && (headItemBelow(lines, j, end) || doubled)) continue;
    if (firstGood < 0) firstGood = j;
    const n = nextText(lines, j, end);
    if (n < 0 || lines[n].good) return j;
  }
  return firstGood;
}

/** "1. Afrin: …", "2) …": an entry of a numbered list (contents of a newsletter, most-read lists). */
const NUMBERED = /^[\d\u0660-\u0669]{1,2}[.)]\s/;
/** "• …", "1. …": a list entry, never the page's headline. */
const MEDIA_LABEL = /^(?:photo|image|picture|credit|source|caption|video|map|graphic)s?\b[^:]{0,20}:/i;
const LIST_ENTRY = /^(?:[\d\u0660-\u0669]{1,2}[.)]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[•·●▪◦∙*])\s/;

/** The key of a numbered entry without its number (its number is the first word of the key). */
function unnumberedKey(l: Line): string | null {
  if (!NUMBERED.test(l.text)) return null;
  const sp = l.key.indexOf(' ');
  return sp < 0 ? null : l.key.slice(sp + 1);
}

/** `piped`: may a "Headline – Site" line count as a repeat (see repeatFinder)? */
function isRepeatOf(title: Line, other: Line, piped = true): boolean {
  if (other.i === title.i) return false;
  if (other.key === title.key) return true;
  // a contents list above the stories prints each headline with its number
  if (unnumberedKey(other) === title.key) return true;
  if (!piped) return false;
  const n = title.key.length;
  return other.key.length > n && other.key.charCodeAt(n) === 32 && other.key.startsWith(title.key) && /\s[|–—-]\s/.test(other.text) && other.text.startsWith(title.text.slice(0, 20));
}

/**
 * Is a line repeated (isRepeatOf) in the window? A scan for few questions, a key map for many. A "Headline – Site"
 * line repeats a headline only above line `pipedBefore` (the text's start): below it, "Council of Douma – Media
 * Office" is a signature naming the site, whose name is no headline.
 */
function repeatFinder(window: Line[], questions: number, pipedBefore: number): (title: Line) => boolean {
  const repeats = (title: Line, o: Line) => isRepeatOf(title, o, o.i < pipedBefore);
  if (questions * window.length <= 4096) return (title) => window.some((o) => repeats(title, o));
  const byKey = new Map<string, number>();
  for (const o of window) {
    byKey.set(o.key, (byKey.get(o.key) ?? 0) + 1);
    const u = unnumberedKey(o);
    if (u !== null && u !== o.key) byKey.set(u, (byKey.get(u) ?? 0) + 1);
  }
  // only "Headline | Site" / "Headline - Site" lines can repeat a headline with a longer key
  const piped = window.filter((o) => o.i < pipedBefore && /\s[|–—-]\s/.test(o.text));
  const pipedByPrefix = new Map<string, Line[]>();
  for (const o of piped) {
    const k = o.text.slice(0, 20);
    const list = pipedByPrefix.get(k);
    if (list) list.push(o);
    else pipedByPrefix.set(k, [o]);
  }
  return (title) => {
    const same = byKey.get(title.key) ?? 0;
    if (same > (window.includes(title) ? 1 : 0)) return true;
    const pool = title.text.length >= 20 ? pipedByPrefix.get(title.text.slice(0, 20)) ?? [] : piped;
    return pool.some((o) => isRepeatOf(title, o));
  };
}

/** "Weekly briefing", "Daily digest": the name of a periodical's issue, not of a story. */
const PERIODICAL = /\b(?:briefing|brief|digest|newsletter|bulletin|roundup|round-up|weekly|daily|fortnightly|monthly|edition|issue)\b|النشرة|الموجز|نشرة/i;

/**
 * A masthead or section label shaped like a headline: set in capitals ("SYRIA DIGEST"; headlines are in title
 * or sentence case), or a "Name | Weekly briefing" line naming a periodical.
 */
function mastheadLike(l: Line): boolean {
  const t = l.text;
  if (isCasedScript(t) && !/\p{Ll}/u.test(t) && /\p{Lu}{2}/u.test(t)) return true;
  // (a numbered issue, "CONFLICT BRIEF No. 47", names the series however many words it has)
  return /\s[|·•–—]\s/.test(t) && t.split(/\s[|·•–—]\s/).some((part) => (wordsOf(part).length <= 3 || /\b(?:No\.?|Issue|Vol\.?)\s*\d+\b/i.test(part)) && PERIODICAL.test(part));
}

/**
 * Line c heads a site's menu: four or more short labels right under it, among the page's first lines ("Institute
 * for the Study of War" / "Research" / "Publications" / "Maps & Data" / …): the site's name, not a headline.
 */
function overMenu(lines: Line[], c: number): boolean {
  if (c > 3) return false;
  let items = 0;
  for (let k = c + 1; k < lines.length && lines[k].blankBefore === 0 && !lines[k].good && lines[k].words <= 3 && !lines[k].headline; k++) items++;
  return items >= 4;
}

/** A print edition's issue line, which dates the issue: "العدد ٢٩٩٥ الجمعة ١٤ تشرين الأول ٢٠١٦", "Issue 2995, …". */
const PRINT_ISSUE = /^(?:العدد|عدد|issue|no\.)\s*:?\s*[\d\u0660-\u0669]/i;

/** Line k is a label in capitals right over a headline in title or sentence case. */
function kickerOver(lines: Line[], k: number): boolean {
  const next = lines[k + 1];
  return !!next && next.blankBefore === 0 && next.headline && mastheadLike(lines[k]) && !mastheadLike(next);
}

/** "3/9/2021   Title - Site": the header a browser prints on every page, not the headline. */
const PRINT_HEADER = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s/;

/**
 * Lines of a list: three or more headline-shaped lines of five words or more in a row (key points above a live
 * blog, a newsletter's contents, related links) that no head item (date, byline, caption) follows. A headline
 * with its standfirst is at most two such lines, and a kicker is shorter.
 */
function listRuns(lines: Line[], from: number, limit: number, end: number): Set<number> {
  const out = new Set<number>();
  const listLike = (l: Line) => l.kind === 'text' && l.headline && !l.good && !l.heading && l.words >= 5;
  for (let j = from; j < limit; j++) {
    if (!listLike(lines[j])) continue;
    let k = j;
    while (k < end && listLike(lines[k])) k++;
    const after = k < end ? lines[k] : null;
    const headNext = !!after && (NON_TEXT_HEAD.has(after.kind) && after.kind !== 'furniture' || bareByline(lines, k, from, end));
    if (k - j >= 3 && !headNext) for (let x = j; x < k; x++) out.add(x);
    j = k - 1;
  }
  return out;
}

/**
 * How often each short line of text (five words or fewer, no paragraph) is printed on the page: a line printed
 * three times or more is a running head, an office's name or a feed's sender, never a doubled headline. Counted
 * once per page.
 */
const SHORT_LINE_COUNTS = new WeakMap<Line[], Map<string, number>>();
const isShortLine = (l: Line): boolean => l.kind === 'text' && !l.good && l.words >= 1 && l.words <= 5 && l.key !== '';
function shortLineCounts(lines: Line[]): Map<string, number> {
  let counts = SHORT_LINE_COUNTS.get(lines);
  if (counts) return counts;
  counts = new Map<string, number>();
  for (const l of lines) if (isShortLine(l)) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  SHORT_LINE_COUNTS.set(lines, counts);
  return counts;
}
const printedOften = (lines: Line[], l: Line): boolean => isShortLine(l) && (shortLineCounts(lines).get(l.key) ?? 0) >= 3;

/**
 * The lines that name who posted each message of a feed (a channel's name over every post of a Telegram export or
 * preview, a group member's name): a short line printed three times or more, on a page that times its posts.
 */
const SENDER_LINES = new WeakMap<Line[], Uint8Array>();
const POST_TIME = /^(?:edited\s+)?\d{1,2}:\d\d(?:\s?[AaPp][Mm])?$/;
function senderLines(lines: Line[]): Uint8Array {
  let out = SENDER_LINES.get(lines);
  if (out) return out;
  out = new Uint8Array(lines.length);
  SENDER_LINES.set(lines, out);
  // a feed times each post ("19:02", "edited 14:32"); a report's running head, printed as often, has no times
  let times = 0;
  for (const l of lines) if (l.words <= 2 && POST_TIME.test(l.text)) times++;
  if (times < 2) return out;
  for (let j = 0; j < lines.length; j++) if (printedOften(lines, lines[j])) out[j] = 1;
  return out;
}

/** Is a sender line (see senderLines) among the few lines right above k, past the post's time and labels? */
function senderAbove(lines: Line[], k: number): boolean {
  const senders = senderLines(lines);
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (senders[j]) return true;
    if (lines[j].kind !== 'furniture' && lines[j].kind !== 'date') return false;
  }
  return false;
}

/**
 * The signature under a statement's text: a short line that is no sentence (the signer) with a date line right
 * under it, within three lines of the text's end (past a closing verse or formula), and no text after them. -1 if none.
 */
function signatureBelow(lines: Line[], bodyEnd: number, e: number): number {
  for (let j = bodyEnd + 1; j < e - 1 && j <= bodyEnd + 3; j++) {
    const l = lines[j];
    if (l.good || l.kind === 'more-before') return -1;
    const d = lines[j + 1];
    if (l.kind !== 'text' || l.words < 2 || l.words > 10 || l.endsSentence || l.footer || d.kind !== 'date' || !d.date) continue;
    for (let k = j + 2; k < e && k <= j + 4; k++) if (lines[k].good) return -1;
    return j;
  }
  return -1;
}

/**
 * The date a feed prints over the post whose headline is line c (a chat export's "12 March 2025" above the
 * channel's name and the post's time): the date line right above the post's sender line, or -1.
 */
function postDateLine(lines: Line[], c: number): number {
  const senders = senderLines(lines);
  let j = c - 1;
  // (past the post's time, its label and the stubs of media it carries, and the sender's short posts before it,
  // which a chat export prints under one name; not past another post's text)
  while (j >= 0 && j >= c - 12 && !senders[j] && !lines[j].good) j--;
  if (j < 1 || !senders[j]) return -1;
  let k = j - 1;
  while (k > 0 && k >= j - 2 && lines[k].kind === 'furniture') k--;
  return lines[k].kind === 'date' && lines[k].date && !lines[k].clock ? k : -1;
}

const STATEMENT_HEADING = /^(?:بيان|بلاغ|تعميم|تصريح|(?:joint |press |public )?(?:statement|communiqu[eé]|declaration))(?:\s|$)/i;
const SUBJECT_LINE = /^(?:بشأن|بخصوص|حول|(?:on|regarding|concerning|about|re:)\s)/i;

/** Line j heads a statement and the line right under it gives its subject. */
function statementHeading(lines: Line[], j: number): boolean {
  if (j < 0 || j + 1 >= lines.length) return false;
  const l = lines[j];
  const next = lines[j + 1];
  return l.kind === 'text' && l.words <= 6 && !l.endsSentence && STATEMENT_HEADING.test(l.text) && next.blankBefore === 0 && next.kind === 'text' && next.words <= 30 && SUBJECT_LINE.test(next.text);
}

function findTitle(lines: Line[], from: number, end: number, runStart: number): number {
  // an unrolled thread's first post is its title, though it reads as the text's first paragraph
  if (runStart >= 0 && lines[runStart].words <= 40 && threadHook(lines, runStart, end)) return runStart;
  const limit = runStart < 0 ? end : runStart;
  // in a feed of posts, the title is in the post that holds the text: below the last sender line above it
  const senders = senderLines(lines);
  for (let j = limit - 1; j > from; j--) {
    if (!senders[j]) continue;
    if (lines.slice(j + 1, limit).some((l) => l.headline)) from = j + 1;
    break;
  }
  // a statement's heading over its subject («بيان إلى الرأي العام / بشأن انتهاء …», "Press statement / On the
  // …"): the heading is the title, above a letterhead's names and dates (the subject then reads as its subtitle)
  for (let j = from; j + 1 < limit; j++) {
    if (statementHeading(lines, j)) return j;
  }
  const lists = listRuns(lines, from, limit, end);
  let cands: number[] = [];
  for (let j = from; j < limit; j++) {
    const l = lines[j];
    // (a chat export's time stamp before a message is no browser's print header)
    if (l.headline && !l.tabbed && !senders[j] && !bareByline(lines, j, from, end) && !accountNameAt(lines, j) && !(PRINT_HEADER.test(l.text) && !l.chat) && !LIST_ENTRY.test(l.text) && !lists.has(j)) cands.push(j);
  }
  // (a short line printed three times or more, "Office of Public Affairs" over a release's date and in its footer,
  // is no title while another line can be)
  const once = cands.filter((c) => !printedOften(lines, lines[c]));
  if (once.length) cands = once;
  if (runStart >= 0 && longHeadline(lines, runStart, end)) cands.push(runStart);
  // only list-like lines: a page of links or a list of headlines, whose first entry is the best guess
  if (!cands.length) for (const j of lists) if (j < limit) cands.push(j);
  cands.sort((a, b) => a - b);
  // markdown: the first heading is the title
  const h = cands.find((c) => lines[c].heading > 0);
  if (h !== undefined) return h;
  // otherwise the headline-shaped line with the strongest head block below it (a repeat of it, a date,
  // a byline, captions) wins over site names and section labels; ties go to the earliest line
  const window = lines.slice(from, Math.min(end, limit + 12));
  const repeatedIn = repeatFinder(window, cands.length, limit);
  let best = -1;
  let bestScore = -1;
  for (const c of cands) {
    const repeated = repeatedIn(lines[c]);
    // (a headline right under a horizontal rule heads a newsletter's item)
    const ruled = c > from && HORIZONTAL_RULE.test(lines[c - 1].text) ? 1 : 0;
    // (a blog prints each post's date alone right above its title, the text right below it, under the blog's
    // own name and tagline)
    const header = dateHeaderLine(lines, c, from);
    const dated = header >= 0 && lines[header].kind === 'date' && !lines[header].clock && c + 1 < end && lines[c + 1].good ? 2 : 0;
    const score =
      headScore(lines, c, end, true) + (repeated ? 3 : 0) + (lines[c].words >= 4 ? 1 : 0) + (lines[c].words >= 6 && !underHeadline(lines, c, from) ? 1 : 0) - ((mastheadLike(lines[c]) || overMenu(lines, c)) && !repeated ? 2 : 0) + ruled + dated + (abstractFollows(lines, c, end) ? 3 : 0) + (threadHook(lines, c, end) ? 4 : 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  // no headline-shaped line (a one- or two-word title such as an encyclopedia entry's name): the short text
  // line with the strongest head block below it, on a tie the one nearest the text (contents lists and
  // section labels come earlier)
  let fallback = -1;
  let fallbackScore = -1;
  let above = from;
  while (above < limit && !lines[above].good) above++; // a title is above the first paragraph of text
  for (let j = from; j < above; j++) {
    const l = lines[j];
    if (l.kind !== 'text' || l.words > 20 || l.words < 1) continue;
    const score = headScore(lines, j, end, true);
    if (score >= fallbackScore) {
      fallback = j;
      fallbackScore = score;
    }
  }
  return fallback;
}

/**
 * Where a date header above line c would stand: right above it, or past a line or two of furniture (a newsletter's
 * "Issue #112 · 14 March 2025 / In this issue: …"); -1 at the top.
 */
function dateHeaderLine(lines: Line[], c: number, from: number): number {
  let k = c - 1;
  while (k > from && k >= c - 2 && lines[k].kind === 'furniture') k--;
  return k >= from ? k : -1;
}

/**
 * "Headline – Site Name" (a browser tab's title, or a page's own head) when the page prints the site's name
 * elsewhere, on a line of its own or in its copyright line: the headline and the name apart, else null.
 */
function siteSuffix(lines: Line[], text: string): { headline: string; name: string } | null {
  const m = /^(.{12,}?)\s+[–—|-]\s+([^–—|]{2,40})$/.exec(text);
  if (!m || wordsOf(m[2]).length > 5) return null;
  const key = keyOf(m[2]);
  if (!key) return null;
  const printed = lines.some((l) => l.key === key || (l.kind === 'credit' && ` ${l.key} `.includes(` ${key} `)));
  return printed ? { headline: m[1], name: squash(m[2]) } : null;
}

/** The age a page prints beside a story's date ("/ 7 YEARS AGO"). */
const STAMP_AGE = /\b(?:\d+|an?)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago\b/i;

/**
 * A headline too long to look like one (a translated headline runs past twenty words), so it starts the run
 * of text: no final stop, and the article's credit or date line below it, past at most its standfirst.
 */
function longHeadline(lines: Line[], k: number, end: number): boolean {
  const l = lines[k];
  if (l.endsSentence || l.words > 32 || endsAsking(l.text) || /[:;,]$/.test(l.text)) return false;
  // (past a video player's controls too, which a programme's page prints between its standfirst and its dates)
  for (let j = k + 1, texts = 0, others = 0; j < end && j <= k + 9; j++) {
    const m = lines[j];
    if (m.kind === 'byline' || m.kind === 'date') return true;
    if (m.kind === 'text' && ++texts > 1) return false;
    if (m.kind !== 'text' && m.kind !== 'furniture' && ++others > 2) return false;
    if (j > k + 4 && m.kind !== 'furniture') return false;
  }
  return false;
}

/**
 * The thread emoji or a "1/" count that ends a thread's first post ("… behind the Aleppo offensive 🧵", "… (1/12)",
 * "… 1/"); not a title's "part 1/2".
 */
const THREAD_MARK = /\s*(?:🧵|\(1\s?\/\s?\d{1,3}\)|\b1\s?\/n?)\s*(?:👇|⬇️|⬇)?\s*$/u;

/** A thread's first post, its hook: it carries the thread mark, or the post below it is numbered "2/". */
function threadHook(lines: Line[], k: number, end: number): boolean {
  if (THREAD_MARK.test(lines[k].text)) return true;
  const next = k + 1 < end ? lines[k + 1] : null;
  return !!next && /^2\s?\/\s?(?:\d{1,3}\s)?\S/.test(next.text);
}

/** Right below another headline-shaped line: a standfirst, longer than the headline above it. */
function underHeadline(lines: Line[], c: number, from: number): boolean {
  return c > from && lines[c - 1].kind === 'text' && lines[c - 1].headline;
}

/** The label a report or a paper puts between its title (and authors) and its text: "Summary", "Abstract", «ملخص». */
const ABSTRACT_LABEL = /^(?:summary|abstract|executive summary|r[ée]sum[ée]|(?:ال)?ملخص(?: تنفيذي| الدراسة)?|الخلاصة)\s*:?$/i;

/**
 * A report's or a paper's title: its abstract's label follows, at most a few short lines (authors,
 * affiliations) below it. A running head repeated on every page may stand there too, and is not the title.
 */
function abstractFollows(lines: Line[], k: number, end: number): boolean {
  for (let j = k + 1; j < end && j <= k + 4; j++) {
    if (ABSTRACT_LABEL.test(lines[j].text)) return !lines.some((l, i) => i !== k && l.key === lines[k].key);
    if (lines[j].good || lines[j].words > 12) return false;
  }
  return false;
}

/** How strongly the lines after a headline-shaped line look like an article head block. */
function headScore(lines: Line[], k: number, end: number, stopAtHeadline = false): number {
  const t = lines[k];
  let score = 0;
  let caps = 0;
  let furn = 0;
  let goodSeen = 0;
  for (let j = k + 1; j < end && j <= k + 12; j++) {
    const m = lines[j];
    if (bareByline(lines, j, k, end)) {
      score += 2; // an unlabelled name beside the date line
      continue;
    }
    // a longer line without a final stop right below the headline is its standfirst, however long
    // (or any line right below it that the date or credit line follows: "Title / Standfirst / date / byline")
    if (j === k + 1 && m.kind === 'text' && m.headline && (m.words > t.words || headItemBelow(lines, j, end)) && !isRepeatOf(t, m)) continue;
    if (stopAtHeadline && m.headline && !m.good && !isRepeatOf(t, m)) {
      // a longer line right below the headline is its standfirst; any other headline starts another block
      if (j === k + 1 && m.words > t.words) continue;
      break;
    }
    if (m.good && !isRepeatOf(t, m)) {
      const block = summaryBlock(lines, j, end);
      if (block > 0 && goodSeen === 0) {
        j = block - 1; // key takeaways above the byline: the head goes on below them
        goodSeen++;
        continue;
      }
      goodSeen++;
      const n = j + 1 < end ? lines[j + 1] : null;
      if (goodSeen > 1 || !n || !(NON_TEXT_HEAD.has(n.kind) || bareByline(lines, j + 1, k, end))) break;
      continue;
    }
    if (isRepeatOf(t, m)) score += 3;
    else if (m.kind === 'date' || m.kind === 'byline') score += 2;
    else if (m.kind === 'caption' || m.kind === 'credit') caps++;
    else if (m.kind === 'furniture') furn++;
  }
  return score + Math.min(caps, 2) + Math.min(furn, 1);
}

/** Furniture between the previous text and a headline: a page top (menus, "Skip to content") before a new article. */
const PAGE_TOP = /^(?:skip to|jump to|menu|search|home|log ?in|sign in|subscribe|listen live|we use cookies)/i;

/** "Re: <the title>": a forum reply's subject line, not the headline of another article. */
function isReplySubject(l: Line, title: Line | undefined): boolean {
  return !!title && /^re\s*:/i.test(l.text) && keyOf(l.text.replace(/^re\s*:\s*/i, '')) === title.key;
}

/**
 * Does a newsletter's item end right above line k? A horizontal rule divides its items ("━━━━━━" / "Truffle season
 * turns deadly"), and so does the "Read more" link that closes the item above, set apart by blank lines (on a page
 * without them "READ MORE" heads a related story's headline, inside the text).
 */
function itemBreakAbove(lines: Line[], k: number): boolean {
  if (k < 1) return false;
  const above = lines[k - 1];
  return HORIZONTAL_RULE.test(above.text) || (above.kind === 'more-after' && above.blankBefore > 0 && lines[k].blankBefore > 0);
}

function findSplits(lines: Line[], titleIdx: number, runStart: number, markdown: boolean): number[] {
  const starts = [0];
  if (titleIdx < 0 || runStart < 0) return starts;
  // pages pasted without blank lines between paragraphs cannot use blank lines as separators
  const spaced = lines.filter((l) => l.blankBefore > 0).length > lines.length * 0.2;
  // one pass each instead of a scan per candidate: the next sentence-like line at or after j, and the
  // furniture weight between the last sentence-like line and j (goodAfter / furnitureBefore)
  const n = lines.length;
  const nextGood = new Int32Array(n + 2).fill(n);
  for (let j = n - 1; j >= 0; j--) nextGood[j] = lines[j].good ? j : nextGood[j + 1];
  const furnitureRun = new Int32Array(n);
  let run = 0;
  for (let j = 0; j < n; j++) {
    furnitureRun[j] = run;
    const l = lines[j];
    if (l.good) run = 0;
    else if (l.kind === 'furniture' || l.kind === 'date' || l.kind === 'credit') run += PAGE_TOP.test(l.text) || HORIZONTAL_RULE.test(l.text) ? 2 : 1;
  }
  // the next comments heading at or after j: a headline whose block runs into a comment thread is a tag or
  // link above the thread, not another article
  const nextThread = new Int32Array(n + 2).fill(n);
  for (let j = n - 1; j >= 0; j--) nextThread[j] = THREAD_HEADING.test(lines[j].text) ? j : nextThread[j + 1];
  let goodSince = 0;
  for (let k = Math.max(runStart, titleIdx + 1); k < lines.length; k++) {
    const l = lines[k];
    if (l.good) {
      goodSince++;
      continue;
    }
    // (a section label right above a headline, "World", "عرب وعالم", stands apart from what came before in its stead)
    const label = k > 0 ? lines[k - 1] : null;
    // (in a feed of posts without blank lines, the sender's name above the post stands between them)
    const post = senderAbove(lines, k);
    const apart = post || l.blankBefore >= 1 || (!!label && label.kind === 'text' && !label.good && label.words <= 3 && label.blankBefore >= 1);
    if (!l.headline || goodSince < 2 || (spaced && !apart)) continue;
    if (isReplySubject(l, lines[titleIdx])) continue;
    if (senderLines(lines)[k]) continue; // a feed's sender over each post heads none of them
    if (l.footer) continue; // "About Karim Haddad": the author box below the text
    // ("Levant Field Notes" / "Written by Karim Haddad": a publication's name heading the author box)
    // (a feed reader prints an item's tags under its headline: "Tags: SNA, al-Bab")
    if (lines.slice(k + 1, k + 3).some((m) => m.footer && !m.good && m.kind !== 'credit' && !TAGS_LINE.test(m.text))) continue;
    // below the end of an article (an author box, "More from …"), another needs text of its own, not a bio or
    // a comment thread
    if (footerSince(lines, k) && goodRunBelow(lines, k) < 2) continue;
    if (threadOpenAbove(lines, k)) continue;
    // an accordion's question ("What about the Kurds and the SDF?" / "+"): a section of the same article
    if (k + 1 < n && ACCORDION_TOGGLE.test(lines[k + 1].text)) continue;
    if (stampText(l.text)) continue; // «قبل ١٠ سنوات», "3 years ago": a comment's time, never a headline
    if (l.words <= 12 && COMMENT_NOISE.some((re) => re.test(l.text))) continue; // nor a thread's "1 more reply"
    // "Name • 5 days ago", "Name - date": a reader comment's header, not another article's headline
    if (commentHeaderAt(lines, k, n, false)) continue;
    const g1 = nextGood[k + 1];
    if (nextThread[k] < g1) continue;
    // (a post of its own, a poll or a video's caption, does not head the text of a later post)
    if (senderLines(lines).subarray(k + 1, g1).includes(1)) continue;
    const after = g1 >= n ? 0 : nextGood[g1 + 1] >= n ? 1 : 2;
    if (markdown && l.heading === 1 && after >= 1) {
      starts.push(k);
      goodSince = 0;
      continue;
    }
    if (l.heading > 1) continue;
    if (after >= 2 && headScore(lines, k, lines.length, true) + (itemBreakAbove(lines, k) || post ? 2 : furnitureRun[k] >= 2 ? 1 : 0) >= 2) {
      starts.push(k);
      goodSince = 0;
    }
  }
  return starts;
}

// ---------------------------------------------------------------------------------------------------
// comments
//
// A reader-comment thread is a run of units after the text, each made of an author line, the comment and the
// widget chrome around it: a time stamp ("2 hours ago", "منذ ساعتين", a date) and an action row ("Reply",
// "Reply · 6 likes · 3d", "3 hours ago Reply Like (41)"). The chrome comes before the text (with the author,
// on the author's line or the next) or after it; either way it repeats, and that repetition is the evidence.
// A thread opens at a comments heading or at its first unit. Text in it that no unit claims is kept as a
// comment without an author rather than dropped: a comment read as furniture is text lost.

const OLD_REDDIT_HEADER = /^\[[–-]\]\s*([\w-]{2,30}|\[deleted\])(?:\s.{0,40}?)?\s+(?:-?\d+\s+points?|score hidden)\s+(.+)$/;

interface CommentHeader {
  at: number;
  author: string | null;
  /** Lines consumed by the header (author line + date line). */
  span: number;
  /** The shape alone shows a comment ("Name says:", "Name • 5 days ago", a forum post header). */
  strong: boolean;
  /** Found by the widget chrome below its text ("Name / text / 3 hours ago Reply Like"). */
  trailing?: boolean;
}

function commentAuthorShape(s: string): boolean {
  const t = s.trim();
  const sentenceEnd = endsSentence(t) && !/(?:^|\s)[\p{Lu}\p{Lo}]\.$/u.test(t); // "Mariam K.", «سامر ك.» are names
  return t.length >= 1 && t.length <= 40 && wordsOf(t).length <= 5 && !sentenceEnd && !isFurniture(t);
}

// "Name says:", "Name said..." (Blogger's comment header)
const SAYS_END = /(?:says|said|wrote|writes|commented)\s*(?::|\.{3}|…)?\s*$/i;

/** "This page was last edited on 2 May 2025, at 10:15 (UTC).", "Page last modified: …": a page's revision notice. */
const REVISION_NOTICE = /^(?:this (?:page|article|entry) was |page )?last (?:edited|modified|revised)\b/i;

/** The verb before a commenter's name in a "Posted by X on date" header. */
const COMMENT_CREDIT = /^(?:(?:posted|submitted|written|added|comment(?:ed)?|reply) by|by|بواسطة)\s+/i;

function isPersonLike(s: string): boolean {
  const t = s.trim();
  return isPersonName(t) || /^[\w.-]{2,30}$/.test(t);
}

/** A line that can only be a commenter's name: short, name-shaped (or a user name), no widget words. */
function authorLine(l: Line): boolean {
  return l.kind === 'text' && !l.good && !l.heading && commentAuthorShape(l.text) && (isPersonLike(l.text) || /^@[\w.-]{2,30}$/.test(l.text)) && widgetRow(l) === 0;
}

/** Does a comment's text follow j, closed by widget chrome (a stamp or an action row) within a few lines? */
function closedByChrome(lines: Line[], j: number, end: number): boolean {
  let text = 0;
  for (let k = j + 1; k < end && k <= j + 9; k++) {
    const m = lines[k];
    if (isStamp(m) || widgetRow(m) === 2) return text > 0;
    if (THREAD_HEADING.test(m.text) || (m.footer && !m.good)) return false;
    if (m.kind === 'text') text++;
  }
  return false;
}

function commentHeaderAt(lines: Line[], j: number, end: number, threadOpen: boolean): CommentHeader | null {
  const l = lines[j];
  if (l.words <= 12 && COMMENT_NOISE.some((re) => re.test(l.text))) return null; // a badge ("Top fan") is no name
  if (stampText(l.text)) return null; // nor is a time stamp ("منذ يومين")
  if (profileLine(l)) return null; // nor the line under a name that says where they work («يعمل لدى جامعة حلب»)
  const next = j + 1 < end ? lines[j + 1] : null;
  const bullet = /^[•·●▪◦∙]\s*(.+)$/.exec(l.text);
  // (the last item of a bulleted list in the text is followed by text too: a list item follows another one)
  const inList = j > 0 && /^[•·●▪◦∙]/.test(lines[j - 1].text) && lines[j - 1].blankBefore === 0;
  if (bullet && !inList && commentAuthorShape(bullet[1]) && next && !/^[•·●▪◦∙]/.test(next.text) && (next.indent > l.indent || next.words >= 8)) {
    const span = isStamp(next) ? 2 : 1;
    return { at: j, author: squash(bullet[1]), span, strong: true };
  }
  // "[–]levant_mapper Neutral[S] 48 points 5 years ago": old Reddit's header, the user, a flair, the score and the stamp
  const voted = l.text.startsWith('[') ? OLD_REDDIT_HEADER.exec(l.text) : null;
  if (voted && stampText(voted[2])) return { at: j, author: voted[1], span: 1, strong: true };
  // (cheap guards: "says:" ends the line; a "Name, date" header has a digit)
  const says = SAYS_END.test(l.text.slice(-24)) ? /^(.{1,50}?)\s+(?:says|said|wrote|writes|commented)\s*(?::|\.{3}|…)?\s*$/i.exec(l.text) : null;
  if (says && commentAuthorShape(says[1]) && next) {
    return { at: j, author: squash(says[1]), span: isStamp(next) ? 2 : 1, strong: true };
  }
  // a forum post header: "by name » Tue Mar 05, 2019 11:02 am"
  const post = /^by\s+(.{1,40}?)\s*»\s*(.+)$/i.exec(l.text);
  if (post && (isPersonLike(post[1]) || isPersonName(post[1])) && firstDate(post[2]) && next && next.kind !== 'date') {
    return { at: j, author: squash(post[1]), span: 1, strong: true };
  }
  // "Name, 3 March 2020", "Name • 5 days ago", "الاسم - منذ يومين": the author and the stamp on one line
  // (not a plugin's action row, "أعجبني · رد · 27 · 10 نوفمبر، 2015", whose first word is no name)
  if (l.words <= 12 && next && next.kind === 'text' && widgetRow(l) === 0) {
    const onDate = /^(.{1,40}?)\s*(?:\s(?:on|at)\s|[|•·,–—]|\s-\s)\s*(.+)$/.exec(l.text);
    // (in "Wednesday, October 12, 2016", a post's date, the weekday is no author; in "Samer → Aleppo Truth •
    // 8 years ago" the name after the arrow is the one replied to)
    // ("Posted by Dan W. on 11/04/2013 at 12:47", Drupal's "Submitted by Dan on Tue, 03/05/2019": the credit's verb is no name)
    if (onDate) onDate[1] = onDate[1].replace(/\s*(?:→|➔|▸)\s*.+$/, '').replace(COMMENT_CREDIT, '');
    if (onDate && isPersonLike(onDate[1]) && !isCalendarWord(onDate[1]) && wordsOf(onDate[2]).length <= 10 && (stampText(onDate[2]) || firstDate(onDate[2]))) {
      return { at: j, author: squash(onDate[1]), span: 1, strong: true };
    }
  }
  // "Name / Journalist | Qamishli / 4y / text": a professional network's commenter, their headline under the name
  if (next && !authorLine(l) && l.kind === 'text' && l.words <= 8 && !l.endsSentence && isStamp(next) && j + 2 < end && lines[j + 2].kind === 'text') {
    const prev = j > 0 ? lines[j - 1] : null;
    if (prev && l.blankBefore === 0 && unitStartsAt(lines, j - 1) && authorLine(prev)) return { at: j - 1, author: squash(prev.text), span: 3, strong: false };
  }
  // a user name glued in camel case ("OrontesValley") reads as glued menu labels on its own: it is a name only
  // over a time stamp (with a badge between, "replying to X"), never by weaker signs
  const userName = !authorLine(l) && l.kind === 'furniture' && /^[A-Za-z][\w.-]{2,29}$/.test(l.text) && /\p{Ll}\p{Lu}/u.test(l.text);
  if (!next || !(authorLine(l) || userName)) return null;
  // "Name / Reply to X / 3 days ago / text": a badge between the name and its stamp
  if (j + 3 < end && COMMENT_NOISE.some((re) => re.test(next.text)) && isStamp(lines[j + 2]) && lines[j + 3].kind === 'text') return { at: j, author: squash(l.text), span: 3, strong: false };
  // "Name / 2 hours ago / text": the stamp on the line below the name
  if (isStamp(next) && j + 2 < end && lines[j + 2].kind === 'text') {
    // "Name / Country / date / text": the line starting the unit is the name, the one under it where they wrote from
    const prev = j > 0 ? lines[j - 1] : null;
    if (prev && l.blankBefore === 0 && unitStartsAt(lines, j - 1) && authorLine(prev)) return { at: j - 1, author: squash(prev.text), span: 3, strong: false };
    return { at: j, author: squash(l.text), span: 2, strong: false };
  }
  if (userName) return null;
  // (past the line under the name that says where they work, «يعمل لدى جامعة حلب»)
  const span = profileLine(next) && j + 2 < end ? 2 : 1;
  const said = lines[j + span];
  // "Name / text / 3 hours ago Reply Like (41)": the chrome below the text
  if (said.kind === 'text' && !isStamp(said) && widgetRow(said) === 0 && closedByChrome(lines, j + span - 1, end)) return { at: j, author: squash(l.text), span, strong: false, trailing: true };
  // in an open thread a name above a comment is enough
  if (threadOpen && said.kind === 'text' && (said.good || said.endsSentence || endsAsking(said.text))) return { at: j, author: squash(l.text), span, strong: false };
  return null;
}

/** A comment unit may start here: after a blank line, or, on pages without blank lines, after the chrome ending the last one. */
/** "Works at University of Aleppo", «يعمل لدى جامعة حلب»: what a comments plugin prints under a commenter's name. */
const PROFILE_LINE = /^(?:works at|worked at|studied at|studies at|went to|lives in|(?:يعمل|تعمل|عمل|عملت)\s+(?:لدى|في)|(?:درس|درست|يدرس|تدرس)\s+في|(?:يقيم|تقيم|يعيش|تعيش)\s+في)\s+\S/i;

function profileLine(l: Line): boolean {
  return l.words <= 8 && !l.endsSentence && PROFILE_LINE.test(l.text);
}

function unitStartsAt(lines: Line[], k: number): boolean {
  return k === 0 || lines[k].blankBefore > 0 || lines[k - 1].kind === 'furniture' || THREAD_HEADING.test(lines[k - 1].text);
}

const RELATIVE_TIME = /^(?:about\s+|posted\s+)?(?:an?|\d+)\s+(?:seconds?|minutes?|mins?\.?|hours?|hrs?\.?|days?|weeks?|wks?\.?|months?|mos?\.?|years?|yrs?\.?)\s+ago(?:\s*\(edited\))?$|^(?:yesterday|today|just now)(?:\s+at\s+.+)?$|^\d{1,3}\s?[smhdwy]$/i;
const AR_UNITS = 'ثانية|ثوان|ثواني|ثوانٍ|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|أسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|شهور|سنة|سنتين|سنوات|عام|عامين|أعوام';
// (a stamp may say the comment was edited: "3 years ago (edited)", «قبل ١٠ سنوات (تم التعديل)»)
const ARABIC_RELATIVE = new RegExp(`^(?:منذ|قبل)\\s+(?:[\\d\\u0660-\\u0669]+\\s+)?(?:${AR_UNITS})(?:\\s*\\(تم التعديل\\))?$`);

/** "3 years ago", "2d", "منذ ساعتين": a relative time stamp. */
function stampText(s: string): boolean {
  // (Disqus prints a bullet before it: "• منذ 8 سنوات")
  const t = s.trim().replace(/^[•·]\s*/, '');
  return t.length <= 40 && (RELATIVE_TIME.test(t) || ARABIC_RELATIVE.test(t));
}

/** A comment's time stamp: a date line or "3 years ago". */
function isStamp(l: Line): boolean {
  return l.kind === 'date' || stampText(l.text);
}

/** Time stamps inside an action row ("3 hours ago Reply Like (41)", "Reply · 2d"). */
const STAMP_IN_ROW = new RegExp(
  `(?:about\\s+)?(?:an?|\\d+)\\s+(?:seconds?|minutes?|mins?\\.?|hours?|hrs?\\.?|days?|weeks?|wks?\\.?|months?|mos?\\.?|years?|yrs?\\.?)\\s+ago|\\b(?:yesterday|today|just now)\\b|(?<![\\p{L}\\p{N}])\\d{1,3}\\s?[smhdwy](?![\\p{L}\\p{N}])|(?:منذ|قبل)\\s+(?:[\\d\\u0660-\\u0669]+\\s+)?(?:${AR_UNITS})` +
    // Facebook in Arabic: «٢ س» (hours), «٥٠ د» (minutes), «٣ ي» (days), and «تم التعديل» (edited) beside them
    `|(?<![\\p{L}\\p{N}])[\\d\\u0660-\\u0669]{1,3}\\s?(?:س|د|ي|أ|ث)(?![\\p{L}\\p{N}])|تم التعديل|\\bedited\\b`,
  'giu',
);
/** A time beside a date in a comment's action row: "في 11:20 ص", "at 3:45 PM". */
const ROW_CLOCK = /(?:\s(?:في|at|à)\s+)?\d{1,2}:\d\d(?:\s?(?:ص|م|am|pm|a\.m\.|p\.m\.))?/gi;
const ACTIONS = new Set(COMMENT_ACTIONS);
const WIDGET = new Set(WIDGET_WORDS);

/**
 * A comment widget's action row, made only of action words, counts and stamps: 2 when it has an action only
 * comments have or a time stamp ("Reply · 6 likes · 3d", "منذ ساعتين"), 1 for other widget words alone
 * ("Share"), 0 for anything else.
 */
function widgetRow(l: Line): 0 | 1 | 2 {
  if (l.good || l.words > 10 || l.text.length > 80) return 0;
  let stamp = false;
  let rest = l.text.replace(STAMP_IN_ROW, () => {
    stamp = true;
    return ' ';
  });
  // (or the full date and time a comments plugin prints: "أعجبني · رد · 27 · 10 نوفمبر، 2015 في 11:20 ص")
  const dated = /\d/.test(rest) ? firstDate(rest) : null;
  if (dated) {
    rest = rest.replace(dated.match, ' ').replace(ROW_CLOCK, ' ');
    stamp = true;
  }
  let actions = 0;
  let other = 0;
  for (const word of rest.toLowerCase().split(/[\s·•|,›‹»«()[\]/:–—△▽▲▼-]+/)) {
    if (!word) continue;
    // (Arabic words are looked up without their vowel marks: «ردًا» is «ردا»)
    const tok = word.charCodeAt(0) >= 0x600 ? word.replace(/[\u064b-\u0652]/g, '') : word;
    if (ACTIONS.has(tok)) actions++;
    else if (WIDGET.has(tok) || /^[\d\u0660-\u0669.,]+[km]?$/.test(tok)) other++;
    else return 0;
  }
  if (stamp || actions) return 2;
  return other ? 1 : 0;
}

const THREAD_HEADING =
  /^(?:[\d.,]+[kK]?\s+)?(?:comments?|responses?|replies|reader comments|discussion|reader reactions|join the conversation|conversation|commentaires?|réactions?)(?:\s*\([\d.,]+[kK]?\))?\s*:?$|^(?:[\d.,]+|one|two|three)\s+(?:thoughts?|responses?|comments?|replies|reply) (?:on|to)\b|^leave a (?:reply|comment)|^(?:ال)?تعليقات(?:\s+(?:ال)?(?:قراء|زوار|متابعين))?(?:\s*\(\s*[\d\u0660-\u0669]+\s*\))?\s*:?$|^(?:آراء|ردود)\s+(?:ال)?(?:قراء|زوار)$|^(?:[\d\u0660-\u0669]+\s+)?(?:تعليقات?|تعليق واحد|تعليقان|ردود|ردان)\s+(?:على|حول)\s|^[\d\u0660-\u0669.,٬]+\s+(?:تعليق[\u064b-\u0652]*ا?[\u064b-\u0652]*|تعليقات)$/i;
/** A heading that names comments (or counts them) opens a thread by itself; "Discussion" alone needs units. */
const NAMED_THREAD = /comment|\d|تعليق/i;

function findComments(lines: Line[], from: number, end: number): { start: number; comments: ExtractedComment[] } {
  let heading = -1;
  const headers: CommentHeader[] = [];
  for (let j = from; j < end; j++) {
    const l = lines[j];
    if (THREAD_HEADING.test(l.text)) {
      if (heading < 0 && (NAMED_THREAD.test(l.text) || headers.length)) heading = j;
      continue;
    }
    const h = commentHeaderAt(lines, j, end, heading >= 0 || headers.length > 0);
    if (h) {
      headers.push(h);
      j = h.at + h.span - 1;
    }
  }
  if (heading >= 0) {
    // "Comments (12)" in a share bar under the lead paragraph is a jump link: more running text follows it,
    // before any comment unit, than the article has above it
    const firstUnit = headers.find((h) => h.at > heading)?.at ?? end;
    let before = 0;
    let after = 0;
    for (let k = Math.max(0, from - 1); k < heading; k++) if (lines[k].good) before++;
    for (let k = heading + 1; k < firstUnit && !(lines[k].footer && !lines[k].good); k++) if (lines[k].good) after++;
    if (after >= 3 && after > before) heading = -1;
  }
  // a lone header or a few name-shaped lines in the middle of a text need a heading, or each other's company
  const accepted = heading >= 0 || headers.length >= 2 || (headers.length === 1 && headers[0].strong && lines.slice(headers[0].at + headers[0].span, end).some((l) => l.kind === 'text'));
  if (!accepted) return { start: -1, comments: [] };
  const units = heading >= 0 ? headers.filter((h) => h.at > heading || h.strong) : headers;
  const start = Math.min(heading >= 0 ? heading : end, units.length ? units[0].at : end);

  // without a heading, units that all carry the same "author" are a series of datelines ("Idlib, 3 February")
  if (heading < 0 && new Set(units.map((h) => h.author)).size === 1) return { start: -1, comments: [] };

  const comments: ExtractedComment[] = [];
  // text of the thread that no unit claims: kept as a comment without an author (not furniture: sentences)
  let loose: string[] = [];
  let looseParas = 0;
  const flushLoose = () => {
    if (loose.length) comments.push({ author: null, text: loose.join('\n\n') });
    looseParas += loose.length;
    loose = [];
  };
  const keepLoose = (l: Line) => {
    if (l.kind === 'text' && (l.good || (l.endsSentence && l.words >= 3) || endsAsking(l.text)) && !l.footer && !isFurniture(l.text)) loose.push(l.text);
    else flushLoose();
  };
  const chrome = (l: Line) => COMMENT_NOISE.some((re) => re.test(l.text)) || isStamp(l) || widgetRow(l) > 0;
  let j = start;
  let ended = false; // the page footer below the thread
  let chromeAfterText = false; // the thread's units end with their stamp or action row
  for (let n = 0; n <= units.length && !ended; n++) {
    const stop = n < units.length ? units[n].at : end;
    // lines before this unit: the heading, sort controls, or text nobody signed
    for (; j < stop; j++) {
      const l = lines[j];
      if (THREAD_HEADING.test(l.text) || chrome(l)) continue;
      // links to other items below the thread (a blog's "Recent posts", «أحدث التدوينات») end it
      if (l.kind === 'more-before' && n === units.length) {
        ended = true;
        break;
      }
      // (between a thread's heading and its first comment a footer-like line, "Sign up with Disqus", belongs
      // to the widget's login box, not to the page footer)
      if (l.footer && (l.kind !== 'text' || !l.good) && !(n === 0 && heading >= 0 && units.length > 0 && units[0].at - j <= 12)) {
        ended = true;
        break;
      }
      if (l.footer && !l.good) continue;
      keepLoose(l);
    }
    flushLoose();
    if (n === units.length || ended) break;
    const h = units[n];
    const next = n + 1 < units.length ? units[n + 1].at : end;
    const parts: string[] = [];
    // the last unit ends at its chrome only when the thread shows that shape: a lone clock line after the last
    // comment is more likely the top of the next pasted page than the comment's own stamp
    const closes = !!h.trailing || chromeAfterText || n + 1 < units.length;
    for (j = h.at + h.span; j < next; j++) {
      const l = lines[j];
      // the page footer below the thread (a marker line that is not running text) ends the last comment
      if (THREAD_HEADING.test(l.text) || (l.footer && (l.kind !== 'text' || !l.good)) || l.kind === 'more-before') break;
      if (chrome(l)) {
        // chrome after the text closes the comment: what follows before the next unit is not its text
        if (parts.length && (isStamp(l) || widgetRow(l) === 2)) {
          chromeAfterText = true;
          if (closes) {
            j++;
            break;
          }
        }
        continue;
      }
      // (a longer line is the page's own vocabulary, a row of footer links, only when it says so)
      if (l.kind === 'furniture' && (l.words <= 6 || isFurniture(l.text))) continue;
      parts.push(l.text);
    }
    if (parts.length) comments.push({ author: h.author, text: parts.join('\n\n') });
  }
  flushLoose();
  // without a heading, running text around the units means they sit inside the article (embedded posts
  // between its paragraphs), not below it
  if (heading < 0 && looseParas >= 2) return { start: -1, comments: [] };
  return { start, comments };
}

// ---------------------------------------------------------------------------------------------------

function quoteCount(s: string): number {
  return (s.match(/["“”«»]/g) ?? []).length;
}

/** "1. Interview with ...", "[2] Ibid.": a numbered endnote, which does not make a footer marker part of the text. */
const NOTE_LINE = /^(?:\[\d{1,3}\]|\d{1,3}[.)]|\^)\s/;

/** "Jane Doe is a fellow at ...": a line about (one of) the author(s). */
function isBio(l: Line, author: string | null): boolean {
  if (!author) return false;
  if (!/^\S+(?:\s+\S+){0,4}\s+(?:is|was|writes|covers|reports)\b/.test(l.text)) return false;
  return author.split(/\s*(?:,|&|\band\b)\s*/).some((name) => name.length > 2 && l.text.startsWith(name));
}

interface DateFinds {
  stated?: ExtractedDate;
  caption?: ExtractedDate;
  clock?: ExtractedDate;
  /** A date alone on the line right above the headline, without a clock time: a blog's date header. */
  headed?: ExtractedDate;
  meta?: ExtractedDate | null;
  /** A stated day and month whose year is nowhere on the page. */
  partial?: ExtractedDate;
  /** The page's own revision notice below the text ("This page was last edited on 2 May 2025"): when it last changed. */
  revised?: ExtractedDate;
}

function pickDate(c: DateFinds): ExtractedDate {
  if (c.meta && c.meta.value && c.meta.source === 'metadata') return c.meta;
  if (c.stated) return c.stated;
  if (c.headed) return c.headed;
  if (c.meta && c.meta.value) return c.meta;
  if (c.revised) return c.revised;
  if (c.caption) return c.caption;
  if (c.clock) return c.clock;
  if (c.partial) return c.partial;
  return { value: null, source: 'unknown', evidence: null, confidence: 'low' };
}

const RANK: Record<DateConfidence, number> = { low: 0, medium: 1, high: 2 };

/** How sure a date line or byline stated at the head / tail of an article is. */
function statedConfidence(hit: DateHit, text: string): DateConfidence {
  if (hit.yearless) return 'low';
  // the date the publication label stands before ("Published 14 March 2016, updated 15 March"); a line with only an
  // update label, or an update label before the date, says when it changed
  const before = asciiDigits(text).slice(0, Math.max(0, hit.index)); // (hit.index counts in that form)
  const labelled = hasUpdateWord(text) ? hasPublishWord(before) && !hasUpdateWord(before) : hasPublishWord(text);
  let c: DateConfidence = labelled ? 'high' : 'medium';
  if (hit.ambiguous && c === 'high') c = 'medium';
  return c;
}

/**
 * Pull quotes and copies: a paragraph whose text is repeated in (or contained in) another paragraph.
 * For each paragraph p (in order) the first other paragraph q that is not yet dropped and has the same key,
 * or contains p's key, decides: a copy keeps the version that reads as the article's own; a contained
 * pull quote is dropped. Long bodies use a key map and a word-trigram index instead of comparing all pairs.
 */
function pullQuotes(paras: Line[], attributed: Set<Line>): Set<Line> {
  const drop = new Set<Line>();
  const score = (x: Line) => quoteCount(x.text) - (attributed.has(x) ? 10 : 0);
  const copyToDrop = (p: Line, q: Line) => {
    // keep the copy that reads as the article's (quoted / not attributed / later if undecided)
    const pScore = score(p);
    const qScore = score(q);
    return pScore > qScore ? q : pScore < qScore ? p : p.i < q.i ? q : p;
  };
  const canBeContained = (p: Line) => (attributed.has(p) || p.words >= 8) && !p.heading;
  if (paras.length <= 48) {
    for (const p of paras) {
      if (drop.has(p) || p.words < 6) continue;
      for (const q of paras) {
        if (q === p || drop.has(q)) continue;
        if (q.key === p.key) {
          drop.add(copyToDrop(p, q));
          break;
        }
        if (q.key.length > p.key.length && q.key.includes(p.key) && canBeContained(p)) {
          drop.add(p);
          break;
        }
      }
    }
    return drop;
  }
  // the same decisions without comparing every pair: a key map for copies, and for containment an index
  // of word trigrams (hashed word ids: a candidate filter, every candidate is still checked with includes)
  const byKey = new Map<string, number[]>();
  const wordIds = new Map<string, number>();
  const idsOf = (key: string) =>
    key.split(' ').map((w) => {
      let id = wordIds.get(w);
      if (id === undefined) wordIds.set(w, (id = wordIds.size));
      return id;
    });
  const tri = (a: number, b: number, c: number) => (Math.imul(a, 73856093) ^ Math.imul(b, 19349663) ^ Math.imul(c, 83492791)) | 0;
  const trigrams = new Map<number, number[]>();
  paras.forEach((q, n) => {
    const list = byKey.get(q.key);
    if (list) list.push(n);
    else byKey.set(q.key, [n]);
    const ids = idsOf(q.key);
    for (let t = 0; t + 2 < ids.length; t++) {
      const g = tri(ids[t], ids[t + 1], ids[t + 2]);
      const post = trigrams.get(g);
      if (!post) trigrams.set(g, [n]);
      else if (post[post.length - 1] !== n) post.push(n);
    }
  });
  paras.forEach((p, pn) => {
    if (drop.has(p) || p.words < 6) return;
    let firstEq = -1;
    for (const n of byKey.get(p.key)!) {
      if (n !== pn && !drop.has(paras[n])) {
        firstEq = n;
        break;
      }
    }
    const before = firstEq < 0 ? paras.length : firstEq;
    let contained = false;
    if (canBeContained(p)) {
      // any paragraph containing p's key contains each of its interior word trigrams as whole words
      const ids = idsOf(p.key);
      let cands: number[] | null = null;
      for (let t = 1; t + 3 < ids.length; t++) {
        const post = trigrams.get(tri(ids[t], ids[t + 1], ids[t + 2])) ?? [];
        if (!cands || post.length < cands.length) cands = post;
      }
      const scan = cands ?? paras.map((_, n) => n);
      for (const n of scan) {
        if (n >= before) break;
        const q = paras[n];
        if (n === pn || drop.has(q)) continue;
        if (q.key.length > p.key.length && q.key.includes(p.key)) {
          contained = true;
          break;
        }
      }
    }
    if (contained) drop.add(p);
    else if (firstEq >= 0) drop.add(copyToDrop(p, paras[firstEq]));
  });
  return drop;
}

function titleFromFileName(fileName?: string): string | null {
  if (!fileName) return null;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const noExt = base.replace(/\.[^.]+$/, '');
  const t = squash(noExt.replace(/[_]+/g, ' '));
  return t || null;
}

/**
 * "Martin Chulov in Qamishli", "رامي السيد | إعزاز", "إدلب - أحمد العبدالله", "Rana Mansour": an unlabelled
 * byline's name, without where it was filed. Of "A - B" the name is the side with more words (a given name and
 * a family name against a one-word place), the first on a tie.
 */
const ARABIC_ONLY = /^[\u0600-\u06ff\s:|–—-]+$/;

function bareName(text: string): string | null {
  // ("بيروت: رامي الخطيب", an Arabic daily's "City: Name", is the same pair)
  const pair = /^(\p{L}[\p{L}'’ -]{0,30}?)(?:\s+[|–—-]\s+|:\s+)(\p{L}[\p{L}'’ -]{1,30})$/u.exec(text);
  // (the longer side is the name; in Arabic, where the place comes first, "دير الزور - سامر الحسين", the second of two alike)
  const second = pair && (wordsOf(pair[2]).length > wordsOf(pair[1]).length || (ARABIC_ONLY.test(text) && wordsOf(pair[2]).length === wordsOf(pair[1]).length));
  const name = pair && second && isPersonName(pair[2])
    ? pair[2]
    : text.replace(/\s+(?:in|from)\s+\p{Lu}[\p{L}'’ -]*$|\s+[|–—-]\s+\p{L}[\p{L}'’ -]{1,30}$/u, '');
  return wordsOf(name).length <= 7 && isPersonName(name) ? squash(name) : null;
}

/**
 * A wire story's sign-off, "Reporting by Jiyan Omar; editing by Karwan Ali": its reporter is the author when
 * nothing above the text credits one ("Additional reporting by" names a contributor, not the author).
 */
function signOffAuthor(text: string): string | null {
  const m = /^(?:reporting|reported|writing|written)\s+by\s+([^;,.]+?)(?:\s+(?:in|from)\s+\p{Lu}[^;,.]*)?\s*(?:[;,.]|$)/iu.exec(text);
  return m && isPersonName(m[1]) ? squash(m[1]) : null;
}

/** The person's name in "Name | date" or "Name - date" (a date line), else null. */
function nameBeforeDate(text: string): string | null {
  const m = /^(\p{L}[\p{L}'’. -]{1,40}?)\s+[|•·–—-]\s+\S/u.exec(text);
  return m && !isCalendarWord(m[1]) && wordsOf(m[1]).length >= 2 && isPersonName(m[1]) ? squash(m[1]) : null;
}

/** A line that is only a person's name, next to a date line: an unlabelled byline. */
/** A member's headline under the name: short cells between bars ("Conflict analyst | Northeast Syria | Former field researcher"). */
const PROFILE_HEADLINE = /^[^|]{2,40}(?:\s\|\s[^|]{2,40}){1,4}$/;
const FOLLOW_BUTTON = /^(?:\+\s*)?(?:follow|following|suivre|متابعة)$/i;
const SHARE_BUTTON = /^(?:share|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|print|شارك|مشاركة|فيسبوك|فيس بوك|فايسبوك|تويتر|واتساب|واتس اب|تلغرام|طباعة)$/i;

/** Two or more share buttons, one a line, from line k on: a share bar. */
function shareBarAt(lines: Line[], k: number, end: number): boolean {
  let buttons = 0;
  for (let j = k; j < end && j < k + 4 && SHARE_BUTTON.test(lines[j].text); j++) buttons++;
  return buttons >= 2;
}

function bareByline(lines: Line[], j: number, from: number, end: number): boolean {
  const l = lines[j];
  if (!l || j >= end || l.kind !== 'text' || l.good || l.words < 2 || l.words > 9) return false;
  const name = bareName(l.text);
  if (!name) return false;
  // more than four words only for several names ("Rana Mansour and Karim Abdel-Nour")
  if (wordsOf(name).length > 4 && !/\s(?:and|&)\s|,/.test(name)) return false;
  // the date line next to it, or past a short label between ("Nadia Farouk / Middle East correspondent /
  // Published / 18 July 2025"); or the "Follow" button a blogging platform puts beside its author ("Karim
  // Haddad / · / Follow")
  // (a professional network prints the name twice, the photo's and the link's, and the member's headline
  // under it: "Jonas Weller / Jonas Weller / Conflict analyst | Northeast Syria / Published Oct 15, 2019")
  const dateNear = (dir: 1 | -1): boolean => {
    for (let k = j + dir, steps = 0; k >= from && k < end && steps < 4; k += dir, steps++) {
      const x = lines[k];
      // (or the share bar a news site prints under its author's name: "سامر الحسيني / تويتر / فايسبوك / واتساب")
      if (x.kind === 'date' || (dir === 1 && (FOLLOW_BUTTON.test(x.text) || (steps === 0 && shareBarAt(lines, k, end))))) return true;
      if (x.key === l.key || (dir === 1 && ((PROFILE_HEADLINE.test(x.text) && !x.endsSentence && x.words <= 14) || isRoleLine(x)))) continue;
      // (and a link to the writer's other pieces, «جميع مقالات الكاتب»)
      if (!((x.kind === 'furniture' || x.kind === 'more-before') && x.words <= 10) || steps === 3) return false;
    }
    return false;
  };
  return dateNear(1) || dateNear(-1);
}

/** /[?!]["'”’]?$/ */
function endsAsking(t: string): boolean {
  const last = t[t.length - 1];
  if (last === '?' || last === '!') return true;
  const prev = t[t.length - 2];
  return (last === '"' || last === "'" || last === '”' || last === '’') && (prev === '?' || prev === '!');
}

function extractOne(lines: Line[], s: number, e: number, titleIdx: number, opts: Options): ExtractedArticle {
  const meta = opts.meta ?? {};
  const captions: string[] = [...(opts.captions ?? [])];
  const addCaption = (t: string) => {
    if (!captions.includes(t)) captions.push(t);
  };
  let author: string | null = meta.author ?? null;
  let outlet: string | null = meta.outlet ?? null;
  let subtitle: string | null = meta.subtitle ?? null;
  const dates: DateFinds = { meta: meta.date };
  const setCaptionDate = (l: Line) => {
    const d = firstDate(l.text);
    if (d && !dates.caption) dates.caption = { value: d.value, source: 'caption', evidence: l.text, confidence: 'low' };
  };
  // a day and month printed without the year take the page's year (first full date, else its copyright)
  let pageYear: number | null | undefined;
  const valueOf = (hit: DateHit): string | null => {
    if (!hit.yearless) return hit.value;
    if (pageYear === undefined) pageYear = yearOfPage(lines.map((x) => x.text));
    return pageYear === null ? null : withYear(hit.value, pageYear);
  };
  /** A date the article states for itself: a better-founded one replaces a weaker one found earlier. */
  const offerStated = (hit: DateHit, text: string) => {
    const value = valueOf(hit);
    const confidence = statedConfidence(hit, text);
    if (!value) {
      dates.partial ??= { value: null, source: 'unknown', evidence: text, confidence: 'low' };
      return;
    }
    if (!dates.stated || RANK[confidence] > RANK[dates.stated.confidence]) dates.stated = { value, source: 'stated', evidence: text, confidence };
  };

  // ---- pre-title lines
  // (an unrolled thread prints its poster, with the @handle, and the thread's date above the first post)
  const hooked = titleIdx >= 0 && threadHook(lines, titleIdx, e);
  // where a blog's or a newsletter's date header stands
  const dateHeaderAt = titleIdx >= 0 ? dateHeaderLine(lines, titleIdx, s) : -1;
  // (a feed's post is dated by the date line over it, which may stand above where the article starts)
  const postDateAt = titleIdx >= 0 ? postDateLine(lines, titleIdx) : -1;
  if (postDateAt >= 0) {
    const l = lines[postDateAt];
    const value = valueOf(l.date!);
    if (value) dates.headed = { value, source: 'stated', evidence: l.text, confidence: statedConfidence(l.date!, l.text) };
  }
  for (let j = s; j < (titleIdx < 0 ? s : titleIdx); j++) {
    const l = lines[j];
    if (j === postDateAt) continue;
    if (hooked && l.kind === 'text' && j + 1 < titleIdx && /^@[\w.]{2,30}$/.test(lines[j + 1].text) && isPersonName(l.text)) author ??= squash(l.text);
    if (l.kind === 'date' && l.date) {
      // (a labelled date is the article's, above the headline too: "25 September 2013 Last updated at 14:32 GMT";
      // a site's clock carries no such label)
      // (a UN document's masthead dates it under its distribution line: "Distr.: General / 9 August 2018")
      // (and a print edition's issue line, "العدد ٢٩٩٥ الجمعة ١٤ تشرين الأول ٢٠١٦", "Issue 2995, Friday 14 October 2016")
      const issued = (j > s && /\bDistr\.?\s*:/.test(lines[j - 1].text)) || PRINT_ISSUE.test(l.text);
      if (hasPublishWord(l.text) || hasUpdateWord(l.text) || (hooked && !l.clock) || issued) offerStated(l.date, l.text);
      else {
        const value = valueOf(l.date);
        // a site's clock sits among the masthead's lines and often shows the time; a blog prints each post's
        // date alone right above its title. Either way a date stated below the headline wins. A wire's stamp over
        // its headline shows the time too, but tells the story's age ("JUNE 20, 2018 / 2:14 PM / 7 YEARS AGO"),
        // which no clock does.
        if (value && j === dateHeaderAt && (!l.clock || STAMP_AGE.test(l.text))) dates.headed ??= { value, source: 'stated', evidence: l.text, confidence: statedConfidence(l.date, l.text) };
        else if (value) dates.clock ??= { value, source: 'page-clock', evidence: l.text, confidence: 'low' };
      }
    } else if (l.kind === 'byline' && l.byline) {
      author ??= l.byline.name;
      outlet ??= l.byline.outlet;
    } else if (l.kind === 'caption' || (l.kind === 'text' && l.good)) {
      addCaption(l.text);
      setCaptionDate(l);
    }
  }

  // ---- title
  let title = meta.title ?? null;
  let titleLine: Line | null = titleIdx >= 0 ? lines[titleIdx] : null;
  let siteKey = '';
  if (titleLine) {
    // (a chat export's message: the headline of an article forwarded in it, without its sender and time)
    let t = chatMessage(titleLine.text) ?? titleLine.text;
    const pipe = t.includes('|') ? /^(.+?)\s+[|]\s+(.+)$/.exec(t) : null;
    // ("عاجل | …", "الساحل | …": a one- or two-word kicker before a long headline belongs to it)
    if (pipe && !title && !(wordsOf(pipe[1]).length <= 2 && wordsOf(pipe[2]).length >= 5)) {
      t = pipe[1];
      const rest = pipe[2];
      if (wordsOf(rest).length <= 4 && rest.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w.length <= 3)) outlet ??= rest;
      else subtitle ??= rest;
    }
    // ("Headline – Rojava Herald": a browser tab's title ends with the site's name, which the page prints too)
    const site = !title ? siteSuffix(lines, t) : null;
    if (site) {
      t = site.headline;
      outlet ??= site.name;
      siteKey = keyOf(site.name);
    }
    // ("*Headline*": a messenger's bold, as a forwarded WhatsApp text marks its headline)
    // ("…Syrian Arab Republic*": a report's footnote mark on its title)
    // ("… (self.syriancivilwar)", "… (reuters.com)": a link aggregator's note of where the post leads)
    title ??= t.replace(THREAD_MARK, '').replace(/\s+\((?:self\.\w+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\)$/, '').replace(/^#+\s*/, '').replace(/^([*_])\s*(.+?)\s*\1$/, '$2').replace(/(?<=[\p{L}\p{N}.)?!])[*†‡]+$/u, '');
  }

  // ---- head
  let bodyStart = -1;
  let subtitleLocked = subtitle !== null;
  const headFrom = titleIdx >= 0 ? titleIdx + 1 : s;
  const headLists = listRuns(lines, headFrom, Math.min(e, headFrom + 40), e);
  let sawGood = false;
  let sawMeta = false; // a date or credit line seen below the headline
  for (let j = headFrom; j < e; j++) {
    const l = lines[j];
    if (titleLine && isRepeatOf(titleLine, l)) {
      if (l.key !== titleLine.key && !subtitle) {
        const rest = squash(l.text.slice(l.text.search(/\s[|–—-]\s/) + 2).replace(/^[|–—-]\s*/, ''));
        if (rest) subtitle = rest;
      }
      continue;
    }
    if (l.kind === 'date' && l.date) {
      // a date line printed between the headline and the text is the article's own date; "سامر حمدان | الخميس
      // 2022/10/13", "Jane Doe - 5 March 2021": with its author's name before it
      // ("Published" alone on the line above labels it as well)
      const label = j > s && /^(?:published|posted|veröffentlicht|publié|تاريخ النشر)\s*:?$/i.test(lines[j - 1].text) ? `${lines[j - 1].text} ` : '';
      offerStated(l.date, label + l.text);
      author ??= nameBeforeDate(l.text);
      sawMeta = true;
      continue;
    }
    if (l.kind === 'byline' && l.byline) {
      author ??= l.byline.name;
      outlet ??= l.byline.outlet;
      const d = firstDate(l.text);
      if (d) offerStated(d, l.text);
      sawMeta = true;
      continue;
    }
    if (l.kind === 'caption') {
      addCaption(l.text);
      setCaptionDate(l);
      continue;
    }
    if (l.kind !== 'text') continue;
    // key points or contents between the headline and the text: a list, not the standfirst
    if (headLists.has(j)) continue;
    // a video's channel over its subscriber count credits the video
    if (accountNameAt(lines, j)) {
      author ??= squash(l.text);
      continue;
    }
    // the writer's bio under the name that credits the column
    if (isRoleLine(l) && j > headFrom && bareByline(lines, j - 1, headFrom, e)) continue;
    // a bare name next to the date line is the byline ("Jane Doe\nJanuary 5, 2021")
    if (bareByline(lines, j, headFrom, e)) {
      const name = bareName(l.text);
      // "Qamishli – Levant Ledger": a name the page prints alone above the headline is its own (the masthead)
      const key = name ? keyOf(name) : '';
      // (or the site's name its title ends with)
      if (name && (key === siteKey || lines.slice(0, Math.max(0, headFrom - 1)).some((x) => x.key === key))) outlet ??= name;
      else author ??= name;
      continue;
    }
    // a sentence printed twice in the head is a caption copy
    const copies = lines.slice(headFrom, Math.min(e, headFrom + 20)).filter((o) => o.key === l.key).length;
    if (copies >= 2 && !l.heading) {
      addCaption(l.text);
      setCaptionDate(l);
      continue;
    }
    if (l.heading > 0 && !sawGood) {
      continue; // a section label / kicker heading above the body
    }
    const n = j + 1 < e ? lines[j + 1] : null;
    const prevIsTitle = j - 1 >= s && titleLine && (lines[j - 1] === titleLine || isRepeatOf(titleLine, lines[j - 1]));
    // below the date and credit lines, a paragraph followed by a share bar is the text (a live blog's first
    // entry), not a standfirst: there only a date, credit or caption line makes it one
    const headItemNext =
      !!n && ((NON_TEXT_HEAD.has(n.kind) && !(sawMeta && n.kind === 'furniture')) || (titleLine !== null && isRepeatOf(titleLine, n)) || stampText(n.text) || bareByline(lines, j + 1, headFrom, e));
    const standfirst = !subtitleLocked && !sawGood && l.words <= 70 && headItemNext && (n!.blankBefore === 0 || !!prevIsTitle);
    // a statement's subject right under its heading (see findTitle)
    if (!subtitleLocked && !sawGood && j - 1 === titleIdx && statementHeading(lines, titleIdx)) {
      subtitle ??= l.text;
      subtitleLocked = true;
      continue;
    }
    if (!l.good) {
      // a shorter standfirst without a full stop; anything else short is a section label or kicker
      if (standfirst && l.words >= 6) {
        subtitle ??= l.text;
        subtitleLocked = true;
        sawGood = true;
      }
      continue;
    }
    if (standfirst && l.words >= 5) {
      subtitle ??= l.text;
      subtitleLocked = true;
      sawGood = true;
      continue;
    }
    // "Key takeaways" sentences above the byline and date: the article's summary, kept as its standfirst
    const block = !subtitleLocked && !sawGood && !sawMeta ? summaryBlock(lines, j, e) : -1;
    if (block > 0) {
      subtitle ??= lines.slice(j, block).map((x) => x.text).join(' ');
      subtitleLocked = true;
      sawGood = true;
      j = block - 1;
      continue;
    }
    bodyStart = j;
    break;
  }
  if (subtitle && meta.subtitle == null && title && squash(subtitle) === squash(title)) subtitle = null;

  // ---- comments and tail
  let bodyEnd = -1;
  let commentsStart = -1;
  let comments: ExtractedComment[] = [];
  if (bodyStart >= 0) {
    const firstGood = bodyStart;
    // (a statement's closing formula over its signer and the date has a comment's outline, a name, a line of
    // text, a stamp: «والله ولي التوفيق / المجلس المحلي … / دوما في … ٢٠١٦ م»; no comment is looked for in its
    // signature, dated without a clock time)
    let lastGood = e - 1;
    while (lastGood > firstGood && !lines[lastGood].good) lastGood--;
    const signed = signatureBelow(lines, lastGood, e);
    const c = findComments(lines, firstGood + 1, signed >= 0 && !lines[signed + 1].clock ? signed : e);
    commentsStart = c.start;
    comments = c.comments;
    const limit = commentsStart >= 0 ? commentsStart : e;
    let cut = limit;
    // the first footer marker that fewer than two text paragraphs follow (counts from the end: one pass)
    let textAfter = -1;
    let counted = limit;
    const countFrom = (j: number) => {
      for (let k = counted - 1; k > j; k--) {
        const m = lines[k];
        if (m.good && !m.footer && !isBio(m, author) && !NOTE_LINE.test(m.text)) textAfter++;
      }
      counted = j + 1;
    };
    const footers: number[] = [];
    for (let j = firstGood + 1; j < limit; j++) if (lines[j].footer) footers.push(j);
    if (footers.length) {
      textAfter = 0;
      // text after each footer line, from the last footer back to the first
      const after = new Array<number>(footers.length);
      for (let f = footers.length - 1; f >= 0; f--) {
        countFrom(footers[f]);
        after[f] = textAfter;
      }
      const f = after.findIndex((n) => n < 2);
      if (f >= 0) cut = footers[f];
    }
    for (let j = cut - 1; j >= bodyStart; j--) {
      const l = lines[j];
      if (l.kind === 'text' && (l.good || (l.endsSentence && l.words >= 3)) && !l.footer && !isBio(l, author)) {
        bodyEnd = j;
        break;
      }
    }
    // tail metadata
    for (let j = bodyEnd + 1; j < e; j++) {
      if (commentsStart >= 0 && j >= commentsStart) break;
      const l = lines[j];
      // below "Most read", "Related", "Recommended" come other pages' links and sponsors ("by Taboola")
      if (l.kind === 'more-before') break;
      if (l.kind === 'byline' && l.byline) author ??= l.byline.name;
      else if (!author) author = signOffAuthor(l.text);
      // a column signed at its foot: the writer's name over their role («نبيل حاج حسن / كاتب وباحث لبناني …»)
      if (!author && l.kind === 'text' && !l.good && j + 1 < e && isRoleLine(lines[j + 1]) && isPersonName(l.text)) author = squash(l.text);
      const so = selfDescribedOutlet(l.text);
      if (so) outlet ??= so;
      if (l.kind === 'credit') {
        const co = copyrightOutlet(l.text);
        if (co) outlet ??= co;
      }
      if (l.kind === 'date' && l.date && hasPublishWord(l.text)) offerStated(l.date, l.text);
      if (l.kind === 'caption') addCaption(l.text);
    }
    // a statement signed at its foot: the issuing body or person on a line of its own, the date right under it
    // («القيادة العامة لفيلق الرحمن / الجمعة ١ شعبان ١٤٣٨ هـ الموافق ٢٨ نيسان ٢٠١٧ م», "Media Office of the … / 4 December 2019")
    const signature = signatureBelow(lines, bodyEnd, e);
    if (signature >= 0) {
      author ??= squash(lines[signature].text);
      offerStated(lines[signature + 1].date!, lines[signature + 1].text);
    }
    // a wiki's or a reference site's footer says when the page last changed: all the date such a page has
    for (let j = bodyEnd + 1; j < e && !dates.revised; j++) {
      if (!REVISION_NOTICE.test(lines[j].text)) continue;
      const hit = firstDate(lines[j].text);
      const value = hit && valueOf(hit);
      if (value) dates.revised = { value, source: 'metadata', evidence: lines[j].text, confidence: 'low' };
    }
  }

  // ---- body
  const paras: Line[] = [];
  const attributed = new Set<Line>();
  if (bodyStart >= 0 && bodyEnd >= bodyStart) {
    // link lists: runs of >= 3 adjacent headline-shaped lines without final punctuation
    const linkList = new Set<number>();
    for (let j = bodyStart; j <= bodyEnd; j++) {
      let k = j;
      // (a link's title is a headline's length: a paragraph ending in a citation mark, "… in October 2019.[12]", is none)
      while (k <= bodyEnd && lines[k].kind === 'text' && headlineEnd(lines[k]) && lines[k].words >= 4 && lines[k].words <= 30 && !lines[k].heading && (k === j || lines[k].blankBefore === 0)) k++;
      if (k - j >= 3) for (let x = j; x < k; x++) linkList.add(x);
      if (k > j) j = k - 1;
    }
    let keyCounts: Map<string, number> | null = null;
    const repeats = (key: string) => {
      if (!keyCounts) {
        keyCounts = new Map();
        for (let k = s; k < e; k++) keyCounts.set(lines[k].key, (keyCounts.get(lines[k].key) ?? 0) + 1);
      }
      return keyCounts.get(key) ?? 0;
    };
    let dropFollowing = false;
    let droppedHeadline = -1;
    let inIntroducedList = false;
    // pages pasted without blank lines set a section head apart only by the paragraphs around it
    let blankLines = 0;
    for (let k = bodyStart; k <= bodyEnd; k++) if (lines[k].blankBefore > 0) blankLines++;
    const unspaced = blankLines <= (bodyEnd - bodyStart + 1) * 0.2;
    for (let j = bodyStart; j <= bodyEnd; j++) {
      const l = lines[j];
      // a table inside the text, rows laid out in cells (tabs or runs of spaces): a reader keeps it, row by row,
      // whatever a row alone looks like (a menu, a date: "2504   January 2020   2", a link list); a contents list
      // laid out the same way is not the text
      if (l.cells >= 2 && l.kind !== 'caption' && !(l.kind === 'furniture' && TOC_ENTRY.test(l.text)) && ((j > bodyStart && lines[j - 1].cells >= 2) || (j < bodyEnd && lines[j + 1].cells >= 2))) {
        paras.push(l);
        continue;
      }
      switch (l.kind) {
        case 'caption':
          addCaption(l.text);
          setCaptionDate(l);
          continue;
        case 'byline':
          if (l.byline) author ??= l.byline.name;
          continue;
        case 'attribution': {
          const prev = paras[paras.length - 1];
          if (prev && l.blankBefore <= 1) attributed.add(prev);
          continue;
        }
        case 'more-after': {
          const prev = paras[paras.length - 1];
          if (prev && prev.i === j - 1 && l.blankBefore <= 1 && !prev.endsSentence && !prev.heading) paras.pop();
          // after the text's own sentence the label heads the related story's headline below it ("READ MORE /
          // Turkey shoots down 2 regime warplanes over Idlib"), as on pages without blank lines
          else if (prev && prev.endsSentence && j + 1 <= bodyEnd) {
            const below = lines[j + 1];
            if (below.kind === 'text' && below.blankBefore === 0 && !below.good && headlineEnd(below) && below.words >= 3 && below.words <= 25) j++;
          }
          continue;
        }
        case 'more-before':
          dropFollowing = true;
          continue;
        case 'text':
          break;
        default:
          continue;
      }
      if (dropFollowing) {
        if (headlineEnd(l) && l.words >= 3 && l.words <= 25) {
          droppedHeadline = j;
          continue;
        }
        // a related story's one-sentence summary under its headline, with the next headline (or list) below it
        const below = j + 1 <= bodyEnd ? lines[j + 1] : null;
        const teaser = droppedHeadline === j - 1 && l.blankBefore === 0 && l.words <= 40 && (!below || below.kind === 'more-before' || (headlineEnd(below) && below.words >= 3 && below.words <= 25));
        if (teaser) continue;
        // a related item's title or first words over its date ("A thread on the SNA's Third Legion... / Oct 14, 2022")
        if (l.words <= 40 && j + 1 < e && lines[j + 1].kind === 'date') {
          droppedHeadline = j;
          continue;
        }
        dropFollowing = false;
      }
      // a list the text introduces ("the merger brings together:" / "• Jabhat Fateh al-Sham" / …) is part of it
      const next1 = j + 1 <= bodyEnd ? lines[j + 1] : null;
      if (l.words >= 4 && /:\s*$/.test(l.text) && next1 && LIST_ENTRY.test(next1.text)) {
        paras.push(l);
        inIntroducedList = true;
        continue;
      }
      if (inIntroducedList && LIST_ENTRY.test(l.text)) {
        paras.push(l);
        continue;
      }
      inIntroducedList = false;
      if (linkList.has(j)) continue;
      // a short line printed more than once on the page is a running header or footer (printed pages,
      // repeated section labels); repeated sentences are handled as pull quotes below
      if (!l.good && !l.heading && l.key && repeats(l.key) >= 2) continue;
      if (titleLine && l.key === titleLine.key) continue;
      const next = j + 1 <= bodyEnd ? lines[j + 1] : null;
      // (a credit line under a photo is no section head: "Credit: Arbin Local Council")
      // (on such a page a head follows a paragraph, perhaps with a figure's caption and furniture between; a
      // paper's "Conclusion" is one word)
      const apart = unspaced
        ? previousText(lines, j, bodyStart)?.good === true && (l.headline || (l.words <= 2 && !l.footer && /^\p{Lu}/u.test(l.text))) && !MEDIA_LABEL.test(l.text)
        : l.blankBefore >= 1 && !!next && next.blankBefore >= 1;
      const isolatedHeading = !l.endsSentence && l.words <= 15 && apart && !!next && (next.good || next.endsSentence) && !isFurniture(l.text);
      // (a sentence ending in a colon introduces what follows: "The Media Office issued the following statement:")
      const introduces = l.words >= 8 && l.text.endsWith(':') && !l.footer && !isFurniture(l.text);
      if (l.good || l.endsSentence || l.heading > 0 || isolatedHeading || introduces || endsAsking(l.text)) paras.push(l);
    }
  }

  // pull quotes and copies: a paragraph whose text is repeated in another paragraph
  const drop = pullQuotes(paras, attributed);
  const bodyParas = paras.filter((p) => !drop.has(p));
  let body = bodyParas.map((p) => p.text.replace(/^#+\s*/, '')).join('\n\n');
  let bodyFromParas = true; // the body is exactly bodyParas (for the language counts)

  // fallbacks when no title line is evident
  if (!title) {
    const first = lines.slice(s, e).find((l) => l.kind === 'text');
    if (first && first.words <= 20 && first.key) {
      title = first.text;
      if (bodyParas[0] === first) {
        body = bodyParas.slice(1).map((p) => p.text).join('\n\n');
        bodyFromParas = false;
      }
    } else {
      title = titleFromFileName(opts.fileName) ?? (first ? truncateWords(first.text, 12) : 'Untitled');
    }
  }
  if (!body) {
    // nothing sentence-like: keep whatever text there is below the title (a short note, a list)
    const rest = lines.slice(titleIdx >= 0 ? titleIdx + 1 : s, e).filter((l) => (!titleLine || l.key !== titleLine.key) && l.text !== subtitle);
    const texts = rest.filter((l) => l.kind === 'text');
    body = (texts.length ? texts : title === 'Untitled' || !titleLine ? rest : []).map((l) => l.text).join('\n\n');
    bodyFromParas = false;
  }

  // the body's paragraphs were measured line by line: their function-word counts stand for the text's
  const known = bodyFromParas ? addStopCounts([stopCounts(title), ...bodyParas.map((p) => p.stops)]) : undefined;
  const text = `${title}\n${body}`; // one string for both questions (the Arabic ratio is remembered)
  const language = meta.language ?? detectLanguage(text, known);
  return {
    title: squash(title),
    subtitle: subtitle ? squash(subtitle) : null,
    author,
    outlet,
    date: pickDate(dates),
    body,
    comments,
    captions,
    language,
    direction: directionOf(language, text),
  };
}

/** The sign an expandable section (an FAQ's question) shows beside its heading. */
const ACCORDION_TOGGLE = /^[+−–▾▸▼►⊕⊖]$/;

/** An end-of-article marker between the last paragraph and line k. */
function footerSince(lines: Line[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !lines[j].good; j--) if (lines[j].footer) return true;
  return false;
}

/** A comment thread's heading a few lines above line k, with no paragraph between: k is in the thread's form. */
function threadOpenAbove(lines: Line[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5 && !lines[j].good; j--) if (THREAD_HEADING.test(lines[j].text)) return true;
  return false;
}

/** Paragraphs below line k before a comment thread or another end-of-article marker opens. */
function goodRunBelow(lines: Line[], k: number): number {
  let good = 0;
  for (let j = k + 1; j < lines.length; j++) {
    const l = lines[j];
    // (a photo's "© AP Photo / …" credit under the headline is no end of anything)
    if (THREAD_HEADING.test(l.text) || (l.footer && !l.good && l.kind !== 'credit')) break;
    if (l.good && ++good === 2) break; // two are all the caller asks for
  }
  return good;
}

/** The nearest line above `j` (down to `from`) that is text, past captions and furniture. */
function previousText(lines: Line[], j: number, from: number): Line | undefined {
  for (let k = j - 1; k >= from; k--) if (lines[k].kind === 'text') return lines[k];
  return undefined;
}

function truncateWords(s: string, n: number): string {
  const w = s.split(/\s+/);
  return w.length <= n ? s : `${w.slice(0, n).join(' ')}…`;
}

export function extractFromLines(lines: Line[], opts: Options): ExtractedArticle[] {
  const thread = opts.meta?.title ? null : readForumThread(lines);
  if (thread) return [thread];
  const runStart = firstGoodRun(lines, 0, lines.length);
  let titleIdx = findTitle(lines, 0, lines.length, runStart);
  if (opts.meta?.title) {
    // the title is known (front matter / HTML metadata): use its printed copy if there is one
    const k = keyOf(opts.meta.title);
    const top = lines.slice(0, Math.max(15, runStart + 1));
    let at = top.findIndex((l) => l.key === k);
    if (at < 0) at = top.findIndex((l) => l.key.length > 8 && k.length > 8 && (l.key.startsWith(k) || k.startsWith(l.key)) && l.words <= 40);
    titleIdx = at;
  } else if (titleIdx < 0 && opts.titleFallback) {
    opts = { ...opts, meta: { ...opts.meta, title: opts.titleFallback } };
  }
  const starts = opts.meta?.title ? [0] : findSplits(lines, titleIdx, runStart, !!opts.markdown);
  const out: ExtractedArticle[] = [];
  for (let n = 0; n < starts.length; n++) {
    const s = starts[n];
    const e = n + 1 < starts.length ? starts[n + 1] : lines.length;
    // (a later article's headline may stand under a label in capitals, the outlet of a press review's item:
    // "AL-WATAN (DAMASCUS, PRO-GOVERNMENT)" / "Army and allies repel …")
    const t = n === 0 ? titleIdx : kickerOver(lines, s) ? s + 1 : s;
    const meta = n === 0 ? opts.meta : { ...opts.meta, title: undefined, subtitle: undefined, date: undefined };
    out.push(extractOne(lines, s, e, t, { ...opts, meta }));
  }
  if (out.length > 1) shareIssueDate(lines, starts, titleIdx, out);
  return out;
}

/**
 * A newsletter's items (each after a horizontal rule or the "Read more" closing the one above) were published in
 * its issue: an item that states no date of its own takes the issue's, the date line alone (no clock time) above
 * the first item's headline ("Tuesday, March 5, 2024"), which the first item alone would read as the site's clock.
 */
function shareIssueDate(lines: Line[], starts: number[], titleIdx: number, articles: ExtractedArticle[]): void {
  if (!starts.slice(1).every((k) => itemBreakAbove(lines, k))) return;
  const issue = lines.slice(0, Math.max(0, titleIdx)).find((l) => l.kind === 'date' && l.date && !l.date.yearless && !l.clock);
  if (!issue?.date) return;
  for (const a of articles) {
    if (a.date.source === 'stated' || a.date.source === 'metadata') continue;
    a.date = { value: issue.date.value, source: 'stated', evidence: issue.text, confidence: 'medium' };
  }
}
