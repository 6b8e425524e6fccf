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

function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A final avalanche (from MurmurHash3) so nearby inputs spread over all bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function minhashSignature(text: string): Uint32Array {
  const signature = new Uint32Array(BINS).fill(EMPTY);
  const words = text.toLowerCase().match(WORD) ?? [];
  const hashes = words.map(hashWord);
  const count = Math.max(1, hashes.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + SHINGLE, hashes.length); j++) h = Math.imul(h ^ hashes[j], 0x9e3779b1) + j - i;
    h = mix(h >>> 0);
    const bin = h >>> 26; // top 6 bits choose the bin
    const value = h & 0x03ffffff;
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
