// Line model and per-line classification. Each non-blank line of a page is given a kind from its own
// shape (length, final punctuation, function-word density, date shape, credit shape, the known-furniture
// vocabulary in ./furniture) — context-dependent decisions (repetition, position, runs) are made later.

import {
  AGENCIES,
  ARABIC_CREDITS,
  LINK_LABELS,
  FURNITURE_CONTAINS,
  FURNITURE_STRONG,
  LICENCE_NOTICE,
  FURNITURE_EXACT,
  FURNITURE_PREFIX,
  FOOTER_MARKERS,
  MORE_AFTER,
  MORE_BEFORE,
  PHOTO_CREDITS,
  SELF_DESCRIPTION,
  STAFF_WORDS,
  TAGS_LINE,
} from './furniture';
import { dateLine, firstDate, hasClockTime, type DateHit } from './dates';
import { countWords, endsSentence, endsWithBeforeClosers, isCasedScript, measureLine, squash, stopDensity, vocabForm, wordsOf, type StopCounts } from './text-utils';

export type LineKind =
  | 'text'
  | 'furniture'
  | 'date'
  | 'byline'
  | 'credit'
  | 'caption'
  | 'attribution'
  | 'more-after'
  | 'more-before';

export interface Line {
  /** Index in the line array. */
  i: number;
  text: string;
  indent: number;
  /** Number of blank lines just above this line. */
  blankBefore: number;
  /** Markdown heading level (1-6), 0 for none. */
  heading: number;
  kind: LineKind;
  key: string;
  words: number;
  /** Sentence-like paragraph: a full sentence of some length, or long running text. */
  good: boolean;
  /** Shape of a headline: 3-30 words, no final full stop, starts with a capital (in cased scripts). */
  headline: boolean;
  endsSentence: boolean;
  date: DateHit | null;
  clock: boolean;
  /** A credit line: the author's name (null for "حلب - خاص" or an agency alone) and the outlet when it names one. */
  byline: Byline | null;
  /** Matches a strong end-of-article marker (newsletter box, copyright, author box, comments heading). */
  footer: boolean;
  /** Function-word counts of the line (for language detection without another pass over the text). */
  stops: StopCounts;
  /** Cells the line was laid out in (tabs or runs of spaces between them), 0 for running text. */
  cells: number;
  /** Text on both sides of a tab: a row of a layout (a report's masthead "General Assembly<tab>Distr.: General"), never a title. */
  tabbed: boolean;
  /** A chat export's stamped line ("13/04/2015, 20:04 - Name: message"), read as its message. */
  chat: boolean;
}

const EXACT = new Set(FURNITURE_EXACT);
const MORE_AFTER_SET = new Set(MORE_AFTER);
const MORE_BEFORE_SET = new Set(MORE_BEFORE);
const CREDITS = new Set(PHOTO_CREDITS);

const NAME_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|bint|abu|abd|de|del|della|der|den|van|von|da|di|du|la|le|dos|das|y|and|&|st\.?|mc|mac)$/i;

/** Shape of a person's name: 1-6 tokens, capitalised or name particles (al-, bin, van ...), or Arabic script. */
export function isPersonName(s: string): boolean {
  const t = squash(s).replace(/[.,;:]+$/, '');
  if (!t || t.length > 60) return false;
  const toks = t.split(' ');
  if (toks.length > 7) return false;
  // («منذ ساعتين», «قبل ٣ أيام»: a time stamp, never a name)
  if (/^[\u0600-\u06ff\s]+$/.test(t)) return toks.length <= 5 && !/^(?:منذ|قبل)\s/.test(t);
  let caps = 0;
  for (const tok of toks) {
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(tok)) caps++;
    else if (NAME_PARTICLE.test(tok) || /^(?:al|el|ad|ar|as|ash|at|az)-\p{L}+/iu.test(tok)) continue;
    else return false;
  }
  return caps >= 1;
}

export interface Byline {
  name: string | null;
  outlet: string | null;
}

/** "By X", "By X | Outlet", "Author: X", "Written by X", "Last 5 posts by X", "By Staff reporter", "Interview by X" → name (+ outlet). */
export function parseByline(text: string): Byline | null {
  return bylineOf(shapeOf(text));
}

// "Text and photographs by X", "Interview by X": the credit names the author whatever the role word
const ROLE = '(?:text|words|photos?|photographs?|pictures|images|video|interview|interviews|story|report|analysis|illustrations?)';
const BYLINE_START = new RegExp(
  `^(?:by|byline|von|par|written by|words by|posted by|author|authors|reporter|interviewed by|reported by|reporting by|edited by|hosted by|presented by|${ROLE}(?:\\s+(?:and|&)\\s+${ROLE})?\\s+by|بقلم|كتب|كتبت|كتبه|كتبها|إعداد|حاوره|حاورته|حوار|أجرى الحوار)\\s*[:：]?\\s+(.+)$`,
  'i',
);
/** "Posted on 9 September 2022 by Adnan Khalaf": the date comes first. */
// ("Posted on July 16, 2014 by X", "Posted: August 13, 2016 | By X")
// ("June 16th, 2015 | by X": unlabelled, the bar must separate the date from the credit)
const DATED_BY = /^(?:(?:posted|published|written|updated)\s*:?\s+(?:on\s+)?(.{6,40}?)\s*[|·•,]?|(.{6,40}?)\s*[|·•])\s+by\s+(.+)$/i;

/** "5 hr. ago", "2 hours ago", "3d" at the end of a credit line. */
const TRAILING_RELATIVE =
  /(?:\s*[·•|,-]\s*|\s+)(?:(?:about\s+)?(?:an?|\d+)\s+(?:seconds?|secs?\.?|minutes?|mins?\.?|hours?|hrs?\.?|days?|weeks?|wks?\.?|months?|mos?\.?|years?|yrs?\.?)|\d+\s?[smhdwy])(?:\s+ago)?$/i;
const STAFF = new Set(STAFF_WORDS);
const STAFF_CONNECTORS = new Set(['our', 'and', '&', 'the', 'a', 'from', 'in', 'with']);
/** Words that make a credit line by themselves ("Staff reporter", "Our correspondent", "News desk"). */
const STAFF_CORE = new Set(['staff', 'reporter', 'reporters', 'correspondent', 'correspondents', 'writer', 'writers', 'desk', 'newsroom', 'editor', 'editors', 'bureau', 'agencies']);
const AGENCY_SET = new Set(AGENCIES);
const ARABIC_CREDIT = new RegExp(`^([\u0600-\u06ff]+(?:\\s+[\u0600-\u06ff]+){0,2})\\s*[-–—/]\\s*(${ARABIC_CREDITS.join('|')})(?:\\s+[\u0600-\u06ff]+){0,2}$`);

