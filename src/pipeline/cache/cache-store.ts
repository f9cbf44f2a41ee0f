import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { StageCache } from './stage-cache.ts';

/** Per-article results kept between builds: one file per entry, in a folder per code version and stage. */
export interface CacheStore {
  stage<T>(name: string): StageCache<T>;
  /**
   * Deletes the named stages' entries (every opened stage by default) that this build did not use, so the cache
   * holds one corpus's results, not every corpus it has seen.
   */
  save(only?: readonly string[]): void;
}

/**
 * One file per entry, read only when asked for: loading a whole stage at once held every article the cache had
 * ever seen in memory (a 5,000-article build after a 20,000-article one ran out of heap).
 */
function fileStage<T>(folder: string): StageCache<T> & { prune(): void } {
  const used = new Set<string>();
  const stats = { hits: 0, misses: 0 };
  let written = false;
  const fileOf = (key: string) => join(folder, key.slice(0, 2), `${key}.bin`);
  return {
    stats,
    get(key) {
      const file = fileOf(key);
      if (existsSync(file)) {
        try {
          const value = deserialize(readFileSync(file)) as T;
          stats.hits++;
          used.add(key);
          return value;
        } catch {
          // Cut short or written by another Node version: computed again and overwritten.
        }
      }
      stats.misses++;
      return undefined;
    },
    has(key) {
      if (!existsSync(fileOf(key))) return false;
      used.add(key);
      return true;
    },
    set(key, value) {
      const file = fileOf(key);
      mkdirSync(join(file, '..'), { recursive: true });
      // Write then rename: a build stopped halfway never leaves a torn entry behind.
      writeFileSync(`${file}.tmp`, serialize(value));
      renameSync(`${file}.tmp`, file);
      used.add(key);
      written = true;
    },
    changed: () => written,
    prune() {
      if (!existsSync(folder)) return;
      for (const shard of readdirSync(folder)) {
        for (const name of readdirSync(join(folder, shard))) {
          if (!used.has(name.replace(/\.bin$/, ''))) unlinkSync(join(folder, shard, name));
        }
      }
    },
  };
}

/**
 * Opens the cache in `dir`. `version` identifies the code that made the entries (see `codeVersion`): entries
 * from other code are never served, and their folders are deleted.
 */
export function openCacheStore(dir: string, version: string): CacheStore {
  const id = version.slice(0, 16);
  if (existsSync(dir)) for (const other of readdirSync(dir)) if (other !== id) rmSync(join(dir, other), { recursive: true, force: true });
  const stages = new Map<string, ReturnType<typeof fileStage>>();
  return {
    stage<T>(name: string): StageCache<T> {
      let cache = stages.get(name);
      if (!cache) stages.set(name, (cache = fileStage(join(dir, id, name))));
      return cache as StageCache<T>;
    },
    save(only) {
      for (const [name, cache] of stages) {
        if (only && !only.includes(name)) continue;
        cache.prune();
        stages.delete(name);
      }
    },
  };
}
