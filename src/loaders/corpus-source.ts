import { buildCorpus, type Corpus } from '../pipeline/corpus.ts';
import { contentPaths } from '../pipeline/paths.ts';

// Every collection reads the same corpus; build it once per load cycle, not once per collection.
let cached: Promise<Corpus> | undefined;

export function currentCorpus(): Promise<Corpus> {
  cached ??= Promise.resolve().then(() => buildCorpus(contentPaths(process.env, process.cwd())));
  return cached;
}

/** Forget the corpus so the next load re-reads the folder (dev server, after a file changes). */
export function invalidateCorpus(): void {
  cached = undefined;
}

export function watchedPaths(): string[] {
  const paths = contentPaths(process.env, process.cwd());
  return [paths.articlesDir, paths.outletsFile];
}
