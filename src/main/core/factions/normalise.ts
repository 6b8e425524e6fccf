// Text normalisation for faction matching. Pure functions, no node: or electron imports.
//
// A text is cut into word tokens (letters, digits and combining marks; an apostrophe between two word
// characters stays inside the token, so "Hay'at" and "Assad's" are one token each; hyphens, spaces and
// punctuation separate tokens). Every token gets three keys:
//
//   strict  lower case, Latin diacritics stripped (Ḥ→h, ş→s), apostrophes removed, a trailing possessive
//           "'s" removed; Arabic letters unified (أ إ آ ٱ→ا, ة→ه, ى→ي, ئ ؤ→ء), harakat and tatweel removed and a
//           leading article with its clitics (ال، وال، بال، فال، كال، لل) removed.
//   Arabic words also carry up to two keys without bare proclitics (و or ف, then ب ك or ل: "ولهيئة" ->
//   "لهيئة" -> "هيءه"), and, for each key, how many characters of the word as written are proclitics, so a
//   mention can start after them: the reader highlights "حزب الله" in "لحزب الله", "الجيش" in "والجيش".
//   "لل" (li- written over the article's alif) is a proclitic as a whole.
//   medium  strict, plus q→k, ch→sh, o→u, ee→i, doubled letters collapsed and a final ta-marbuta "h" after
//           a vowel dropped in words of 5+ letters (Nusrah→nusra, Nosra→nusra, Shaam→sham).
//           Used for one-word names, where the looser key would collide with English words (Daesh/dash).
//   loose   medium's consonant rules, plus a final "t"/"h" after a vowel dropped in words of 5+ letters
//           (Jabhat/Jabha, Hayat, Fateh/Fatah), and every run of vowels (a e i o u, and y/w after the first
//           letter) written as a single "a": Jaysh/Jaish/Jeish/Jish→jash, Qaeda/Qaida→kada,
//           Thuwar/Thowar/Thuwwar→thar, Julani/Jawlani/Joulani→jalana. Used inside multi-word names,
//           where the other words keep false positives away.
//
// Transliterated articles (al-, el-, ash-, as-, an-, ad-, at-, ar-, az-, ul-, il-) written with a hyphen,
// and a free-standing "al"/"el", are "article" tokens: the matcher skips them, so al-Nusra = an-Nusra =
// Nusra. "ibn"/"bin"/"ben" are unified as "bn".
//
// normaliseForMatch(s) joins the loose keys of the non-article tokens with single spaces: it is the
// comparison form of a whole phrase ("Jaysh al-Fateh" and "Jaish al Fatah" both give "jash fata").

export interface Token {
  /** UTF-16 offset of the first character in the original text. */
  start: number;
  /** UTF-16 offset just past the token, before any trailing possessive "'s". */
  end: number;
  /** The token as written, possessive removed. */
  raw: string;
  info: TokenInfo;
  /** True if the text between the previous token and this one lets a name run on (spaces, hyphens, articles). */
  joinPrev: boolean;
  /** The article token directly before this one (al-, an- ...), if any, so a match can start there. */
  articleStart: number;
}

export interface TokenInfo {
  strict: string;
  medium: string;
  loose: string;
  arabic: boolean;
  /** Contains at least one letter and no upper-case letter. */
  lower: boolean;
  /** Only upper-case letters (and digits), at least two letters. */
  caps: boolean;
  /** Arabic only: the key without one leading proclitic و ف ب ك ل ("وجبهة" -> "جبهه"), or null. */
  alt: string | null;
  /** Arabic only: the key without two (و or ف, then ب ك ل: "ولقسد" -> "قسد"), or null. */
  alt2: string | null;
  /** Characters of the word as written (harakat included) that are proclitics before its article, for the strict key. */
  pre: number;
  /** The same for `alt` and `alt2`. */
  altPre: number;
  alt2Pre: number;
}

