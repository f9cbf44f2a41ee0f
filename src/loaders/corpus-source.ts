import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { buildOptions } from '../pipeline/build-options.ts';
import { openCacheStore } from '../pipeline/cache/cache-store.ts';
import { codeVersion, storedEntriesVersion } from '../pipeline/cache/code-version.ts';
import { buildCorpus, type Corpus } from '../pipeline/corpus.ts';
import { contentPaths } from '../pipeline/paths.ts';
import { logTimings } from '../lib/timings-log.ts';

/** A corpus and the version of the code that stores its entries (see storeEntries). */
export interface Built {
  corpus: Corpus;
  version: string;
}
// The code this module instance runs, read when it is loaded: in the dev server, code edited later is not running
// until its modules are loaded again (then these are read again).
const cacheVersion = codeVersion();
const entriesVersion = storedEntriesVersion();
// Every collection reads the same corpus; build it once per change, not once per collection. Kept on globalThis
// because Astro loads this module twice, once for astro.config.mjs (corpusBeforeSync builds the corpus there) and
// once for the content config (the loaders); the two share one corpus if they run the same code.
const SHARED = Symbol.for('claimlens:corpus-source');
const shared = ((globalThis as Record<symbol, unknown>)[SHARED] ??= {}) as { building?: Promise<Built> | undefined; version?: string };
// Collections store their entries concurrently; the stage ends when the last one is done.
let collections = 0;
const storing = new WeakMap<Corpus, { readyAt: number; stored: number }>();
const listeners = new Set<() => Promise<void>>();
type FSWatcher = NonNullable<LoaderContext['watcher']>;
const watched = new WeakSet<FSWatcher>();

/** Builds the corpus of the current articles, or returns the one being built, once for every collection. */
export function prepareCorpus(): Promise<Built> {
  if (shared.version !== entriesVersion) shared.building = undefined;
  shared.version = entriesVersion;
  shared.building ??= (async () => {
    const { cacheDir, threads } = buildOptions(process.env, process.cwd());
    // The article cache has its own folder: it deletes whatever else it finds in it (other code versions).
    const cache = cacheDir ? openCacheStore(join(cacheDir, 'articles'), cacheVersion) : undefined;
    const corpus = await buildCorpus(contentPaths(process.env, process.cwd()), { ...(cache ? { cache } : {}), threads });
    cache?.save();
    logTimings(corpus.timings);
    return { corpus, version: entriesVersion };
  })();
  return shared.building;
}

/** The corpus for a loader to store (and again after a change, in dev); times storing from the first call. */
export async function currentCorpus(): Promise<Built> {
  const current = await prepareCorpus();
  if (!storing.has(current.corpus)) storing.set(current.corpus, { readyAt: performance.now(), stored: 0 });
  return current;
}

/** Counts a collection that stores entries from the corpus (called once per loader). */
export function registerCollection(): void {
  collections++;
}

/**
 * Notes that one collection has stored its entries; once all have, logs the store stage and, in a build (no
 * watcher, so no re-sync to come), lets go of the corpus: pages read the stored collections, and keeping the whole
 * corpus alive while thousands of pages render was gigabytes at 20,000 articles.
 */
export function collectionStored(corpus: Corpus, watching: boolean): void {
  const progress = storing.get(corpus);
  if (!progress || ++progress.stored !== collections) return;
  logTimings([{ stage: 'store collections', ms: performance.now() - progress.readyAt }]);
  if (!watching) shared.building = undefined;
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
    // A module instance left from before a code change keeps its handler: only the current code re-syncs.
    if (shared.version !== entriesVersion) return;
    shared.building = undefined;
    for (const listener of listeners) listener().catch((error: unknown) => onError(error instanceof Error ? error.message : String(error)));
  });
}
