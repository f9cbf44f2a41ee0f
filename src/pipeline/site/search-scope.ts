/**
 * Which pages the search index holds. Every article; stories of two or more articles; claims carried by more than
 * one source (a single-source claim's sentence is already searchable in its article); entities named in at least
 * three articles, or curated (an entity named in two is found through those two articles). Facets list the same
 * entities.
 *
 * Pagefind's first download lists every indexed page (about 8 bytes each, gzipped), so the index's size is the
 * first search's size. Measured: indexing every claim and entity page of a 5,000-article corpus (76,000 pages)
 * made the first search 1.7 MB; on 4,000 articles, entities named in only two articles were 2,016 more pages, about
 * 16 KB more.
 */
export const searchScope = {
  story: (story: { articles: readonly unknown[] }) => story.articles.length >= 2,
  claim: (claim: { sources: number }) => claim.sources > 1,
  entity: (entity: { articles: readonly string[]; curated: boolean }) => entity.curated || entity.articles.length >= 3,
  entityFacet: (entity: { articles: readonly string[]; curated: boolean }) => entity.articles.length >= 3,
};
