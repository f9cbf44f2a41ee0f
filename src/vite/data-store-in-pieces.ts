import type { Plugin } from 'vite';

// Astro's module for the content store (`astro:data-layer-content`), as its content plugin writes it.
const STORE_MODULE = '\0astro:data-layer-content';
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';
// Pieces this size compile in linear time (measured: 4 MB pieces, 160 MB in 1.5 s).
const PIECE = 4 * 1024 * 1024;

/**
 * Rewrites `export default JSON.parse("<the whole store>")` into the same literal cut into pieces joined at run
 * time. V8 compiles one huge string literal in a call in worse than linear time: on 20,000 articles (a 344 MB
 * store) compiling that module took 118 s of a 225 s page phase, while a 40 MB literal alone took 39 s and 4 GB of
 * heap; in 4 MB pieces, 160 MB compile in 1.5 s. The literal is cut as source text, never decoded (decoding and
 * re-encoding 344 MB held two more copies of the store at once), and only right before an escape sequence, so every
 * piece is a valid literal and no escape or surrogate pair is split. Anything else is left alone, so an Astro that
 * writes the module differently only loses the speed-up.
 */
export function splitStoreModule(code: string, piece: number = PIECE): string | undefined {
  if (!code.startsWith(`${PREFIX}"`) || !code.endsWith(`"${SUFFIX}`)) return undefined;
  const body = code.slice(PREFIX.length + 1, -SUFFIX.length - 1);
  if (body.length <= piece) return undefined;
  const pieces: string[] = [];
  let from = 0;
  while (from < body.length) {
    const to = body.length - from <= piece ? body.length : escapeStartBefore(body, from + piece, from);
    if (to === undefined) return undefined;
    pieces.push(`"${body.slice(from, to)}"`);
    from = to;
  }
  return `export default JSON.parse([\n${pieces.join(',\n')}\n].join(""))`;
}

/** The last position in `(after, before]` where an escape sequence starts: a backslash after an even run of them. */
function escapeStartBefore(body: string, before: number, after: number): number | undefined {
  for (let at = body.lastIndexOf('\\', before); at > after; at = body.lastIndexOf('\\', at - 1)) {
    let run = 0;
    while (body[at - 1 - run] === '\\') run++;
    // After an odd run, `at` ends the escape `\\` that starts one before it.
    const start = run % 2 === 0 ? at : at - 1;
    if (start > after) return start;
  }
  return undefined;
}

/** The Vite plugin that applies `splitStoreModule` to Astro's content store module. */
export function dataStoreInPieces(): Plugin {
  return {
    name: 'claimlens:data-store-in-pieces',
    enforce: 'post',
    transform(code, id) {
      if (id !== STORE_MODULE) return undefined;
      const split = splitStoreModule(code);
      return split === undefined ? undefined : { code: split, map: null };
    },
  };
}
