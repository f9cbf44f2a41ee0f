import { pageScope } from './page-scope.ts';

/**
 * Which pages the search index holds. Every article; claims carried by more than one source (a single-source
 * claim's sentence is already searchable in its article); entities named in at least two articles or curated.
 * Facets list only entities named in at least three articles. Measured on a 5,000-article corpus: indexing every
 * claim and entity page (76,000 pages, 25,000 entity facet values) made the first search transfer 1.7 MB.
 */
export const searchScope = {
  claim: (claim: { sources: number }) => claim.sources > 1,
  /** Every entity page: the same rule as `pageScope.entity`. */
  entity: (entity: { id: string; articles: readonly string[]; curated: boolean }) => pageScope.entity(entity),
  entityFacet: (entity: { articles: readonly string[]; curated: boolean }) => entity.articles.length >= 3,
};
