// Small text helpers shared by the cleaner: normalisation, stop-word density, script and language.

const EN_STOP = new Set(
  ('a an the and or but if of to in on at by for with from as into onto over under about after before between during ' +
    'against among through without within is are was were be been being has have had do does did will would shall should ' +
    'can could may might must it its this that these those there their they them he his him she her we our you your i me my ' +
    'not no nor so than then also which who whom whose what when where why how all any both each few more most other some ' +
    'such only own same too very just said says while since until because although though however up down out off again ' +
    'further once here one two three new').split(' '),
);
const AR_STOP = new Set(
  ('في من على إلى الى أن ان إن التي الذي الذين عن مع هذا هذه ذلك تلك كان كانت قد لا ما لم لن أو او ثم كما بعد قبل بين ' +
    'حتى عند منذ خلال إلا الا هو هي هم وقد وفي ومن وعلى وأن وكان التى أي اي كل غير ضد حول لدى لكن بل أيضا أيضاً وقال قال ' +
    'وذلك فيما بها به له لها لهم عليه عليها فيه فيها').split(' '),
);
const FR_STOP = new Set('le la les des du de et est une un dans pour sur par au aux qui que ne pas il elle ont sont été avec ce cette'.split(' '));
const DE_STOP = new Set('der die das und ist nicht mit von den dem des ein eine zu auf für im sich auch wurde sind'.split(' '));
const ES_STOP = new Set('el los las del y en que un una por con para es se su lo como más'.split(' '));
const TR_STOP = new Set('ve bir bu da de ile için olarak olan gibi daha çok ama ancak şu en'.split(' '));

// ---------------------------------------------------------------------------------------------------
// Character classes for the hot loops. The cleaner looks at every character of every page several times;
// Unicode-property regexes (\p{L}) are an order of magnitude slower than a table lookup, so each BMP code
// unit is classified once (lazily) into letter / number / white space / Arabic; astral code points fall
// back to the regex. The results are exactly those of the regexes they replace.

const C_STABLE = 16; // NFKC leaves the character alone and nothing composes with it
const C_LETTER = 1;
const C_NUMBER = 2;
const C_SPACE = 4;
const C_ARABIC = 8;
const C_UNKNOWN = 128;
const C_LN = C_LETTER | C_NUMBER;
const CHAR_CLASS = new Uint8Array(65536).fill(C_UNKNOWN);
const charClass = CHAR_CLASS;
const LETTER_1 = /^\p{L}$/u;
const NUMBER_1 = /^\p{N}$/u;
const SPACE_1 = /^\s$/;
const ARABIC_1 = /^[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]$/;

const MARK_1 = /^\p{M}$/u;

function computeClass(c: number): number {
  const ch = String.fromCharCode(c);
  const surrogate = c >= 0xd800 && c <= 0xdfff;
  // stable: its own NFKC form, not a combining mark, not a Hangul jamo (which compose with their neighbours)
  const stable = !surrogate && ch.normalize('NFKC') === ch && !MARK_1.test(ch) && !(c >= 0x1100 && c <= 0x11ff) && !(c >= 0x3130 && c <= 0x318f);
  return (
    (LETTER_1.test(ch) ? C_LETTER : 0) |
    (NUMBER_1.test(ch) ? C_NUMBER : 0) |
    (SPACE_1.test(ch) ? C_SPACE : 0) |
    (ARABIC_1.test(ch) ? C_ARABIC : 0) |
    (stable ? C_STABLE : 0)
  );
}

/** True when every character is NFKC-stable on its own and none can compose: then NFKC(s) === s. */
function nfkcStable(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) continue;
    if (!(classOf(c) & C_STABLE)) return false;
  }
  return true;
}
for (let c = 0; c < 128; c++) charClass[c] = computeClass(c);

/** Class bits of one UTF-16 code unit (lone surrogates are neither letters nor numbers). */
function classOf(c: number): number {
  const v = charClass[c];
  if (v !== C_UNKNOWN) return v;
  return (charClass[c] = computeClass(c));
}

