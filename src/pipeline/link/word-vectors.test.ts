import { describe, expect, it } from 'vitest';
import { decodeWordVectors, encodeWordVectors, rowCosine, wordVectors } from './word-vectors.ts';

describe('word vectors', () => {
  it('round-trips words and quantized unit vectors', () => {
    const v = decodeWordVectors(encodeWordVectors(['alpha', 'beta', 'gamma'], [[3, 4], [-4, 3], [6, 8]]));
    expect(v.dimensions).toBe(2);
    expect([...v.rowOf]).toEqual([['alpha', 0], ['beta', 1], ['gamma', 2]]);
    // [3, 4] and [6, 8] point the same way; [-4, 3] is orthogonal. Quantization keeps cosines within 1 %.
    expect(rowCosine(v, 0, 2)).toBeCloseTo(1, 2);
    expect(Math.abs(rowCosine(v, 0, 1))).toBeLessThan(0.01);
  });

  it('the checked-in vectors put paraphrases close and unrelated words apart', () => {
    const v = wordVectors();
    const cos = (a: string, b: string) => rowCosine(v, v.rowOf.get(a)!, v.rowOf.get(b)!);
    // "Lindsay Lohan's attorney said" / "Lindsay Lohan's lawyer says"; "killed" / "died" (Athens bank fire).
    expect(cos('attorney', 'lawyer')).toBeGreaterThan(0.7);
    expect(cos('killed', 'died')).toBeGreaterThan(0.6);
    expect(cos('bridge', 'attorney')).toBeLessThan(0.3);
    expect(v.rowOf.size).toBe(50_000);
  });

  it('loads once per thread', () => {
    expect(wordVectors()).toBe(wordVectors());
  });
});
