import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { buildOptions } from '../pipeline/build-options.ts';
import { openCacheStore } from '../pipeline/cache/cache-store.ts';
import { codeVersion, storedEntriesVersion } from '../pipeline/cache/code-version.ts';
import { digestOf } from '../pipeline/cache/digest.ts';
import { openCorpus, type Corpus } from '../pipeline/corpus.ts';
import { contentPaths } from '../pipeline/paths.ts';
import { ContentError } from '../pipeline/problems.ts';
import { logTimings } from '../lib/timings-log.ts';

/** Where the articles came from and how much of them the cache served, for the build log. */
export interface SourceInfo {
  folder: string;
  skipped: string[];
  cacheStats: Record<string, { hits: number; misses: number }>;
  threads: number;
}

/** The corpus of the current articles as the loaders get it. */
export interface CorpusSource {
  /** The version of the code that stores entries (see storeEntries). */
  version: string;
  /**
   * Equal keys, equal stored entries: the digest of everything the corpus is made of and of the code that stores
   * it. Undefined without a cache (CLAIMLENS_CACHE=off), when nothing can be known to be unchanged.
   */
  entriesKey?: string;
  /** The whole corpus; its links and bodies are read from the cache only when first asked for. */
  corpus(): Promise<Corpus>;
  info(): SourceInfo;
}

// The code this module instance runs, read when it is loaded: in the dev server, code edited later is not running
// until its modules are loaded again (then these are read again).
const cacheVersion = codeVersion();
const entriesVersion = storedEntriesVersion();
// Every collection reads the same corpus; build it once per change, not once per collection. Kept on globalThis
// because Astro loads this module twice, once for astro.config.mjs (corpusBeforeSync builds the corpus there) and
// once for the content config (the loaders); the two share one corpus if they run the same code.
const SHARED = Symbol.for('claimlens:corpus-source');
const shared = ((globalThis as Record<symbol, unknown>)[SHARED] ??= {}) as { building?: Promise<CorpusSource> | undefined; version?: string };
// Collections sync concurrently; the stage ends when the last one is done.
let collections = 0;
const syncing = new WeakMap<CorpusSource, { readyAt: number; synced: number }>();
// The latest sync of each collection, and the one watcher handler that runs them all.
const listeners = new Map<string, { sync: () => Promise<void>; onError: (message: string) => void }>();
type FSWatcher = NonNullable<LoaderContext['watcher']>;
let onContentChange: ((event: string, path: string) => void) | undefined;

/**
 * Reads the current articles, or returns the source being read, once for every collection. Everything but links
 * kept in the cache is done here; a problem with the content fails it, listing every problem.
 */
export function prepareCorpus(): Promise<CorpusSource> {
  if (shared.version !== entriesVersion) shared.building = undefined;
  shared.version = entriesVersion;
  shared.building ??= (async () => {
    const { cacheDir, threads } = buildOptions(process.env, process.cwd());
    // The article cache has its own folder: it deletes whatever else it finds in it (other code versions).
    const cache = cacheDir ? openCacheStore(join(cacheDir, 'articles'), cacheVersion) : undefined;
    const opened = await openCorpus(contentPaths(process.env, process.cwd()), { ...(cache ? { cache } : {}), threads, deferLinks: true });
    const logged = opened.timings().length;
    logTimings(opened.timings());
    // Before saving: a build that stops on bad input keeps the last good build's links for the build after the fix.
    if (opened.problems.length > 0) throw new ContentError(opened.problems, opened.folder);
    // Keeps what this build used, the links it only checked for included (see CacheStore.save).
    cache?.save();
    let whole: Promise<Corpus> | undefined;
    const corpus = () =>
      (whole ??= opened.complete().then((c) => {
        cache?.save();
        logTimings(c.timings.slice(logged));
        return c;
      }));
    // Read when logged: what completing the corpus read is counted by then.
    const info = (): SourceInfo => ({ folder: opened.folder, skipped: opened.skipped, cacheStats: opened.cacheStats(), threads: opened.threads() });
    const entriesKey = opened.inputKey === undefined ? undefined : digestOf('stored entries', opened.inputKey, entriesVersion);
    return { version: entriesVersion, ...(entriesKey !== undefined ? { entriesKey } : {}), corpus, info };
  })();
  return shared.building;
}

/** The source for a loader to sync from (and again after a change, in dev); times syncing from the first call. */
export async function currentSource(): Promise<CorpusSource> {
  const current = await prepareCorpus();
  if (!syncing.has(current)) syncing.set(current, { readyAt: performance.now(), synced: 0 });
  return current;
}

/** Counts a collection that syncs from the corpus (called once per loader). */
export function registerCollection(): void {
  collections++;
}

/**
 * Notes that one collection is in sync with the source; once all are, logs the store stage and, in a build (no
 * watcher, so no re-sync to come), lets go of the corpus: pages read the stored collections, and keeping the whole
 * corpus alive while thousands of pages render was gigabytes at 20,000 articles.
 */
export function collectionSynced(source: CorpusSource, watching: boolean): void {
  const progress = syncing.get(source);
  if (!progress || ++progress.synced !== collections) return;
  logTimings([{ stage: 'store collections', ms: performance.now() - progress.readyAt }]);
  if (!watching) shared.building = undefined;
}

/**
 * In the dev server, re-run `sync` whenever an article or a registry (outlets, entities) changes. One watcher
 * handler rebuilds the corpus once, then every collection re-syncs from it: a change in one article can
 * change others (recurring chrome), so nothing is reloaded piecemeal.
 *
 * Called on every `load`: Astro loads a collection again on a full re-sync (after a change to the content config),
 * and that first removes every listener it tracks, ours included. So the collection's latest sync replaces its
 * earlier one, and the handler is added again (once: it is taken off first).
 */
export function resyncOnChange(watcher: FSWatcher | undefined, collection: string, sync: () => Promise<void>, onError: (message: string) => void): void {
  if (!watcher) return;
  listeners.set(collection, { sync, onError });
  const { articlesDir, outletsFile, entitiesFile } = contentPaths(process.env, process.cwd());
  watcher.add([articlesDir, outletsFile, entitiesFile]);
  onContentChange ??= (_event, path) => {
    if (!path.startsWith(articlesDir) && path !== outletsFile && path !== entitiesFile) return;
    // A module instance left from before a code change keeps its handler: only the current code re-syncs.
    if (shared.version !== entriesVersion) return;
    shared.building = undefined;
    for (const listener of listeners.values()) listener.sync().catch((error: unknown) => listener.onError(error instanceof Error ? error.message : String(error)));
  };
  watcher.off('all', onContentChange);
  watcher.on('all', onContentChange);
}
