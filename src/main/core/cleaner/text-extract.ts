// The text cleaner proper: from classified lines to one or more articles.
//
// 1. Title: the first headline-shaped line above the first run of sentence-like paragraphs
//    (a headline that is repeated in the page wins — pages print headline blocks twice).
// 2. Split: later headline-shaped lines start a new article when a head block follows them
//    (a repeat of the headline, a date, a byline, captions/furniture) and body text surrounds them.
// 3. Head: between title and body — standfirst (subtitle), date line, byline, captions, repeats, labels.
// 4. Body: from the first sentence-like paragraph to the last one before the tail, where the tail begins
//    at a strong footer marker (newsletter box, author box, copyright …) that little text follows,
//    or at the reader-comment thread.
// 5. Inside the body: furniture, captions, "Read more" links with their headline, link lists,
//    pull quotes (a repeated sentence with an attribution line) are removed; sub-headings are kept.

import { COMMENT_NOISE } from './furniture';
import { copyrightOutlet, isFurniture, isPersonName, selfDescribedOutlet, type Line } from './lines';
import { firstDate, hasPublishWord, hasUpdateWord, withYear, yearOfPage, type DateHit } from './dates';
import { addStopCounts, detectLanguage, directionOf, endsSentence, endsWithBeforeClosers, keyOf, squash, stopCounts, wordsOf } from './text-utils';
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

/** First sentence-like paragraph that is followed by another one (ignoring non-text lines between). */
function firstGoodRun(lines: Line[], from: number, end: number): number {
  let firstGood = -1;
  for (let j = from; j < end; j++) {
    if (!lines[j].good) continue;
    if (firstGood < 0) firstGood = j;
    const n = nextText(lines, j, end);
    if (n < 0 || lines[n].good) return j;
  }
  return firstGood;
}

function isRepeatOf(title: Line, other: Line): boolean {
  if (other.i === title.i) return false;
  if (other.key === title.key) return true;
  const n = title.key.length;
  return other.key.length > n && other.key.charCodeAt(n) === 32 && other.key.startsWith(title.key) && /\s[|–—-]\s/.test(other.text) && other.text.startsWith(title.text.slice(0, 20));
}

