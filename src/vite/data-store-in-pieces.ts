import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { jsonArrayPieces, jsonArrayPiecesVersion } from './json-array-pieces.ts';
import { fileDigests } from '../lib/file-digests.ts';
import { piecesModule, writePieces, writtenPieces } from './store-piece-files.ts';

// Astro's module for the content store (`astro:data-layer-content`), as its content plugin writes it.
const STORE_MODULE = '\0astro:data-layer-content';
/** What Astro 7's content plugin marks that module with (`createContentDataIncrementalMetadata`, not exported). */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };
const PREFIX = 'export default JSON.parse("';
const SUFFIX = '")';
// Characters of the literal per piece, about 4 MB (the store is mostly ASCII). Measured: 160 MB in 4 MB pieces
// parsed in 1.5 s, in linear time.
const PIECE = 4 * 1024 * 1024;
const BACKSLASH = 0x5c;
const QUOTE = 0x22;

/**
 * Cuts the store in Astro's module, `export default JSON.parse("<the whole store>")`, into pieces of JSON text,
 * each an array of whole elements of the store, so that parsing the pieces one after the other and joining the
 * arrays gives the store. The store is devalue's flat array; Astro reads an exported array as that array
 * (`ImmutableDataStore.fromModule`). Undefined for a module it does not recognize, or when the literal fits in
 * one piece.
 *
 * The literal is cut as source text, then each piece decoded on its own: the store is never decoded, copied or
 * parsed whole.
 */
export function storePieces(code: string, piece: number = PIECE): string[] | undefined {
  if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return undefined;
  const body = code.slice(PREFIX.length, -SUFFIX.length);
  if (body.length <= piece || body[0] !== '[' || body[body.length - 1] !== ']') return undefined;
  const pieces: string[] = [];
  let from = 1;
  for (const comma of cutPoints(body, piece)) {
    pieces.push(decode(`[${body.slice(from, comma)}]`));
    from = comma + 1;
  }
  pieces.push(decode(`[${body.slice(from, -1)}]`));
  return pieces;
}

/** The text of a piece of the literal: Astro wrote it with JSON.stringify, so JSON.parse reads its escapes. */
const decode = (literal: string): string => JSON.parse(`"${literal}"`) as string;

/**
 * Where to cut the literal's source text: at the first comma between the array's elements at least `piece`
 * characters after the last cut. The JSON text is read through the literal's escapes and followed through its
 * nesting; its strings, most of the store, are skipped with `indexOf` rather than read a character at a time (the
 * 69 MB module of 4,000 articles: cut in 0.5 s before, now cut and its pieces decoded in 0.38 s).
 */
function cutPoints(body: string, piece: number): number[] {
  const cuts: number[] = [];
  let from = 1;
  let depth = 0;
  for (let at = 0; at < body.length; ) {
    const char = body.charCodeAt(at);
    if (char === BACKSLASH) {
      // Outside JSON strings the only escape is `\"`, a JSON string opening; go past its closing quote.
      at = body.charCodeAt(at + 1) === QUOTE ? endOfString(body, at + 2) : at + 2;
      continue;
    }
    if (char === 0x5b /* [ */ || char === 0x7b /* { */) depth++;
    else if (char === 0x5d /* ] */ || char === 0x7d /* } */) depth--;
    else if (char === 0x2c /* , */ && depth === 1 && at - from >= piece) {
      cuts.push(at);
      from = at + 1;
    }
    at++;
  }
  return cuts;
}

/**
 * Where the JSON string whose text starts at `at` ends (just past its closing quote). A JSON quote is `\"` in the
 * literal; it closes the string unless the JSON escapes it, that is unless an odd number of JSON backslashes (each
 * `\\` in the literal) comes right before it.
 */
function endOfString(body: string, at: number): number {
  for (;;) {
    const quote = body.indexOf('\\"', at);
    if (quote < 0) return body.length;
    let run = 0;
    while (body.charCodeAt(quote - 1 - run) === BACKSLASH) run++;
    if ((run / 2) % 2 === 0) return quote + 2;
    at = quote + 2;
  }
}