export const APOSTROPHES = new Set(["'", '’', 'ʼ', 'ʿ', '‘', '`', 'ʾ', '´', 'ʻ']);
const APOS_RE = /['’ʼʿ‘`ʾ´ʻ]/g;
export const HYPHENS = new Set(['-', '‐', '‑']);
// Not "us", "en", "et"...: "US-led" must keep its "US".
export const ARTICLES_HYPHEN = new Set(['al', 'el', 'ul', 'il', 'ad', 'ash', 'as', 'at', 'an', 'ar', 'az', 'adh', 'ath', 'esh', 'ez']);
export const ARTICLES_FREE = new Set(['al', 'el']);

// Word characters: Latin (with extensions, modifier letters and combining marks), Greek, Cyrillic and Arabic
// (letters, harakat, digits; not Arabic punctuation ، ؛ ؟). Explicit ranges are ~2.5x faster than \p{L}.
const WORD_CLASS =
  'A-Za-z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u036F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF' +
  '\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF';
const wordCharCache = new Uint8Array(65536); // 0 unknown, 1 word char, 2 not
const WORD_RE = new RegExp(`[${WORD_CLASS}]`);

export function isWordCode(c: number): boolean {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  let v = wordCharCache[c];
  if (v === 0) {
    v = WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;
    wordCharCache[c] = v;
  }
  return v === 1;
}

function isArabicCode(c: number): boolean {
  return c >= 0x0600 && c <= 0x06ff;
}

const ARABIC_MARK = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// A leading article with its proclitics: group 1 is what comes before the article proper; "لل" as a whole.
const ARABIC_ARTICLE = /^(?:([وف]?[بكل]?)ال|([وف]?لل))/;

// (the hamza's seat is spelt loosely in posts and comments, «هيءة» for «هيئة»: ئ and ؤ are read as ء)
function unifyArabic(w: string): string {
  return w.replace(ARABIC_MARKS, '').replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي').replace(/[ئؤ]/g, 'ء');
}

/** Arabic: unify alef/ta marbuta/alef maqsura, drop harakat and tatweel, drop a leading article with clitics. */
export function normaliseArabicWord(w: string): string {
  return stripArabicArticle(unifyArabic(w)).key;
}

/** The key of a unified word, and how many of its letters are proclitics before the article. */
function stripArabicArticle(s: string): { key: string; proclitics: number } {
  const m = ARABIC_ARTICLE.exec(s);
  if (!m || s.length - m[0].length < 2) return { key: s, proclitics: 0 };
  return { key: s.slice(m[0].length), proclitics: m[1] !== undefined ? m[1].length : m[2].length };
}

/** Characters of `raw` taken by its first `letters` letters and the harakat on them. */
function rawLength(raw: string, letters: number): number {
  if (letters === 0) return 0;
  let k = 0;
  let seen = 0;
  while (k < raw.length && seen < letters) {
    if (!ARABIC_MARK.test(raw[k])) seen++;
    k++;
    while (k < raw.length && ARABIC_MARK.test(raw[k])) k++;
  }
  return k;
}

function arabicInfo(raw: string): TokenInfo {
  const u = unifyArabic(raw);
  const main = stripArabicArticle(u);
  let alt: string | null = null;
  let alt2: string | null = null;
  let altPre = 0;
  let alt2Pre = 0;
  // Bare proclitics before a noun without the article (with the article, the main key already drops
  // them). What is left keeps three letters, so short words are not cut down to another word.
  if (main.key === u) {
    if (/^[وفبكل]/.test(u) && u.length >= 4) {
      alt = u.slice(1);
      altPre = rawLength(raw, 1);
    }
    if (/^[وف][بكل]/.test(u) && u.length >= 5) {
      alt2 = u.slice(2);
      alt2Pre = rawLength(raw, 2);
    }
  }
  const k = main.key;
  return { strict: k, medium: k, loose: k, arabic: true, lower: false, caps: false, alt, alt2, pre: rawLength(raw, main.proclitics), altPre, alt2Pre };
}

function stripLatinMarks(s: string): string {
  // Fast path for plain ASCII.
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      return s
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/ı/g, 'i')
        .replace(/ß/g, 'ss')
        .replace(/[øœ]/g, 'o')
        .replace(/æ/g, 'ae')
        .replace(/đ/g, 'd')
        .replace(/ł/g, 'l');
    }
  }
  return s;
}

const VOWEL = /[aeiou]/;

function consonantRules(s: string): string {
  if (s === 'ibn' || s === 'bin' || s === 'ben' || s === 'bn') return 'bn';
  return s.replace(/ch/g, 'sh').replace(/q/g, 'k').replace(/(.)\1+/g, '$1');
}