/** Class bits of the astral code point starting at s[i] (a surrogate pair), or -1 when s[i] is not one. */
function astralClass(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return -1;
  const d = s.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return -1;
  const ch = s.slice(i, i + 2);
  return (LETTER_1.test(ch) ? C_LETTER : 0) | (NUMBER_1.test(ch) ? C_NUMBER : 0);
}

const SQUASHABLE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Does s hold white space other than single inner spaces, or zero-width characters? */
function needsSquash(s: string): boolean {
  const n = s.length;
  return n > 0 && (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32 || SQUASHABLE.test(s));
}

/** Collapse runs of white space (incl. NBSP, zero-width) into single spaces and trim. */
export function squash(s: string): string {
  if (!needsSquash(s)) return s; // already squashed (every line the cleaner made is)
  return s.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** Letter/digit runs of s joined by single spaces (= s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()). */
function lnRuns(s: string): string {
  // copy the text in large slices: only separators other than one space between two words need editing
  let out = '';
  let copyFrom = 0;
  let sepStart = -1;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let ln: number;
    if (c < 128) ln = charClass[c] & C_LN;
    else if (c < 0xd800 || c > 0xdbff) ln = classOf(c) & C_LN;
    else {
      const a = astralClass(s, i);
      ln = a > 0 ? a & C_LN : 0;
      if (a >= 0) {
        if (ln) {
          if (sepStart >= 0) {
            if (!(sepStart > 0 && i - sepStart === 1 && s.charCodeAt(sepStart) === 32)) {
              out += sepStart > 0 ? `${s.slice(copyFrom, sepStart)} ` : '';
              copyFrom = i;
            }
            sepStart = -1;
          }
        } else if (sepStart < 0) sepStart = i;
        i++;
        continue;
      }
    }
    if (ln) {
      if (sepStart >= 0) {
        // a separator run ends: one inner space stays as it is; anything else becomes one space
        if (!(sepStart > 0 && i - sepStart === 1 && s.charCodeAt(sepStart) === 32)) {
          out += sepStart > 0 ? `${s.slice(copyFrom, sepStart)} ` : '';
          copyFrom = i;
        }
        sepStart = -1;
      }
    } else if (sepStart < 0) sepStart = i;
  }
  if (sepStart >= 0) {
    // a trailing separator run is dropped
    out += s.slice(copyFrom, sepStart);
    return out;
  }
  return copyFrom === 0 ? s : out + s.slice(copyFrom);
}

/** What the cleaner measures on every line, in one pass over its characters. */
export interface LineMeasures {
  /** keyOf(text) */
  key: string;
  /** countWords(text) */
  words: number;
  /** stopCounts(text) */
  stops: StopCounts;
}

/**
 * keyOf, countWords and stopCounts of a line in one pass over its lower-cased text. This holds when NFKC
 * leaves the line unchanged (lower-casing keeps letters letters and white space white space); other lines
 * are measured by the three functions.
 */
