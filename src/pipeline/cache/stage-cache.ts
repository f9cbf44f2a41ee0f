/** Results of one per-article stage, keyed by the digest of everything the stage reads. */
export interface StageCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Whether this build stored anything new. */
  changed(): boolean;
  readonly stats: { hits: number; misses: number };
}
