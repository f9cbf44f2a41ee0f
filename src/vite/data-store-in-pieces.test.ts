import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitStoreModule } from './data-store-in-pieces.ts';

/** Evaluates an `export default <expression>` module the way its importer would see it. */
function valueOf(module: string): unknown {
  return new Function(`return (${module.replace(/^export default /, '')});`)() as unknown;
}

const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

describe('splitStoreModule', () => {
  // A store larger than one piece, with quotes, backslashes, line breaks and characters outside the BMP (a
  // surrogate pair cut in two by a piece boundary must come back whole).
  const entry = { id: 'a-1', title: 'He said "no" \\ then \u2028 left', body: '<p>Emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n</p>' };
  const store = JSON.stringify(Array.from({ length: 90_000 }, (_, i) => ({ ...entry, id: `a-${i}` })));

  it('gives a module with exactly the same value, in several literals', () => {
    const split = splitStoreModule(astroModule(store))!;
    expect(store.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(split.match(/^"/gm)!.length).toBeGreaterThanOrEqual(3);
    expect(valueOf(split)).toEqual(JSON.parse(store));
  });

  it('keeps pieces whole across surrogate pairs cut at a boundary', () => {
    // Put an astral character exactly across the first boundary (4 MiB).
    const boundary = 4 * 1024 * 1024;
    const padding = 'x'.repeat(boundary - 20); // '{"padding":"' is 12 characters and '","s":"' 7
    const json = JSON.stringify({ padding, s: '😀😀😀' });
    expect(json.charCodeAt(boundary - 1)).toBe('😀'.charCodeAt(0));
    expect(json.charCodeAt(boundary)).toBe('😀'.charCodeAt(1));
    expect(valueOf(splitStoreModule(astroModule(json))!)).toEqual(JSON.parse(json));
  });

  it('leaves small stores and modules it does not recognize alone', () => {
    expect(splitStoreModule(astroModule('{"a":1}'))).toBeUndefined();
    expect(splitStoreModule('export default new Map()')).toBeUndefined();
    expect(splitStoreModule('export default JSON.parse(not a literal)')).toBeUndefined();
  });
});

describe('splitStoreModule on any store (small pieces, so every kind of cut happens)', () => {
  it('always gives the same value, or leaves the module alone', () => {
    const tricky = fc.constantFrom('\\', '"', '\u0001', '\n', '😀', 'é', 'x', '\u2028', '/');
    const text = fc.array(tricky, { maxLength: 40 }).map((chars) => chars.join(''));
    const store = fc.array(fc.record({ id: text, body: text, n: fc.integer() }), { maxLength: 8 });
    fc.assert(
      fc.property(store, fc.integer({ min: 1, max: 40 }), (value, piece) => {
        const module = astroModule(JSON.stringify(value));
        const split = splitStoreModule(module, piece);
        expect(valueOf(split ?? module)).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a store full of escapes into many pieces', () => {
    const value = Array.from({ length: 200 }, (_, i) => ({ id: `a-${i}`, body: 'say \\"hi\\" \u0001 😀' }));
    const split = splitStoreModule(astroModule(JSON.stringify(value)), 64)!;
    expect(split.match(/^"/gm)!.length).toBeGreaterThan(50);
    expect(valueOf(split)).toEqual(value);
  });
});