function mediumOf(strict: string): string {
  let s = consonantRules(strict);
  if (s === 'bn') return s;
  s = s.replace(/o/g, 'u').replace(/ee/g, 'i').replace(/(.)\1+/g, '$1');
  if (s.length >= 5 && s.endsWith('h') && VOWEL.test(s[s.length - 2])) s = s.slice(0, -1);
  return s;
}

function looseOf(strict: string): string {
  let s = consonantRules(strict);
  if (s === 'bn') return s;
  if (s.length >= 5 && (s.endsWith('h') || s.endsWith('t')) && VOWEL.test(s[s.length - 2])) s = s.slice(0, -1);
  if (s.length <= 1) return s;
  const first = s[0];
  const rest = s.slice(1).replace(/[aeiouyw]+/g, 'a');
  return (VOWEL.test(first) ? 'a' + rest.replace(/^a/, '') : first + rest);
}

const infoCache = new Map<string, TokenInfo>();
const INFO_CACHE_MAX = 200_000;

/** Keys of one word as written (possessive already removed). Cached: vocabularies repeat across articles. */
export function tokenInfo(raw: string): TokenInfo {
  const hit = infoCache.get(raw);
  if (hit) return hit;
  let arabic = false;
  for (let i = 0; i < raw.length; i++) {
    if (isArabicCode(raw.charCodeAt(i))) {
      arabic = true;
      break;
    }
  }
  let info: TokenInfo;
  if (arabic) {
    info = arabicInfo(raw);
  } else {
    const strict = stripLatinMarks(raw.toLowerCase()).replace(APOS_RE, '');
    const hasLetter = /\p{L}/u.test(raw);
    const lower = hasLetter && raw === raw.toLowerCase();
    const caps = hasLetter && raw === raw.toUpperCase() && raw.replace(/[^\p{L}]/gu, '').length >= 2;
    info = { strict, medium: mediumOf(strict), loose: looseOf(strict), arabic: false, lower, caps, alt: null, alt2: null, pre: 0, altPre: 0, alt2Pre: 0 };
  }
  if (infoCache.size >= INFO_CACHE_MAX) infoCache.clear();
  infoCache.set(raw, info);
  return info;
}

/**
 * Cut a text into content tokens (articles are folded into the following token's `articleStart`).
 * Offsets are UTF-16 indices into `text`.
 */
const TOKEN_RE = new RegExp(`[${WORD_CLASS}]+(?:['’‘\`´][${WORD_CLASS}]+)*`, 'g');

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = tokenizeInto(text, out);
  out.length = n;
  return out;
}

/**
 * tokenize() into a reusable array of Token objects (grown as needed, never shrunk; entries at and past the
 * returned count are stale). Saves the allocation of one object per word on hot paths.
 */
export function tokenizeInto(text: string, out: Token[]): number {
  let count = 0;
  const n = text.length;
  let gapStart = 0; // where the gap before the next content token began
  let gapHasBreak = false; // punctuation other than spaces/hyphens seen since the last content token
  let pendingArticle = -1;
  let prevSingleLetter = false;
  const re = TOKEN_RE; // shared: tokenizeInto is synchronous and not re-entrant
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    let raw = m[0];
    const j = start + raw.length;
    let end = j;
    const gapOk = isJoinGap(text, gapStart, start, prevSingleLetter);
    // Possessive 's (a bare trailing apostrophe is already outside the token).
    const last = raw.charCodeAt(raw.length - 1);
    if (raw.length > 3 && (last === 115 || last === 83) && APOSTROPHES.has(raw[raw.length - 2])) {
      end -= 2;
      raw = raw.slice(0, -2);
    }
    if (raw.length <= 3) {
      const lowerRaw = raw.toLowerCase();
      const next = text[j];
      const isArticle =
        (ARTICLES_HYPHEN.has(lowerRaw) && next !== undefined && HYPHENS.has(next) && j + 1 < n && isWordCode(text.charCodeAt(j + 1))) ||
        (ARTICLES_FREE.has(lowerRaw) && (next === ' ' || next === '\u00a0' || next === '_') && j + 1 < n && isWordCode(text.charCodeAt(j + 1)));
      if (isArticle) {
        if (!gapOk) gapHasBreak = true;
        pendingArticle = start;
        gapStart = j;
        continue;
      }
    }
    const joinPrev = count > 0 && gapOk && !gapHasBreak;
    const info = tokenInfo(raw);
    if (count < out.length) {
      const t = out[count];
      t.start = start;
      t.end = end;
      t.raw = raw;
      t.info = info;
      t.joinPrev = joinPrev;
      t.articleStart = pendingArticle;
    } else {
      out.push({ start, end, raw, info, joinPrev, articleStart: pendingArticle });
    }
    count++;
    pendingArticle = -1;
    gapHasBreak = false;
    prevSingleLetter = raw.length === 1;
    gapStart = j;
  }
  return count;
}