/**
 * A credit without a person's name: "Staff reporter", "Enab Baladi staff", "the Editorial Board". With `bare`
 * (no "By" before it) only the core staff words count, so a one-word section label ("News") is not a credit.
 */
function staffCredit(s: string, bare: boolean): boolean {
  const toks = s.split(' ');
  if (toks.length > 6) return false;
  let core = 0;
  for (const tok of toks) {
    const low = tok.toLowerCase();
    if (STAFF_CORE.has(low)) core++;
    else if (STAFF_CONNECTORS.has(low) || (!bare && STAFF.has(low))) continue;
    else if (bare || !/^\p{Lu}/u.test(tok)) return false;
  }
  return core > 0 || (!bare && toks.some((tok) => STAFF.has(tok.toLowerCase()) && !STAFF_CONNECTORS.has(tok.toLowerCase())));
}

/** The sign a channel puts before its credit line ("✍️ كتبه: …", "🖊 By …"): not part of the credit. */
const CREDIT_SIGN = /^(?:[✍✏✒🖊🖋📝]\uFE0F?\s*)+/u;
/** «مراسلنا في ريف إدلب: عمر الإدلبي»: the outlet's correspondent, named after the place they report from. */
const ARABIC_CORRESPONDENT = /^(?:مراسلنا|مراسلتنا|مراسل|مراسلة)(?:\s+[^:：]{1,40})?\s*[:：]\s*(\S.*)$/;

function bylineOf(f: Shape): Byline | null {
  if (f.w > 12) return null;
  const sign = CREDIT_SIGN.exec(f.t);
  const t = sign ? f.t.slice(sign[0].length) : f.t;
  if (sign && !t) return null;
  if (sign) f = { t, w: f.w, es: f.es };
  const correspondent = t.charCodeAt(0) >= 0x600 ? ARABIC_CORRESPONDENT.exec(t) : null;
  // (a name has no function words: «مراسلنا في إدلب: قصف عنيف على المدينة» is a report)
  if (correspondent && wordsOf(correspondent[1]).length <= 4 && stopDensity(correspondent[1]) === 0 && isPersonName(correspondent[1])) return { name: squash(correspondent[1]), outlet: null };
  if (f.w <= 5 && !f.es) {
    // a credit line alone: an agency ("Agence France-Presse"), a desk ("Staff and agencies"), an Arabic dateline
    const v = vocabOf(f);
    if (AGENCY_SET.has(v)) return { name: null, outlet: t };
    if (staffCredit(t, true)) return { name: t, outlet: null };
    const ar = t.charCodeAt(0) >= 0x600 ? ARABIC_CREDIT.exec(t) : null;
    if (ar) return { name: null, outlet: AGENCY_SET.has(ar[2]) ? ar[2] : null };
  }
  // "Nadia Ruhle, Cameron Aziz, and Brian Castell": a report's several authors on a line of their own
  if (!f.es && f.w <= 12 && namesList(t)) return { name: squash(t), outlet: null };
  // "DAILY SABAH WITH AA": the outlet running an agency's story
  const withAgency = f.w <= 8 ? /^(.{2,40}?)\s+with\s+(?:aa|afp|ap|reuters|dpa|agencies)$/i.exec(t) : null;
  if (withAgency) return { name: null, outlet: withAgency[1] };
  let m = BYLINE_START.exec(t);
  // "Enab Baladi English · by Enab Baladi · 2 days ago": a feed reader's line, the source before the byline
  const sourceBy = m ? null : SOURCE_BY.exec(t);
  if (sourceBy) m = [t, sourceBy[2]] as unknown as RegExpExecArray;
  if (!m) {
    const d = DATED_BY.exec(t);
    if (d && firstDate(d[1] ?? d[2])) m = [d[0], d[3]] as unknown as RegExpExecArray;
  }
  if (!m) m = /^(?:last|latest|recent|all|more)\s+(?:\d+\s+)?(?:posts|articles|stories|pieces)\s+(?:by|from)\s+(.+)$/i.exec(t);
  // "submitted 5 years ago * by levant_mapper Neutral": a link aggregator's poster, with a flair after the name
  const submitted = m ? null : /^submitted\s+.{1,40}?\s+by\s+(?:u\/)?([\w-]{2,30})(?:\s|$)/i.exec(t);
  if (submitted) return { name: submitted[1], outlet: null };
  if (!m) return null;
  // («حوار» heads a programme's name or an interview's subject as often as its interviewer: «حوار الساعة», «حوار مع …»;
  // without a colon it credits two words or more)
  if (/^حوار\s+[^:：]/.test(t)) {
    const credited = m[1].split(/\s*[|•·—–»]\s*/)[0];
    if (wordsOf(credited).length < 2 || /^مع\s/.test(credited)) return null;
  }
  // "Posted by u/name 5 hr. ago": a relative stamp dates the post like a date does
  const rel = TRAILING_RELATIVE.exec(m[1]);
  if (rel && rel.index > 0) m = [m[0], m[1].slice(0, rel.index)] as unknown as RegExpExecArray;
  // "Posted by X on 12/05/2016", "By X, March 4, 2024": the date is not part of the name
  const dateTail = /^(.+?)(?:\s+on\s+|\s*[,|•·»]\s*|\s+[-/]\s+)(?:\S+\s+){0,2}\d[\s\S]*$/.exec(m[1]);
  if (dateTail && !isPersonName(m[1].split(/\s*[|•·—–»]\s*/)[0])) m = [m[0], dateTail[1]] as unknown as RegExpExecArray;
  const parts = m[1].split(/\s*(?:\||•|·|—|–|»|\s-\s|\s\/\s)\s*/);
  let namePart = parts[0];
  let outlet: string | null = parts[1] ? squash(parts[1]) : null;
  const comma = /^(.+?),\s*(.+)$/.exec(namePart);
  if (comma && isPersonName(comma[1]) && !isPersonName(namePart)) {
    // "By X, Outlet" — but not "By Tuesday, the rebels had withdrawn."
    if (!/^\p{Lu}/u.test(comma[2]) || wordsOf(comma[2]).length > 5 || endsSentence(t)) return null;
    namePart = comma[1];
    outlet = outlet ?? comma[2];
  }
  namePart = namePart.replace(/\s+(?:for|in|at)\s+.+$/i, '').replace(/^(?:the\s+)?/i, '');
  // a forum / blog user name ("by abu_layth » Tue Mar 05, 2019") counts when the line also dates the post
  const userName = (!!dateTail || !!rel) && /^(?:u\/|@)?[\w.-]{2,30}$/u.test(namePart) && /[\d_./]|^\p{Ll}|^@/u.test(namePart);
  if (!isPersonName(namePart) && !userName && (endsSentence(t) || !staffCredit(namePart, false))) return null;
  if (sourceBy) outlet ??= squash(sourceBy[1]);
  if (outlet && (wordsOf(outlet).length > 5 || /\d/.test(outlet) || !/^\p{Lu}/u.test(outlet))) outlet = null;
  return { name: squash(namePart), outlet };
}

