import { getCollection } from 'astro:content';
import { pushTo } from '../pipeline/multimap.ts';

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
  const toMap = <T extends { id: string; data: unknown }>(list: T[]) => new Map(list.map((e) => [e.id, e.data as T['data']]));
  const articleMap = toMap(articles);
  const claimMap = toMap(claims);
  // Claims per article, for outlet pages (an outlet's claims are those of its articles).
  const claimsByArticle = new Map<string, (typeof claims)[number]['data'][]>();
  for (const c of claims) for (const m of c.data.mentions) pushTo(claimsByArticle, m.article, c.data);
  const outletNames = new Map(outlets.map((o) => [o.id, o.data.name]));
  return {
    articles: articleMap,
    claims: claimMap,
    entities: toMap(entities),
    outlets: toMap(outlets),
    stories: toMap(stories),
    claimsByArticle,
    outletName: (id: string) => outletNames.get(id) ?? (id === 'unknown' ? 'Unknown outlet' : id),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function siteData(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}
