// A forum thread saved from its page (vBulletin, and boards built like it): numbered posts, each opened by
// its number and the time it was posted, then the poster's name, rank and profile fields, the post, the
// poster's signature below a rule, and the board's status and quote links. The first post is what the
// thread is about: the article, by its poster, at its time; the replies are its comments, by theirs, with
// what they quote from earlier posts left out. The board's menus above the first post and its lists below
// the last are not part of either.
import type { Line } from './lines';
import { detectLanguage, directionOf, keyOf, squash } from './text-utils';
import type { ExtractedArticle, ExtractedComment } from './types';

/** "#1", "# 12", "Post #3": a post's number, alone on its line. */
const POST_NUMBER = /^(?:post\s*)?#\s?[\d\u0660-\u0669]{1,6}$/i;
/** "Join Date: Apr 2011", "Posts: 2,315", «تاريخ التسجيل: Apr 2011», «المشاركات: 2,315»: a field of the poster's profile. */
const PROFILE_FIELD = /^[^:：]{2,24}[:：]\s*\S.{0,40}$/;
/** The rule vBulletin prints between a post and its author's signature. */
const SIGNATURE_RULE = /^_{6,}$/;
/** The status and the links under each post. */
const POST_END = /^(?:غير متواجد حالياً|متواجد حالياً|غير متواجد حاليا|متواجد حاليا|رد مع اقتباس|reply with quote|multi-quote this message|quick reply to this message|report post)$|\bis (?:offline|online)$/i;
/** "Quote:" / «اقتباس:», then "Originally Posted by name" / «المشاركة الأصلية كتبت بواسطة name», then the quoted words. */
const QUOTE_LABEL = /^(?:quote|اقتباس)\s*[:：]?$/i;
const QUOTED_BY = /^(?:originally posted by|quote from|المشاركة الأصلية كتبت بواسطة|المشاركة الأصلية بواسطة)\s/i;

interface Post {
  author: string | null;
  stamp: Line;
  paragraphs: string[];
}

/** The thread as one article with its replies as comments, or null when the page is not a thread of numbered posts. */
export function readForumThread(lines: Line[]): ExtractedArticle | null {
  const markers = postMarkers(lines);
  if (markers.length < 2) return null;
  const posts: Post[] = [];
  for (let n = 0; n < markers.length; n++) {
    const post = readPost(lines, markers[n], n + 1 < markers.length ? markers[n + 1] : lines.length, posts);
    if (post) posts.push(post);
  }
  if (posts.length < 2) return null;
  const [first, ...replies] = posts;
  // the thread's title, printed above the posts and again as the first post's title
  const above = lines.slice(0, markers[0]).filter((l) => l.kind === 'text');
  const repeated = first.paragraphs.length > 1 ? above.find((l) => l.key === keyOf(first.paragraphs[0])) : undefined;
  if (repeated) first.paragraphs.shift();
  const titleLine = repeated ?? [...above].reverse().find((l) => l.headline);
  const title = titleLine?.text ?? first.paragraphs[0] ?? 'Untitled';
  const body = first.paragraphs.join('\n\n');
  const comments: ExtractedComment[] = replies.filter((p) => p.paragraphs.length).map((p) => ({ author: p.author, text: p.paragraphs.join('\n\n') }));
  const language = detectLanguage(`${title}\n${body}`);
  const stamp = first.stamp.date;
  return {
    title: squash(title),
    subtitle: null,
    author: first.author,
    outlet: null,
    date: stamp && !stamp.yearless ? { value: stamp.value, source: 'stated', evidence: first.stamp.text, confidence: 'medium' } : { value: null, source: 'unknown', evidence: null, confidence: 'low' },
    body,
    comments,
    captions: [],
    language,
    direction: directionOf(language, `${title}\n${body}`),
  };
}

/** Lines that open a post: a post number with the time it was posted right below it, the numbers rising. */
function postMarkers(lines: Line[]): number[] {
  const found: number[] = [];
  let last = -1;
  for (let j = 0; j + 1 < lines.length; j++) {
    if (!POST_NUMBER.test(lines[j].text)) continue;
    const number = Number(lines[j].text.replace(/\D/g, '') || NaN);
    if (!(number > last) || stampAfter(lines, j) < 0) continue;
    found.push(j);
    last = number;
  }
  return found;
}

function stampAfter(lines: Line[], marker: number): number {
  for (let j = marker + 1; j <= marker + 2 && j < lines.length; j++) if (lines[j].kind === 'date' && lines[j].date) return j;
  return -1;
}

function readPost(lines: Line[], marker: number, end: number, earlier: readonly Post[]): Post | null {
  const stampAt = stampAfter(lines, marker);
  let j = stampAt + 1;
  const nameLine = j < end && lines[j].words <= 4 && !lines[j].endsSentence ? lines[j] : null;
  if (nameLine) j++;
  // the poster's rank ("Senior Member", «عضو مميز») stands between the name and the profile fields
  let fields = j;
  while (fields < end && fields <= j + 2 && !PROFILE_FIELD.test(lines[fields].text)) fields++;
  if (fields < end && fields <= j + 2 && lines.slice(j, fields).every((l) => l.words <= 3 && !l.endsSentence)) j = fields;
  while (j < end && lines[j].words <= 6 && PROFILE_FIELD.test(lines[j].text)) j++;
  const paragraphs: string[] = [];
  for (; j < end; j++) {
    const l = lines[j];
    if (SIGNATURE_RULE.test(l.text) || POST_END.test(l.text)) break;
    if (QUOTE_LABEL.test(l.text)) {
      j = skipQuote(lines, j + 1, end, earlier) - 1;
      continue;
    }
    if (l.kind === 'text') paragraphs.push(l.text);
  }
  return { author: nameLine?.text ?? null, stamp: lines[stampAt], paragraphs };
}

/** Past a quote: its "Originally Posted by" line and the lines it copies (in part, "…") from earlier posts. */
function skipQuote(lines: Line[], from: number, end: number, earlier: readonly Post[]): number {
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
