// Fast word scanner for the matcher: one pass over char codes, every word interned once per matcher as an
// integer id with precomputed keys (loose / medium / strict as integer key ids) and flags, so matching a
// text allocates nothing per word it has seen before. The tokenisation is exactly normalise.ts tokenize()
// (same word characters, inner apostrophes, possessive "'s", article tokens, join gaps); tokenize() stays the
// reference and is used to compile the gazetteer's phrases.
import { ARTICLES_FREE, ARTICLES_HYPHEN, isQuoteCode, isWordCode, pluralPossessive, tokenInfo } from './normalise';

export const F_LOWER = 1;
export const F_CAPS = 2;
export const F_ARABIC = 4;
export const F_ART_HYPHEN = 8;
export const F_ART_FREE = 16;
/** The word may start a gazetteer candidate (set by the matcher). */
export const F_CAND = 32;
/** The word starts with an upper-case letter. */
export const F_CAPITAL = 64;

const isApos = (c: number): boolean =>
  c === 39 || c === 0x2019 || c === 0x2bc || c === 0x2bf || c === 0x2018 || c === 96 || c === 0x2be || c === 0xb4 || c === 0x2bb;
// Apostrophes allowed INSIDE a token by normalise.ts TOKEN_RE: ' ’ ‘ ` ´
const isInnerApos = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4;
export const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
// 1 = word character (letters, digits and the non-ASCII word classes of normalise.ts), per UTF-16 code unit.
const WORD = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD[c] = isWordCode(c) ? 1 : 0;
const FNV = 0x811c9dc5 | 0;

/** Interned key strings (loose, medium, strict and Arabic alt keys share one id space). */
export class KeySpace {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  id(k: string): number {
    let v = this.ids.get(k);
    if (v === undefined) {
      v = this.keys.length;
      this.keys.push(k);
      this.ids.set(k, v);
    }
    return v;
  }
  peek(k: string): number {
    return this.ids.get(k) ?? -1;
  }
  get size(): number {
    return this.keys.length;
  }
}

/** Tokens of the last scanned text, as parallel typed arrays (grown as needed, reused across calls). */
export interface ScanResult {
  n: number;
  start: Int32Array;
  end: Int32Array;
  word: Int32Array;
  join: Uint8Array;
  art: Int32Array;
}

export class WordTable {
  readonly keys: KeySpace;
  // Open-addressing hash table: slot -> word id + 1 (0 = empty), with the full hash for quick rejection.
  private slotId: Int32Array;
  private slotHash: Int32Array;
  private mask: number;
  // Per word: chars in a shared pool, keys and flags.
  private pool: Uint16Array;
  private poolUsed = 0;
  private off: Int32Array;
  private len: Int32Array;
  loose: Int32Array;
  medium: Int32Array;
  strict: Int32Array;
  alt: Int32Array;
  alt2: Int32Array;
  /** Characters of proclitics at the start of the word for its strict key, `alt` and `alt2` (Arabic). */
  pre: Uint8Array;
  altPre: Uint8Array;
  alt2Pre: Uint8Array;
  flags: Uint8Array;
  count = 0;
  /** Words interned before freeze() (the gazetteer's own words) survive a reset. */
  private frozen = 0;
  private readonly maxWords: number;
  private candTest: ((w: number) => boolean) | null = null;
  readonly out: ScanResult;

  constructor(keys: KeySpace, maxWords = 400_000) {
    this.keys = keys;
    this.maxWords = maxWords;
    this.slotId = new Int32Array(1 << 14);
    this.slotHash = new Int32Array(1 << 14);
    this.mask = (1 << 14) - 1;
    this.pool = new Uint16Array(1 << 16);
    const cap = 1 << 13;
    this.off = new Int32Array(cap);
    this.len = new Int32Array(cap);
    this.loose = new Int32Array(cap);
    this.medium = new Int32Array(cap);
    this.strict = new Int32Array(cap);
    this.alt = new Int32Array(cap);
    this.alt2 = new Int32Array(cap);
    this.pre = new Uint8Array(cap);
    this.altPre = new Uint8Array(cap);
    this.alt2Pre = new Uint8Array(cap);
    this.flags = new Uint8Array(cap);
    const t = 1024;
    this.out = { n: 0, start: new Int32Array(t), end: new Int32Array(t), word: new Int32Array(t), join: new Uint8Array(t), art: new Int32Array(t) };
  }

