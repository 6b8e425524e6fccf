// Unknown group detection (issue 4 part 3, the detection half): names of armed groups the gazetteer lacks,
// found by their shape, for the analyst to accept as new factions or dismiss.
//
// Shapes (one sentence, no punctuation inside):
//   - a transliterated head followed by a name: "Liwa Shuhada al-Yarmouk", "Kataib/Katibat ...", "Harakat
//     ...", "Jaysh/Jaish ...", "Firqat ...", "Alwiya ...", "Tajammu ...", "Saraya ...", "Faylaq ...",
//     "Jabhat ...", "Tanzim ...", "Jamaat ...", "Quwat ...";
//   - a proper name followed by an English head: "... Brigade(s)", "... Battalion(s)", "... Division",
//     "... Front", "... Regiment", "... Army", "... Legion", "... Corps", or an English head followed by
//     "of [the] Name": "Brigade of the Martyrs of Idlib";
//   - an Arabic head (لواء ألوية كتائب كتيبة حركة جيش فرقة تجمع سرايا فيلق جبهة جماعة قوات) without the article,
//     followed by a name: "لواء شهداء القصير".
// English heads must be capitalised and the name words capitalised (or al-/ash-... forms and connectors
// like "al", "ibn", "of the"): "the army", "a battalion", "the Brigade", "Army of the regime" are not names.
// Skipped: spans overlapping a known match, national armies ("Iraqi Army", "Somali National Army"),
// everyday phrases ("Salvation Army", "Western Front", "Popular Front"), words in capitals (headlines).
import { normaliseArabicWord, normaliseForMatch } from './normalise';
import type { FactionMatch } from './types';

export interface UnknownGroupCandidate {
  name: string;
  normalised: string;
  start: number;
  end: number;
  /** The sentence the name stands in. */
  context: string;
}

