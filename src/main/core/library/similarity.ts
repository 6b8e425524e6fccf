// Near-duplicate detection with MinHash over word 5-shingles, using one-permutation hashing: each
// shingle is hashed once and lands in one of 64 bins, each bin keeping its minimum. Two signatures
// agree in a bin with probability ≈ the Jaccard similarity of the shingle sets, so the share of
// agreeing bins estimates how alike two texts are. Locality-sensitive hashing over 32 bands of 2 bins
// finds the candidates: a pair 50% alike shares a band with probability > 0.9999; unrelated texts
// (≈0%) almost never do.
const SHINGLE = 5;
export const BINS = 64;
const ROWS_PER_BAND = 2;
export const BANDS = BINS / ROWS_PER_BAND;
const EMPTY = 0xffffffff;

/** Below this estimated similarity two articles are different stories. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** A final avalanche (from MurmurHash3) so nearby inputs spread over all bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Which UTF-16 code units are, on their own, a letter or a digit (\p{L} or \p{N}): a word is a run of
 * them, as /[\p{L}\p{N}]+/u reads it. Surrogates are 0 here; a pair is looked up as a whole. Built once
 * per thread by running that same class over every BMP code unit, so the two cannot disagree.
 */
let bmpWordUnits: Uint8Array | null = null;

function wordUnits(): Uint8Array {
  if (bmpWordUnits) return bmpWordUnits;
  const table = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  let all = '';
  for (let from = 0; from < 0x10000; from += 0x1000) all += String.fromCharCode(...units.subarray(from, from + 0x1000));
  for (const m of all.matchAll(/[\p{L}\p{N}]+/gu)) table.fill(1, m.index, m.index + m[0].length);
  bmpWordUnits = table;
  return table;
}

const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;

/** Word hashes of the text, reused between calls (a signature is computed for every imported article). */
let wordHashes = new Uint32Array(4096);

/**
 * The FNV-1a hash of every word of `lower` (UTF-16 code units, as String#charCodeAt gives them), in
 * order, into `wordHashes`; returns how many. One pass over the text: no string per word.
 */
function hashWords(lower: string): number {
  const table = wordUnits();
  let count = 0;
  let h = 0;
  let inWord = false;
  const length = lower.length;
  for (let i = 0; i < length; i++) {
    const c = lower.charCodeAt(i);
    let word: boolean;
    let low = -1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const d = lower.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        low = d;
        word = ASTRAL_WORD.test(lower.slice(i, i + 2));
      } else word = false;
    } else word = table[c] === 1;
    if (word) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h ^= c;
      h = Math.imul(h, 0x01000193);
      if (low >= 0) {
        h ^= low;
        h = Math.imul(h, 0x01000193);
      }
    } else if (inWord) {
      count = pushHash(count, h >>> 0);
      inWord = false;
    }
    // A surrogate pair is one code point: never start or end a word between its halves.
    if (low >= 0) i++;
  }
  if (inWord) count = pushHash(count, h >>> 0);
  return count;
}

function pushHash(count: number, hash: number): number {
  if (count === wordHashes.length) {
    const grown = new Uint32Array(wordHashes.length * 2);
    grown.set(wordHashes);
    wordHashes = grown;
  }
  wordHashes[count] = hash;
  return count + 1;
}

/**
 * The text's signature. Libraries keep signatures and compare new articles with old ones, so this must
 * give exactly what it always gave: words as /[\p{L}\p{N}]+/gu finds them in text.toLowerCase(), each
 * hashed with 32-bit FNV-1a over its UTF-16 code units (tests/unit/core/minhash-equivalence.test.ts
 * compares it with that first, string-per-word implementation).
 */
export function minhashSignature(text: string): Uint32Array {
  const signature = new Uint32Array(BINS).fill(EMPTY);
  const n = hashWords(text.toLowerCase());
  const hashes = wordHashes;
  const count = Math.max(1, n - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const end = Math.min(i + SHINGLE, n);
    // (truncating to 32 bits at each step gives what the untruncated sum gave: the next ^ and the final
    // >>> 0 truncate modulo 2^32 anyway; kept in int32, the loop never leaves integer arithmetic)
    let h = 0;
    for (let j = i; j < end; j++) h = (Math.imul(h ^ hashes[j], 0x9e3779b1) + (j - i)) | 0;
    const mixed = mix(h >>> 0);
    const bin = mixed >>> 26; // top 6 bits choose the bin
    const value = mixed & 0x03ffffff;
    if (value < signature[bin]) signature[bin] = value;
  }
  return signature;
}

/** Share of bins (filled in either signature) where both agree. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let agree = 0;
  let filled = 0;
  for (let i = 0; i < BINS; i++) {
    if (a[i] === EMPTY && b[i] === EMPTY) continue;
    filled++;
    if (a[i] === b[i]) agree++;
  }
  return filled === 0 ? 0 : agree / filled;
}

/** One bucket key per band; articles with an equal key in some band are candidates. */
export function bandBuckets(signature: Uint32Array): number[] {
  const buckets: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band + 1;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix(Math.imul(h, 0x27d4eb2d) ^ signature[band * ROWS_PER_BAND + r]);
    // Signed 32-bit so SQLite stores it as a small INTEGER either way.
    buckets.push(h | 0);
  }
  return buckets;
}
