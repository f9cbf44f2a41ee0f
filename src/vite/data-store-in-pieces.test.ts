import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitStoreModule } from './data-store-in-pieces.ts';

/** Evaluates an `export default <expression>` module the way its importer would see it. */
function valueOf(module: string): unknown {
  return new Function(`return (${module.replace(/^export default /, '')});`)() as unknown;
}

/** The module as Astro writes it, for a store serialized as `json` (devalue's flat array, in Astro). */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

/** The string literals of a split module, each decoded. */
const piecesOf = (module: string) => module.split('\n').filter((line) => line.startsWith('"')).map((line) => JSON.parse(line.replace(/,$/, '')) as string);

describe('splitStoreModule', () => {
  // Larger than one 4 MiB piece, with quotes, backslashes, line breaks, commas and brackets inside strings, and
  // characters outside the BMP.
  const entry = { id: 'a-1', title: 'He said "no, [not]" \\ then \u2028 left', body: '<p>Emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 {x}\n</p>', refs: [1, [2, 3]] };
  const store = Array.from({ length: 90_000 }, (_, i) => ({ ...entry, id: `a-${i}` }));
  const json = JSON.stringify(store);

  it('gives a module with exactly the same value, from several pieces', () => {
    const split = splitStoreModule(astroModule(json))!;
    expect(json.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(piecesOf(split).length).toBeGreaterThanOrEqual(3);
    expect(valueOf(split)).toEqual(store);
  });

  it('cuts only between elements: every piece is a JSON array of whole entries', () => {
    const pieces = piecesOf(splitStoreModule(astroModule(json))!).map((p) => JSON.parse(p) as unknown[]);
    expect(pieces.flat()).toEqual(store);
    for (const piece of pieces) expect(piece.length).toBeGreaterThan(0);
  });

  it('leaves small stores, stores that are not arrays and modules it does not recognize alone', () => {
    expect(splitStoreModule(astroModule('[{"a":1}]'))).toBeUndefined();
    expect(splitStoreModule(astroModule(JSON.stringify({ store })))).toBeUndefined();
    expect(splitStoreModule('export default new Map()')).toBeUndefined();
    expect(splitStoreModule('export default JSON.parse(not a literal)')).toBeUndefined();
  });
});

describe('splitStoreModule on any store (small pieces, so every kind of cut happens)', () => {
  it('always gives the same value', () => {
    const tricky = fc.constantFrom('\\', '"', ',', '[', ']', '{', '}', '\u0001', '\n', '😀', 'é', 'x', '\u2028');
    const text = fc.array(tricky, { maxLength: 30 }).map((chars) => chars.join(''));
    const element = fc.oneof(fc.record({ id: text, body: text, n: fc.integer() }), fc.array(text, { maxLength: 3 }), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 60 }), (store, piece) => {
        const module = astroModule(JSON.stringify(store));
        const split = splitStoreModule(module, piece);
        // Cut exactly when the literal's text is longer than a piece.
        expect(split !== undefined).toBe(JSON.stringify(JSON.stringify(store)).length - 2 > piece);
        expect(valueOf(split ?? module)).toEqual(JSON.parse(JSON.stringify(store)));
      }),
      { numRuns: 500 },
    );
  });
});
