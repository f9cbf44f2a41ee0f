import { readFileSync } from 'node:fs';

/**
 * Compact word vectors for soft matching ("attorney" ≈ "lawyer", "hired" ≈ "signed"): unit-length vectors quantized
 * to int8 (a cosine is a dot product of bytes over 127²), with their words, in one binary file built by
 * scripts/build-word-vectors.ts. Layout: "CLWV1\n", u32 words, u32 dimensions, u32 byte length of the words
 * (UTF-8, one per line), the words, zero padding to a multiple of 4, then words × dimensions int8 values.
 */
export interface WordVectors {
  dimensions: number;
  /** Row of a word, or undefined when it has no vector. */
  rowOf: ReadonlyMap<string, number>;
  values: Int8Array;
}

const MAGIC = 'CLWV1\n';
const SCALE = 127;

export function encodeWordVectors(words: readonly string[], vectors: readonly (readonly number[])[]): Uint8Array {
  const dimensions = vectors[0]?.length ?? 0;
  const text = new TextEncoder().encode(words.join('\n'));
  const head = MAGIC.length + 12;
  const padded = Math.ceil((head + text.length) / 4) * 4;
  const out = new Uint8Array(padded + words.length * dimensions);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(MAGIC.length, words.length, true);
  view.setUint32(MAGIC.length + 4, dimensions, true);
  view.setUint32(MAGIC.length + 8, text.length, true);
  out.set(text, head);
  const values = new Int8Array(out.buffer, padded);
  vectors.forEach((v, row) => {
    const norm = Math.hypot(...v) || 1;
    for (let d = 0; d < dimensions; d++) values[row * dimensions + d] = Math.round((v[d]! / norm) * SCALE);
  });
  return out;
}

export function decodeWordVectors(bytes: Uint8Array): WordVectors {
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a word-vectors file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(MAGIC.length, true);
  const dimensions = view.getUint32(MAGIC.length + 4, true);
  const textLength = view.getUint32(MAGIC.length + 8, true);
  const head = MAGIC.length + 12;
  const words = new TextDecoder().decode(bytes.subarray(head, head + textLength)).split('\n');
  const padded = Math.ceil((head + textLength) / 4) * 4;
  const rowOf = new Map<string, number>();
  words.forEach((w, i) => rowOf.set(w, i));
  return { dimensions, rowOf, values: new Int8Array(bytes.buffer, bytes.byteOffset + padded, count * dimensions) };
}

/** Cosine of two rows, in [-1, 1]. */
export function rowCosine(vectors: WordVectors, a: number, b: number): number {
  if (a === b) return 1;
  const { dimensions: n, values } = vectors;
  let dot = 0;
  for (let i = 0, x = a * n, y = b * n; i < n; i++, x++, y++) dot += values[x]! * values[y]!;
  return dot / (SCALE * SCALE);
}

let loaded: WordVectors | undefined;

/** The repository's word vectors, read once per thread on first use. */
export function wordVectors(): WordVectors {
  loaded ??= decodeWordVectors(readFileSync(new URL('./data/word-vectors.bin', import.meta.url)));
  return loaded;
}
