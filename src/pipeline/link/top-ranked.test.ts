import { describe, expect, it } from 'vitest';
import { topRanked } from './top-ranked.ts';

describe('topRanked', () => {
  const bySort = (counts: [string, number][], k: number) => [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);

  it('keeps the highest counts, ties by id, in order', () => {
    const counts: [string, number][] = [['c3', 1], ['c1', 2], ['c9', 4], ['c2', 2], ['c0', 1], ['c5', 4], ['c4', 3]];
    expect(topRanked(counts, 3)).toEqual([['c5', 4], ['c9', 4], ['c4', 3]]);
    expect(topRanked(counts, 6).map(([id]) => id)).toEqual(['c5', 'c9', 'c4', 'c1', 'c2', 'c0']);
    expect(topRanked(counts, 20)).toEqual(bySort(counts, 20));
    expect(topRanked(counts, 0)).toEqual([]);
    expect(topRanked([], 6)).toEqual([]);
  });

  it('equals a full sort then slice on many random inputs', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let round = 0; round < 300; round++) {
      const ids = new Set(Array.from({ length: random(40) }, () => `c${random(60)}`));
      const counts: [string, number][] = [...ids].map((id) => [id, 1 + random(5)]);
      const k = random(9);
      expect(topRanked(counts, k)).toEqual(bySort(counts, k));
    }
  });
});
