/** Results of one per-article stage, keyed by the digest of everything the stage reads. */
export interface StageCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Whether an entry is there, without reading it; one that is counts as used (it is kept when the cache is saved). */
  has(key: string): boolean;
  /** Whether this build stored anything new. */
  changed(): boolean;
  readonly stats: { hits: number; misses: number };
}