export function measureLine(t: string): LineMeasures {
  if (!nfkcStable(t)) {
    const nf = t.normalize('NFKC');
    if (nf !== t) return { key: lnRuns(nf.toLowerCase()), words: countWords(t), stops: stopCounts(t) };
  }
  const s = t.toLowerCase();
  const cls = CHAR_CLASS; // local bindings are cheaper in the loop than the module's
  const table = STOP_TABLE;
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  let total = 0;
  let tokStart = -1;
  let h = 0;
  let words = 0;
  let wordHasLN = false;
  let key = '';
  let copyFrom = 0;
  let sepStart = -1;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    let width = 1;
    if (c < 128) k = cls[c];
    else if (c < 0xd800 || c > 0xdbff) k = classOf(c);
    else {
      const a = astralClass(s, i);
      if (a >= 0) {
        k = a;
        width = 2;
      } else k = 0;
    }
    if (k & C_LN) {
      wordHasLN = true;
      if (sepStart >= 0) {
        // a separator run ends: one inner space stays as it is; anything else becomes one space
        if (!(sepStart > 0 && i - sepStart === 1 && s.charCodeAt(sepStart) === 32)) {
          key += sepStart > 0 ? `${s.slice(copyFrom, sepStart)} ` : '';
          copyFrom = i;
        }
        sepStart = -1;
      }
      if (tokStart < 0) {
        tokStart = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
      if (width === 2) {
        h = (Math.imul(h, 31) + s.charCodeAt(i + 1)) | 0;
        i++;
      }
      continue;
    }
    if (k & C_SPACE) {
      if (wordHasLN) words++;
      wordHasLN = false;
    }
    if (sepStart < 0) sepStart = i;
    if (c === 0x27 || c === 0x2019) {
      // an apostrophe belongs to a function-word token, not to the key
      if (tokStart < 0) {
        tokStart = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
    } else if (tokStart >= 0) {
      total++;
      const m = stopMask(table, s, h, tokStart, i);
      if (m !== 0) {
        if (m & 1) c0++;
        if (m & 2) c1++;
        if (m & 4) c2++;
        if (m & 8) c3++;
        if (m & 16) c4++;
      }
      tokStart = -1;
    }
    i += width - 1;
  }
  if (wordHasLN) words++;
  if (tokStart >= 0) {
    total++;
    const m = stopMask(table, s, h, tokStart, n);
    if (m & 1) c0++;
    if (m & 2) c1++;
    if (m & 4) c2++;
    if (m & 8) c3++;
    if (m & 16) c4++;
  }
  if (sepStart >= 0) key += s.slice(copyFrom, sepStart);
  else key = copyFrom === 0 ? s : key + s.slice(copyFrom);
  return { key, words, stops: { total, counts: [c0, c1, c2, c3, c4] } };
}

/** The stop-word mask of the token s[start, end) whose hash is h (0: not a function word). */
function stopMask(table: Int32Array, s: string, h: number, start: number, end: number): number {
  for (let slot = h & (STOP_SLOTS - 1); table[slot] !== 0; slot = (slot + 1) & (STOP_SLOTS - 1)) {
    const cand = STOP_WORDS[table[slot] - 1];
    if (cand.hash === h && cand.word.length === end - start && s.startsWith(cand.word, start)) return cand.mask;
  }
  return 0;
}

/** A comparison key: lower-case letters and digits only, quotes and punctuation removed. */
export function keyOf(s: string): string {
  return lnRuns(s.normalize('NFKC').toLowerCase());
}

export function wordsOf(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** wordsOf(s).length without building the array. */
export function countWords(s: string): number {
  let n = 0;
  let has = false;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    const k = c < 128 ? charClass[c] : classOf(c);
    if (k & C_SPACE) {
      if (has) n++;
      has = false;
    } else if (!has) {
      if (k & C_LN) has = true;
      else if (c >= 0xd800 && c <= 0xdbff) {
        const a = astralClass(s, i);
        if (a >= 0) {
          if (a & C_LN) has = true;
          i++;
        }
      }
    }
  }
  if (has) n++;
  return n;
}

/** Lower-cased tokens of letters, digits and apostrophes (= split(/[^\p{L}\p{N}'’]+/u), empties dropped). */
function tokensLower(s: string): string[] {
  const t = s.toLowerCase();
  const out: string[] = [];
  let start = -1;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    let tok = c === 0x27 || c === 0x2019 || ((c < 128 ? charClass[c] : classOf(c)) & C_LN) !== 0;
    let width = 1;
    if (!tok && c >= 0xd800 && c <= 0xdbff) {
      const a = astralClass(t, i);
      if (a >= 0) {
        width = 2;
        tok = (a & C_LN) !== 0;
      }
    }
    if (tok) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(t.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out.push(t.slice(start));
  return out;
}

/** Share of tokens that are function words (English + Arabic + a few European languages). */
export function stopDensity(s: string): number {
  const toks = tokensLower(s);
  if (toks.length === 0) return 0;
  let n = 0;
  for (const t of toks) {
    const c0 = t.charCodeAt(0);
    const bare = c0 === 0x648 || c0 === 0x641 ? t.replace(/^[وف](?=...)/u, '') : t;
    if (EN_STOP.has(t) || AR_STOP.has(t) || AR_STOP.has(bare) || FR_STOP.has(t) || DE_STOP.has(t) || ES_STOP.has(t)) n++;
  }
  return n / toks.length;
}

const ANY_ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** Fraction of letters that are Arabic script (Arabic-block characters over \p{L} code points, as before). */
let lastRatioText = '';
let lastRatio = 0;

export function arabicRatio(s: string): number {
  if (s === lastRatioText) return lastRatio; // language and direction ask about the same text
  lastRatio = ANY_ARABIC.test(s) ? arabicRatioOf(s) : 0; // mostly one native scan
  lastRatioText = s;
  return lastRatio;
}

function arabicRatioOf(s: string): number {
  let letters = 0;
  let arabic = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = c < 128 ? charClass[c] : classOf(c);
    if (k & C_LETTER) letters++;
    if (k & C_ARABIC) arabic++;
    if (c >= 0xd800 && c <= 0xdbff) {
      const a = astralClass(s, i);
      if (a >= 0) {
        if (a & C_LETTER) letters++;
        i++;
      }
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

export function hasLetters(s: string): boolean {
  return /\p{L}/u.test(s);
}

/** Does the script of this text distinguish upper and lower case (Latin, Cyrillic, Greek)? */
export function isCasedScript(s: string): boolean {
  const m = s.match(/\p{L}/u);
  return !!m && m[0].toLowerCase() !== m[0].toUpperCase();
}

// Function-word counting for language detection without cutting the text into token strings:
// each token's hash is computed while scanning, and only tokens whose hash is a function word's are compared.
const LANG_SETS = [EN_STOP, FR_STOP, DE_STOP, ES_STOP, TR_STOP];
// open-addressing table keyed by the token hash: slot -> index into STOP_WORDS + 1 (0 = empty)
const STOP_WORDS: { word: string; mask: number; hash: number }[] = [];
const STOP_SLOTS = 4096;
const STOP_TABLE = new Int32Array(STOP_SLOTS);
{
  const masks = new Map<string, number>();
  LANG_SETS.forEach((set, n) => {
    for (const w of set) masks.set(w, (masks.get(w) ?? 0) | (1 << n));
  });
  for (const [word, mask] of masks) {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
    STOP_WORDS.push({ word, mask, hash: h });
    let slot = h & (STOP_SLOTS - 1);
    while (STOP_TABLE[slot] !== 0) slot = (slot + 1) & (STOP_SLOTS - 1);
    STOP_TABLE[slot] = STOP_WORDS.length;
  }
}

export interface StopCounts {
  /** Tokens (letters, digits and apostrophes). */
  total: number;
  /** Function words of each language of LANG_SETS (en, fr, de, es, tr). */
  counts: number[];
}

/** Sum of the counts of several texts joined by line breaks (tokens never cross a line break). */
export function addStopCounts(parts: readonly StopCounts[]): StopCounts {
  const counts = [0, 0, 0, 0, 0];
  let total = 0;
  for (const p of parts) {
    total += p.total;
    for (let k = 0; k < 5; k++) counts[k] += p.counts[k];
  }
  return { total, counts };
}

/** Tokens (as tokensLower cuts them) and, per language of LANG_SETS, how many are its function words. */
export function stopCounts(text: string): StopCounts {
  const t = text.toLowerCase();
  const counts = [0, 0, 0, 0, 0];
  let total = 0;
  let start = -1;
  let h = 0;
  const n = t.length;
  for (let i = 0; i <= n; i++) {
    let tok = false;
    let width = 1;
    if (i < n) {
      const c = t.charCodeAt(i);
      tok = c === 0x27 || c === 0x2019 || ((c < 128 ? charClass[c] : classOf(c)) & C_LN) !== 0;
      if (!tok && c >= 0xd800 && c <= 0xdbff) {
        const a = astralClass(t, i);
        if (a >= 0) {
          width = 2;
          tok = (a & C_LN) !== 0;
        }
      }
      if (tok) {
        if (start < 0) {
          start = i;
          h = 0;
        }
        h = (Math.imul(h, 31) + c) | 0;
        if (width === 2) h = (Math.imul(h, 31) + t.charCodeAt(i + 1)) | 0;
        i += width - 1;
        continue;
      }
    }
    if (start >= 0) {
      // a token ended at i
      total++;
      for (let slot = h & (STOP_SLOTS - 1); STOP_TABLE[slot] !== 0; slot = (slot + 1) & (STOP_SLOTS - 1)) {
        const cand = STOP_WORDS[STOP_TABLE[slot] - 1];
        if (cand.hash === h && cand.word.length === i - start && t.startsWith(cand.word, start)) {
          for (let k = 0; k < 5; k++) if (cand.mask & (1 << k)) counts[k]++;
          break;
        }
      }
      start = -1;
    }
    i += width - 1;
  }
  return { total, counts };
}

/** 'ar' when mostly Arabic script ('fa' when Persian letters dominate), else a guess from function words. */
export function detectLanguage(text: string, known?: StopCounts): string | null {
  const sample = text.slice(0, 20000);
  if (!hasLetters(sample)) return null;
  const ar = arabicRatio(sample);
  if (ar > 0.5) {
    const persian = (sample.match(/[پچژگکی]/g) ?? []).length;
    const arabicOnly = (sample.match(/[ةيك]/g) ?? []).length;
    return persian > arabicOnly ? 'fa' : 'ar';
  }
  // counts already made line by line (measureLine) stand for the sample when it is the whole text
  const { total, counts } = known && text.length <= 20000 ? known : stopCounts(sample);
  if (total < 5) return null;
  const scores: [string, number][] = [
    ['en', counts[0] / total],
    ['fr', counts[1] / total],
    ['de', counts[2] / total],
    ['es', counts[3] / total],
    ['tr', counts[4] / total],
  ];
  scores.sort((x, y) => y[1] - x[1]);
  return scores[0][1] >= 0.12 ? scores[0][0] : null;
}

export function directionOf(language: string | null, text: string): 'ltr' | 'rtl' {
  if (language === 'ar' || language === 'fa' || language === 'he' || language === 'ur') return 'rtl';
  return arabicRatio(text.slice(0, 20000)) > 0.5 ? 'rtl' : 'ltr';
}

const SENTENCE_END = new Set([...'.!?…؟。']);
const CLOSERS = new Set([...'"\'”’»)]']);

/** Ends like a sentence: . ! ? … (Arabic ؟ too), optionally followed by closing quotes/brackets. */
export function endsSentence(s: string): boolean {
  const t = s.trim();
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.has(t[i])) i--;
  return i >= 0 && SENTENCE_END.has(t[i]);
}

/**
 * Does s end with one of `ends`, optionally followed by closing quotes / brackets ("'”’»)])?
 * Same as /[ends]["'”’»)\]]*$/ (ends must not contain closers), without a regex scan of the whole line.
 */
export function endsWithBeforeClosers(s: string, ends: ReadonlySet<string>): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.has(s[i])) i--;
  return i >= 0 && ends.has(s[i]);
}

const VOCAB_TRAIL = new Set([...' »«›‹→←>|•·:.…!-–—']);
const VOCAB_LEAD = new Set([...' »«›‹→←>|•·-–—']);

/** Normalise a line for vocabulary matching: lower-case, straight quotes, no trailing arrows/colons. */
export function vocabForm(s: string): string {
  const t = squash(s).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  // strip a trailing run of arrows / chevrons / colons / dots and a leading run of arrows / bullets
  let end = t.length;
  while (end > 0 && (VOCAB_TRAIL.has(t[end - 1]) || (classOf(t.charCodeAt(end - 1)) & C_SPACE) !== 0)) end--;
  let start = 0;
  while (start < end && (VOCAB_LEAD.has(t[start]) || (classOf(t.charCodeAt(start)) & C_SPACE) !== 0)) start++;
  return start === 0 && end === t.length ? t.trim() : t.slice(start, end).trim();
}