/**
 * The Vite plugin that moves the content store out of Astro's module: the store's pieces (`storePieces`) are
 * written as files under Vite's cache folder, and the module reads them when it is imported: by a build when it
 * renders the pages, and by the dev server (which loads the module again after each change to the content).
 * `pieceBytes` is for tests, which build small stores and still want them cut, and so is `racyNs` (see fileDigests).
 *
 * Why: Astro puts the whole store into its module as one string literal (344 MB at 20,000 articles). V8 compiles a
 * string literal that large in worse than linear time: compiling that module took 118 s of a 225 s page phase (CPU
 * profile). Cut into 4 MB literals it compiled in linear time, but the bundler still parsed, held and wrote the
 * store as code: at 4,000 articles, bundling took 7.3 s with the store in the module and 4.4 s with it in files,
 * and rendering the pages 9.2 s and 7.8 s. The files are read and parsed a piece at a time (at 160 MB, 0.7 GB less
 * peak memory than one string). Anything other than the module Astro writes today is left alone, so an Astro that
 * writes it differently only loses the speed-up.
 *
 * With `dataStoreFile` (a build: see `src/integrations/content-store-in-pieces.ts`), the pieces are cut from Astro's
 * store file before Astro's own loader runs (`jsonArrayPieces`), and the module carries Astro's content-data mark
 * as Astro's would; the transform then only serves the dev server.
 */
export function dataStoreInPieces({ pieceBytes = PIECE, dataStoreFile, racyNs }: { pieceBytes?: number; dataStoreFile?: string; racyNs?: bigint } = {}): Plugin {
  let folder = '';
  // Astro picks the store file per Vite instance (a dev server, including the one that syncs content during
  // `astro build`, reads `.astro/`): only a Vite build reads the file this plugin was given.
  let building = false;
  return {
    name: 'claimlens:data-store-in-pieces',
    enforce: 'post',
    config(_config, env) {
      building = env.command === 'build';
    },
    configResolved(config) {
      folder = join(config.cacheDir, 'claimlens-content-store');
    },
    // In a build, the pieces are cut from Astro's store file itself, before Astro's own loader reads it: that loader
    // parses the whole file only to check it and writes it out again as a string literal, which the transform below
    // then decodes; the three took about 0.7 s per 14 MB of store (1,000 articles), and cutting the file 0.1 s.
    load: {
      order: 'pre',
      filter: { id: new RegExp(`^${STORE_MODULE}$`) },
      handler(id) {
        if (id !== STORE_MODULE || !building || dataStoreFile === undefined || !existsSync(dataStoreFile)) return undefined;
        // A file no larger than a piece has no cut (its characters are no more than its bytes).
        if (statSync(dataStoreFile).size <= pieceBytes) return undefined;
        // Named by the file it was cut from: a store file the same as last time is not even read (see fileDigests).
        const [digest] = fileDigests(dirname(dataStoreFile), [basename(dataStoreFile)], join(folder, 'store-file-digest.json'), racyNs === undefined ? {} : { racyNs });
        const name = `file-${digest!.slice(0, 16)}-${pieceBytes}-${jsonArrayPiecesVersion}`;
        let files = writtenPieces(folder, name);
        if (files !== undefined) {
          console.log(`[claimlens] content store unchanged: ${basename(dataStoreFile)} in the ${files.length} pieces cut from it before`);
        } else {
          const pieces = jsonArrayPieces(readFileSync(dataStoreFile, 'utf8'), pieceBytes);
          if (pieces === undefined) return undefined;
          console.log(`[claimlens] content store read from ${basename(dataStoreFile)} in ${pieces.length} pieces`);
          files = writePieces(folder, pieces, Date.now(), name);
        }
        // Astro's marker for content data, which its incremental build leaves out of every page's code hash.
        return { code: piecesModule(files), map: null, meta: CONTENT_DATA_META };
      },
    },
    transform: {
      filter: { id: new RegExp(`^${STORE_MODULE}$`) },
      handler(code, id) {
        if (id !== STORE_MODULE) return undefined;
        const pieces = storePieces(code, pieceBytes);
        if (pieces === undefined) return undefined;
        // Said in the log, so that it shows the store was cut (the dev server; a build cuts the file, above).
        console.log(`[claimlens] content store module cut into ${pieces.length} pieces`);
        return { code: piecesModule(writePieces(folder, pieces)), map: null };
      },
    },
  };
}
