import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';

/** How a build runs: where per-article results are cached, and on how many threads. */
export interface BuildOptions {
  /** Folder of the per-article cache; undefined when caching is off. */
  cacheDir: string | undefined;
  threads: number;
}

/**
 * Read from the environment: `CLAIMLENS_CACHE=off` turns the cache off, `CLAIMLENS_CACHE_DIR` moves it (default
 * `node_modules/.cache/claimlens`, where build tools keep caches and git never looks), `CLAIMLENS_THREADS` sets the
 * thread count (default: every core).
 */
export function buildOptions(env: Readonly<Record<string, string | undefined>>, cwd: string, cores: number = availableParallelism()): BuildOptions {
  const off = /^(off|0|false|no)$/i.test(env.CLAIMLENS_CACHE?.trim() ?? '');
  const dir = env.CLAIMLENS_CACHE_DIR?.trim() || 'node_modules/.cache/claimlens';
  const threads = Number.parseInt(env.CLAIMLENS_THREADS ?? '', 10);
  return {
    cacheDir: off ? undefined : isAbsolute(dir) ? dir : resolve(cwd, dir),
    threads: Number.isFinite(threads) && threads >= 1 ? threads : Math.max(1, cores),
  };
}
