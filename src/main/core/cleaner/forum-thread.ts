// A forum thread saved from its page (vBulletin, XenForo and boards built like them): numbered posts, each
// with the time it was posted and the poster's name, rank and profile fields (vBulletin prints them below
// the post's number, XenForo above it), then the post, the poster's signature, and the board's status,
// report and quote links. The first post is what the
// thread is about: the article, by its poster, at its time; the replies are its comments, by theirs, with
// what they quote from earlier posts left out. The board's menus above the first post and its lists below
// the last are not part of either.
import { firstDate } from './dates';
import type { Line } from './lines';
import { detectLanguage, directionOf, keyOf, squash } from './text-utils';
import type { ExtractedArticle, ExtractedComment } from './types';

/** "#1", "# 12", "Post #3": a post's number, alone on its line. */
const POST_NUMBER = /^(?:post\s*)?#\s?[\d\u0660-\u0669]{1,6}$/i;
/** "Join Date: Apr 2011", "Posts: 2,315", «تاريخ التسجيل: Apr 2011», «المشاركات: 2,315»: a field of the poster's profile. */
const PROFILE_FIELD = /^[^:：]{2,24}[:：]\s*\S.{0,40}$/;
/** The rule vBulletin prints between a post and its author's signature. */
const SIGNATURE_RULE = /^_{6,}$/;
/** XenForo's profile fields, each label on its own line above its value. */
const PROFILE_LABEL = /^(?:joined|messages|posts|reaction score|points|trophies|location|age|gender)$/i;
/** The status and the links under each post. */
const POST_END =
  /^(?:غير متواجد حالياً|متواجد حالياً|غير متواجد حاليا|متواجد حاليا|رد مع اقتباس|reply with quote|multi-quote this message|quick reply to this message|report post|report|reactions?\s*:|last edited\s*:.*)$|\bis (?:offline|online)$/i;
/** XenForo's quote: "Name said:", the quoted words, "Click to expand...". */
const QUOTE_SAID = /^\S.{0,40}\ssaid:$/i;
const QUOTE_EXPAND = /^click to expand(?:\.{3}|…)?$/i;
/** "Thread starter Levant_Watcher Start date Mar 23, 2019": the line under the thread's title. */
const THREAD_STARTER = /^(?:thread starter|started by)\b/i;
const START_DATE = /\bstart date\b/i;
/** "Quote:" / «اقتباس:», then "Originally Posted by name" / «المشاركة الأصلية كتبت بواسطة name», then the quoted words. */
const QUOTE_LABEL = /^(?:quote|اقتباس)\s*[:：]?$/i;
const QUOTED_BY = /^(?:originally posted by|quote from|المشاركة الأصلية كتبت بواسطة|المشاركة الأصلية بواسطة)\s/i;

interface Post {
  author: string | null;
  stamp: Line;
  paragraphs: string[];
}

/** A post's number, and where the time it was posted stands: below it (vBulletin) or above it (XenForo). */
interface Marker {
  at: number;
  stamp: number;
}

/** The thread as one article with its replies as comments, or null when the page is not a thread of numbered posts. */
export function readForumThread(lines: Line[]): ExtractedArticle | null {
  const markers = postMarkers(lines);
  if (markers.length < 2) return null;
  const posts: Post[] = [];
  for (let n = 0; n < markers.length; n++) {
    const next = markers[n + 1];
    // (the next post's header block, above its number, is not this post's)
    const end = !next ? lines.length : next.stamp < next.at ? headerStart(lines, next) : next.at;
    posts.push(readPost(lines, markers[n], end, posts));
  }
  const [first, ...replies] = posts;
  const firstHeader = markers[0].stamp < markers[0].at ? headerStart(lines, markers[0]) : markers[0].at;
  // the thread's title: above "Thread starter …", or printed above the posts and again as the first post's title
  const above = lines.slice(0, firstHeader);
  const starter = above.findIndex((l) => THREAD_STARTER.test(l.text));
  const texts = above.filter((l) => l.kind === 'text' && !THREAD_STARTER.test(l.text));
  const repeated = first.paragraphs.length > 1 ? texts.find((l) => l.key === keyOf(first.paragraphs[0])) : undefined;
  if (repeated) first.paragraphs.shift();
  const titleLine = (starter > 0 ? above[starter - 1] : undefined) ?? repeated ?? [...texts].reverse().find((l) => l.headline);
  const title = titleLine?.text ?? first.paragraphs[0] ?? 'Untitled';
  const body = first.paragraphs.join('\n\n');
  const comments: ExtractedComment[] = replies.filter((p) => p.paragraphs.length).map((p) => ({ author: p.author, text: p.paragraphs.join('\n\n') }));
  const language = detectLanguage(`${title}\n${body}`);
  // a labelled start date beside the thread's title ("Start date Mar 23, 2019") is the date the thread says it began
  const startLine = starter >= 0 && START_DATE.test(above[starter].text) ? above[starter] : null;
  const started = startLine ? firstDate(startLine.text.slice(startLine.text.search(START_DATE))) : null;
  const stamp = first.stamp.date;
  const date =
    startLine && started && !started.yearless
      ? { value: started.value, source: 'stated' as const, evidence: startLine.text, confidence: 'high' as const }
      : stamp && !stamp.yearless
        ? { value: stamp.value, source: 'stated' as const, evidence: first.stamp.text, confidence: 'medium' as const }
        : { value: null, source: 'unknown' as const, evidence: null, confidence: 'low' as const };
  return {
    title: squash(title),
    subtitle: null,
    author: first.author,
    outlet: null,
    date,
    body,
    comments,
    captions: [],
    language,
    direction: directionOf(language, `${title}\n${body}`),
  };
}

