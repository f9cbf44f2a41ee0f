import type { LoaderContext } from 'astro/loaders';
import { buildCorpus, type Corpus } from '../pipeline/corpus.ts';
import { contentPaths } from '../pipeline/paths.ts';
import { logTimings } from '../lib/timings-log.ts';

// Every collection reads the same corpus; build it once per change, not once per collection.
let cached: Promise<Corpus> | undefined;
const listeners = new Set<() => Promise<void>>();
type FSWatcher = NonNullable<LoaderContext['watcher']>;
const watched = new WeakSet<FSWatcher>();

export function currentCorpus(): Promise<Corpus> {
  cached ??= Promise.resolve().then(() => {
    const corpus = buildCorpus(contentPaths(process.env, process.cwd()));
    logTimings(corpus.timings);
    return corpus;
  });
  return cached;
}

/**
 * In the dev server, re-run `sync` whenever an article or the outlet registry changes. One watcher
 * handler rebuilds the corpus once, then every collection re-syncs from it: a change in one article can
 * change others (recurring chrome), so nothing is reloaded piecemeal.
 */
export function resyncOnChange(watcher: FSWatcher | undefined, sync: () => Promise<void>, onError: (message: string) => void): void {
  if (!watcher) return;
  listeners.add(sync);
  if (watched.has(watcher)) return;
  watched.add(watcher);
  const { articlesDir, outletsFile } = contentPaths(process.env, process.cwd());
  watcher.add([articlesDir, outletsFile]);
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(articlesDir) && path !== outletsFile) return;
    cached = undefined;
    for (const listener of listeners) listener().catch((error: unknown) => onError(error instanceof Error ? error.message : String(error)));
  });
}
