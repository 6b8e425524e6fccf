/**
 * The LSH band buckets of every stored signature, in memory: a multimap from a bucket key to the ids of
 * the articles that have it, in two typed arrays with open addressing. Keeping these 32 keys per article
 * in SQLite (a row each, with two indexes) was the largest single cost of storing an imported article;
 * here they cost a few probes, and 8 bytes a key at most twice over (13 MB at 50,000 articles).
 *
 * Only ever added to: a key whose article was deleted or re-signed stays behind. That is harmless,
 * because every candidate is compared with the signature stored for it now before it counts as alike.
 */
export class BandIndex {
  private keys: Int32Array;
  /** Article ids; 0 marks an empty slot (SQLite's rowids start at 1). */
  private ids: Int32Array;
  private size = 0;

  constructor(initialCapacity = 1024) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, initialCapacity)));
    this.keys = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
  }

  get entries(): number {
    return this.size;
  }

  add(articleId: number, buckets: ArrayLike<number>): void {
    if (!Number.isInteger(articleId) || articleId < 1 || articleId > 0x7fffffff) throw new RangeError(`BandIndex: article id ${articleId} is out of range`);
    // Grow at half full, so a probe run stays short.
    if ((this.size + buckets.length) * 2 > this.ids.length) this.grow(this.size + buckets.length);
    for (let i = 0; i < buckets.length; i++) this.place(buckets[i] | 0, articleId);
    this.size += buckets.length;
  }

  /** Ids of the articles sharing at least one of these bucket keys, other than `excludeId`, each once, ascending. */
  candidates(buckets: ArrayLike<number>, excludeId: number): number[] {
    const found = new Set<number>();
    const mask = this.ids.length - 1;
    for (let i = 0; i < buckets.length; i++) {
      const key = buckets[i] | 0;
      for (let slot = slotOf(key, mask); this.ids[slot] !== 0; slot = (slot + 1) & mask) {
        if (this.keys[slot] === key && this.ids[slot] !== excludeId) found.add(this.ids[slot]);
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  private place(key: number, articleId: number): void {
    const mask = this.ids.length - 1;
    let slot = slotOf(key, mask);
    while (this.ids[slot] !== 0) {
      // The same key for the same article (two bands alike by chance) need not be kept twice.
      if (this.keys[slot] === key && this.ids[slot] === articleId) {
        this.size--;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.keys[slot] = key;
    this.ids[slot] = articleId;
  }

  private grow(needed: number): void {
    const { keys, ids } = this;
    let capacity = ids.length;
    while (needed * 2 > capacity) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    for (let slot = 0; slot < ids.length; slot++) if (ids[slot] !== 0) this.place(keys[slot], ids[slot]);
  }
}

/** Bucket keys are hashes already, but neighbouring keys must not crowd one run: mix before masking. */
function slotOf(key: number, mask: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return h & mask;
}
