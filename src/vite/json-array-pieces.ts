import { createHash } from 'node:crypto';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/**
 * Cuts the text of a JSON array into pieces, each the text of a JSON array of whole elements, so that parsing the
 * pieces one after the other and joining the arrays gives the array back. A cut falls at the first comma between
 * the array's elements at least `piece` characters after the last one. The text is never parsed or copied whole:
 * strings, most of a content store, are skipped with `indexOf`. Undefined when the text is not an array, is not
 * whole (a string or a bracket left open), or fits in one piece. It is `storePieces`'s walk (data-store-in-pieces.ts) one escape level down: there the same JSON sits
 * inside a string literal, where a quote is `\"` and a backslash `\\`.
 */
export function jsonArrayPieces(text: string, piece: number): string[] | undefined {
  if (text.length <= piece || text[0] !== '[' || text[text.length - 1] !== ']') return undefined;
  const pieces: string[] = [];
  let from = 1;
  let depth = 0;
  for (let at = 0; at < text.length; ) {
    const char = text.charCodeAt(at);
    if (char === QUOTE) {
      at = endOfString(text, at + 1);
      if (at < 0) return undefined;
      continue;
    }
    if (char === 0x5b /* [ */ || char === 0x7b /* { */) depth++;
    else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      // The outer array may close only at the very end.
      if (--depth <= 0 && at !== text.length - 1) return undefined;
    }
    else if (char === COMMA && depth === 1 && at - from >= piece) {
      pieces.push(`[${text.slice(from, at)}]`);
      from = at + 1;
    }
    at++;
  }
  // Text that is not whole JSON (a store cut short) is left to whoever parses it whole, to be reported there.
  if (depth !== 0) return undefined;
  pieces.push(`[${text.slice(from, -1)}]`);
  return pieces;
}

/**
 * Just past the closing quote of the JSON string whose text starts at `at` (a quote after an even run of
 * backslashes), or -1 when the string never closes.
 */
function endOfString(text: string, at: number): number {
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return -1;
    let run = 0;
    while (text.charCodeAt(quote - 1 - run) === BACKSLASH) run++;
    if (run % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/**
 * A digest of the cutting code itself (its source text, as it runs): pieces kept from an earlier build are reused
 * only if this code cut them, so a change to it takes effect even while the store file stays the same.
 */
export const jsonArrayPiecesVersion: string = createHash('sha256')
  .update(`${jsonArrayPieces.toString()}\0${endOfString.toString()}`)
  .digest('hex')
  .slice(0, 8);
