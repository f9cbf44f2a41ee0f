import { describe, expect, it } from 'vitest';
import { mapInChunks } from './map-in-chunks.ts';

const items = Array.from({ length: 23 }, (_, i) => i);
const double = (chunk: number[]) => chunk.map((n) => n * 2);
// A remote runner that answers after a delay that varies by chunk, so chunks finish out of order.
const remote = (tag: string, seen: string[]) => async (chunk: number[]) => {
  await new Promise((resolve) => setTimeout(resolve, (chunk[0]! * 7) % 5));
  seen.push(tag);
  return double(chunk);
};

describe('mapInChunks', () => {
  it('returns results in input order from this thread and remote runners together, each chunk run once', async () => {
    const seen: string[] = [];
    expect(await mapInChunks(items, 4, double, [remote('a', seen), remote('b', seen)])).toEqual(items.map((n) => n * 2));
    // Six chunks of four: the remote runners took some, this thread the rest.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(6);
  });
});