/** Is a line repeated (isRepeatOf) in the window? A scan for few questions, a key map for many. */
function repeatFinder(window: Line[], questions: number): (title: Line) => boolean {
  if (questions * window.length <= 4096) return (title) => window.some((o) => isRepeatOf(title, o));
  const byKey = new Map<string, number>();
  for (const o of window) byKey.set(o.key, (byKey.get(o.key) ?? 0) + 1);
  // only "Headline | Site" / "Headline - Site" lines can repeat a headline with a longer key
  const piped = window.filter((o) => /\s[|–—-]\s/.test(o.text));
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

/** "3/9/2021   Title - Site": the header a browser prints on every page, not the headline. */
const PRINT_HEADER = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s/;

function findTitle(lines: Line[], from: number, end: number, runStart: number): number {
  const limit = runStart < 0 ? end : runStart;
  const cands: number[] = [];
  for (let j = from; j < limit; j++) if (lines[j].headline && !bareByline(lines, j, from, end) && !PRINT_HEADER.test(lines[j].text)) cands.push(j);
  // markdown: the first heading is the title
  const h = cands.find((c) => lines[c].heading > 0);
  if (h !== undefined) return h;
  // otherwise the headline-shaped line with the strongest head block below it (a repeat of it, a date,
  // a byline, captions) wins over site names and section labels; ties go to the earliest line
  const window = lines.slice(from, Math.min(end, limit + 12));
  const repeatedIn = repeatFinder(window, cands.length);
  let best = -1;
  let bestScore = -1;
  for (const c of cands) {
    const repeated = repeatedIn(lines[c]);
    const score = headScore(lines, c, end, true) + (repeated ? 3 : 0) + (lines[c].words >= 4 ? 1 : 0);
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
    if (stopAtHeadline && m.headline && !m.good && !isRepeatOf(t, m)) {
      // a longer line right below the headline is its standfirst; any other headline starts another block
      if (j === k + 1 && m.words > t.words) continue;
      break;
    }
    if (m.good && !isRepeatOf(t, m)) {
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
    else if (l.kind === 'furniture' || l.kind === 'date' || l.kind === 'credit') run += PAGE_TOP.test(l.text) ? 2 : 1;
  }
  let goodSince = 0;
  for (let k = Math.max(runStart, titleIdx + 1); k < lines.length; k++) {
    const l = lines[k];
    if (l.good) {
      goodSince++;
      continue;
    }
    if (!l.headline || goodSince < 2 || (spaced && l.blankBefore < 1)) continue;
    if (isReplySubject(l, lines[titleIdx])) continue;
    const g1 = nextGood[k + 1];
    const after = g1 >= n ? 0 : nextGood[g1 + 1] >= n ? 1 : 2;
    if (markdown && l.heading === 1 && after >= 1) {
      starts.push(k);
      goodSince = 0;
      continue;
    }
    if (l.heading > 1) continue;
    if (after >= 2 && headScore(lines, k, lines.length, true) + (furnitureRun[k] >= 2 ? 1 : 0) >= 2) {
      starts.push(k);
      goodSince = 0;
    }
  }
  return starts;
}

// ---------------------------------------------------------------------------------------------------
// comments

interface CommentHeader {
  at: number;
  author: string | null;
  /** Lines consumed by the header (author line + date line). */
  span: number;
}

function commentAuthorShape(s: string): boolean {
  const t = s.trim();
  const sentenceEnd = endsSentence(t) && !/(?:^|\s)\p{Lu}\.$/u.test(t); // "Mariam K." is a name
  return t.length >= 1 && t.length <= 40 && wordsOf(t).length <= 5 && !sentenceEnd && !isFurniture(t);
}

const SAYS_END = /(?:says|said|wrote|writes|commented)\s*:?\s*$/i;

function commentHeaderAt(lines: Line[], j: number, end: number, threadOpen: boolean): CommentHeader | null {
  const l = lines[j];
  const next = j + 1 < end ? lines[j + 1] : null;
  const bullet = /^[•·●▪◦∙]\s*(.+)$/.exec(l.text);
  if (bullet && commentAuthorShape(bullet[1]) && next && !/^[•·●▪◦∙]/.test(next.text) && (next.indent > l.indent || next.words >= 8)) {
    const span = isStamp(next) ? 2 : 1;
    return { at: j, author: squash(bullet[1]), span };
  }
  // (cheap guards: "says:" ends the line; a "Name, date" header has a digit)
  const says = SAYS_END.test(l.text.slice(-24)) ? /^(.{1,50}?)\s+(?:says|said|wrote|writes|commented)\s*:?\s*$/i.exec(l.text) : null;
  if (says && commentAuthorShape(says[1]) && next) {
    return { at: j, author: squash(says[1]), span: isStamp(next) ? 2 : 1 };
  }
  // a forum post header: "by name » Tue Mar 05, 2019 11:02 am"
  const post = /^by\s+(.{1,40}?)\s*»\s*(.+)$/i.exec(l.text);
  if (post && (isPersonLike(post[1]) || isPersonName(post[1])) && firstDate(post[2]) && next && next.kind !== 'date') {
    return { at: j, author: squash(post[1]), span: 1 };
  }
  const onDate = /^(.{1,40}?)\s*(?:\s(?:on|at)\s|[|•·,–—]|\s-\s)\s*(.+)$/.exec(l.text);
  if (onDate && isPersonLike(onDate[1]) && firstDate(onDate[2]) && wordsOf(onDate[2]).length <= 10 && next && next.kind === 'text') {
    return { at: j, author: squash(onDate[1]), span: 1 };
  }
  if (threadOpen && l.kind === 'text' && commentAuthorShape(l.text) && isPersonLike(l.text) && next && isStamp(next) && j + 2 < end && lines[j + 2].kind === 'text') {
    return { at: j, author: squash(l.text), span: 2 };
  }
  return null;
}

const RELATIVE_TIME = /^(?:about\s+|posted\s+)?(?:an?|\d+)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$|^(?:yesterday|today|just now)(?:\s+at\s+.+)?$/i;

/** A comment's time stamp: a date line or "3 years ago". */
function isStamp(l: Line): boolean {
  return l.kind === 'date' || RELATIVE_TIME.test(l.text);
}

function isPersonLike(s: string): boolean {
  const t = s.trim();
  return isPersonName(t) || /^[\w.-]{2,30}$/.test(t);
}

const THREAD_HEADING =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion|reader reactions)(?:\s*\(\d+\))?\s*:?$|^\d+\s+(?:thoughts|responses|comments) on\b|^leave a (?:reply|comment)|^(?:ال)?تعليقات(?:\s+القراء)?(?:\s*\(\s*[\d\u0660-\u0669]+\s*\))?\s*:?$/i;

function findComments(lines: Line[], from: number, end: number): { start: number; comments: ExtractedComment[] } {
  let start = -1;
  let threadOpen = false;
  const headers: CommentHeader[] = [];
  for (let j = from; j < end; j++) {
    const l = lines[j];
    if (THREAD_HEADING.test(l.text)) {
      threadOpen = true;
      if (start < 0) start = j;
      continue;
    }
    const h = commentHeaderAt(lines, j, end, threadOpen);
    if (h) {
      // a lone bullet / "Name: date" line in the middle of a body needs company or an open thread
      headers.push(h);
      if (start < 0) start = j;
      j += h.span - 1;
    }
  }
  if (start < 0) return { start: -1, comments: [] };
  if (headers.length === 1 && !threadOpen) {
    // a single header: accept only when nothing article-like follows its text
    const h = headers[0];
    const textAfter = lines.slice(h.at + h.span, end).filter((l) => l.kind === 'text');
    if (textAfter.length === 0) return { start: -1, comments: [] };
  }
  const comments: ExtractedComment[] = [];
  for (let n = 0; n < headers.length; n++) {
    const h = headers[n];
    const stop = n + 1 < headers.length ? headers[n + 1].at : end;
    const parts: string[] = [];
    for (let j = h.at + h.span; j < stop; j++) {
      const l = lines[j];
      if (COMMENT_NOISE.some((re) => re.test(l.text))) continue;
      if (isStamp(l)) continue;
      // the page footer below the thread (a marker line that is not running text) ends the last comment
      if (THREAD_HEADING.test(l.text) || (l.footer && (l.kind !== 'text' || !l.good))) break;
      if (l.kind === 'furniture' && l.words <= 6) continue;
      parts.push(l.text);
    }
    if (parts.length) comments.push({ author: h.author, text: parts.join('\n\n') });
  }
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
  meta?: ExtractedDate | null;
  /** A stated day and month whose year is nowhere on the page. */
  partial?: ExtractedDate;
}

function pickDate(c: DateFinds): ExtractedDate {
  if (c.meta && c.meta.value && c.meta.source === 'metadata') return c.meta;
  if (c.stated) return c.stated;
  if (c.meta && c.meta.value) return c.meta;
  if (c.caption) return c.caption;
  if (c.clock) return c.clock;
  if (c.partial) return c.partial;
  return { value: null, source: 'unknown', evidence: null, confidence: 'low' };
}

const RANK: Record<DateConfidence, number> = { low: 0, medium: 1, high: 2 };

/** How sure a date line or byline stated at the head / tail of an article is. */
function statedConfidence(hit: DateHit, text: string): DateConfidence {
  if (hit.yearless) return 'low';
  let c: DateConfidence = hasPublishWord(text) && !hasUpdateWord(text) ? 'high' : 'medium';
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

/** A line that is only a person's name, next to a date line: an unlabelled byline. */
function bareByline(lines: Line[], j: number, from: number, end: number): boolean {
  const l = lines[j];
  if (!l || j >= end || l.kind !== 'text' || l.good || l.words < 2 || l.words > 7 || !isPersonName(l.text)) return false;
  // more than four words only for several names ("Rana Mansour and Karim Abdel-Nour")
  if (l.words > 4 && !/\s(?:and|&)\s|,/.test(l.text)) return false;
  return [lines[j - 1], lines[j + 1]].some((x) => x && x.i >= from && x.i < end && x.kind === 'date');
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
  for (let j = s; j < (titleIdx < 0 ? s : titleIdx); j++) {
    const l = lines[j];
    if (l.kind === 'date' && l.date) {
      if (hasPublishWord(l.text)) offerStated(l.date, l.text);
      else {
        const value = valueOf(l.date);
        if (value) dates.clock ??= { value, source: 'page-clock', evidence: l.text, confidence: 'low' };
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
  if (titleLine) {
    const pipe = titleLine.text.includes('|') ? /^(.+?)\s+[|]\s+(.+)$/.exec(titleLine.text) : null;
    let t = titleLine.text;
    if (pipe && !title) {
      t = pipe[1];
      const rest = pipe[2];
      if (wordsOf(rest).length <= 4 && rest.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w.length <= 3)) outlet ??= rest;
      else subtitle ??= rest;
    }
    title ??= t.replace(/^#+\s*/, '');
  }

  // ---- head
  let bodyStart = -1;
  let subtitleLocked = subtitle !== null;
  const headFrom = titleIdx >= 0 ? titleIdx + 1 : s;
  let sawGood = false;
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
      // a date line printed between the headline and the text is the article's own date
      offerStated(l.date, l.text);
      continue;
    }
    if (l.kind === 'byline' && l.byline) {
      author ??= l.byline.name;
      outlet ??= l.byline.outlet;
      const d = firstDate(l.text);
      if (d) offerStated(d, l.text);
      continue;
    }
    if (l.kind === 'caption') {
      addCaption(l.text);
      setCaptionDate(l);
      continue;
    }
    if (l.kind !== 'text') continue;
    // a sentence printed twice in the head is a caption copy
    const copies = lines.slice(headFrom, Math.min(e, headFrom + 20)).filter((o) => o.key === l.key).length;
    if (copies >= 2 && !l.heading) {
      addCaption(l.text);
      setCaptionDate(l);
      continue;
    }
    // a bare name next to the date line is the byline ("Jane Doe\nJanuary 5, 2021")
    if (bareByline(lines, j, headFrom, e)) {
      author ??= squash(l.text);
      continue;
    }
    if (l.heading > 0 && !sawGood) {
      continue; // a section label / kicker heading above the body
    }
    const n = j + 1 < e ? lines[j + 1] : null;
    const prevIsTitle = j - 1 >= s && titleLine && (lines[j - 1] === titleLine || isRepeatOf(titleLine, lines[j - 1]));
    const headItemNext = !!n && (NON_TEXT_HEAD.has(n.kind) || (titleLine !== null && isRepeatOf(titleLine, n)) || bareByline(lines, j + 1, headFrom, e));
    const standfirst = !subtitleLocked && !sawGood && l.words <= 70 && headItemNext && (n!.blankBefore === 0 || !!prevIsTitle);
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
    const c = findComments(lines, firstGood + 1, e);
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
      if (l.kind === 'byline' && l.byline) author ??= l.byline.name;
      const so = selfDescribedOutlet(l.text);
      if (so) outlet ??= so;
      if (l.kind === 'credit') {
        const co = copyrightOutlet(l.text);
        if (co) outlet ??= co;
      }
      if (l.kind === 'date' && l.date && hasPublishWord(l.text)) offerStated(l.date, l.text);
      if (l.kind === 'caption') addCaption(l.text);
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
      while (k <= bodyEnd && lines[k].kind === 'text' && headlineEnd(lines[k]) && lines[k].words >= 4 && !lines[k].heading && (k === j || lines[k].blankBefore === 0)) k++;
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
    for (let j = bodyStart; j <= bodyEnd; j++) {
      const l = lines[j];
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
        if (headlineEnd(l) && l.words >= 3 && l.words <= 25) continue;
        dropFollowing = false;
      }
      if (linkList.has(j)) continue;
      // a short line printed more than once on the page is a running header or footer (printed pages,
      // repeated section labels); repeated sentences are handled as pull quotes below
      if (!l.good && !l.heading && l.key && repeats(l.key) >= 2) continue;
      if (titleLine && l.key === titleLine.key) continue;
      const next = j + 1 <= bodyEnd ? lines[j + 1] : null;
      const isolatedHeading =
        !l.endsSentence && l.words <= 15 && l.blankBefore >= 1 && !!next && next.blankBefore >= 1 && (next.good || next.endsSentence) && !isFurniture(l.text);
      if (l.good || l.endsSentence || l.heading > 0 || isolatedHeading || endsAsking(l.text)) paras.push(l);
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

function truncateWords(s: string, n: number): string {
  const w = s.split(/\s+/);
  return w.length <= n ? s : `${w.slice(0, n).join(' ')}…`;
}

export function extractFromLines(lines: Line[], opts: Options): ExtractedArticle[] {
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
    const t = n === 0 ? titleIdx : s;
    const meta = n === 0 ? opts.meta : { ...opts.meta, title: undefined, subtitle: undefined, date: undefined };
    out.push(extractOne(lines, s, e, t, { ...opts, meta }));
  }
  return out;
}
