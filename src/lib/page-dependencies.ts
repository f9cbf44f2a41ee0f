import { randomBytes } from 'node:crypto';
import { digestOf as digestOfParts } from '../pipeline/cache/digest.ts';

/**
 * Cache keys for Astro's incremental build, from what each page read last time.
 *
 * A page's HTML is a function of its code (Astro hashes that itself) and of the entries it reads. Which entries
 * those are is only known once the page has rendered, and they change with the data (a claim page reads the
 * articles that carry the claim). So every rendered page records the entries it read, with their digests; the next
 * build gives the page its previous key back only when every one of those entries still has the same digest, and a
 * key never used before otherwise. Astro then copies the previous HTML for the first and renders the second. The
 * reads follow from the data read before them, so unchanged digests mean the page would read, and write, the same.
 */

/** One page's entry in the records kept between builds. */
export interface PageRecord {
  /** The cache key Astro was given for the page. */
  key: string;
  /** What the page read, e.g. `articles:reuters-1` (see `dependencyId`). */
  deps: string[];
  /** Digest over `deps` and their digests when the page rendered. */
  digest: string;
}

export type PageRecords = Record<string, PageRecord>;

/** The current digest of a dependency; `undefined` when it no longer exists. */
export type DigestOf = (dependency: string) => string | undefined;

/** How a page names what it read: the collection (or derived lookup) and the id. */
export function dependencyId(lookup: string, id: string): string {
  return `${lookup}:${id}`;
}

/** One digest over a set of dependencies and their current digests; the order they were read in does not matter. */
export function digestOfDependencies(deps: readonly string[], digestOf: DigestOf): string {
  return digestOfParts(...[...deps].sort().flatMap((dep) => [dep, digestOf(dep) ?? '\u0001absent']));
}

/** A key no earlier build used, so the page is rendered. */
export function freshKey(): string {
  return `new-${randomBytes(12).toString('base64url')}`;
}

/** The previous key when everything the page read last time is unchanged; otherwise a fresh one. */
export function cacheKeyFor(previous: PageRecord | undefined, digestOf: DigestOf, fresh: () => string = freshKey): string {
  if (!previous) return fresh();
  return digestOfDependencies(previous.deps, digestOf) === previous.digest ? previous.key : fresh();
}

/**
 * The records for the next build: a page rendered in this build records what it read now; a page Astro reused
 * (given its previous key, so nothing it read had changed) keeps its previous record. Pages no longer built go.
 */
export function nextPageRecords(keys: ReadonlyMap<string, string>, reads: ReadonlyMap<string, ReadonlySet<string>>, previous: PageRecords, digestOf: DigestOf): PageRecords {
  const next: PageRecords = {};
  for (const [page, key] of keys) {
    const read = reads.get(page);
    if (read) {
      const deps = [...read].sort();
      next[page] = { key, deps, digest: digestOfDependencies(deps, digestOf) };
    } else if (previous[page]?.key === key) {
      next[page] = previous[page];
    }
  }
  return next;
}
