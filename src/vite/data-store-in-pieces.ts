import type { Plugin } from 'vite';

// Astro's module for the content store (`astro:data-layer-content`), as its content plugin writes it.
const STORE_MODULE = '\0astro:data-layer-content';
const PREFIX = 'export default JSON.parse("';
const SUFFIX = '")';
// Pieces this size compile in linear time (measured: 4 MB pieces, 160 MB in 1.5 s).
const PIECE = 4 * 1024 * 1024;
const BACKSLASH = 0x5c;
const QUOTE = 0x22;

/**
 * Rewrites `export default JSON.parse("<the whole store>")` into the same array parsed from pieces:
 * `export default ["[…]", "[…]"].flatMap((piece) => JSON.parse(piece))`. The store is devalue's flat array, and
 * Astro reads an exported array as that array (`ImmutableDataStore.fromModule`).
 *
 * Why: V8 compiles one huge string literal in a call in worse than linear time. On 20,000 articles the store is
 * 344 MB, and compiling that module took 118 s of a 225 s page phase; a 40 MB literal alone took 39 s and 4 GB of
 * heap, while 160 MB in 4 MB pieces compile in 1.5 s. Pieces hold whole elements of the array, so each parses on its
 * own and the store is never joined into one string again (160 MB: 0.7 GB less peak memory than joining them). The
 * literal is cut as source text, never decoded and re-encoded. Anything else is left alone, so an Astro that writes
 * the module differently only loses the speed-up.
 */
export function splitStoreModule(code: string, piece: number = PIECE): string | undefined {
  if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return undefined;
  const body = code.slice(PREFIX.length, -SUFFIX.length);
  if (body.length <= piece || body[0] !== '[' || body[body.length - 1] !== ']') return undefined;
  const pieces: string[] = [];
  let from = 1;
  for (const comma of cutPoints(body, piece)) {
    pieces.push(`"[${body.slice(from, comma)}]"`);
    from = comma + 1;
  }
  pieces.push(`"[${body.slice(from, -1)}]"`);
  return `export default [\n${pieces.join(',\n')}\n].flatMap((piece) => JSON.parse(piece))`;
}

/**
 * Where to cut the literal's source text: at the first comma between the array's elements at least `piece`
 * characters after the last cut. The JSON text is read through the literal's escapes and followed through its
 * nesting; its strings, most of the store, are skipped with `indexOf` rather than read a character at a time (at
 * 4,000 articles, 1.3 s → 0.1 s).
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
 * The Vite plugin that applies `splitStoreModule` to Astro's content store module. `pieceBytes` is for tests, which
 * build small stores and still want them cut.
 */
export function dataStoreInPieces({ pieceBytes = PIECE }: { pieceBytes?: number } = {}): Plugin {
  return {
    name: 'claimlens:data-store-in-pieces',
    enforce: 'post',
    transform(code, id) {
      if (id !== STORE_MODULE) return undefined;
      const split = splitStoreModule(code, pieceBytes);
      if (split === undefined) return undefined;
      // Said in the build log, so that a build (and the deterministic build test) shows the store was cut.
      console.log(`[claimlens] content store module cut into ${split.split('\n').length - 2} pieces`);
      return { code: split, map: null };
    },
  };
}
