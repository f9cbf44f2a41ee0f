import { describe, expect, it } from 'vitest';
import { digestOf } from './digest.ts';

describe('digestOf', () => {
  it('is stable, and differs when any part or the split between parts differs', () => {
    expect(digestOf('a', 'b')).toBe(digestOf('a', 'b'));
    expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
    expect(digestOf('a', 'b')).not.toBe(digestOf('a', 'c'));
    expect(digestOf('é')).toBe(digestOf(new TextEncoder().encode('é')));
  });
});
