import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles-loader.ts';
import { claimsLoader } from './loaders/claims-loader.ts';
import { entitiesLoader } from './loaders/entities-loader.ts';
import { outletsLoader } from './loaders/outlets-loader.ts';
import { ArticleEntrySchema } from './schemas/article-entry.ts';
import { ClaimSchema } from './schemas/claim.ts';
import { EntityPageSchema } from './schemas/entity.ts';
import { OutletSummarySchema } from './schemas/outlet-summary.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: ArticleEntrySchema }),
  claims: defineCollection({ loader: claimsLoader(), schema: ClaimSchema }),
  entities: defineCollection({ loader: entitiesLoader(), schema: EntityPageSchema }),
  outlets: defineCollection({ loader: outletsLoader(), schema: OutletSummarySchema }),
};
