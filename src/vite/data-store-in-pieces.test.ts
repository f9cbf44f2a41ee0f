import { existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as devalue from 'devalue';
import fc from 'fast-check';
import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, it, vi } from 'vitest';

// Every file read, to tell a store file that was read from one that was not.
const reads = vi.hoisted(() => ({ paths: [] as string[], of(file: string) {
  return this.paths.filter((path) => path === file).length;
} }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof actual.readFileSync>[0], ...rest: unknown[]) => {
    reads.paths.push(String(path));
    return (actual.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof actual.readFileSync;
  return { ...actual, readFileSync, default: { ...actual, readFileSync } };
});
import { temporaryFolders } from '../../tests/support/temporary-folders.ts';
import { CONTENT_DATA_META, dataStoreInPieces, storePieces } from './data-store-in-pieces.ts';
import { jsonArrayPiecesVersion } from './json-array-pieces.ts';

/** The module as Astro writes it, for a store serialized as `json` (devalue's flat array, in Astro). */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;
/** What the pieces give when parsed one after the other, as the module does. */
const joined = (pieces: string[]) => pieces.flatMap((piece) => JSON.parse(piece) as unknown[]);

describe('storePieces', () => {
  // Larger than one 4 MiB piece, with quotes, backslashes, line breaks, commas and brackets inside strings, and
  // characters outside the BMP.
  const entry = { id: 'a-1', title: 'He said "no, [not]" \\ then \u2028 left', body: '<p>Emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 {x}\n</p>', refs: [1, [2, 3]] };
  const store = Array.from({ length: 90_000 }, (_, i) => ({ ...entry, id: `a-${i}` }));
  const json = JSON.stringify(store);

  it('cuts a large store into several pieces, each a JSON array of whole entries, that give the store back', () => {
    const pieces = storePieces(astroModule(json))!;
    expect(json.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const piece of pieces) expect((JSON.parse(piece) as unknown[]).length).toBeGreaterThan(0);
    expect(joined(pieces)).toEqual(store);
  });

  it('leaves small stores, stores that are not arrays and modules it does not recognize alone', () => {
    expect(storePieces(astroModule('[{"a":1}]'))).toBeUndefined();
    expect(storePieces(astroModule(JSON.stringify({ store })))).toBeUndefined();
    expect(storePieces('export default new Map()')).toBeUndefined();
    expect(storePieces('export default JSON.parse(not a literal)')).toBeUndefined();
  });
});

describe('storePieces on any store (small pieces, so every kind of cut happens)', () => {
  it('always gives the same value', () => {
    const tricky = fc.constantFrom('\\', '"', ',', '[', ']', '{', '}', '<', '\u0001', '\n', '😀', 'é', 'x', '\u2028');
    const text = fc.array(tricky, { maxLength: 30 }).map((chars) => chars.join(''));
    const element = fc.oneof(fc.record({ id: text, body: text, n: fc.integer() }), fc.array(text, { maxLength: 3 }), fc.jsonValue({ maxDepth: 3 }))
      // Stores devalue can write: it refuses `__proto__` keys (so Astro's store never has them).
      .filter((value) => !JSON.stringify(value).includes('"__proto__"'));
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 60 }), (store, piece) => {
        // Serialized as Astro does: devalue's flat array (with its own escapes, e.g. `\u003C`), in a JSON.stringify literal.
        const text = devalue.stringify(store);
        const pieces = storePieces(astroModule(text), piece);
        // Cut exactly when the literal's text is longer than a piece.
        expect(pieces !== undefined).toBe(JSON.stringify(text).length - 2 > piece);
        expect(devalue.unflatten(pieces === undefined ? JSON.parse(text) : joined(pieces))).toEqual(devalue.parse(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the dataStoreInPieces plugin', () => {
  const tempDir = temporaryFolders('vite-cache-');
  /** The plugin, configured as Vite would with `cacheDir`, and its transform hook. */
  function plugin(cacheDir: string, pieceBytes: number) {
    const p: Plugin = dataStoreInPieces({ pieceBytes });
    (p.configResolved as (config: ResolvedConfig) => void)({ cacheDir } as ResolvedConfig);
    const { handler } = p.transform as { handler: (code: string, id: string) => { code: string } | undefined };
    return handler;
  }
  /** Imports a module's code the way the build does. */
  async function importModule(code: string, dir: string): Promise<unknown> {
    const file = join(dir, `module-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(file, code);
    return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
  }
  const store = JSON.parse(devalue.stringify(Array.from({ length: 200 }, (_, i) => ({ id: `entry-${i}`, text: `Quoted "${i}", with \\ and <ünïcode> 😀` })))) as unknown[];

  it("replaces Astro's store module with one that reads the same store from piece files", async () => {
    const cacheDir = tempDir();
    const result = plugin(cacheDir, 512)(astroModule(JSON.stringify(store)), '\0astro:data-layer-content')!;
    expect(result.code).not.toContain('entry-1');
    const [folder] = readdirSync(join(cacheDir, 'claimlens-content-store'));
    expect(readdirSync(join(cacheDir, 'claimlens-content-store', folder!)).length).toBeGreaterThan(3);
    expect(await importModule(result.code, cacheDir)).toEqual(store);
  });

  it("is called by the bundler for Astro's store module only (its id filter)", () => {
    const { filter } = dataStoreInPieces().transform as { filter: { id: RegExp } };
    expect(filter.id.test('\0astro:data-layer-content')).toBe(true);
    expect(filter.id.test('astro:data-layer-content')).toBe(false);
    expect(filter.id.test('\0astro:data-layer-content?x')).toBe(false);
    expect(filter.id.test('/src/pages/index.astro')).toBe(false);
  });

  describe('in a build, given the store file', () => {
    /** The plugin's load hook, configured as the integration does for a build. */
    function loader(cacheDir: string, pieceBytes: number, dataStoreFile: string | undefined, command: 'build' | 'serve' = 'build', racyNs?: bigint) {
      const p: Plugin = dataStoreInPieces({ pieceBytes, ...(dataStoreFile ? { dataStoreFile } : {}), ...(racyNs !== undefined ? { racyNs } : {}) });
      (p.config as (config: object, env: { command: string; mode: string }) => void)({}, { command, mode: 'production' });
      (p.configResolved as (config: ResolvedConfig) => void)({ cacheDir } as ResolvedConfig);
      const load = p.load as { order: string; filter: { id: RegExp }; handler: (id: string) => { code: string; meta: unknown } | undefined };
      return load;
    }

    it("cuts the file before Astro's own loader reads it, and the module gives the same store", async () => {
      const cacheDir = tempDir();
      const file = join(cacheDir, 'data-store.json');
      writeFileSync(file, JSON.stringify(store));
      const load = loader(cacheDir, 512, file);
      expect(load.order).toBe('pre');
      expect(load.filter.id.test('\0astro:data-layer-content')).toBe(true);
      const result = load.handler('\0astro:data-layer-content')!;
      expect(result.code).not.toContain('entry-1');
      expect(await importModule(result.code, cacheDir)).toEqual(store);
    });

    const RECENT_TRUSTED = -1_000_000_000n;

    it('serves the pieces cut before while the file is the same, without reading it, and cuts a changed file again', async () => {
      const cacheDir = tempDir();
      const file = join(cacheDir, 'data-store.json');
      writeFileSync(file, JSON.stringify(store));
      // A window that trusts the file although it was just written (by default it is read again for two seconds; a
      // negative window also covers a change time stamped finer than the millisecond clock hashing starts from).
      const first = loader(cacheDir, 512, file, 'build', RECENT_TRUSTED).handler('\0astro:data-layer-content')!;
      expect(reads.of(file)).toBeGreaterThan(0);
      const pieces = readdirSync(join(cacheDir, 'claimlens-content-store')).filter((name) => name.startsWith('file-'));
      expect(pieces).toHaveLength(1);
      // Named by the cutting code too, so that pieces cut by other code are never served.
      expect(jsonArrayPiecesVersion).toMatch(/^[0-9a-f]{8}$/);
      expect(pieces[0]).toMatch(new RegExp(`-512-${jsonArrayPiecesVersion}$`));
      reads.paths.length = 0;
      expect(loader(cacheDir, 512, file, 'build', RECENT_TRUSTED).handler('\0astro:data-layer-content')!.code).toBe(first.code);
      expect(reads.of(file)).toBe(0);
      // Spoil the pieces: only a build that did not cut the file again serves the spoiled store.
      const firstPiece = join(cacheDir, 'claimlens-content-store', pieces[0]!, '0.json');
      writeFileSync(firstPiece, '["spoiled"]');
      const again = loader(cacheDir, 512, file, 'build', RECENT_TRUSTED).handler('\0astro:data-layer-content')!;
      expect(again.code).toBe(first.code);
      expect(((await importModule(again.code, cacheDir)) as unknown[])[0]).toBe('spoiled');
      // A new file (Astro writes it under another name and renames it) is cut again into its own pieces.
      const changed = [...store, { id: 'entry-new' }];
      writeFileSync(`${file}.tmp`, JSON.stringify(changed));
      renameSync(`${file}.tmp`, file);
      const third = loader(cacheDir, 512, file, 'build', RECENT_TRUSTED).handler('\0astro:data-layer-content')!;
      expect(third.code).not.toBe(first.code);
      expect(await importModule(third.code, cacheDir)).toEqual(changed);
    });

    it("marks the module as content data the way Astro does, so that incremental builds leave it out of pages' code hashes", async () => {
      const cacheDir = tempDir();
      const file = join(cacheDir, 'data-store.json');
      writeFileSync(file, JSON.stringify(store));
      // Astro's own test of the mark, from the installed Astro (not exported as a module path).
      const astroMark = (await import(pathToFileURL(join(process.cwd(), 'node_modules/astro/dist/core/build/incremental-metadata.js')).href)) as {
        isContentDataIncrementalModule: (info: { meta: unknown }) => boolean;
        createContentDataIncrementalMetadata: () => unknown;
      };
      expect(astroMark.isContentDataIncrementalModule({ meta: loader(cacheDir, 512, file).handler('\0astro:data-layer-content')!.meta })).toBe(true);
      expect(astroMark.createContentDataIncrementalMetadata()).toEqual(CONTENT_DATA_META);
    });

    it("leaves the module to Astro without a store file, with one too small to cut, and in a dev server", () => {
      const cacheDir = tempDir();
      writeFileSync(join(cacheDir, 'data-store.json'), JSON.stringify(store));
      expect(loader(cacheDir, 512, join(cacheDir, 'data-store.json'), 'serve').handler('\0astro:data-layer-content')).toBeUndefined();
      expect(loader(cacheDir, 512, undefined).handler('\0astro:data-layer-content')).toBeUndefined();
      expect(loader(cacheDir, 512, join(cacheDir, 'missing.json')).handler('\0astro:data-layer-content')).toBeUndefined();
      writeFileSync(join(cacheDir, 'small.json'), '[1,2]');
      expect(loader(cacheDir, 512, join(cacheDir, 'small.json')).handler('\0astro:data-layer-content')).toBeUndefined();
      expect(existsSync(join(cacheDir, 'claimlens-content-store'))).toBe(false);
    });
  });

  it('leaves other modules, and stores too small to cut, alone', () => {
    const cacheDir = tempDir();
    const transform = plugin(cacheDir, 512);
    expect(transform(astroModule(JSON.stringify(store)), '/src/pages/index.astro')).toBeUndefined();
    expect(transform(astroModule('[1,2]'), '\0astro:data-layer-content')).toBeUndefined();
    expect(existsSync(join(cacheDir, 'claimlens-content-store'))).toBe(false);
  });
});
