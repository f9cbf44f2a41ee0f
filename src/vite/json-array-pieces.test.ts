import * as devalue from 'devalue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonArrayPieces } from './json-array-pieces.ts';

/** What the pieces give when parsed one after the other, as the store module does. */
const joined = (pieces: string[]) => pieces.flatMap((piece) => JSON.parse(piece) as unknown[]);

describe('jsonArrayPieces', () => {
  it('cuts between elements, never inside a string or a nested value', () => {
    const text = JSON.stringify(['a,b', { x: [1, 2], y: 'say "hi", \\ then ]' }, 3, [4, [5]]]);
    const pieces = jsonArrayPieces(text, 5)!;
    // The comma inside "a,b" and the ones inside the object are not cut at; "3" is shorter than a piece.
    expect(pieces).toEqual(['["a,b"]', '[{"x":[1,2],"y":"say \\"hi\\", \\\\ then ]"}]', '[3,[4,[5]]]']);
  });

  it('leaves text that fits in one piece, and text that is not an array, alone', () => {
    expect(jsonArrayPieces('[1,2,3]', 7)).toBeUndefined();
    expect(jsonArrayPieces('{"a":[1,2,3,4,5,6]}', 2)).toBeUndefined();
    expect(jsonArrayPieces('"[1,2,3,4]"', 2)).toBeUndefined();
  });

  it('leaves text that is not whole JSON alone, so that whoever parses it reports the error', () => {
    expect(jsonArrayPieces('[1,2,"open],[3]', 2)).toBeUndefined();
    expect(jsonArrayPieces('[1,[2,3,4,5]', 2)).toBeUndefined();
    expect(jsonArrayPieces('[1,2,3,4,5]]', 2)).toBeUndefined();
    expect(jsonArrayPieces('[1,2],[3,4]', 2)).toBeUndefined();
  });

  it('gives back the same value for any store devalue writes and any piece size', () => {
    const tricky = fc.constantFrom('\\', '"', ',', '[', ']', '{', '}', '<', '\u0001', '\n', '😀', 'é', 'x', '\u2028');
    const text = fc.array(tricky, { maxLength: 30 }).map((chars) => chars.join(''));
    const element = fc
      .oneof(fc.record({ id: text, body: text, n: fc.integer() }), fc.array(text, { maxLength: 3 }), fc.jsonValue({ maxDepth: 3 }))
      // Stores devalue can write: it refuses `__proto__` keys (so Astro's store never has them).
      .filter((value) => !JSON.stringify(value).includes('"__proto__"'));
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 60 }), (store, piece) => {
        const serialized = devalue.stringify(store);
        const pieces = jsonArrayPieces(serialized, piece);
        expect(pieces !== undefined).toBe(serialized.length > piece);
        if (pieces !== undefined) for (const p of pieces) expect(JSON.parse(p)).toBeInstanceOf(Array);
        expect(devalue.unflatten(pieces === undefined ? JSON.parse(serialized) : joined(pieces))).toEqual(devalue.parse(serialized));
      }),
      { numRuns: 1000 },
    );
  });
});