/** A post's number with the time it was posted right below or above it, the numbers rising. */
function postMarkers(lines: Line[]): Marker[] {
  const found: Marker[] = [];
  let last = -1;
  for (let j = 0; j < lines.length; j++) {
    if (!POST_NUMBER.test(lines[j].text)) continue;
    const number = Number(lines[j].text.replace(/\D/g, '') || NaN);
    const stamp = stampNear(lines, j);
    if (!(number > last) || stamp < 0) continue;
    found.push({ at: j, stamp });
    last = number;
  }
  return found;
}

function stampNear(lines: Line[], marker: number): number {
  const isStamp = (j: number) => j >= 0 && j < lines.length && lines[j].kind === 'date' && !!lines[j].date;
  for (const j of [marker + 1, marker + 2, marker - 1, marker - 2]) if (isStamp(j)) return j;
  return -1;
}

/** Where a post's header block above its number begins (XenForo): the poster's name, rank and profile fields. */
function headerStart(lines: Line[], marker: Marker): number {
  let k = marker.stamp - 1;
  // label / value pairs, bottom up
  while (k >= 1 && PROFILE_LABEL.test(lines[k - 1].text)) k -= 2;
  // the rank, then the name (printed twice: the avatar's text and the name)
  if (k >= 1 && lines[k].words <= 3 && lines[k - 1].text !== lines[k].text) k--;
  if (k >= 1 && lines[k - 1].text === lines[k].text) k--;
  return Math.max(0, k);
}

function readPost(lines: Line[], marker: Marker, end: number, earlier: readonly Post[]): Post {
  let author: string | null = null;
  let j: number;
  if (marker.stamp < marker.at) {
    author = lines[headerStart(lines, marker)]?.text ?? null;
    j = marker.at + 1;
  } else {
    j = marker.stamp + 1;
    const nameLine = j < end && lines[j].words <= 4 && !lines[j].endsSentence ? lines[j] : null;
    if (nameLine) {
      author = nameLine.text;
      j++;
    }
    // the poster's rank ("Senior Member", «عضو مميز») stands between the name and the profile fields
    let fields = j;
    while (fields < end && fields <= j + 2 && !PROFILE_FIELD.test(lines[fields].text)) fields++;
    if (fields < end && fields <= j + 2 && lines.slice(j, fields).every((l) => l.words <= 3 && !l.endsSentence)) j = fields;
    while (j < end && lines[j].words <= 6 && PROFILE_FIELD.test(lines[j].text)) j++;
  }
  const paragraphs: string[] = [];
  let closed = false;
  for (; j < end; j++) {
    const l = lines[j];
    if (closed) continue;
    if (SIGNATURE_RULE.test(l.text) || POST_END.test(l.text)) {
      closed = true;
      continue;
    }
    if (QUOTE_LABEL.test(l.text) || QUOTE_SAID.test(l.text)) {
      j = skipQuote(lines, j + 1, end, earlier) - 1;
      continue;
    }
    if (l.kind === 'text') paragraphs.push(l.text);
  }
  return { author, stamp: lines[marker.stamp], paragraphs };
}

/** Past a quote: its "Originally Posted by" line and the lines it copies (in part, "…") from earlier posts, or up to "Click to expand...". */
function skipQuote(lines: Line[], from: number, end: number, earlier: readonly Post[]): number {
  for (let k = from; k < end && k <= from + 15; k++) if (QUOTE_EXPAND.test(lines[k].text)) return k + 1;
  let j = from;
  if (j < end && QUOTED_BY.test(lines[j].text)) j++;
  const said = earlier.flatMap((p) => p.paragraphs).map(keyOf);
  while (j < end) {
    const copied = keyOf(lines[j].text.replace(/(?:\.{3}|…)\s*$/, ''));
    if (!copied || !said.some((s) => s.startsWith(copied))) break;
    j++;
  }
  return j;
}
