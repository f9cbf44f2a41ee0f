import { getCollection, type CollectionEntry } from 'astro:content';
import { buildOptions } from '../pipeline/build-options.ts';
import { pushTo } from '../pipeline/multimap.ts';
import { cacheKeyFor, dependencyId, freshKey } from './page-dependencies.ts';
import { buildPages, pageRecordsFile, readPageRecords } from './page-dependency-registry.ts';

type Collection = 'articles' | 'claims' | 'entities' | 'outlets' | 'stories';
type Data<C extends Collection> = CollectionEntry<C>['data'];

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
  // Claims per article, for outlet pages (an outlet's claims are those of its articles).
  const claimsByArticle = new Map<string, Data<'claims'>[]>();
  for (const c of claims) for (const m of c.data.mentions) pushTo(claimsByArticle, m.article, c.data);
  return {
    articles: toMap('articles', articles),
    claims: toMap('claims', claims),
    entities: toMap('entities', entities),
    outlets: toMap('outlets', outlets),
    stories: toMap('stories', stories),
    claimsByArticle,
    digestOf: (dep: string): string | undefined => {
      const direct = digests.get(dep);
      if (direct !== undefined || !dep.startsWith('claimsByArticle:')) return direct;
      // A derived list changes when its members or any member's content do.
      const list = claimsByArticle.get(dep.slice('claimsByArticle:'.length));
      return list?.map((c) => `${c.id}=${digests.get(dependencyId('claims', c.id))}`).join(',');
    },
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
    claimsByArticle: tracked('claimsByArticle', data.claimsByArticle),
    outletName: (outlet: string): string => {
      note('outlets', outlet);
      return data.outlets.get(outlet)?.name ?? (outlet === 'unknown' ? 'Unknown outlet' : outlet);
    },
  };
}
