import { defineCollection } from 'astro:content';
import { corpusLoader } from './loaders/corpus-loader.ts';
import type { SourceInfo } from './loaders/corpus-source.ts';
import { articleEntryData } from './pipeline/site/article-entry.ts';
import { pageScope } from './pipeline/site/page-scope.ts';
import { ArticleEntrySchema } from './schemas/article-entry.ts';
import { ClaimSchema } from './schemas/claim.ts';
import { EntityPageSchema } from './schemas/entity.ts';
import { OutletSummarySchema } from './schemas/outlet-summary.ts';
import { StorySchema } from './schemas/story.ts';

// Every collection comes from one corpus built by src/pipeline; this file only names them.
const cacheSummary = ({ cacheStats, threads }: SourceInfo) => {
  // A stage with neither was not read: the links of an unchanged corpus.
  const parts = Object.entries(cacheStats).flatMap(([stage, s]) => (s.hits + s.misses > 0 ? [`${stage} ${s.hits} cached/${s.misses} new`] : []));
  if (threads > 1) parts.push(`on ${threads} threads`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
};
const articles = corpusLoader(
  'articles',
  (corpus) => corpus.articles.map((article) => ({ id: article.id, data: articleEntryData(corpus, article), html: corpus.bodies.get(article.id) ?? '' })),
  {
    summary: (corpus) => `${corpus.articles.length} articles`,
    note: (info) => ` from ${info.folder}${info.skipped.length > 0 ? `; skipped hidden files: ${info.skipped.join(', ')}` : ''}${cacheSummary(info)}`,
  },
);
const claims = corpusLoader(
  'claims',
  // Only claims found in two or more articles, which have pages; each of the others is kept with its one article
  // (see ArticleEntrySchema), where its mark, the outlet page and the open data find it.
  (corpus) => corpus.claims.claims.filter((claim) => pageScope.claim(claim)).map((claim) => ({ id: claim.id, data: { ...claim } })),
  {
    summary: (corpus) => {
      const all = corpus.claims.claims;
      return `${all.length} claims, ${all.filter((c) => c.sources > 1).length} carried by more than one outlet, ${all.filter((c) => pageScope.claim(c)).length} found in more than one article`;
    },
  },
);
const entities = corpusLoader(
  'entities',
  // Sentences and related entities are shown only on an entity's own page: an entity without one keeps neither
  // (at 20,000 articles they were 75 of the 108 MB of stored entities).
  (corpus) =>
    corpus.entities.entities.map((entity) => {
      const page = pageScope.entity(entity);
      return { id: entity.id, data: { ...entity, sentences: page ? entity.sentences : [], related: page ? (corpus.entities.related.get(entity.id) ?? []) : [] } };
    }),
  { summary: (corpus) => `${corpus.entities.entities.length} entities` },
);
const stories = corpusLoader(
  'stories',
  (corpus) => corpus.stories.map((story) => ({ id: story.id, data: { ...story } })),
  { summary: (corpus) => `${corpus.stories.length} stories` },
);
const outlets = corpusLoader('outlets', (corpus) => corpus.outlets.map((outlet) => ({ id: outlet.id, data: { ...outlet } })), { summary: (corpus) => `${corpus.outlets.length} outlets` });

export const collections = {
  articles: defineCollection({ loader: articles, schema: ArticleEntrySchema }),
  claims: defineCollection({ loader: claims, schema: ClaimSchema }),
  entities: defineCollection({ loader: entities, schema: EntityPageSchema }),
  outlets: defineCollection({ loader: outlets, schema: OutletSummarySchema }),
  stories: defineCollection({ loader: stories, schema: StorySchema }),
};
