import { describe, expect, it } from 'vitest';
import { BandIndex } from '../../../src/main/core/library/band-index';

describe('band index (LSH buckets in memory)', () => {
  it('finds every article sharing a bucket, each once, without the one asking', () => {
    const index = new BandIndex();
    index.add(1, [10, 20, 30]);
    index.add(2, [20, 40, 50]);
    index.add(3, [30, 20, 60]);
    index.add(4, [70, 80, 90]);
    expect(index.candidates([20], 0)).toEqual([1, 2, 3]);
    expect(index.candidates([30, 60, 20], 3)).toEqual([1, 2]);
    expect(index.candidates([99, 100], 0)).toEqual([]);
  });

  it('keeps negative and colliding keys apart and grows without losing any', () => {
    const index = new BandIndex(16);
    const keysOf = (id: number): number[] => Array.from({ length: 32 }, (_, band) => ((id * 2654435761 + band * 40503) | 0) ^ (band % 2 ? -1 : 0));
    for (let id = 1; id <= 3000; id++) index.add(id, keysOf(id));
    expect(index.entries).toBe(3000 * 32);
    for (const id of [1, 2, 1500, 2999, 3000]) {
      const found = index.candidates(keysOf(id), 0);
      expect(found).toContain(id);
      expect(index.candidates(keysOf(id), id)).not.toContain(id);
    }
    // A key shared by many articles (syndicated copies share buckets) returns them all.
    for (let id = 3001; id <= 3100; id++) index.add(id, [123456]);
    expect(index.candidates([123456], 0)).toHaveLength(100);
  });

  it('keeps one entry when an article has the same key twice', () => {
    const index = new BandIndex();
    index.add(7, [5, 5, 6]);
    expect(index.entries).toBe(2);
    expect(index.candidates([5, 6], 0)).toEqual([7]);
  });

  it('refuses an id it cannot hold', () => {
    expect(() => new BandIndex().add(0, [1])).toThrow(RangeError);
    expect(() => new BandIndex().add(2 ** 31, [1])).toThrow(RangeError);
  });
});
