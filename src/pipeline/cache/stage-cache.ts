/**
 * Results of one per-article stage, keyed by the digest of everything the stage reads. Entries read or
 * written in this build are kept; the rest are dropped when the cache is saved, so it never outgrows the corpus.
 */
export interface StageCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** The entries this build used, to be saved. */
  used(): ReadonlyMap<string, T>;
  /** Whether saving would change the file: something was stored, or something cached went unused. */
  changed(): boolean;
  readonly stats: { hits: number; misses: number };
}

export function createStageCache<T>(previous: ReadonlyMap<string, T> = new Map()): StageCache<T> {
  const fresh = new Map<string, T>();
  const stats = { hits: 0, misses: 0 };
  let written = false;
  return {
    stats,
    get(key) {
      const value = fresh.get(key) ?? previous.get(key);
      if (value === undefined) stats.misses++;
      else {
        stats.hits++;
        fresh.set(key, value);
      }
      return value;
    },
    set(key, value) {
      written = true;
      fresh.set(key, value);
    },
    used: () => fresh,
    changed: () => written || fresh.size !== previous.size,
  };
}

/** A cache that remembers nothing: every lookup misses. */
export function noCache<T>(): StageCache<T> {
  return createStageCache<T>();
}