const PREFIX_HEADS = new Set(
  [
    'liwa', 'liwaa', "liwa'", 'kataib', "kata'ib", 'kataeb', 'katibat', 'katiba', 'katibah', 'harakat', 'haraket', 'harakah', 'jaysh', 'jaish',
    'jeish', 'jaich', 'firqat', 'firqa', 'firqah', 'alwiya', 'alwiyat', 'alwiyah', 'tajammu', "tajammu'", 'tajamu', 'tajammua', 'saraya', 'sarayat',
    'faylaq', 'failaq', 'jabhat', 'jabha', 'jabhet', 'tanzim', 'tanthim', 'jamaat', "jama'at", 'jamaa', 'quwat', 'quwwat',
  ].map((w) => w.replace(/['’ʼ]/g, '')),
);
const SUFFIX_HEADS = new Set(['Brigade', 'Brigades', 'Battalion', 'Battalions', 'Division', 'Front', 'Regiment', 'Army', 'Legion', 'Corps']);
/** Words that may sit inside a name without a capital ("Liwa Ahrar al Sham", "Brigade of the Martyrs"). */
const CONNECTORS = new Set(['al', 'el', 'ul', 'wa', 'wal', 'w', 'fi', 'li', 'lil', 'bin', 'ibn', 'bint', 'min', 'of', 'the', 'and', 'de']);
/** Capitalised words that do not make a name (determiners, sentence starts, generic qualifiers). */
const NOT_NAME = new Set(
  [
    'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our', 'Your', 'My', 'Each', 'Every', 'Some', 'Several',
    'Many', 'Other', 'Another', 'Both', 'All', 'No', 'Any', 'Which', 'What', 'Whose', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven',
    'Eight', 'Nine', 'Ten', 'Rebel', 'Rebels', 'Opposition', 'Islamist', 'Jihadist', 'Government', 'Regime', 'Local', 'New', 'Old', 'Former',
    'Main', 'Largest', 'Biggest', 'Same', 'Whole', 'Entire', 'When', 'While', 'After', 'Before', 'If', 'As', 'In', 'On', 'At', 'By', 'For',
    'From', 'With', 'And', 'But', 'Or', 'So', 'Then', 'Meanwhile', 'However', 'Also', 'Only', 'Even', 'Most', 'More', 'Mr', 'Ms', 'Dr',
  ],
);
/** State armies and everyday "... Front/Army" phrases that are not faction names. */
const NATIONALITIES = new Set(
  [
    'Iraqi', 'Lebanese', 'Jordanian', 'Egyptian', 'Israeli', 'Iranian', 'Somali', 'Libyan', 'Yemeni', 'Saudi', 'American', 'US', 'U.S.', 'British',
    'French', 'German', 'Russian', 'Turkish', 'Sudanese', 'Afghan', 'Pakistani', 'Indian', 'Chinese', 'Ukrainian', 'Syrian', 'Kurdish', 'Arab',
    'National', 'Armed', 'Royal', 'Regular', 'Red', 'Imperial', 'Soviet', 'Nigerian', 'Malian', 'Chadian', 'Qatari', 'Emirati', 'Kuwaiti',
    'Algerian', 'Tunisian', 'Moroccan', 'Palestinian', 'Ottoman', 'Confederate', 'Union', 'Continental', 'Regular', 'People', "People's",
  ],
);
const NOT_GROUPS = new Set(
  [
    'salvation army', 'red army', 'western front', 'eastern front', 'home front', 'cold front', 'warm front', 'weather front', 'popular front',
    'united front', 'golani brigade', 'international brigade', 'international brigades', 'light brigade', 'fire brigade', 'marine corps',
    'peace corps', 'press corps', 'diplomatic corps', 'medical corps', 'army corps', 'signal corps',
  ],
);

const NOT_GROUP_LIST = [...NOT_GROUPS];

const AR_HEADS = new Set(['لواء', 'الويه', 'كتائب', 'كتيبه', 'حركه', 'جيش', 'فرقه', 'تجمع', 'سرايا', 'فيلق', 'جبهه', 'جماعه', 'قوات'].map(normaliseArabicWord));
/** Words that end an Arabic name, or are never one (prepositions, particles, relatives, generic complements). */
const AR_STOP = new Set(
  [
    'في', 'من', 'على', 'الى', 'إلى', 'عن', 'مع', 'التي', 'الذي', 'الذين', 'اللذين', 'بعد', 'قبل', 'ضد', 'ان', 'إن', 'أن', 'قد', 'كان', 'كانت', 'هو',
    'هي', 'او', 'أو', 'ثم', 'حيث', 'بين', 'حول', 'خلال', 'منذ', 'عند', 'لدى', 'تحت', 'فوق', 'امام', 'أمام', 'داخل', 'خارج', 'وهو', 'وهي', 'كما',
    'الاحتلال', 'النظام', 'العدو', 'النزوح', 'السير', 'المرور', 'التجارة', 'الملاحة', 'النقل', 'الاحتجاجات', 'الاسواق', 'النزوح', 'الطيران',
  ].map(normaliseArabicWord),
);
/**
 * Adjectives that make "قوات أميركية" (American forces) or "قوات حكومية" (government forces) a description,
 * not a name, when they follow the head directly: the Arabic counterpart of the national armies above.
 */
const AR_DESCRIPTIVE = new Set(
  [
    'أميركية', 'أمريكية', 'روسية', 'تركية', 'إيرانية', 'ايرانية', 'سورية', 'عراقية', 'إسرائيلية', 'اسرائيلية', 'فرنسية', 'بريطانية', 'لبنانية',
    'أردنية', 'اردنية', 'سعودية', 'قطرية', 'إماراتية', 'أجنبية', 'اجنبية', 'دولية', 'عربية', 'كردية', 'حكومية', 'نظامية', 'عسكرية', 'خاصة',
    'أمنية', 'امنية', 'حليفة', 'رديفة', 'موالية', 'معارضة', 'مسلحة', 'كبيرة', 'صغيرة', 'جديدة', 'إضافية', 'اضافية', 'محلية', 'برية', 'جوية',
    'بحرية', 'مشتركة', 'تابعة', 'عديدة', 'مختلفة', 'أخرى', 'اخرى',
    // masculine forms, for لواء / جيش / فيلق ...
    'أميركي', 'أمريكي', 'روسي', 'تركي', 'إيراني', 'ايراني', 'سوري', 'عراقي', 'إسرائيلي', 'اسرائيلي', 'لبناني', 'عربي', 'كردي', 'حكومي',
    'نظامي', 'عسكري', 'خاص', 'مسلح', 'كبير', 'صغير', 'جديد', 'إضافي', 'اضافي', 'محلي', 'مشترك', 'تابع', 'آخر', 'اخر', 'ثان', 'ثالث',
  ].map(normaliseArabicWord),
);
/** The head already carries the article (القوات، والقوات، بالقوات) or its contraction after li- (للقوات). */
const AR_ARTICLED = /^(?:[وف]?[بكل]?ال|[وف]?لل)/;
const AR_LETTER = /[\u0621-\u064A]/;

interface Word {
  s: number;
  e: number;
  w: string;
  /** No punctuation between the previous word and this one. */
  joined: boolean;
}

/**
 * A word is what /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’ʼʿ`‘.-]*\/u matches. Read here by a scanner over code units
 * (this reads most of an article's words, and a regex match per word cost more than the rest of the
 * detection): WORD_CLASSES gives, per BMP code unit, whether it may start a word (1) and continue one (2),
 * built once per thread by running those very classes over every BMP code unit, so the two cannot
 * disagree. Surrogates are 0 there; a surrogate pair is classified as the code point it makes.
 */
const WORD_START = 1;
const WORD_PART = 2;
let wordClassTable: Uint8Array | null = null;

function wordClasses(): Uint8Array {
  if (wordClassTable) return wordClassTable;
  const table = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  let all = '';
  for (let from = 0; from < 0x10000; from += 0x1000) all += String.fromCharCode(...units.subarray(from, from + 0x1000));
  for (const m of all.matchAll(/[\p{L}\p{N}]+/gu)) for (let i = m.index; i < m.index + m[0].length; i++) table[i] |= WORD_START;
  for (const m of all.matchAll(/[\p{L}\p{M}\p{N}'’ʼʿ`‘.-]+/gu)) for (let i = m.index; i < m.index + m[0].length; i++) table[i] |= WORD_PART;
  wordClassTable = table;
  return table;
}

const ASTRAL_WORD_START = /^[\p{L}\p{N}]$/u;
const ASTRAL_WORD_PART = /^[\p{L}\p{M}\p{N}]$/u;

/** The classes of the code point at text[i], for a surrogate pair (the caller checked it is one). */
function astralClasses(text: string, i: number): number {
  const pair = text.slice(i, i + 2);
  return (ASTRAL_WORD_START.test(pair) ? WORD_START : 0) | (ASTRAL_WORD_PART.test(pair) ? WORD_PART : 0);
}

/** How many code units the code point at text[i] takes: 2 for a surrogate pair, else 1. */
function unitsAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Punctuation a word may end with in the scan but not in the word: . ' ’ ʼ ʿ ` ‘ - */
function isTrailingPunctuation(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2d || c === 0x60 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2bf;
}
/** Initials such as "U.S.": their dots stay. */
const INITIALS = /^(?:[A-Z]\.)+$/;

/** The words of text[from, to); `to` must not fall inside a word (see segmentsWithHeads). */
function words(text: string, from: number, to: number): Word[] {
  const table = wordClasses();
  const out: Word[] = [];
  const length = text.length;
  let prevEnd = -1;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    let units = unitsAt(text, i, c);
    if (((units === 2 ? astralClasses(text, i) : table[c]) & WORD_START) === 0) {
      i += units;
      continue;
    }
    const s = i;
    i += units;
    while (i < length) {
      c = text.charCodeAt(i);
      units = unitsAt(text, i, c);
      if (((units === 2 ? astralClasses(text, i) : table[c]) & WORD_PART) === 0) break;
      i += units;
    }
    let w = text.slice(s, i);
    // Trailing punctuation caught by the character class ("al-", "U.S.", "Brigade.").
    while (w.length > 1 && isTrailingPunctuation(w.charCodeAt(w.length - 1)) && !INITIALS.test(w)) w = w.slice(0, -1);
    const e = s + w.length;
    out.push({ s, e, w, joined: prevEnd >= 0 && onlySpacesBetween(text, prevEnd, s) });
    prevEnd = e;
  }
  return out;
}

/** text[from, to) is not empty and holds only spaces, tabs and no-break spaces (/^[ \t\u00a0]+$/). */
function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** The word starts with an upper-case letter (\p{Lu}); A-Z are the only ones in ASCII, where most words are. */
const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(w);
};
// The patterns are made once here, not in the functions: a bundler that rewrites \p{...} patterns into
// `new RegExp(...)` would otherwise build one per call.
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const NUMBERED = /^\d+(?:st|nd|rd|th)$/i;
const ORDINAL_WORD = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)$/;
const ARTICLED = /^(?:al|el|ul|il|ad|ash|as|at|an|ar|az|adh|ath|esh|ez)[-‐‑]\p{L}/iu;
const isAllCaps = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && TWO_CAPITALS.test(w);
const isOrdinal = (w: string): boolean => NUMBERED.test(w) || ORDINAL_WORD.test(w);
/** al-Yarmouk, ash-Sham, el-Din (transliterated article + word). */
const isArticled = (w: string): boolean => ARTICLED.test(w);
const bare = (w: string): string => w.toLowerCase().replace(/['’ʼʿ`‘]/g, '');
/** The first letters of PREFIX_HEADS, in both cases. */
const PREFIX_HEAD_INITIALS = new Set([...PREFIX_HEADS].flatMap((h) => [h[0], h[0].toUpperCase()]));
/**
 * False when bare(w) cannot be a PREFIX_HEADS entry, judged by an ASCII first letter (bare keeps it,
 * lower-cased); a word starting with any other character is looked up in full.
 */
const mayBePrefixHead = (w: string): boolean => w.charCodeAt(0) >= 0x80 || PREFIX_HEAD_INITIALS.has(w[0]);

/** A word that can be part of a Latin-script name. */
function nameWord(w: string): boolean {
  if (isAllCaps(w) && !INITIALS.test(w)) return false;
  return (isCap(w) && !NOT_NAME.has(w)) || isArticled(w) || isOrdinal(w);
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0) {
    const c = text[a - 1];
    if (c === '\n' || c === '!' || c === '?' || c === '؟') break;
    if (c === '.' && /\s/.test(text[a] ?? ' ') && !/\b(?:[A-Z]|Mr|Ms|Dr|St|Gen|Col|Lt|Maj|Capt|Brig|U\.S|U\.N)\.$/.test(text.slice(Math.max(0, a - 6), a))) break;
    a--;
  }
  let b = end;
  while (b < text.length) {
    const c = text[b];
    if (c === '\n' || c === '!' || c === '?' || c === '؟') break;
    if (c === '.' && /\s|$/.test(text[b + 1] ?? '') && !/\b(?:[A-Z]|Mr|Ms|Dr|St|Gen|Col|Lt|Maj|Capt|Brig|U\.S|U\.N)$/.test(text.slice(Math.max(0, b - 5), b))) {
      b++;
      break;
    }
    b++;
  }
  let s = text.slice(a, b).replace(/\s+/g, ' ').trim();
  if (s.length > 400) {
    const mid = Math.floor((start + end) / 2) - a;
    const from = Math.max(0, mid - 200);
    s = (from > 0 ? '…' : '') + s.slice(from, from + 400) + (from + 400 < s.length ? '…' : '');
  }
  return s;
}

/**
 * Characters a name never runs across: every shape above only joins words separated by spaces, so a
 * stretch of text between two of these can be read on its own. (Not '.', '-' or apostrophes, which sit
 * inside words: "U.S.", "al-Sham", "Kata'ib".)
 */
const SEGMENT_BREAK = '\n\r,;:!?()"“”«»،؛[]/|—–';
/** SEGMENT_BREAK's characters by code unit (all are in the BMP): the text is walked a character at a time. */
const SEGMENT_BREAK_CODES = new Uint8Array(0x10000);
for (const c of SEGMENT_BREAK) SEGMENT_BREAK_CODES[c.charCodeAt(0)] = 1;
function isSegmentBreak(code: number): boolean {
  return SEGMENT_BREAK_CODES[code] === 1;
}
/**
 * A superset of every head a name can have: the transliterated heads' stems, the English heads, and any
 * Arabic letter (Arabic heads come with diacritics and proclitics, so an Arabic stretch is always read).
 * As a regular expression: /Liwa|Kata|Harak|Ja[iy]sh|Jeish|Jaich|Firq|Alwiy|Tajam|Saray|Fa[iy]laq|Jabh|
 * Tan[zt]h?im|Jama|Quw|Brigade|Battalion|Division|Front|Regiment|Army|Legion|Corps|[\u0621-\u064A]/.
 * nextHeadHint finds the same places a character at a time: most characters are rejected by one table
 * look-up, where the expression tried its alternatives at every position of every imported article.
 */
const HEAD_STEMS = [
  'Liwa', 'Kata', 'Harak', 'Jaish', 'Jaysh', 'Jeish', 'Jaich', 'Firq', 'Alwiy', 'Tajam', 'Saray', 'Faylaq', 'Failaq', 'Jabh',
  'Tanzim', 'Tantim', 'Tanzhim', 'Tanthim', 'Jama', 'Quw', 'Brigade', 'Battalion', 'Division', 'Front', 'Regiment', 'Army', 'Legion', 'Corps',
];
/** The stems by their first code unit. */
const STEMS_BY_INITIAL = new Map<number, string[]>();
for (const stem of HEAD_STEMS) STEMS_BY_INITIAL.set(stem.charCodeAt(0), [...(STEMS_BY_INITIAL.get(stem.charCodeAt(0)) ?? []), stem]);
const STEM_INITIAL = new Uint8Array(128);
for (const initial of STEMS_BY_INITIAL.keys()) STEM_INITIAL[initial] = 1;

/** Where the next head hint at or after `from` starts, or -1. */
function nextHeadHint(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (STEM_INITIAL[c] === 0) continue;
      for (const stem of STEMS_BY_INITIAL.get(c)!) if (text.startsWith(stem, i)) return i;
    } else if (c >= 0x0621 && c <= 0x064a) return i;
  }
  return -1;
}

/**
 * The stretches of text (between SEGMENT_BREAK characters) that hold a possible head outside the known
 * matches. Reading only these gives the same names as reading the whole text, at a fraction of the
 * cost: most sentences hold no head, and most heads are in names the matcher knew ("Nusra Front", "Free
 * Syrian Army"). A name is built around its head word, so a name whose head overlaps a known match
 * overlaps it too, and would be dropped: a head inside a known match is skipped, and its stretch is read
 * only if another head outside one is found in it.
 */
function segmentsWithHeads(text: string, known: readonly FactionMatch[]): [number, number][] {
  const out: [number, number][] = [];
  const knownByStart = known.length > 1 ? [...known].sort((a, b) => a.start - b.start) : known;
  let nextKnown = 0;
  /** The furthest end of the known matches starting at or before the hint: [hint, coveredUntil) is inside one. */
  let coveredUntil = -1;
  let hint = nextHeadHint(text, 0);
  while (hint >= 0) {
    while (nextKnown < knownByStart.length && knownByStart[nextKnown].start <= hint) coveredUntil = Math.max(coveredUntil, knownByStart[nextKnown++].end);
    if (hint < coveredUntil) {
      hint = nextHeadHint(text, coveredUntil);
      continue;
    }
    let start = hint;
    while (start > 0 && !isSegmentBreak(text.charCodeAt(start - 1))) start--;
    // The next SEGMENT_BREAK character, or the end of the text.
    let end = hint;
    while (end < text.length && !isSegmentBreak(text.charCodeAt(end))) end++;
    out.push([start, end]);
    hint = nextHeadHint(text, end + 1);
  }
  return out;
}

/** Group names the gazetteer lacks, found by their shape; spans overlapping `known` matches are skipped. */
export function findUnknownGroups(text: string, known: FactionMatch[]): UnknownGroupCandidate[] {
  const spans: [number, number][] = [];
  for (const [from, to] of segmentsWithHeads(text, known)) collectSpans(words(text, from, to), spans);
  const overlapsKnown = (s: number, e: number): boolean => known.some((k) => k.start < e && k.end > s);

  const out: UnknownGroupCandidate[] = [];
  for (const [s, e] of spans) {
    if (overlapsKnown(s, e)) continue;
    const name = text.slice(s, e);
    const normalised = normaliseForMatch(name);
    if (!normalised) continue;
    out.push({ name, normalised, start: s, end: e, context: sentenceAround(text, s, e) });
  }
  return out;
}

/** The spans of the names in one stretch of words, by the shapes described at the top. */
function collectSpans(ws: Word[], spans: [number, number][]): void {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].w;
    // Arabic head without the article (the first code unit is an Arabic letter, as AR_LETTER.test(w[0])).
    const first = w.charCodeAt(0);
    if (first >= 0x0621 && first <= 0x064a) {
      let key = normaliseArabicWord(w);
      if (!AR_HEADS.has(key) && /^[وفبل]/.test(w)) key = normaliseArabicWord(w.slice(1));
      if (!AR_HEADS.has(key) || AR_ARTICLED.test(w.replace(/[\u064B-\u065F\u0640]/g, ''))) continue;
      let j = i + 1;
      const take: number[] = [];
      while (j < ws.length && ws[j].joined && AR_LETTER.test(ws[j].w[0]) && take.length < 4) {
        const k = normaliseArabicWord(ws[j].w);
        if (AR_STOP.has(ws[j].w) || AR_STOP.has(k) || /^و/.test(ws[j].w) && take.length > 0) break;
        if (take.length === 0 && AR_DESCRIPTIVE.has(k)) break;
        // After the first word a name goes on with definite words (شهداء القصير, أحرار الشام الإسلامية), or
        // an indefinite word whose own complement is definite (شهداء جسر الشغور).
        const definite = (x: Word | undefined): boolean => !!x && x.joined && /^ال/.test(x.w.replace(/[\u064B-\u065F\u0640]/g, '')) && !AR_STOP.has(normaliseArabicWord(x.w));
        if (take.length > 0 && !definite(ws[j]) && !definite(ws[j + 1])) break;
        take.push(j);
        j++;
      }
      if (take.length === 0) continue;
      // The head may carry a proclitic (ولواء): the name starts at the head letter.
      const s = /^[وفبل]/.test(w) && !AR_HEADS.has(normaliseArabicWord(w)) ? ws[i].s + 1 : ws[i].s;
      spans.push([s, ws[take[take.length - 1]].e]);
      i = take[take.length - 1];
      continue;
    }
    // Transliterated head + name.
    if (isCap(w) && mayBePrefixHead(w) && PREFIX_HEADS.has(bare(w)) && !isAllCaps(w)) {
      let j = i + 1;
      let last = -1;
      while (j < ws.length && ws[j].joined) {
        const x = ws[j].w;
        const lx = x.toLowerCase();
        if (nameWord(x) || (isCap(x) && (x === 'Al' || x === 'El'))) last = j;
        else if (!CONNECTORS.has(lx) || lx === 'and' || (lx === 'the' && ws[j - 1].w !== 'of')) break;
        j++;
      }
      if (last > i) {
        spans.push([ws[i].s, ws[last].e]);
        i = last;
      }
      continue;
    }
    // Name + English head, or head + "of [the] Name".
    // Every English head starts with a capital A-Z: other words need no look-up.
    if (isCap(w) && SUFFIX_HEADS.has(w)) {
      let k = i;
      let first = -1;
      while (k > 0 && ws[k].joined) {
        const x = ws[k - 1].w;
        if (nameWord(x)) first = k - 1;
        else if (!(CONNECTORS.has(x) && x !== 'the' && x !== 'and' && first >= 0)) break;
        k--;
      }
      // "of Idlib Brigade": drop a leading connector run.
      while (first >= 0 && first < i && CONNECTORS.has(ws[first].w)) first++;
      let end = i;
      // "Brigade of the Martyrs of Idlib"
      if (i + 1 < ws.length && ws[i + 1].joined && ws[i + 1].w === 'of') {
        let j = i + 2;
        let last = -1;
        while (j < ws.length && ws[j].joined) {
          const x = ws[j].w;
          if (nameWord(x)) last = j;
          else if (!CONNECTORS.has(x) || x === 'and') break;
          j++;
        }
        if (last > i) end = last;
      }
      if (first < 0 && end === i) continue;
      const from = first >= 0 ? first : i;
      const nameWords = ws.slice(from, end + 1).map((x) => x.w);
      const before = ws.slice(from, i).map((x) => x.w).filter((x) => !CONNECTORS.has(x));
      // National armies and similar: every word before the head is a nationality-like adjective.
      if (end === i && before.length > 0 && before.every((x) => NATIONALITIES.has(x))) {
        i = end;
        continue;
      }
      const phrase = nameWords.join(' ').toLowerCase();
      if (NOT_GROUPS.has(phrase) || NOT_GROUP_LIST.some((g) => phrase.endsWith(' ' + g) && before.length <= 1)) {
        i = end;
        continue;
      }
      spans.push([ws[from].s, ws[end].e]);
      i = end;
    }
  }

}
