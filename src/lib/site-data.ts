import { getCollection, type CollectionEntry } from 'astro:content';
import { buildOptions } from '../pipeline/build-options.ts';
import { digestOf } from '../pipeline/cache/digest.ts';
import { claimAnchor } from '../pipeline/link/claim-anchor.ts';
import { claimHref } from '../pipeline/site/page-scope.ts';
import { asHeadline, claimHeadline, statementSpan } from '../pipeline/site/claim-statement.ts';
import { cacheKeyFor, dependencyId, freshKey } from './page-dependencies.ts';
import { buildPages, pageRecordsFile, readPageRecords } from './page-dependency-registry.ts';

type Collection = 'articles' | 'claims' | 'entities' | 'outlets' | 'stories';
type Data<C extends Collection> = CollectionEntry<C>['data'];

const sliceOf = (text: string, { start, end }: { start: number; end: number }) => text.slice(start, end);

/** A claim as pages link to it: `text` is its short statement. */
export interface ClaimLink {
  id: string;
  text: string;
  sources: number;
  href: string;
}

/** Read access by id: all a page needs, and what lets the reads be recorded. */
export interface Lookup<T> {
  get(id: string): T | undefined;
}

/**
 * Every collection as id → data maps, built once per build and shared by all pages. A page that built these
 * itself would make the build quadratic: 45,000 claim pages each reading 45,000 claims.
 */
async function load() {
  const [articles, claims, entities, outlets, stories] = await Promise.all([
    getCollection('articles'),
    getCollection('claims'),
    getCollection('entities'),
    getCollection('outlets'),
    getCollection('stories'),
  ]);
  // Each entry's digest as our loaders store it (its input, rendered HTML and the storing code's version; see
  // src/loaders/store-entries.ts), for the incremental build's cache keys. An entry without one counts as changed.
  const digests = new Map<string, string>();
  const toMap = <C extends Collection>(collection: C, list: CollectionEntry<C>[]) => {
    for (const e of list) digests.set(dependencyId(collection, e.id), e.digest === undefined ? freshKey() : String(e.digest));
    return new Map(list.map((e) => [e.id, e.data as Data<C>]));
  };
  // A claim only one article carries is kept with that article, not in the claims collection: which article.
  const articleOfSingleClaim = new Map<string, string>();
  for (const a of articles) for (const c of a.data.claims) if (c.single) articleOfSingleClaim.set(c.id, a.id);
  // Every entry's digest by collection, in id order, for pages that read whole collections.
  const collectionDigests = new Map<Collection, string>();
  for (const [name, list] of [['articles', articles], ['claims', claims], ['entities', entities], ['outlets', outlets], ['stories', stories]] as const) {
    collectionDigests.set(name, digestOf(...list.map((e) => `${e.id}=${e.digest === undefined ? freshKey() : String(e.digest)}`).sort()));
  }
  return {
    collectionDigests,
    articles: toMap('articles', articles),
    claims: toMap('claims', claims),
    entities: toMap('entities', entities),
    outlets: toMap('outlets', outlets),
    stories: toMap('stories', stories),
    articleOfSingleClaim,
    digestOf: (dep: string): string | undefined => digests.get(dep),
  };
}

let cached: ReturnType<typeof load> | undefined;

function siteData(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}

/** Incremental builds are on whenever the per-article cache is (`CLAIMLENS_CACHE=off` turns both off). */
function recordsFile(): string | undefined {
  const { cacheDir } = buildOptions(process.env, process.cwd());
  return cacheDir === undefined ? undefined : pageRecordsFile(cacheDir);
}

/** The page's name in the records, e.g. `claims/abc123`. */
export function pageName(collection: Collection, id: string): string {
  return `${collection}/${id}`;
}

/**
 * For `getStaticPaths`: a function giving each page its cache key, or `undefined` (always rendered) when
 * incremental builds are off. The dev server ignores the keys.
 */
export async function pageCacheKeys(): Promise<(page: string) => string | undefined> {
  const file = recordsFile();
  if (file === undefined) return () => undefined;
  const { digestOf } = await siteData();
  const pages = buildPages();
  if (pages.recordsFile !== file) Object.assign(pages, { recordsFile: file, previous: readPageRecords(file), digestOf });
  return (page) => {
    // Once per page and build, however often Astro asks.
    let key = pages.keys.get(page);
    if (key === undefined) pages.keys.set(page, (key = cacheKeyFor(pages.previous[page], digestOf)));
    return key;
  };
}

/**
 * For `getStaticPaths` of a page that reads whole collections (the open data files): a cache key that stays the
 * same exactly while every entry of those collections does, or `undefined` (always rendered) when incremental
 * builds are off.
 */
export async function collectionsCacheKey(collections: readonly Collection[]): Promise<string | undefined> {
  if (recordsFile() === undefined) return undefined;
  const { collectionDigests } = await siteData();
  return digestOf(...[...collections].sort().map((c) => `${c}:${collectionDigests.get(c)}`));
}

/**
 * The shared maps for one page, recording every entry it reads (and its own entry) so the next build knows when
 * the page must render again. Pages with a cache key must read other entries only through this.
 */
export async function siteDataFor(collection: Collection, id: string) {
  const data = await siteData();
  const page = pageName(collection, id);
  const pages = buildPages();
  const read = pages.keys.has(page) ? new Set<string>() : undefined;
  if (read) pages.reads.set(page, read);
  const note = (lookup: string, key: string) => read?.add(dependencyId(lookup, key));
  note(collection, id);
  const tracked = <T,>(lookup: string, map: ReadonlyMap<string, T>): Lookup<T> => ({
    get: (key) => {
      note(lookup, key);
      return map.get(key);
    },
  });
  return {
    articles: tracked('articles', data.articles),
    claims: tracked('claims', data.claims),
    entities: tracked('entities', data.entities),
    outlets: tracked('outlets', data.outlets),
    stories: tracked('stories', data.stories),
    claimLinks: {
      /** Any claim as a link: its page, or for a claim only one article carries, its sentence in that article. */
      get: (id: string): ClaimLink | undefined => {
        const article = data.articleOfSingleClaim.get(id);
        if (article === undefined) {
          note('claims', id);
          const claim = data.claims.get(id);
          return claim && { id, text: claimHeadline(claim), sources: claim.sources, href: claimHref(claim) };
        }
        note('articles', article);
        const claim = data.articles.get(article)?.claims.find((c) => c.id === id);
        return claim && { id, text: claim.single?.text ?? asHeadline(sliceOf(claim.text, statementSpan(claim.text))), sources: claim.sources, href: claimAnchor(article, id) };
      },
    } satisfies Lookup<ClaimLink>,
    outletName: (outlet: string): string => {
      note('outlets', outlet);
      return data.outlets.get(outlet)?.name ?? (outlet === 'unknown' ? 'Unknown outlet' : outlet);
    },
  };
}