/**
 * One quotation mark may stand inside a name: Arabic writing quotes the proper part of a name and leaves its
 * descriptor outside («حركة «النجباء» العراقية», «لواء «فاطميون»»); two ("» «") close one item and open another.
 */
/** The apostrophe right after a plural's s, a possessive inside a name ("Revolutionaries' Front", "Martyrs’ Brigade"). */
export function pluralPossessive(text: string, gapStart: number, k: number): boolean {
  return k === gapStart && k > 0 && APOSTROPHES.has(text[k]) && (text.charCodeAt(k - 1) | 32) === 115;
}

export function isQuoteCode(c: number): boolean {
  return c === 0xab || c === 0xbb || c === 34 || c === 0x201c || c === 0x201d;
}

function isJoinGap(text: string, from: number, to: number, prevSingleLetter: boolean): boolean {
  let quotes = 0;
  for (let k = from; k < to; k++) {
    const ch = text[k];
    if (ch === ' ' || ch === '\u00a0' || ch === '\t' || ch === '_' || HYPHENS.has(ch)) continue;
    if (ch === '.' && prevSingleLetter) continue; // initialisms: U.S.-led
    if (isQuoteCode(text.charCodeAt(k)) && ++quotes === 1) continue;
    if (pluralPossessive(text, from, k)) continue; // "the Syria Revolutionaries' Front"
    return false;
  }
  return true;
}

/**
 * The comparison form of a phrase: loose keys of its non-article words joined by single spaces.
 * Case, diacritics, apostrophes, hyphens, articles, possessives and the common transliteration
 * variants listed at the top of this file all disappear: normaliseForMatch("Jaish al-Fateh") ===
 * normaliseForMatch("Jaysh al Fatah") === "jash fata". Arabic: normaliseForMatch("جبهة النصرة") === "جبهه نصره".
 */
export function normaliseForMatch(s: string): string {
  return tokenize(s)
    .map((t) => t.info.loose)
    .join(' ');
}

/**
 * The key under which the matcher indexes a phrase: the medium key for one word, else normaliseForMatch.
 * Two aliases with the same matchKey are the same alias as far as the matcher is concerned.
 */
export function matchKey(s: string): string {
  const t = tokenize(s);
  return t.length === 1 ? `1:${t[0].info.medium}` : t.map((x) => x.info.loose).join(' ');
}

/**
 * Expand a pattern written with "(a|b|c)" alternatives and "[optional]" parts into plain phrases.
 * Groups do not nest; an alternative may hold several words. "[the] (Syrian|Assad) regime" gives
 * "the Syrian regime", "the Assad regime", "Syrian regime", "Assad regime".
 */
export function expandPattern(p: string, limit = 256): string[] {
  let results = [''];
  let i = 0;
  while (i < p.length) {
    const ch = p[i];
    if (ch === '(' || ch === '[') {
      const close = p.indexOf(ch === '(' ? ')' : ']', i);
      if (close < 0) throw new Error(`unbalanced pattern: ${p}`);
      const alts = p.slice(i + 1, close).split('|');
      if (ch === '[') alts.push('');
      const next: string[] = [];
      for (const r of results) for (const a of alts) next.push(r + a);
      results = next;
      if (results.length > limit) throw new Error(`pattern expands to too many phrases: ${p}`);
      i = close + 1;
    } else {
      results = results.map((r) => r + ch);
      i++;
    }
  }
  return [...new Set(results.map((r) => r.replace(/\s+/g, ' ').trim()).filter((r) => r.length > 0))];
}
