import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { createStageCache, type StageCache } from './stage-cache.ts';

/** Per-article results kept between builds, one file per stage. */
export interface CacheStore {
  stage<T>(name: string): StageCache<T>;
  /**
   * Writes the named stages' used entries (every opened stage by default), replacing what was there, and lets go
   * of them: a stage is saved once its work is done, and holding a whole corpus of NLP results twice costs gigabytes.
   */
  save(only?: readonly string[]): void;
}

interface StageFile {
  version: string;
  entries: [string, unknown][];
}

function readStage(file: string, version: string): Map<string, unknown> {
  if (!existsSync(file)) return new Map();
  try {
    const data = deserialize(readFileSync(file)) as StageFile;
    return data.version === version ? new Map(data.entries) : new Map();
  } catch {
    // A cache written by another Node version or cut short: start over rather than fail the build.
    return new Map();
  }
}

/**
 * Opens the cache in `dir`. `version` identifies the code that made the entries (see `codeVersion`): entries
 * from other code are never served.
 */
export function openCacheStore(dir: string, version: string): CacheStore {
  const stages = new Map<string, StageCache<unknown>>();
  return {
    stage<T>(name: string): StageCache<T> {
      let cache = stages.get(name);
      if (!cache) stages.set(name, (cache = createStageCache(readStage(join(dir, `${name}.bin`), version))));
      return cache as StageCache<T>;
    },
    save(only) {
      mkdirSync(dir, { recursive: true });
      for (const [name, cache] of stages) {
        if (only && !only.includes(name)) continue;
        stages.delete(name);
        if (!cache.changed()) continue;
        const file = join(dir, `${name}.bin`);
        // Write then rename: a build stopped halfway never leaves a torn file behind.
        writeFileSync(`${file}.tmp`, serialize({ version, entries: [...cache.used()] } satisfies StageFile));
        renameSync(`${file}.tmp`, file);
      }
    },
  };
}