  /** Mark the gazetteer's words as permanent and set the candidate test (call once, after compiling). */
  freeze(candTest: (w: number) => boolean): void {
    this.candTest = candTest;
    for (let w = 0; w < this.count; w++) if (candTest(w)) this.flags[w] |= F_CAND;
    this.frozen = this.count;
  }

  /** The id of a word given as a string (interning it). */
  idOf(raw: string): number {
    let h = FNV;
    for (let k = 0; k < raw.length; k++) h = Math.imul(h ^ raw.charCodeAt(k), 0x01000193);
    let slot = h & this.mask;
    for (;;) {
      const v = this.slotId[slot];
      if (v === 0) break;
      const w = v - 1;
      if (this.slotHash[slot] === h && this.len[w] === raw.length) {
        const o = this.off[w];
        let same = true;
        for (let k = 0; k < raw.length; k++) {
          if (this.pool[o + k] !== raw.charCodeAt(k)) {
            same = false;
            break;
          }
        }
        if (same) return w;
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(raw, h, slot);
  }

  /** The id of text.slice(s, e) whose FNV-1a hash is h. */
  private lookup(text: string, s: number, e: number, h: number): number {
    const l = e - s;
    let slot = h & this.mask;
    const pool = this.pool;
    for (;;) {
      const v = this.slotId[slot];
      if (v === 0) break;
      const w = v - 1;
      if (this.slotHash[slot] === h && this.len[w] === l) {
        const o = this.off[w];
        let k = 0;
        while (k < l && pool[o + k] === text.charCodeAt(s + k)) k++;
        if (k === l) return w;
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(text.slice(s, e), h, slot);
  }

  private add(raw: string, h: number, slot: number): number {
    const w = this.count;
    if (w >= this.off.length) this.growWords();
    if (this.poolUsed + raw.length > this.pool.length) {
      const p = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + raw.length));
      p.set(this.pool.subarray(0, this.poolUsed));
      this.pool = p;
    }
    for (let k = 0; k < raw.length; k++) this.pool[this.poolUsed + k] = raw.charCodeAt(k);
    this.off[w] = this.poolUsed;
    this.len[w] = raw.length;
    this.poolUsed += raw.length;
    const info = tokenInfo(raw);
    const ks = this.keys;
    this.loose[w] = ks.id(info.loose);
    this.medium[w] = ks.id(info.medium);
    this.strict[w] = ks.id(info.strict);
    this.alt[w] = info.alt === null ? -1 : ks.id(info.alt);
    this.alt2[w] = info.alt2 === null ? -1 : ks.id(info.alt2);
    this.pre[w] = info.pre;
    this.altPre[w] = info.altPre;
    this.alt2Pre[w] = info.alt2Pre;
    let f = 0;
    if (info.lower) f |= F_LOWER;
    if (info.caps) f |= F_CAPS;
    if (info.arabic) f |= F_ARABIC;
    if (raw.length <= 3) {
      const lr = raw.toLowerCase();
      if (ARTICLES_HYPHEN.has(lr)) f |= F_ART_HYPHEN;
      if (ARTICLES_FREE.has(lr)) f |= F_ART_FREE;
    }
    const c0 = raw.charCodeAt(0);
    if (raw[0] !== raw[0].toLowerCase() || (c0 >= 65 && c0 <= 90)) f |= F_CAPITAL;
    this.flags[w] = f;
    this.count++;
    if (this.candTest && this.candTest(w)) this.flags[w] |= F_CAND;
    this.slotId[slot] = w + 1;
    this.slotHash[slot] = h;
    if (this.count * 2 > this.slotId.length) this.rehash(this.slotId.length * 2);
    return w;
  }

  private growWords(): void {
    const cap = this.off.length * 2;
    const g32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.off = g32(this.off);
    this.len = g32(this.len);
    this.loose = g32(this.loose);
    this.medium = g32(this.medium);
    this.strict = g32(this.strict);
    this.alt = g32(this.alt);
    this.alt2 = g32(this.alt2);
    const g8 = (a: Uint8Array): Uint8Array => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    this.pre = g8(this.pre);
    this.altPre = g8(this.altPre);
    this.alt2Pre = g8(this.alt2Pre);
    this.flags = g8(this.flags);
  }

  private rehash(size: number): void {
    this.slotId = new Int32Array(size);
    this.slotHash = new Int32Array(size);
    this.mask = size - 1;
    for (let w = 0; w < this.count; w++) {
      let h = FNV;
      const o = this.off[w];
      for (let k = 0; k < this.len[w]; k++) h = Math.imul(h ^ this.pool[o + k], 0x01000193);
      let slot = h & this.mask;
      while (this.slotId[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotId[slot] = w + 1;
      this.slotHash[slot] = h;
    }
  }

  /** Forget the words of texts (a very long-lived matcher), keeping the gazetteer's own. */
  private reset(): void {
    this.count = this.frozen;
    this.poolUsed = this.frozen > 0 ? this.off[this.frozen - 1] + this.len[this.frozen - 1] : 0;
    this.rehash(this.slotId.length);
  }

  /** Tokenise `text` into this.out (see normalise.ts tokenizeInto for the rules). */
  scan(text: string): ScanResult {
    if (this.count >= this.maxWords) this.reset();
    const out = this.out;
    const n = text.length;
    let count = 0;
    let gapStart = 0;
    let gapHasBreak = false;
    let pendingArticle = -1;
    let prevSingleLetter = false;
    let i = 0;
    const word = WORD;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (word[c] === 0) {
        i++;
        continue;
      }
      const start = i;
      // FNV-1a over the word, keeping the hash two code units back for a possessive "'s".
      let h = Math.imul(FNV ^ c, 0x01000193);
      let h1 = FNV;
      let h2 = FNV;
      i++;
      while (i < n) {
        c = text.charCodeAt(i);
        if (word[c] === 1) {
          h2 = h1;
          h1 = h;
          h = Math.imul(h ^ c, 0x01000193);
          i++;
        } else if (isInnerApos(c) && i + 1 < n && word[text.charCodeAt(i + 1)] === 1) {
          const d = text.charCodeAt(i + 1);
          h2 = h;
          h1 = Math.imul(h ^ c, 0x01000193);
          h = Math.imul(h1 ^ d, 0x01000193);
          i += 2;
        } else break;
      }
      const j = i;
      let end = j;
      if (j - start > 3) {
        const last = text.charCodeAt(j - 1);
        if ((last === 115 || last === 83) && isApos(text.charCodeAt(j - 2))) {
          end = j - 2;
          h = h2;
        }
      }
      // Join gap between the previous token (or article) and this one.
      let gapOk = true;
      let quotes = 0;
      for (let k = gapStart; k < start; k++) {
        const g = text.charCodeAt(k);
        // (a hashtag joins a name's words with underscores: #أحرار_الشام, #Jaish_al_Fatah)
        if (g === 32 || g === 0xa0 || g === 9 || g === 95 || isHyphen(g)) continue;
        if (g === 46 && prevSingleLetter) continue;
        if (isQuoteCode(g) && ++quotes === 1) continue; // (see normalise.ts isJoinGap)
        if (pluralPossessive(text, gapStart, k)) continue;
        gapOk = false;
        break;
      }
      const w = this.lookup(text, start, end, h);
      const f = this.flags[w];
      if ((f & (F_ART_HYPHEN | F_ART_FREE)) !== 0 && j + 1 < n && word[text.charCodeAt(j + 1)] === 1) {
        const nx = text.charCodeAt(j);
        if (((f & F_ART_HYPHEN) !== 0 && isHyphen(nx)) || ((f & F_ART_FREE) !== 0 && (nx === 32 || nx === 0xa0 || nx === 95))) {
          if (!gapOk) gapHasBreak = true;
          pendingArticle = start;
          gapStart = j;
          continue;
        }
      }
      if (count >= out.start.length) this.growOut();
      out.start[count] = start;
      out.end[count] = end;
      out.word[count] = w;
      out.join[count] = count > 0 && gapOk && !gapHasBreak ? 1 : 0;
      out.art[count] = pendingArticle;
      count++;
      pendingArticle = -1;
      gapHasBreak = false;
      prevSingleLetter = end - start === 1;
      gapStart = j;
    }
    out.n = count;
    return out;
  }

  private growOut(): void {
    const o = this.out;
    const cap = o.start.length * 2;
    const g = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    o.start = g(o.start);
    o.end = g(o.end);
    o.word = g(o.word);
    o.art = g(o.art);
    const jn = new Uint8Array(cap);
    jn.set(o.join);
    o.join = jn;
  }
}