const SOURCE_BY = /^(\p{Lu}[^·•|]{1,40}?)\s*[·•|]\s*by\s+(.+)$/iu;

function creditLike(inner: string): boolean {
  const v = inner.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!v || wordsOf(v).length > 7) return false;
  if (CREDITS.has(v)) return true;
  if (/\//.test(v)) return true; // "AFP/File", "Reuters/Khalil Ashawi", "AP Photo/Hussein Malla"
  return /\b(?:photo|photograph|getty|afp|reuters|ap|epa|anadolu|screenshot|screengrab|supplied|handout|courtesy|file|social media|via)\b/.test(v);
}

/** Photo caption shape: a description ending with an agency / photo credit. */
export function isCaption(text: string): boolean {
  return captionShape(shapeOf(text));
}

function captionShape(f: Shape): boolean {
  // (a font-size control glued to the end of the line by the copy: "… (أ.ف.ب) aA")
  const t = f.t.endsWith('aA') || f.t.endsWith('Aa') ? f.t.replace(/\s+(?:aA|Aa)$/, '') : f.t;
  const w = f.w;
  if (w < 3 || w > 80) return false;
  // ("Image caption, Druze fighters at …": the BBC's caption label takes a comma)
  if (/^(?:photo|image|picture|caption|photograph|file photo)\s*(?:credit|caption)?\s*[:,]/i.test(t)) return true;
  const last = t[t.length - 1];
  // cheap guards first: each regex below can only match when the line ends with a bracket, ends with
  // an agency name (within its last 24 characters), or contains a slash
  const br = last === ')' || last === ']' ? /[([]\s*([^()[\]]{1,60})\s*[)\]]\s*$/.exec(t) : null;
  if (br && creditLike(br[1])) {
    const before = t.slice(0, br.index).trim();
    // "... the Free Syrian Army (FSA)." is prose; a caption has no sentence stop before its credit,
    // or is square-bracketed, or names a photo agency.
    // "... released by SANA. (SANA via AFP)": a credit naming who passed the photo on follows a stop too
    if (/\[/.test(br[0]) || !/[.!?]$/.test(before) || CREDITS.has(br[1].toLowerCase().trim()) || /\svia\s|\//i.test(br[1])) return wordsOf(before).length >= 2;
  }
  if (w >= 5 && /[.,]\s*(?:Reuters|REUTERS|AFP|AP|EPA|Getty Images|Anadolu(?: Agency)?|SANA|Xinhua|Handout|File photo)\.?$/.test(t.slice(-24))) return true;
  // "… في مدينة الباب - ١١ تشرين الأول ٢٠٢٢ (المشهد الشامي)": a description, the photo's date, its source
  if (br && w >= 4 && wordsOf(br[1]).length <= 4) {
    const before = t.slice(0, br.index).trim();
    const dash = before.search(/\s[-–—]\s[^-–—]+$/);
    const when = before.slice(dash + 3).trim();
    if (dash > 0 && (dateLine(when) || /^[\d\u0660-\u0669]{4}$/.test(when)) && wordsOf(before.slice(0, dash)).length >= 3) return true;
  }
  // "... reopened in October. Photo: Karam al-Masri", "... near Atmeh (Photograph: AFP)": the credit label ends it
  if (w >= 5 && t.includes(':')) {
    const m = CREDIT_END.exec(t.slice(-80));
    if (m && wordsOf(m[1]).length <= 6 && wordsOf(t.slice(0, t.length - m[0].length)).length >= 3) return true;
  }
  if (t.includes('/') && /\b(?:REUTERS|AFP|EPA|AP Photo|Reuters)\s*\/\s*[\p{L} .'-]{2,40}\.?$/u.test(t)) return true;
  // "... northern Syria. © 2022 Private", "... (Photo © Jane Doe)": a copyright credit ends the description
  if (t.includes('©') && !/all rights reserved|\|/i.test(t) && /\S.*[.,;]?\s*\(?©\s*(?:\d{4}\s*)?[\p{L}][\p{L} .'&/-]{0,40}\)?$/u.test(t) && wordsOf(t.slice(0, t.lastIndexOf('©'))).length >= 3) return true;
  return false;
}

const CREDIT_END = /(?:[.!?,;]|\s[-–—|])\s*\(?(?:photo|photograph|picture|image)s?(?:\s+credit)?\s*:\s*([\p{L}\p{N} .'’&/-]{2,60}?)\)?\.?$/iu;

function isAttribution(t: string): boolean {
  if (!/^[-–—―]\s*\S/.test(t)) return false;
  const body = t.replace(/^[-–—―]\s*/, '');
  if (wordsOf(body).length > 12 || endsSentence(body.replace(/\.$/, 'x'))) return false;
  const [name] = body.split(',');
  return isPersonName(name);
}

/** Three or more full names, the last after "and" ("A B, C D, and E F", "A B, C D and E F"). */
function namesList(t: string): boolean {
  const m = /^(.+?,.+?)(?:,\s*|\s+)(?:and|&)\s+(.+)$/.exec(t);
  if (!m) return false;
  const names = [...m[1].split(/\s*,\s*/), m[2]];
  return names.length >= 3 && names.every((n) => wordsOf(n).length >= 2 && wordsOf(n).length <= 4 && isPersonName(n) && !NOT_A_PERSON.test(n));
}

/** Words of place and group names, which are cased like a person's ("Idlib Province", "Hamza Division"). */
const NOT_A_PERSON = /\b(?:province|governorate|city|countryside|district|region|plain|valley|mountains?|river|front|brigades?|forces|army|division|council|party|movement|state|group|union|university|institute|cent(?:er|re)|ministry|agency|news|press|media)\b/i;

function isTagList(t: string, es: boolean): boolean {
  if (es || namesList(t)) return false;
  const items = t.split(/\s*[,;،]\s*/).filter(Boolean);
  if (items.length < 4) return false;
  if (items.some((it) => /[.!?]\s/.test(it))) return false; // "…, March 2, 2020. REUTERS/…": a sentence, not tags
  const long = items.filter((it) => wordsOf(it).length > 5).length;
  return long === 0 && stopDensity(t) < 0.2;
}

function isMenu(t: string, es: boolean): boolean {
  if (es) return false;
  // (guillemets divide a breadcrumb only with a space on each side: in Arabic they quote, «جيش الإسلام»)
  const parts = t.split(/\s*(?:\||›|‹|>|\/|•|·|→)\s*|\s+[»«]\s+/).filter(Boolean);
  if (parts.length < 3) return false;
  return parts.every((p) => countWords(p) <= 4);
}

function containsPhrase(v: string, phrase: string): boolean {
  const i = v.indexOf(phrase);
  if (i < 0) return false;
  const before = i === 0 ? ' ' : v[i - 1];
  const after = i + phrase.length >= v.length ? ' ' : v[i + phrase.length];
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** "Hassan Bakr Profile picture", "Profile photo of …": an avatar's alternative text. */
const PROFILE_PICTURE = /^(?:\S.{0,40}\s)?(?:profile (?:picture|photo|image|pic)|avatar)$|^(?:profile (?:picture|photo) of|avatar of)\s|^صورة (?:الملف الشخصي|الحساب)\b/i;
/** "Reporting by X in Amman; Additional reporting by Y; Editing by Z": a wire's sign-off, several credits long. */
const WIRE_SIGN_OFF = /^(?:additional )?(?:reporting|writing|editing|compiled|reported) by [^.!?]*;[^.!?]*\bby\b/;

/** Known furniture from the vocabulary, or by shape (counters, tiny tokens, tag lists, menus, glued labels). */
export function isFurniture(text: string): boolean {
  return furnitureShape(shapeOf(text));
}

function furnitureShape(f: Shape): boolean {
  const t = f.t;
  const w = f.w;
  if (w <= 30) {
    // every vocabulary entry is short: longer lines never need the normalised form (which is never
    // empty for a line with a word in it)
    const v = vocabOf(f);
    if (!v) return true;
    if (EXACT.has(v)) return true;
    if (w <= 14 && startsWithAny(v, FURNITURE_PREFIX)) return true;
    // a wire's sign-off names everyone who worked on the story, however long ("Reporting by X in Amman;
    // Additional reporting by Y in Beirut; Editing by Z")
    if (WIRE_SIGN_OFF.test(v)) return true;
    if ((w <= 12 || (w <= 25 && !f.es)) && FURNITURE_CONTAINS.some((p) => containsPhrase(v, p))) return true;
    if (LINK_LABELS.some((p) => v.startsWith(p))) return true; // "Related: ...", "READ MORE: ..."
    if (w <= 8 && !f.es && w >= 2 && vocabularyWords(v)) return true; // "Register Login", "Help Status About Careers"
    if (w <= 6 && (RELATIVE_STAMP.test(t) || READING_TIME.test(t) || SOCIAL_COUNT.test(t) || ARABIC_SOCIAL_COUNT.test(t) || PAGINATION.test(t) || COUNTER.test(t) || PLAYER_TIME.test(t))) return true;
    // a forum's "Return to <board>" link (a headline "Return to the old city: …" is longer)
    if (w <= 5 && !t.includes(':') && v.startsWith('return to ')) return true;
    if (STRONG_HINT.test(v) && STRONG.test(v)) return true;
  }
  if (/^(?:last|latest|recent|all|more)\s+(?:\d+\s+)?(?:posts|articles|stories)\s+(?:by|from)\b/i.test(t)) return true;
  // a tag line runs as long as the page has tags; a licence notice is long by nature
  if (w <= 60 && ((!f.es && TAGS_LINE.test(t)) || LICENCE_NOTICE.test(t))) return true;
  if (/^[\d\s.,:%+kKmM×x-]+$/.test(t)) return true; // share / view counters
  // (a leader has two dots in a row, or "…": most lines are spared the expression)
  if (w <= 30 && (t.includes('..') || t.includes('. .') || t.includes('…')) && TOC_ENTRY.test(t)) return true;
  if (t.charCodeAt(0) === 0x5e && /^\^\s/.test(t)) return true; // "^ Lister, Charles (2018) ...": a wiki reference
  if (w <= 60 && /\bcookies?\b/i.test(t) && /\b(?:use|accept|consent|agree|policy|settings|preferences)\b/i.test(t) && /\b(?:site|website|experience|browsing|you)\b/i.test(t)) return true; // cookie banner
  if (w <= 2 && t.length <= 4 && !/[\p{Ll}\p{Lo}]{3}/u.test(t)) return true; // "TT", "A A" (not a short Arabic name)
  if (w <= 4 && !f.es && t.charCodeAt(0) !== 0x40 && /\p{Ll}{2}\p{Lu}\p{Ll}/u.test(t)) return true; // glued UI labels (an @handle may be camel-cased)
  if (isTagList(t, f.es) || isMenu(t, f.es)) return true;
  // an avatar's alternative text, as "Save as text" and copying keep it ("Hassan Bakr Profile picture")
  if (w <= 8 && PROFILE_PICTURE.test(t)) return true;
  // a horizontal rule between a newsletter's items ("━━━━━━", "-----", "* * *")
  if (HORIZONTAL_RULE.test(t)) return true;
  // a link's address alone, or an image's alt text as a browser's "Save as text" writes them
  if (/^<https?:\/\/\S+>$/.test(t) || IMAGE_ALT_TEXT.test(t) || BARE_IMAGE.test(t)) return true;
  // a journalist's role under their name ("Middle East correspondent", "Defence editor"): never a headline
  if ((w <= 4 || (w <= 10 && t.charCodeAt(0) >= 0x600)) && !f.es && JOURNALIST_ROLE.test(t)) return true;
  // the fields of a press database's export (LexisNexis, Factiva): "SECTION: REGION; Pg. 6", "LENGTH: 412 words",
  // "BODY:", "LOAD-DATE: …", "4 of 17 DOCUMENTS"
  if (w <= 12 && (PRESS_DATABASE_FIELD.test(t) || /^\d+ of \d+ DOCUMENTS$/i.test(t))) return true;
  // a post's hashtags on a line of their own ("#قسد #دمشق #الإدارة_الذاتية", "#Idlib #HTS"), or one as its label
  if (t.charCodeAt(0) === 0x23 && HASHTAG_LINE.test(t)) return true;
  // a messenger's service lines: "X pinned this message", "Forwarded from X", "edited 14:32", a poll's "512 votes",
  // a media stub's size ("1280x853, 184.2 KB", "00:01:12, 18.4 MB")
  if (w <= 12 && MESSENGER_SERVICE.test(t)) return true;
  // a related post's category under its title ('In "Deir ez-Zor"', as blog platforms print it)
  if (w <= 6 && /^In\s+["“][^"”]+["”]$/.test(t)) return true;
  return false;
}

/**
 * A table of contents' entry, as reports and books copied from a PDF print them: a heading, a dot leader and
 * the page it starts on ("II.<tab>Political and military developments ........ 3", "Annex . . . . . . vii").
 */
export const TOC_ENTRY = /\p{L}.*?(?:\.\s?){4,}\s*(?:\d{1,4}|[ivxlc]{1,7})$|\p{L}.*?…{2,}\s*(?:\d{1,4}|[ivxlc]{1,7})$/iu;

/** "Updated 3 minutes ago", "2 hours ago", "5d": a relative time stamp. */
export const RELATIVE_STAMP = /^(?:(?:updated|published|posted|edited|last updated)\s*:?\s+)?(?:about\s+)?(?:an?|\d+)\s*(?:seconds?|secs?\.?|minutes?|mins?\.?|hours?|hrs?\.?|h|days?|d|weeks?|wks?\.?|w|months?|mos?\.?|years?|yrs?\.?|y)(?:\s+ago)?$|^(?:yesterday|just now)$/i;
/** "1.2K Followers", "14 likes", "3 comments". */
const SOCIAL_COUNT = /^[\d.,]+\s*[kKmM]?\s+(?:followers?|following|likes?|claps?|shares?|comments?|views?|reads?|subscribers?|responses?|replies|retweets?|reposts?|reactions?)$/i;
/** «١٨٫٢ ألف مشترك», «٣١٬٠٨٧ مشاهدة», «٥٤ ألف مشاهدة»: the same counts on an Arabic page. */
const ARABIC_SOCIAL_COUNT = /^[\d\u0660-\u0669.,٫٬]+\s*(?:ألف|مليون)?\s*(?:مشترك|مشتركين|مشاهدة|مشاهدات|إعجاب|إعجابات|متابع|متابعين|مشاركة|مشاركات)$/;

/** A line of hashtags only (each with a letter: "#1" numbers a list). */
const HASHTAG_LINE = /^#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*(?:[\s,،]+#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)*$/u;
const MESSENGER_SERVICE =
  /(?:^|\s)pinned (?:this|a) (?:message|photo|video|poll)$|^forwarded from\s|^edited\s+\d{1,2}:\d\d$|^(?:.{1,30}\s[-–]\s)?[\d\s.,]+[kK]?\s+votes?$|^\d{2,5}x\d{2,5},\s*[\d.,]+\s*[KMG]i?B$|^(?:\d{1,2}:)?\d{1,2}:\d\d,\s*[\d.,]+\s*[KMG]i?B$|^[\d.,]+\s*[kK]?\s+(?:photos|videos|links|files|members)$/i;

/** "18.2K subscribers", «١٨٫٢ ألف مشترك»: an account's audience, printed under its name. */
const AUDIENCE_COUNT = /^[\d\u0660-\u0669.,٫٬]+\s*(?:[kKmM]|ألف|مليون)?\s*(?:followers|subscribers|مشترك|مشتركين|متابع|متابعين)$/i;

/** A channel's or an account's name: the line right above its audience count ("18.2K subscribers"). */
export function accountNameAt(lines: readonly Line[], j: number): boolean {
  const next = lines[j + 1];
  return lines[j].kind === 'text' && lines[j].words <= 6 && !!next && AUDIENCE_COUNT.test(next.text);
}

/** "Page 2 of 5", "12 posts • Page 1 of 1". */
const PAGINATION = /^(?:\d+\s+(?:posts?|replies|comments|topics|results)\s*[•·|,]?\s*)?page\s+\d+\s+of\s+\d+$/i;

/** A media player's position and length: "00:00 / 47:12", "1:02:05 / 1:30:00". */
const PLAYER_TIME = /^(?:\d{1,2}:)?\d{1,2}:\d\d\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d\d$/;
/** A reader view's reading time alone on its line: "8–10 minutes", "6 min", «٥ دقائق». */
const READING_TIME = /^(?:[\d\u0660-\u0669]+\s*[–-]\s*)?[\d\u0660-\u0669]+\s*(?:min(?:ute)?s?\.?|دقائق|دقيقة)(?:\s+(?:read|reading|للقراءة|قراءة))?$/i;
/** "1 / 5", "Image 3 of 8", "٢ من ٦": a gallery or slide counter. */
const COUNTER = /^(?:(?:image|photo|picture|slide|item)\s+)?[\d\u0660-\u0669]{1,3}\s*(?:\/|of|من)\s*[\d\u0660-\u0669]{1,3}$/i;
/**
 * The longest word of each strong phrase: a cheap scan that spares most lines the full expression (derived
 * from the list, so a phrase added to it is always looked for).
 */
const STRONG_HINT = new RegExp(
  [...new Set(FURNITURE_STRONG.map((p) => p.split(/[^\p{L}\p{N}@]+/u).reduce((a, b) => (b.length > a.length ? b : a), '')))]
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);
/** One scan for the strong vocabulary (phrases only newsletter boxes, e-mail footers and disclaimers use). */
const STRONG = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${FURNITURE_STRONG.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** Single words of the exact vocabulary ("login", "search", "help" ...). */
const VOCAB_WORDS = new Set(FURNITURE_EXACT.filter((e) => !e.includes(' ')));
function vocabularyWords(v: string): boolean {
  const ws = v.split(/[\s|•·/,]+/).filter(Boolean);
  return ws.length >= 2 && ws.every((x) => VOCAB_WORDS.has(x));
}

/** Prefix vocabulary grouped by first character, so a line is compared with a handful of entries. */
const PREFIX_BY_CHAR = new Map<string, string[]>();
for (const p of FURNITURE_PREFIX) {
  const list = PREFIX_BY_CHAR.get(p[0]) ?? [];
  list.push(p);
  PREFIX_BY_CHAR.set(p[0], list);
}
function startsWithAny(v: string, _all: readonly string[]): boolean {
  const list = PREFIX_BY_CHAR.get(v[0]);
  return !!list && list.some((p) => v.startsWith(p));
}

/** A publisher self-description ("X delivers independent coverage of ...") → the publisher's name. */
export function selfDescribedOutlet(text: string): string | null {
  return selfDescribed(squash(text));
}

function selfDescribed(t: string): string | null {
  const m = SELF_DESCRIPTION.exec(t);
  return m ? m[1].trim() : null;
}

/** A copyright line "© 2017 Outlet. All rights reserved." → Outlet (never a photo credit). */
export function copyrightOutlet(text: string): string | null {
  const t = squash(text);
  if (/photo|image|picture|\//i.test(t)) return null;
  const m = /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*,?\s*(.+?)(?:\.|,|\s+all rights reserved|$)/i.exec(t);
  if (!m || !/(?:©|\(c\)|copyright)/i.test(t)) return null;
  const name = m[1].replace(/\s*all rights reserved.*$/i, '').trim();
  if (!name || wordsOf(name).length > 6 || !/^\p{Lu}/u.test(name)) return null;
  return name;
}

/** A line's text with the measures every rule needs, computed once. */
interface Shape {
  /** Squashed text. */
  t: string;
  /** Number of words (tokens with a letter or digit). */
  w: number;
  es: boolean;
  /** Vocabulary form, computed on first use. */
  v?: string;
}

function shapeOf(text: string, squashed = false): Shape {
  const t = squashed ? text : squash(text);
  return { t, w: countWords(t), es: endsSentence(t) };
}

function vocabOf(f: Shape): string {
  return (f.v ??= vocabForm(f.t));
}

type Classified = { kind: LineKind; date: DateHit | null; clock: boolean; byline: Line['byline'] };
const PLAIN: Record<string, Classified> = {};
for (const k of ['attribution', 'more-after', 'more-before', 'credit', 'furniture', 'caption', 'text'] as const) {
  PLAIN[k] = { kind: k, date: null, clock: false, byline: null };
}
const plain = (k: LineKind): Classified => ({ ...PLAIN[k] });

export function classify(text: string): Classified {
  return classifyShape(shapeOf(text));
}

/** The labels a date line longer than a few words carries: a publication and its update, a journal's history. */
const LONG_DATE_LINE = /publi|updated|mis à jour|\baccepted\b|نشر|تحديث/i;

function classifyShape(f: Shape): Classified {
  const t = f.t;
  // (a stamp with its update can be longer, "Publié le 14 mars 2016 à 00h00, mis à jour le 15 mars 2016 à 09h12"; and a
  // journal article's history: "Pages 611-638 | Received 04 Feb 2020, Accepted …, Published online: …")
  if (f.w <= 14 || (f.w <= 30 && LONG_DATE_LINE.test(t))) {
    const dl = dateLine(t);
    if (dl) return { kind: 'date', date: dl, clock: hasClockTime(t), byline: null };
    // "Source: Northwest Syria Monitor, 27 October 2021": a pasted article's source line names its outlet and date
    const source = /^(?:source|المصدر)\s*:\s*(\S.{1,60}?)\s*[,،|–—-]\s*(\S.*)$/i.exec(t);
    // ("Source: Xinhua| 2018-03-24 22:15:36|Editor: Mu Xuequan": the date is one of the fields)
    const sd = source ? (dateLine(source[2]) ?? source[2].split(/\s*\|\s*/).reduce<DateHit | null>((hit, part) => hit ?? dateLine(part), null)) : null;
    if (sd) return { kind: 'date', date: sd, clock: false, byline: { name: null, outlet: source![1] } };
  }
  const by = bylineOf(f);
  if (by) return { kind: 'byline', date: null, clock: false, byline: by };
  if (isAttribution(t)) return plain('attribution');
  if (f.w <= 30) {
    const v = vocabOf(f);
    if (MORE_AFTER_SET.has(v)) return plain('more-after');
    if (MORE_BEFORE_SET.has(v)) return plain('more-before');
    // "More from @hbakr_levant": an account's other posts
    if (f.w <= 4 && /^(?:more (?:from|by)|other (?:threads|posts) (?:from|by)) @[\w.]{2,30}$/.test(v)) return plain('more-before');
  }
  // ("(c) Release all persons detained …", after "(a)" and "(b)", is a list's third item, not a copyright)
  if (/^(?:©|copyright\b)/i.test(t) || (/^\(c\)\s/i.test(t) && (f.w <= 8 || /\b(?:19|20)\d\d\b/.test(t)))) return plain('credit');
  if (furnitureShape(f)) return plain('furniture');
  if (captionShape(f)) return plain('caption');
  return plain('text');
}

const HEADLINE_STOPS = new Set([...'.:;,']);
const QUESTION = new Set(['?', '؟']);

function headlineShape(t: string, words: number): boolean {
  if (words < 3 || words > 30 || t.length > 250) return false;
  if (endsWithBeforeClosers(t, HEADLINE_STOPS) && !/\.\.\.$|…$/.test(t)) return false;
  if (isCasedScript(t)) {
    const first = t.replace(/^[^\p{L}\p{N}]+/u, '');
    if (!/^[\p{Lu}\p{N}]/u.test(first)) return false;
  }
  return true;
}

export interface RawLine {
  text: string;
  indent: number;
  blankBefore: number;
  heading: number;
  /** Cells of a line laid out with runs of spaces or tabs ("World   Middle East   Syria"): their count and largest word count. */
  cells?: { n: number; maxWords: number };
  /** Text on both sides of a tab (see Line.tabbed). */
  tabbed?: boolean;
}

/** Split text into raw lines with indentation and blank-line counts (blank lines are not kept). */
export function splitRawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let blanks = 0;
  let norm = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (norm.includes('\f')) norm = norm.replace(/\f/g, '\n');
  // one scan of the whole text: when no line has white space to collapse, no line needs squashing
  const clean = norm.charCodeAt(0) !== 32 && norm.charCodeAt(norm.length - 1) !== 32 && !hasUnsquashedSpace(norm);
  for (const rawLine of norm.split('\n')) {
    const expanded = clean || !rawLine.includes('\t') ? rawLine : rawLine.replace(/\t/g, '    ');
    const t = clean ? rawLine : squash(expanded);
    if (!t) {
      blanks++;
      continue;
    }
    const c0 = expanded.charCodeAt(0);
    const indent = c0 === 32 || c0 === 0xa0 || SPACE_START.test(expanded) ? (/^[\s\u00a0]*/.exec(expanded)?.[0].length ?? 0) : 0;
    const line: RawLine = { text: t, indent, blankBefore: out.length === 0 ? Math.max(blanks, 1) : blanks, heading: 0 };
    if (expanded !== rawLine && /\S\s*\t\s*\S/.test(rawLine)) line.tabbed = true;
    if (t !== expanded && /\S {2,}\S/.test(expanded)) {
      const cells = expanded.trim().split(/ {2,}/);
      if (cells.length >= 3) line.cells = { n: cells.length, maxWords: Math.max(...cells.map(countWords)) };
    }
    out.push(line);
    blanks = 0;
  }
  return out;
}

const SPACE_START = /^\s/;
/**
 * Does some line hold white space that squash() would change: other than single inner spaces (see
 * needsSquash)? As /[\t\v\f\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]| [ \n]|\n / would say,
 * in a loop: that expression tried at every space was 4% of preparing a plain-text file.
 */
function hasUnsquashedSpace(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      const d = text.charCodeAt(i + 1);
      if (d === 32 || d === 10) return true;
    } else if (c === 10) {
      if (text.charCodeAt(i + 1) === 32) return true;
    } else if (c < 32) {
      if (c === 9 || c === 11 || c === 12 || c === 13) return true;
    } else if (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) return true;
  }
  return false;
}

/**
 * The width a text was hard-wrapped at (a plain-text e-mail, a press database's export, a PDF's lines), or 0: most
 * lines of some length end close to one common width, and none goes far past it.
 */
function wrapWidth(lines: RawLine[]): number {
  // (a link's address is never wrapped: a text dump's list of references runs past the width)
  const lengths = lines.filter((l) => !l.text.includes('://')).map((l) => l.text.length).filter((n) => n >= 20);
  if (lengths.length < 8) return 0;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)];
  if (width > 110 || lengths[lengths.length - 1] > width * 1.6) return 0;
  const near = lengths.filter((n) => n >= width * 0.75 && n <= width + 8).length;
  return near >= lengths.length * 0.5 ? width : 0;
}

/**
 * Re-join hard-wrapped paragraphs: a line that stops mid-sentence and a next line that starts in lower case, or, in
 * a text wrapped at a fixed width, any next line after a line that reached that width (Arabic has no lower case,
 * and a wrapped English sentence goes on with "Syrian" as often as with "the").
 */
export function mergeWrapped(lines: RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  const width = wrapWidth(lines);
  let lastLength = 0; // of the last physical line joined into out's last line
  for (const l of lines) {
    const prev = out[out.length - 1];
    const wrapped = width > 0 && lastLength >= width * 0.7 && !/^[\p{Lu}\p{N}][\p{Lu}\p{N} ]{0,40}:/u.test(l.text);
    if (
      prev &&
      l.blankBefore === 0 &&
      !prev.heading &&
      !l.heading &&
      prev.text.length >= 40 &&
      !endsSentence(prev.text) &&
      Math.abs(prev.indent - l.indent) <= 1 &&
      // (a lower-case line after a colon, "narrow your results:" / "subreddit:subreddit", is a list's item unless
      // the lengths show a hard wrap)
      ((/^\p{Ll}/u.test(l.text) && !prev.text.endsWith(':')) || wrapped) &&
      !/^[•·●▪◦∙*-]/.test(l.text) &&
      // "Headline\nby Jane Doe / 2d": a byline or date line under a headline is its own line
      !(l.text.length < 120 && (parseByline(l.text) || dateLine(l.text))) &&
      !/^(?:https?:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\s|$))/i.test(l.text) // a URL or a site's domain ("example.com · 6 min") is not the rest of a sentence
    ) {
      prev.text = prev.text.endsWith('-') && !prev.text.endsWith(' -') ? prev.text.slice(0, -1) + l.text : `${prev.text} ${l.text}`;
      lastLength = l.text.length;
      continue;
    }
    out.push({ ...l });
    lastLength = l.text.length;
  }
  return out;
}

const LINK_NUMBERS = /\[\d{1,4}\](?=[\p{L}\p{N}])/gu;
/** An image's place in a text copy without its own text ("[image]", a text browser's "[20]IMG", «[صورة]»): its caption is the line below. */
const BARE_IMAGE = /^(?:\[(?:image|photo|picture|img)\]|\[\d{1,4}\]\s?img|\[صورة\])$/i;
/** An image's alternative text as a browser's "Save as text" writes it: "[Image: Fighters in the city centre] <https://…>". */
const IMAGE_ALT_TEXT = /^\[(?:image|photo|picture|img)(?::[^\]]*)?\](?:\s*<https?:\/\/\S+>)?$/i;

/** Classify raw lines. Their text is already squashed (splitRawLines, the Markdown and HTML readers do it). */
export function buildLines(raw: RawLine[]): Line[] {
  // A loop rather than raw.map: optimised, map builds a holey array and every function reading lines
  // that was optimised for packed ones deoptimises (a dozen recompiles of the largest functions).
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) lines.push(buildLine(raw[i], i));
  return chatMessages(imageCaptions(tagRuns(lines)));
}

/**
 * In a chat export, a message on one line is the chat's talk around what was forwarded (greetings, replies,
 * placeholders): furniture. A message that goes on over the lines after it, which carry no stamp of their own,
 * is kept as it reads (a forwarded article: its headline on the stamped line, its text below).
 */
function chatMessages(lines: Line[]): Line[] {
  for (let j = 0; j < lines.length; j++) {
    const l = lines[j];
    if (!l.chat || (j + 1 < lines.length && !lines[j + 1].chat)) continue;
    l.kind = 'furniture';
    l.good = false;
    l.headline = false;
  }
  return lines;
}

/** The sentence right under an image's bare placeholder, up to a caption's length, is the image's caption. */
function imageCaptions(lines: Line[]): Line[] {
  for (let j = 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.kind !== 'text' || l.blankBefore > 0 || l.words > 40 || !(l.endsSentence || l.text.endsWith(')')) || !BARE_IMAGE.test(lines[j - 1].text)) continue;
    l.kind = 'caption';
    l.good = false;
    l.headline = false;
  }
  return lines;
}

/**
 * A chat export's line, "13/04/2015, 20:04 - Name: message" (WhatsApp on Android), "[13/04/2015, 20:04:12] Name:
 * message" (on iPhone): the message, without a messenger's bold ("*…*") round it; null for any other line.
 */
const CHAT_EXPORT_LINE = /^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[APap]\.?[Mm]\.?)?\]?\s*(?:-\s+)?[^:]{1,40}?:\s+(\S.*)$/;
export function chatMessage(text: string): string | null {
  const c = text.charCodeAt(0);
  const m = (c >= 0x30 && c <= 0x39) || c === 0x5b ? CHAT_EXPORT_LINE.exec(text) : null;
  return m ? m[1].replace(/^([*_])\s*(.+?)\s*\1$/, '$2') : null;
}

function buildLine(r: RawLine, i: number): Line {
  // a browser's "Save as text" writes each link's address after it ("By Hassan Darwish <https://…>"): the line is
  // read without them, and keeps them
  // a text browser's dump (lynx, w3m) numbers each link before its text ("By [15]Lena Marcotte"): read without the numbers
  let read = r.text.includes('<http') ? r.text.replace(/\s*<https?:\/\/[^>\s]*>/g, '') || r.text : r.text;
  if (read.includes('[')) read = read.replace(LINK_NUMBERS, '') || read;
  // a chat export's line is read as its message (a forwarded article's headline comes with its sender and time)
  const message = chatMessage(read);
  if (message !== null) read = message;
  const m = measureLine(read); // key, word count and function words in one pass
  const f: Shape = { t: read, w: m.words, es: endsSentence(read) };
  let c = classifyShape(f);
  // a row of short cells laid out with spaces is a menu or a table row of labels
  if (c.kind === 'text' && r.cells && r.cells.maxWords <= 3 && !f.es) c = plain('furniture');
  const words = f.w;
  const es = f.es;
  const isText = c.kind === 'text';
  return {
    i,
    text: r.text,
    indent: r.indent,
    blankBefore: r.blankBefore,
    heading: r.heading,
    kind: c.kind,
    key: m.key,
    stops: m.stops,
    words,
    // a short question is headline-shaped ("Can the FSA survive?"), not running text
    good: isText && !r.heading && ((es && words >= 5 && !endsWithBeforeClosers(read, QUESTION)) || words >= 15),
    // (a line with an account's handle or a link in it is a contact or promotion line: "للإعلان …: @rasd_ads")
    headline: isText && (r.heading > 0 || (headlineShape(read, words) && !HANDLE_OR_LINK.test(read))),
    endsSentence: es,
    date: c.date,
    clock: c.clock,
    byline: c.byline,
    footer: isFooterMarker(read) || !!selfDescribed(read),
    cells: r.cells?.n ?? 0,
    tabbed: r.tabbed === true,
    chat: message !== null,
  };
}

const HANDLE_OR_LINK = /(?:^|[\s:(])@[\w.]{3,}|https?:\/\/|(?:^|\s)(?:t\.me|wa\.me|bit\.ly)\//;

export const HORIZONTAL_RULE = /^(?:[-–—_=*~•·━─═#]\s?){3,}$/;
const JOURNALIST_ROLE = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:correspondent|editor|reporter|writer|analyst|bureau chief|contributor|columnist)$|^(?:مراسل|مراسلة|محرر|محررة|صحفي|صحفية|كاتب|كاتبة)\s/iu;

/**
 * A writer's role or bio printed under the name, in a column's head or under its signature ("Middle East
 * correspondent", «كاتب وباحث سوري مقيم في إسطنبول، …»).
 */
export function isRoleLine(l: Line): boolean {
  return l.words <= 40 && JOURNALIST_ROLE.test(l.text);
}
const PRESS_DATABASE_FIELD = /^(?:SECTION|LENGTH|BODY|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|DOCUMENT-TYPE|GRAPHIC|JOURNAL-CODE|ACC-NO|HIGHLIGHT|NOTES|TYPE|WORD COUNT|DOCUMENT|COPYRIGHT)\s*:/;

/** A label alone on its line that introduces the article's tags, one per line below it. */
const TAG_LABEL = /^(?:tags|topics|keywords|related topics|filed under|الوسوم|وسوم|كلمات مفتاحية)\s*:?$/i;

/**
 * "Topics: / Syria / Bashar Al Assad / Hayat Tahrir Al Sham": the short lines under a tag label, up to the first
 * line that is not one (a sentence, a blank line after the first tag), are tags, not headlines or names.
 */
function tagRuns(lines: Line[]): Line[] {
  for (let j = 0; j < lines.length; j++) {
    if (!TAG_LABEL.test(lines[j].text)) continue;
    for (let k = j + 1; k < lines.length && k <= j + 12; k++) {
      const l = lines[k];
      // (a label of the page's own, "Comments", "التعليقات", ends the tags; a short token such as "SDF" does not)
      if ((l.kind !== 'text' && l.kind !== 'furniture') || (l.kind === 'furniture' && EXACT.has(vocabForm(l.text)))) break;
      if (l.good || l.endsSentence || l.words > 6 || (k > j + 1 && l.blankBefore > 0)) break;
      if (l.kind === 'text') {
        l.kind = 'furniture';
        l.headline = false;
      }
    }
  }
  return lines;
}

/** A marker anchored at the start with only the i flag can join the combined expression (others keep their flags). */
function anchoredPlain(re: RegExp): boolean {
  return re.source.startsWith('^') && re.flags === 'i';
}

// The footer markers split in two: those anchored at the start of the line (one combined expression,
// tried at position 0 only) and the few that may occur anywhere, which are only run when the
// lower-cased line contains their literal word.
const ANCHORED_FOOTER = new RegExp(
  FOOTER_MARKERS.filter(anchoredPlain).map((re) => `(?:${re.source})`).join('|'),
  'i',
);
const FLOATING_WORDS = ['newsletter', 'sign up', 'subscribe', 'all rights reserved', 'community standards', 'republish', 'podcast', 'receiving this', 'a friend', 'necessarily', 'عن رأي'];
const FLOATING = FOOTER_MARKERS.filter((re) => !anchoredPlain(re));
// a marker is only guarded by a word that is a literal part of it; a marker added without one is always run
const GUARDED = FLOATING.filter((re) => FLOATING_WORDS.some((w) => re.source.toLowerCase().includes(w)));
const UNGUARDED = FLOATING.filter((re) => !GUARDED.includes(re));
const FLOATING_WORD = new RegExp(FLOATING_WORDS.join('|'), 'i');

export function isFooterMarker(text: string): boolean {
  if (ANCHORED_FOOTER.test(text)) return true;
  if (UNGUARDED.some((re) => re.test(text))) return true;
  return FLOATING_WORD.test(text) && GUARDED.some((re) => re.test(text));
}
